// Package importer reads a magazine issue — Markdown of the paiban dialect,
// a publisher's HTML export, or the model's JSON — into a model.Issue.
//
// The Markdown and HTML parsers produce the same sequence of raw blocks;
// one structure recovery, driven by the issue's contents block (目录),
// turns it into sections, series and articles, and a series of small
// normalize passes cleans the conversion noise: paragraphs split at page
// ends, end marks, captions and credits left where images were, bylines,
// author notes, column labels, audio markers, half-width punctuation.
//
// Every change is reported as a model.Diagnostic whose Before holds the
// text removed (or moved into the model as data) and whose After holds the
// text added, so that the source's characters can be accounted for
// exactly: see CheckAccounting.
package importer

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/model"
)

// Options adjusts an import. The zero value (and nil) gives the defaults.
type Options struct {
	// NoNormalize skips the normalize passes (joins, end marks, figures,
	// punctuation); structure recovery still runs.
	NoNormalize bool
	// KeepPunct skips only the punctuation pass: ASCII punctuation inside
	// Chinese text (",", ":", "(" …) and ASCII ellipses stay as the source
	// has them instead of being folded to their full-width forms (GB/T
	// 15834). The other clean-up passes still run.
	KeepPunct bool
	// MaxBytes is the largest source accepted, in bytes (for a directory,
	// all its pages together); zero means DefaultMaxBytes and a negative
	// value means no limit. A larger file is refused before it is read.
	MaxBytes int64
}

// DefaultMaxBytes is the default Options.MaxBytes: 64 MiB, some fifty
// times the text of a thick issue, and small enough that a hostile file
// cannot make the layout run out of memory.
const DefaultMaxBytes = 64 << 20

func (o *Options) maxBytes() int64 {
	switch {
	case o == nil || o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 1
	}
	return o.MaxBytes
}

// tooBig is the error for a source over the limit.
func tooBig(name string, size, limit int64) error {
	return fmt.Errorf("importer: %s: %d bytes or more, over the limit of %d (Options.MaxBytes)", name, size, limit)
}

// readAll reads r up to the limit, refusing a longer source without
// reading more than one byte past the limit.
func readAll(r io.Reader, name string, opts *Options) ([]byte, error) {
	limit := opts.maxBytes()
	if limit < 1<<62 {
		r = io.LimitReader(r, limit+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("importer: %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooBig(name, int64(len(data)), limit)
	}
	return data, nil
}

// Result is an imported issue with the diagnostics of the import.
type Result struct {
	// Issue is the imported issue, with IDs assigned.
	Issue *model.Issue
	// Diagnostics lists, in source order per pass, every difference found
	// between contents and body and every change a pass made.
	Diagnostics []model.Diagnostic
}

// ImportFile reads the issue in path, choosing the importer by the file's
// extension: .md, .markdown and .txt are Markdown, .html and .htm HTML,
// .json the model's JSON. A directory is read as a CMS export of one HTML
// page per article (and one for the contents and masthead): its .html and
// .htm files, in name order, make one issue.
func ImportFile(path string, opts *Options) (*Result, error) {
	fi, err := os.Stat(path)
	if err == nil && fi.IsDir() {
		return htmlDir(path, opts)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".txt", ".html", ".htm", ".xhtml", ".json":
	default:
		return nil, fmt.Errorf("importer: %s: unknown extension %q (want .md, .txt, .html, .htm or .json)", path, filepath.Ext(path))
	}
	if err != nil {
		return nil, fmt.Errorf("importer: %w", err)
	}
	if fi.Size() > opts.maxBytes() {
		return nil, tooBig(path, fi.Size(), opts.maxBytes())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("importer: %w", err)
	}
	defer f.Close()
	// The size may change between Stat and reading: readAll checks again.
	data, err := readAll(f, path, opts)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".txt":
		return Markdown(bytes.NewReader(data), path, opts)
	case ".html", ".htm", ".xhtml":
		return HTML(bytes.NewReader(data), path, opts)
	case ".json":
		is, err := model.ReadJSON(bytes.NewReader(data), path)
		if err != nil {
			return nil, err
		}
		if is.Meta.Source == "" {
			is.Meta.Source = path
		}
		return finish(&doc{name: path}, is)
	}
	return nil, fmt.Errorf("importer: %s: unknown extension %q", path, filepath.Ext(path))
}

// readSource reads a source within the size limit and decodes it to
// text (input.go).
func readSource(r io.Reader, name string, opts *Options) (string, error) {
	data, err := readAll(r, name, opts)
	if err != nil {
		return "", err
	}
	return decode(data, name)
}

// Markdown imports an issue written in the paiban Markdown dialect. name
// is used in diagnostics and errors.
func Markdown(r io.Reader, name string, opts *Options) (*Result, error) {
	src, err := readSource(r, name, opts)
	if err != nil {
		return nil, err
	}
	d := newDoc(name, opts)
	d.raws = parseMarkdown(src, 1)
	if line, depth := quoteTooDeep(src); line > 0 {
		d.warn("quotes", line, "", "", "block quotes nested %d levels deep: the levels past %d are set at level %d", depth, MaxQuoteDepth, MaxQuoteDepth)
	}
	return d.run()
}

// finish assigns IDs and validates.
func finish(d *doc, is *model.Issue) (*Result, error) {
	if err := d.checkImages(is); err != nil {
		return nil, err
	}
	model.AssignIDs(is)
	if err := model.Validate(is); err != nil {
		return nil, fmt.Errorf("importer: %s: the imported issue is not valid: %w", d.name, err)
	}
	return &Result{Issue: is, Diagnostics: d.diags}, nil
}
