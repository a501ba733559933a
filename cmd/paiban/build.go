package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/pdf"
)

const buildUsage = `usage: paiban build [--epub] [--pdf] [-o DIR] [--crop-marks] [--size SIZE] ISSUE…

Typesets each ISSUE (.md, .txt, .html or .json) into NAME.epub and NAME.pdf
in DIR (default: the current directory), NAME being the issue file's name
without its extension. With neither --epub nor --pdf both editions are
written. The EPUB carries the PDF's print page numbers as a page-list.
Each file is written to a temporary file beside it and renamed into place
only when complete.
`

func init() {
	commands["build"] = command{summary: "typeset issues into EPUB and PDF editions (--epub, --pdf, -o DIR)", run: runBuild}
}

// buildFlags are the options of paiban build.
type buildFlags struct {
	epub, pdf bool
	outDir    string
	cropMarks bool
	size      string
}

// runBuild implements paiban build.
func runBuild(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, buildUsage); fs.PrintDefaults() }
	var f buildFlags
	fs.BoolVar(&f.epub, "epub", false, "write the EPUB edition")
	fs.BoolVar(&f.pdf, "pdf", false, "write the PDF edition")
	fs.StringVar(&f.outDir, "o", ".", "output `directory`")
	fs.BoolVar(&f.cropMarks, "crop-marks", false, "draw crop marks in a slug outside the bleed")
	fs.StringVar(&f.size, "size", "", "trim size: 大16开/big16k (210×285 mm, default), 16开/16k (185×260 mm), a4")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if !f.epub && !f.pdf {
		f.epub, f.pdf = true, true
	}
	lo := &layout.Options{}
	switch strings.ToLower(f.size) {
	case "", "大16开", "big16k":
		lo.Size = layout.BigK16
	case "16开", "16k":
		lo.Size = layout.K16
	case "a4":
		lo.Size = layout.A4
	default:
		fmt.Fprintf(stderr, "paiban build: unknown size %q (want big16k, 16k or a4)\n", f.size)
		return errUsage
	}
	if err := os.MkdirAll(f.outDir, 0o755); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	for _, path := range fs.Args() {
		if err := buildOne(path, &f, lo, stdout, stderr); err != nil {
			return err
		}
	}
	return nil
}

// buildOne imports one issue and writes the requested editions.
func buildOne(path string, f *buildFlags, lo *layout.Options, stdout, stderr io.Writer) error {
	res, err := importer.ImportFile(path, nil)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	popts := &pdf.Options{
		Layout:    lo,
		CropMarks: f.cropMarks,
		Version:   version,
		Warn:      func(err error) { fmt.Fprintf(stderr, "paiban: %s: warning: %v\n", path, err) },
	}
	// The layout is needed for the PDF and, as its page map, for the
	// EPUB's page-list.
	doc, err := pdf.Layout(res.Issue, popts)
	if err != nil {
		return fmt.Errorf("build: %s: %w", path, err)
	}
	if f.pdf {
		out := filepath.Join(f.outDir, name+".pdf")
		if err := writeAtomic(out, func(w io.Writer) error { return pdf.Draw(w, doc, popts) }); err != nil {
			return fmt.Errorf("build: %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "%s: %d pages\n", out, len(doc.Pages))
	}
	if f.epub {
		out := filepath.Join(f.outDir, name+".epub")
		eopts := &epub.Options{PageMap: doc.PageMap}
		if err := writeAtomic(out, func(w io.Writer) error { return epub.Write(w, res.Issue, eopts) }); err != nil {
			return fmt.Errorf("build: %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "%s: %d print page references\n", out, len(doc.PageMap))
	}
	return nil
}

// writeAtomic writes a file through a temporary file in the same folder,
// renamed over the target only when everything was written and closed, so
// a failed build never leaves a truncated file under the final name.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
