package editions

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/internal/checktool"
	"github.com/paiban/paiban/pdf"
)

const sample = "../../examples/tianjin-2024-09/issue.md"

// build makes both editions of the sample, the EPUB with the PDF's page
// map, and returns the EPUB, the PDF and the number of PDF pages.
func build(t *testing.T) (ebook, print []byte, pages int) {
	t.Helper()
	res, err := importer.ImportFile(sample, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdf.Layout(res.Issue, nil)
	if err != nil {
		t.Fatal(err)
	}
	var e, p bytes.Buffer
	if err := epub.Write(&e, res.Issue, &epub.Options{PageMap: doc.PageMap}); err != nil {
		t.Fatal(err)
	}
	if err := pdf.Draw(&p, doc, nil); err != nil {
		t.Fatal(err)
	}
	return e.Bytes(), p.Bytes(), len(doc.Pages)
}

// The EPUB built together with the PDF carries a page-list entry for
// every print page and passes EPUBCheck; two builds are byte-identical.
func TestEPUBWithPrintPageList(t *testing.T) {
	e1, p1, pages := build(t)
	e2, p2, _ := build(t)
	if !bytes.Equal(e1, e2) || !bytes.Equal(p1, p2) {
		t.Error("two builds of both editions differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(e1), int64(len(e1)))
	if err != nil {
		t.Fatal(err)
	}
	var nav, opf string
	markers := 0
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		switch {
		case strings.HasSuffix(f.Name, "nav.xhtml"):
			nav = string(b)
		case strings.HasSuffix(f.Name, ".opf"):
			opf = string(b)
		case strings.HasSuffix(f.Name, ".xhtml"):
			markers += strings.Count(string(b), `epub:type="pagebreak"`)
		}
	}
	i := strings.Index(nav, `epub:type="page-list"`)
	if i < 0 {
		t.Fatal("nav has no page-list")
	}
	entries := len(regexp.MustCompile(`<a href="[^"]+#page\d+">`).FindAllString(nav[i:], -1))
	if entries != pages || markers != pages {
		t.Errorf("page-list has %d entries and the book %d page-break markers; the PDF has %d pages", entries, markers, pages)
	}
	if !strings.Contains(opf, `property="source-of">pagination<`) {
		t.Error("package document names no pagination source")
	}
	path := filepath.Join(t.TempDir(), "issue.epub")
	if err := os.WriteFile(path, e1, 0o644); err != nil {
		t.Fatal(err)
	}
	checktool.EPUBCheck(t, path)
}
