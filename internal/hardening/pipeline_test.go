package hardening

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
	"github.com/paiban/paiban/pdf"
)

// outcome is what the pipeline made of one input.
type outcome struct {
	res *importer.Result
	// err is the first error of the pipeline; stage names where it came
	// from: import, layout, pdf or epub ("" when everything built).
	err   error
	stage string
	// warnings are the import's warning diagnostics and the PDF's warnings.
	warnings []string
	pdf      []byte
	epub     []byte
	pages    int
}

// build runs one issue through import → layout → PDF → EPUB in memory.
// A nil src imports the file at path (ImportFile); otherwise src is
// imported as Markdown (or HTML when html is set) under the name path.
func build(path string, iopts *importer.Options, lopts *layout.Options) (o outcome) {
	res, err := importer.ImportFile(path, iopts)
	if err != nil {
		return outcome{err: err, stage: "import"}
	}
	return buildIssue(res, lopts)
}

// buildIssue lays out and writes an imported issue.
func buildIssue(res *importer.Result, lopts *layout.Options) (o outcome) {
	o.res = res
	for _, d := range res.Diagnostics {
		if d.Severity != model.Info {
			o.warnings = append(o.warnings, d.String())
		}
	}
	popts := &pdf.Options{Layout: lopts, Warn: func(err error) { o.warnings = append(o.warnings, err.Error()) }}
	doc, err := pdf.Layout(res.Issue, popts)
	if err != nil {
		o.err, o.stage = err, "layout"
		return o
	}
	o.pages = len(doc.Pages)
	var pb bytes.Buffer
	if err := pdf.Draw(&pb, doc, popts); err != nil {
		o.err, o.stage = err, "pdf"
		return o
	}
	o.pdf = pb.Bytes()
	var eb bytes.Buffer
	if err := epub.Write(&eb, res.Issue, &epub.Options{PageMap: doc.PageMap}); err != nil {
		o.err, o.stage = err, "epub"
		return o
	}
	o.epub = eb.Bytes()
	return o
}

// withTimeout runs f, failing the test if it takes longer than d or panics.
func withTimeout(t testing.TB, d time.Duration, f func() outcome) outcome {
	t.Helper()
	ch := make(chan outcome, 1)
	pc := make(chan string, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				pc <- fmt.Sprint(r)
			}
		}()
		ch <- f()
	}()
	select {
	case o := <-ch:
		return o
	case p := <-pc:
		t.Fatalf("panic: %s", p)
	case <-time.After(d):
		t.Fatalf("no result within %v", d)
	}
	return outcome{}
}
