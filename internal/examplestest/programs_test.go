package examplestest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExamplePrograms runs examples/api and examples/html with go run into
// a temporary folder and checks that each writes an EPUB (a ZIP archive:
// PK) and a PDF (%PDF). It builds two programs and typesets two issues, so
// -short skips it.
func TestExamplePrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the example programs; skipped with -short")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	for _, tc := range []struct {
		pkg   string
		files []string
	}{
		{"./examples/api", []string{"api.epub", "api.pdf"}},
		{"./examples/html", []string{"html.epub", "html.pdf"}},
	} {
		t.Run(filepath.Base(tc.pkg), func(t *testing.T) {
			out := t.TempDir()
			cmd := exec.Command(gobin, "run", tc.pkg, "-o", out)
			cmd.Dir = root
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("go run %s: %v\n%s", tc.pkg, err, stderr.String())
			}
			// The programs print warnings (import diagnostics, low-resolution
			// images) to standard error; the go command's own notes
			// ("go: downloading …") are not theirs.
			for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
				if line != "" && !strings.HasPrefix(line, "go: ") {
					t.Errorf("go run %s warned: %s", tc.pkg, line)
				}
			}
			for _, name := range tc.files {
				data, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Error(err)
					continue
				}
				magic := "PK\x03\x04"
				if filepath.Ext(name) == ".pdf" {
					magic = "%PDF-"
				}
				if !bytes.HasPrefix(data, []byte(magic)) {
					t.Errorf("%s starts with %q, want %q", name, data[:min(len(data), 8)], magic)
				}
				if len(data) < 10000 {
					t.Errorf("%s is only %d bytes", name, len(data))
				}
			}
		})
	}
}
