// Command html imports a publisher's HTML export (a CMS's pages of one
// issue, concatenated in reading order) and typesets it into both
// editions: DIR/html.epub and DIR/html.pdf.
//
//	go run ./examples/html -o out                   # examples/html/issue.html
//	go run ./examples/html -o out path/to/issue.html
//
// It shows the path `paiban build` takes: importer.ImportFile chooses the
// HTML importer by the file's extension (importer.HTML reads from any
// io.Reader), the import's warnings go to standard error, pdf.Layout lays
// the issue out once, pdf.Draw writes the PDF, and epub.Write gets the
// layout's page map so that the e-book carries the print page numbers.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
	"github.com/paiban/paiban/pdf"
)

func main() {
	out := flag.String("o", "out", "output `directory`")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/html [-o DIR] [ISSUE.html]")
		flag.PrintDefaults()
	}
	flag.Parse()
	src := filepath.Join("examples", "html", "issue.html")
	switch flag.NArg() {
	case 0:
	case 1:
		src = flag.Arg(0)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err := run(src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "html:", err)
		os.Exit(1)
	}
}

func run(src, dir string) error {
	res, err := importer.ImportFile(src, nil)
	if err != nil {
		return err
	}
	// Info diagnostics record every change the clean-up passes made
	// (`paiban inspect` lists them); warnings want an editor's look.
	for _, d := range res.Diagnostics {
		if d.Severity != model.Info {
			fmt.Fprintln(os.Stderr, d)
		}
	}
	is := res.Issue // IDs are assigned and the issue validated by the import
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	popts := &pdf.Options{Warn: func(err error) { fmt.Fprintln(os.Stderr, "html: warning:", err) }}
	doc, err := pdf.Layout(is, popts)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "html.pdf"), func(w io.Writer) error {
		return pdf.Draw(w, doc, popts)
	}); err != nil {
		return err
	}
	// Image paths are relative to the issue's folder: epub.Write finds it
	// from Meta.Source, which the importer sets to src.
	return writeFile(filepath.Join(dir, "html.epub"), func(w io.Writer) error {
		return epub.Write(w, is, &epub.Options{PageMap: doc.PageMap})
	})
}

// writeFile writes path through a buffer and reports the first error of
// writing, flushing or closing; a failed write leaves no file behind.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Println(path)
	return nil
}
