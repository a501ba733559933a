package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImagePaths: pictures must be files inside the issue's folder.
// Remote and inline pictures are dropped with a warning (alt text kept);
// absolute paths, .. and escaping symbolic links are refused with the
// file and line.
func TestImagePaths(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "issue", "images"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.png"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "secret.png"), filepath.Join(dir, "issue", "images", "link.png")); err != nil {
		t.Skip(err)
	}
	imp := func(ref string) (string, *Result, error) {
		src := issueMD("标题", "图前。\n\n![替代文字]("+ref+")\n\n图后。")
		name := filepath.Join(dir, "issue", "issue.md")
		res, err := Markdown(strings.NewReader(src), name, nil)
		return src, res, err
	}
	for _, ref := range []string{"../secret.png", "images/../../secret.png", "/etc/passwd", "images/link.png"} {
		_, _, err := imp(ref)
		if err == nil || !strings.Contains(err.Error(), "issue.md:") || !strings.Contains(err.Error(), ref) {
			t.Errorf("%s: err = %v, want a refusal naming issue.md:line and the path", ref, err)
		}
	}
	for _, ref := range []string{"http://example.org/a.jpg", "data:image/png;base64,AAAA", "//cdn.example.org/b.png", "javascript:void"} {
		src, res, err := imp(ref)
		if err != nil {
			t.Errorf("%s: %v", ref, err)
			continue
		}
		warned := false
		for _, d := range res.Diagnostics {
			warned = warned || d.Pass == "images" && d.Before == ref
		}
		if !warned {
			t.Errorf("%s: no images warning", ref)
		}
		if strings.Contains(ModelText(res.Issue), ref) {
			t.Errorf("%s: still in the model", ref)
		}
		if !strings.Contains(ModelText(res.Issue), "替代文字") {
			t.Errorf("%s: alt text lost", ref)
		}
		if err := CheckAccounting(src, res); err != nil {
			t.Errorf("%s: %v", ref, err)
		}
	}
	if _, _, err := imp("images/absent.png"); err != nil {
		t.Errorf("a missing local picture is the renderers' to report: %v", err)
	}
}
