package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuild builds six issues in-process with -j 1 and -j 2; unlike
// internal/batchtest's BenchmarkBatch20, which runs the command, it can be
// profiled: go test -run X -bench Build/j2 -cpuprofile cpu.prof.
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "images"), os.DirFS(filepath.Join(filepath.Dir(secondIssue), "images"))); err != nil {
		b.Fatal(err)
	}
	var paths []string
	for i := range 6 {
		src := sampleIssue
		if i%2 == 1 {
			src = secondIssue
		}
		data, err := os.ReadFile(src)
		if err != nil {
			b.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("issue-%d.md", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, j := range []string{"1", "2"} {
		b.Run("j"+j, func(b *testing.B) {
			out := b.TempDir()
			for b.Loop() {
				if rc := run(append([]string{"build", "-q", "-j", j, "-o", out}, paths...), io.Discard, io.Discard); rc != 0 {
					b.Fatalf("rc %d", rc)
				}
			}
		})
	}
}
