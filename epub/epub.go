// Package epub writes the e-book edition of a magazine issue: an EPUB 3
// that passes EPUBCheck with no warnings, for Chinese reading systems.
//
// The book's reading order is a cover, a contents page (目录), one file
// per section opener, series introduction and article, and a colophon
// with the masthead and the notices (声明). The nav nests section →
// series → article → heading, with landmarks and, when a print page map is
// given, a page-list of print page equivalents.
//
// go-epub assembles the content documents, style sheet, font and images;
// a single post-pass (finish.go) then writes what go-epub cannot express
// (the package metadata, nav, NCX, lang attributes, font obfuscation) and
// makes the archive byte-for-byte reproducible. The same issue and
// options always give the same bytes: nothing is read from the clock or a
// random source.
//
// The package never imports the print side (layout, pdf); the only
// thing it takes from print is the optional model.PageMap.
package epub

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/model"
)

// Options changes how Write builds the book. The zero value (and nil)
// gives the defaults.
type Options struct {
	// BaseDir is the folder that image paths in the issue (figures, cover)
	// are relative to. Empty means the folder of Meta.Source, or the
	// working directory when Source is empty.
	BaseDir string
	// PageMap lists where each print page begins. When it is set, the
	// book carries page-break markers, a page-list nav and the matching
	// accessibility metadata.
	PageMap model.PageMap
	// NoFont turns off embedding a subset of the body font.
	NoFont bool
	// PlainFont stores the embedded font as is instead of obfuscating it
	// with the IDPF algorithm (useful to look at the XHTML in a browser).
	PlainFont bool
	// BodyFont is the font whose subset is embedded for the body text;
	// nil means the default serif (fonts/defaults).
	BodyFont *fonts.Font
	// CoverFont draws the generated cover's text as glyph outlines; nil
	// means the default sans bold.
	CoverFont *fonts.Font
	// MaxImagePixels is the largest picture accepted, in pixels, read
	// from its header; zero means DefaultMaxImagePixels and a negative
	// value means no limit.
	MaxImagePixels int64
}

// Write writes issue as an EPUB 3 to w. The issue is not modified: IDs
// are assigned (model.AssignIDs) on a copy. It refuses an issue that
// fails model.Validate, and page maps or image paths that do not fit the
// issue.
func Write(w io.Writer, issue *model.Issue, opts *Options) error {
	if issue == nil {
		return fmt.Errorf("epub: nil issue")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	faces, err := resolveFaces(&o)
	if err != nil {
		return err
	}
	return write(w, issue, &o, faces)
}

// write is Write with the fonts already chosen, so that tests can give
// stand-in fonts.
func write(w io.Writer, issue *model.Issue, o *Options, faces faces) error {
	is := model.WithIDs(issue)
	if err := model.Validate(is); err != nil {
		return fmt.Errorf("epub: %s: invalid issue: %w", sourceName(is), err)
	}
	if o.BaseDir == "" && is.Meta.Source != "" {
		o.BaseDir = filepath.Dir(is.Meta.Source)
	}
	b, err := newBook(is, o, faces)
	if err != nil {
		return err
	}
	fontDone := make(chan error, 1)
	go func() {
		// A panic here (say, in a caller's font) must come back as this
		// book's error, not end the process: no recover up the caller's
		// stack can catch it in this goroutine.
		defer func() {
			if p := recover(); p != nil {
				fontDone <- fmt.Errorf("epub: body font: internal error: %v", p)
			}
		}()
		fontDone <- b.embedFont()
	}()
	var zipped bytes.Buffer
	err = b.assemble(&zipped)
	if ferr := <-fontDone; err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	return finish(w, zipped.Bytes(), b)
}

func sourceName(is *model.Issue) string {
	if is.Meta.Source != "" {
		return is.Meta.Source
	}
	return "issue"
}

// readFile reads a file named by the issue, relative to BaseDir.
func (b *book) readFile(path string) ([]byte, error) {
	if !filepath.IsAbs(path) && b.opts.BaseDir != "" {
		path = filepath.Join(b.opts.BaseDir, path)
	}
	return os.ReadFile(path)
}
