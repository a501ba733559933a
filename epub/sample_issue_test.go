package epub

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

const samplePath = "../examples/tianjin-2024-09/issue.md"

func sampleIssue(t testing.TB) *model.Issue {
	t.Helper()
	res, err := importer.ImportFile(samplePath, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res.Issue
}

// TestSampleIssue builds the sample issue's e-book: EPUBCheck must report
// nothing, every character of the model must be in the book in order, and
// two builds must be identical.
func TestSampleIssue(t *testing.T) {
	is := sampleIssue(t)
	u := build(t, is, nil)
	checkFidelity(t, is, u)
	if again := build(t, sampleIssue(t), nil); !bytes.Equal(u.raw, again.raw) {
		t.Error("two builds of the sample issue differ")
	}
	path := filepath.Join(t.TempDir(), "sample.epub")
	if err := os.WriteFile(path, u.raw, 0o644); err != nil {
		t.Fatal(err)
	}
	epubcheck(t, path)
}

func BenchmarkWriteSample(b *testing.B) {
	is := sampleIssue(b)
	// Parse the default fonts outside the timing, as a long-running
	// program would have them already.
	if err := Write(io.Discard, is, nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, is, nil); err != nil {
			b.Fatal(err)
		}
	}
}
