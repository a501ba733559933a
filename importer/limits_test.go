package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// endless yields 'a' forever and counts what was read.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.n += int64(len(p))
	return len(p), nil
}

// TestMaxBytes: a source over Options.MaxBytes is refused, naming it,
// without being read past the limit; a file is refused before reading.
func TestMaxBytes(t *testing.T) {
	opts := &Options{MaxBytes: 1000}
	for _, f := range []func(*endless) error{
		func(r *endless) error { _, err := Markdown(r, "big.md", opts); return err },
		func(r *endless) error { _, err := HTML(r, "big.html", opts); return err },
	} {
		r := &endless{}
		err := f(r)
		if err == nil || !strings.Contains(err.Error(), "big.") || !strings.Contains(err.Error(), "MaxBytes") {
			t.Errorf("err = %v, want a MaxBytes refusal naming the source", err)
		}
		if r.n > 1000+64<<10 {
			t.Errorf("read %d bytes for a limit of 1000", r.n)
		}
	}
	dir := t.TempDir()
	src := issueMD("标题", strings.Repeat("正文。", 100))
	path := filepath.Join(dir, "issue.md")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportFile(path, &Options{MaxBytes: int64(len(src))}); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	_, err := ImportFile(path, &Options{MaxBytes: int64(len(src)) - 1})
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("one byte over: err = %v", err)
	}
	if _, err := ImportFile(path, &Options{MaxBytes: -1}); err != nil {
		t.Errorf("no limit: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "page.html"), []byte("<h1>甲</h1><p>"+strings.Repeat("文", 500)+"</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportFile(dir, &Options{MaxBytes: 100}); err == nil || !strings.Contains(err.Error(), "MaxBytes") {
		t.Errorf("directory over the limit: err = %v", err)
	}
}
