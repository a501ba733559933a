package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

const sampleIssue = "../../examples/tianjin-2024-09/issue.md"

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestBuildBoth(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	if err := runBuild([]string{"-o", dir, sampleIssue}, &out, &errs); err != nil {
		t.Fatalf("build: %v\n%s", err, errs.String())
	}
	if got := strings.Join(dirNames(t, dir), " "); got != "issue.epub issue.pdf" {
		t.Errorf("output folder holds %q, want issue.epub issue.pdf", got)
	}
	pdfBytes, err := os.ReadFile(filepath.Join(dir, "issue.pdf"))
	if err != nil || !bytes.HasPrefix(pdfBytes, []byte("%PDF-1.7")) || !bytes.HasSuffix(pdfBytes, []byte("%%EOF\n")) {
		t.Errorf("issue.pdf is not a complete PDF (%v)", err)
	}
	epubBytes, err := os.ReadFile(filepath.Join(dir, "issue.epub"))
	if err != nil || !bytes.HasPrefix(epubBytes, []byte("PK")) {
		t.Errorf("issue.epub is not a zip (%v)", err)
	}
	if !bytes.Contains(epubBytes, []byte("mimetypeapplication/epub+zip")) {
		t.Error("issue.epub lacks its stored mimetype")
	}
	if !strings.Contains(out.String(), "issue.pdf: ") || !strings.Contains(out.String(), "issue.epub: ") {
		t.Errorf("report:\n%s", out.String())
	}

	// A second build gives the same PDF.
	dir2 := t.TempDir()
	if err := runBuild([]string{"--pdf", "-o", dir2, sampleIssue}, &out, &errs); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(dirNames(t, dir2), " "); got != "issue.pdf" {
		t.Errorf("--pdf wrote %q", got)
	}
	again, _ := os.ReadFile(filepath.Join(dir2, "issue.pdf"))
	if !bytes.Equal(pdfBytes, again) {
		t.Error("two builds of the sample differ")
	}
}

func TestBuildErrorsLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	for _, args := range [][]string{
		{"-o", dir},
		{"-o", dir, "--size", "b5", sampleIssue},
		{"-o", dir, filepath.Join(dir, "missing.md")},
		{"-o", dir, "--bogus", sampleIssue},
	} {
		if err := runBuild(args, &out, &errs); err == nil {
			t.Errorf("build %q: no error", args)
		}
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("failed builds left %q", names)
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := writeAtomic(path, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return errors.New("layout failed")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("target changed to %q by a failed write", b)
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("temporary file left: %q", names)
	}
	if err := writeAtomic(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("target holds %q, want new", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}
