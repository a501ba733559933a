package layout

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenFirstPages pins the runs, rules, anchors and links of the
// sample's first pages (cover, contents, opening article) with the default
// fonts and line breaker. Refresh with go test ./layout -update.
func TestGoldenFirstPages(t *testing.T) {
	doc, _ := realDoc(t, nil)
	var buf bytes.Buffer
	dump(&buf, doc, 4)
	golden := filepath.Join("testdata", "first-pages.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./layout -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		gl, wl := bytes.Split(buf.Bytes(), []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if !bytes.Equal(gl[i], wl[i]) {
				t.Fatalf("layout differs from %s at line %d:\n got %s\nwant %s", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("layout differs from %s: %d lines, want %d", golden, len(gl), len(wl))
	}
}

// TestDeterministic lays the sample out twice and compares the dumps.
func TestDeterministic(t *testing.T) {
	a, _ := realDoc(t, nil)
	b, _ := realDoc(t, nil)
	var x, y bytes.Buffer
	dump(&x, a, len(a.Pages))
	dump(&y, b, len(b.Pages))
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Fatal("two layouts of the same issue differ")
	}
}
