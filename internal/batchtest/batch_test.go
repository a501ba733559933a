package batchtest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// paiban is the command built once for the package's tests.
var paiban string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "batchtest")
		if err != nil {
			fmt.Fprintln(os.Stderr, "batchtest:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		paiban = filepath.Join(dir, "paiban")
		if runtime.GOOS == "windows" {
			paiban += ".exe"
		}
		cmd := exec.Command("go", "build", "-o", paiban, "github.com/paiban/paiban/cmd/paiban")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "batchtest: go build: %v\n%s", err, out)
			return 1
		}
		return m.Run()
	}())
}

const (
	tianjin = "../../examples/tianjin-2024-09/issue.md"
	second  = "../../examples/second-issue/issue.md"
)

// archive writes 20 issues into a new folder, alternating copies of the
// two examples (the second one's images beside them), and returns their
// paths. If broken is not empty, that issue (by base name) holds invalid
// UTF-8 on its third line instead.
func archive(tb testing.TB, broken string) []string {
	tb.Helper()
	dir := tb.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "images"), os.DirFS(filepath.Join(filepath.Dir(second), "images"))); err != nil {
		tb.Fatal(err)
	}
	srcs := map[string][]byte{}
	for _, p := range []string{tianjin, second} {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		srcs[p] = b
	}
	var paths []string
	for i := range 20 {
		src, name := tianjin, fmt.Sprintf("tianjin-%02d", i+1)
		if i%2 == 1 {
			src, name = second, fmt.Sprintf("second-%02d", i+1)
		}
		data := srcs[src]
		if name == broken {
			data = []byte("# 目录\n\n\xff\xfe 坏的字节\n")
		}
		p := filepath.Join(dir, name+".md")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

var progressRE = regexp.MustCompile(`^\[(\d+)/20\] (\S+) (→ (\S+), (\S+) \((\d+) pages, .*s\)|FAILED: (.*))$`)

// TestBatch20 builds 20 issues with -j 2, one of them broken: 19 pairs of
// files, one failure naming the file and line, a progress line for each
// issue, a summary and exit status 1.
func TestBatch20(t *testing.T) {
	paths := archive(t, "tianjin-07")
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(paiban, append([]string{"build", "-j", "2", "-o", out}, paths...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}

	seen := map[string]bool{}
	pages := map[string]string{}
	var failures []string
	var summary string
	for _, l := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
		if strings.HasPrefix(l, "  ") { // a warning under its issue
			continue
		}
		if strings.HasPrefix(l, "built ") {
			summary = l
			continue
		}
		m := progressRE.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("unexpected stderr line %q", l)
			continue
		}
		if want := fmt.Sprint(len(seen) + 1); m[1] != want {
			t.Errorf("progress count %s, want %s: %q", m[1], want, l)
		}
		seen[m[2]] = true
		if m[7] != "" {
			failures = append(failures, l)
			continue
		}
		name := strings.TrimSuffix(filepath.Base(m[2]), ".md")
		if m[4] != filepath.Join(out, name+".epub") || m[5] != filepath.Join(out, name+".pdf") {
			t.Errorf("outputs of %s: %s, %s", m[2], m[4], m[5])
		}
		// Copies of one issue built side by side lay out alike.
		kind := strings.TrimRight(name, "-0123456789")
		if pages[kind] == "" {
			pages[kind] = m[6]
		} else if m[6] != pages[kind] {
			t.Errorf("%s: %s pages, another copy %s", name, m[6], pages[kind])
		}
	}
	if len(pages) != 2 || pages["tianjin"] == pages["second"] {
		t.Errorf("page counts %v: want one for each example, and they differ", pages)
	}
	if len(seen) != 20 {
		t.Errorf("progress lines for %d issues, want 20", len(seen))
	}
	broken := filepath.Join(filepath.Dir(paths[0]), "tianjin-07.md")
	if len(failures) != 1 || !strings.Contains(failures[0], "] "+broken+" FAILED: importer: "+broken+":3: invalid UTF-8") {
		t.Errorf("failures %q, want one naming %s:3", failures, broken)
	}
	if !regexp.MustCompile(`^built 19, failed 1, warnings \d+$`).MatchString(summary) {
		t.Errorf("summary %q", summary)
	}

	var files []string
	es, _ := os.ReadDir(out)
	for _, e := range es {
		files = append(files, e.Name())
		if fi, _ := e.Info(); fi == nil || fi.Size() < 1000 {
			t.Errorf("%s: %v bytes", e.Name(), fi)
		}
	}
	if len(files) != 38 {
		t.Errorf("%d files written, want 38 (19 pairs): %q", len(files), files)
	}
	for _, f := range files {
		if strings.HasPrefix(f, "tianjin-07.") || strings.HasSuffix(f, ".tmp") {
			t.Errorf("unexpected file %s", f)
		}
	}
	if n := strings.Count(stdout.String(), "\n"); n != 38 {
		t.Errorf("stdout lists %d files, want 38", n)
	}
}

// BenchmarkBatch20 builds the 20 issues sequentially (j1) and two at a
// time (j2), running the command as a user would; the ratio j2/j1 is the
// batch speed-up (at most 0.6 on two cores is the aim). It reports the
// CPU time the command used per build, to tell a lack of parallelism from
// extra work.
func BenchmarkBatch20(b *testing.B) {
	paths := archive(b, "")
	for _, j := range []string{"1", "2"} {
		b.Run("j"+j, func(b *testing.B) {
			out := b.TempDir()
			var cpu time.Duration
			for b.Loop() {
				cmd := exec.Command(paiban, append([]string{"build", "-q", "-j", j, "-o", out}, paths...)...)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v\n%s", err, stderr.String())
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}
