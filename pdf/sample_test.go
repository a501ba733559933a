package pdf

import (
	"bytes"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

var sampleFile = filepath.Join("..", "examples", "tianjin-2024-09", "issue.md")

func importSample(t testing.TB) *model.Issue {
	t.Helper()
	res, err := importer.ImportFile(sampleFile, nil)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return res.Issue
}

// TestSampleIssue builds the sample issue end to end and checks it with
// the real tools: qpdf, pdffonts, mutool, and the outline and link counts
// against the issue's structure.
func TestSampleIssue(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	is := importSample(t)
	doc, err := Layout(is, nil)
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	var a, b bytes.Buffer
	opts := &Options{Version: "test", Warn: func(err error) { warns = append(warns, err.Error()) }}
	if err := Draw(&a, doc, opts); err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %q", warns)
	}
	if err := Draw(&b, doc, opts); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two draws of the sample differ")
	}
	file := writeTemp(t, "sample.pdf", a.Bytes())

	out, errs := runTool(t, "qpdf", "--check", file)
	if strings.Contains(out+errs, "WARNING") {
		t.Errorf("qpdf --check:\n%s%s", out, errs)
	}

	out, _ = runTool(t, "pdffonts", file)
	tagged := regexp.MustCompile(`^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes `)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[2:] {
		if !tagged.MatchString(l) {
			t.Errorf("font not embedded, subset-tagged, with ToUnicode: %q", l)
		}
	}

	// What pdftotext -raw gives back is, page by page, exactly the text
	// of the runs in the order they were drawn (whitespace aside), less
	// the pagination artifacts (running heads, folios), which carry an
	// empty replacement text.
	out, _ = runTool(t, "pdftotext", "-raw", file, "-")
	pages := strings.Split(out, "\f")
	mismatched := 0
	for i, p := range doc.Pages {
		var want strings.Builder
		for _, r := range p.Runs {
			if !r.Artifact {
				want.WriteString(string(r.Text))
			}
		}
		if i >= len(pages) || stripSpace(pages[i]) != stripSpace(want.String()) {
			if mismatched++; mismatched <= 3 {
				t.Errorf("page %d: extracted text differs from the runs", i+1)
			}
		}
	}

	sections, articles := len(is.Sections), 0
	for _, s := range is.Sections {
		articles += len(s.Articles)
	}
	out, errs = runTool(t, "mutool", "show", file, "outline")
	if strings.TrimSpace(errs) != "" {
		t.Errorf("mutool outline warnings:\n%s", errs)
	}
	if n := strings.Count(out, "\n"); n < sections+articles {
		t.Errorf("%d outline entries, want ≥ %d sections + %d articles", n, sections, articles)
	}

	got, _ := linkDests(t, a.Bytes())
	want, _ := wantDests(doc)
	links := 0
	for p, ds := range want {
		links += len(ds)
		if !equalInts(got[p], ds) {
			t.Errorf("page %d: links go to pages %v, want %v", p, got[p], ds)
		}
	}
	if links < articles {
		t.Errorf("%d internal links, want ≥ %d articles", links, articles)
	}
}

func stripSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// BenchmarkWriteSample lays out and draws the sample issue.
func BenchmarkWriteSample(b *testing.B) {
	is := importSample(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, is, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDrawSample draws the laid-out sample issue (no layout).
func BenchmarkDrawSample(b *testing.B) {
	doc, err := Layout(importSample(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Draw(io.Discard, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
