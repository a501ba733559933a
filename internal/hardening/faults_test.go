package hardening

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/pdf"
)

var errDiskFull = errors.New("disk full")

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	k := w.n
	w.n = 0
	return k, errDiskFull
}

// minimal imports the minimal example issue.
func minimal(t testing.TB) *importer.Result {
	t.Helper()
	res, err := importer.ImportFile(filepath.Join(root, "examples", "minimal", "issue.md"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestWriteErrors: pdf.Write and epub.Write report a writer that fails
// after N bytes, for N from 0 to past the middle of the output, and never
// report success.
func TestWriteErrors(t *testing.T) {
	res := minimal(t)
	var full bytes.Buffer
	if err := pdf.Write(&full, res.Issue, nil); err != nil {
		t.Fatal(err)
	}
	var efull bytes.Buffer
	if err := epub.Write(&efull, res.Issue, nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		size  int
		write func(w *failAfter) error
	}{
		{"pdf", full.Len(), func(w *failAfter) error { return pdf.Write(w, res.Issue, nil) }},
		{"epub", efull.Len(), func(w *failAfter) error { return epub.Write(w, res.Issue, nil) }},
	} {
		for _, n := range []int{0, 1, 100, 4096, tc.size / 2, tc.size - 1} {
			err := tc.write(&failAfter{n: n})
			if !errors.Is(err, errDiskFull) {
				t.Errorf("%s failing after %d of %d bytes: err = %v, want the writer's error", tc.name, n, tc.size, err)
			}
		}
		if err := tc.write(&failAfter{n: tc.size}); err != nil {
			t.Errorf("%s with room for all %d bytes: %v", tc.name, tc.size, err)
		}
	}
}

// paiban builds the command once for the tests that run it.
func paiban(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "paiban")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/paiban/paiban/cmd/paiban").CombinedOutput()
	if err != nil {
		t.Skipf("cannot build cmd/paiban (mid-edit?): %v\n%s", err, out)
	}
	return bin
}

// TestFailedBuildKeepsOutput: a build that fails (here, a truncated
// picture found while drawing the PDF) leaves the earlier good PDF and
// EPUB byte for byte as they were, with no temporary files; an output
// folder that cannot be written is reported.
func TestFailedBuildKeepsOutput(t *testing.T) {
	bin := paiban(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	good := filepath.Join(dir, "good", "issue.md")
	bad := filepath.Join(dir, "bad", "issue.md")
	write(t, filepath.Dir(good), "issue.md", []byte(issueMD("有图的文章", "图前的段落。\n\n![图片](images/p.png)\n\n图说 张三 摄")))
	write(t, filepath.Dir(good), "images/p.png", samplePNG(t))
	write(t, filepath.Dir(bad), "issue.md", []byte(issueMD("有图的文章", "图前的段落。\n\n![图片](images/p.png)\n\n图说 张三 摄")))
	p := samplePNG(t)
	write(t, filepath.Dir(bad), "images/p.png", p[:len(p)/2])

	if o, err := exec.Command(bin, "build", "-o", out, good).CombinedOutput(); err != nil {
		t.Fatalf("good build: %v\n%s", err, o)
	}
	before := map[string][]byte{}
	for _, n := range []string{"issue.pdf", "issue.epub"} {
		b, err := os.ReadFile(filepath.Join(out, n))
		if err != nil {
			t.Fatal(err)
		}
		before[n] = b
	}
	o, err := exec.Command(bin, "build", "-o", out, bad).CombinedOutput()
	if err == nil {
		t.Fatalf("bad build succeeded:\n%s", o)
	}
	if !strings.Contains(string(o), "p.png") {
		t.Errorf("bad build's message does not name the picture:\n%s", o)
	}
	ents, _ := os.ReadDir(out)
	if len(ents) != 2 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("output folder holds %q, want the two good files only", names)
	}
	for n, b := range before {
		now, err := os.ReadFile(filepath.Join(out, n))
		if err != nil || !bytes.Equal(now, b) {
			t.Errorf("%s changed by the failed build (err %v)", n, err)
		}
	}

	// An output folder that cannot be written. Root writes through mode
	// bits, so there a regular file stands in the folder's way instead.
	ro := filepath.Join(dir, "ro")
	if os.Geteuid() == 0 {
		write(t, dir, "ro", []byte("a file, not a folder"))
	} else {
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
	}
	o, err = exec.Command(bin, "build", "-o", ro, good).CombinedOutput()
	if err == nil {
		t.Fatalf("build into an unwritable folder succeeded:\n%s", o)
	}
	if !strings.Contains(string(o), "ro") {
		t.Errorf("message does not name the folder:\n%s", o)
	}
	t.Logf("unwritable folder: %s", strings.TrimSpace(string(o)))
}
