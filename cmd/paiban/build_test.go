package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

const (
	sampleIssue  = "../../examples/tianjin-2024-09/issue.md"
	secondIssue  = "../../examples/second-issue/issue.md"
	minimalJSON  = "../../examples/minimal/issue.json"
	minimalIssue = "../../examples/minimal/issue.md"
)

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

// build runs paiban build through the dispatcher and returns the exit
// status, stdout and stderr.
func build(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	rc := run(append([]string{"build"}, args...), &out, &errb)
	return rc, out.String(), errb.String()
}

func TestBuildBoth(t *testing.T) {
	dir := t.TempDir()
	rc, out, errs := build(t, "-o", dir, sampleIssue)
	if rc != 0 {
		t.Fatalf("rc %d\n%s", rc, errs)
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
	wantOut := filepath.Join(dir, "issue.epub") + "\n" + filepath.Join(dir, "issue.pdf") + "\n"
	if out != wantOut {
		t.Errorf("stdout %q, want %q", out, wantOut)
	}
	// Every import warning is listed under the progress line and counted.
	res, err := importer.ImportFile(sampleIssue, nil)
	if err != nil {
		t.Fatal(err)
	}
	nw := 0
	for _, d := range res.Diagnostics {
		if d.Severity == model.Warning {
			nw++
			if !strings.Contains(errs, "\n  "+d.String()+"\n") {
				t.Errorf("stderr lacks %q", d.String())
			}
		}
	}
	if !strings.Contains(errs, "[1/1] "+sampleIssue+" → ") || !strings.Contains(errs, fmt.Sprintf("(60 pages, %d warnings, ", nw)) ||
		!strings.HasSuffix(errs, fmt.Sprintf("built 1, failed 0, warnings %d\n", nw)) || nw == 0 {
		t.Errorf("stderr:\n%s", errs)
	}

	// A second build gives the same PDF.
	dir2 := t.TempDir()
	if rc, _, errs := build(t, "--pdf", "-o", dir2, sampleIssue); rc != 0 {
		t.Fatal(errs)
	}
	if got := strings.Join(dirNames(t, dir2), " "); got != "issue.pdf" {
		t.Errorf("--pdf wrote %q", got)
	}
	again, _ := os.ReadFile(filepath.Join(dir2, "issue.pdf"))
	if !bytes.Equal(pdfBytes, again) {
		t.Error("two builds of the sample differ")
	}
}

// TestBuildJSON builds the model's JSON form: importer.ImportFile picks
// the reader by extension.
func TestBuildJSON(t *testing.T) {
	dir := t.TempDir()
	rc, _, errs := build(t, "-o", dir, minimalJSON)
	if rc != 0 {
		t.Fatalf("rc %d\n%s", rc, errs)
	}
	if got := strings.Join(dirNames(t, dir), " "); got != "issue.epub issue.pdf" {
		t.Errorf("output folder holds %q", got)
	}
	// The same issue in Markdown lays out to the same page count.
	rcMD, _, errsMD := build(t, "-o", t.TempDir(), minimalIssue)
	if rcMD != 0 || pages(t, errsMD) != pages(t, errs) {
		t.Errorf("JSON: %d pages, Markdown: %d pages (rc %d)", pages(t, errs), pages(t, errsMD), rcMD)
	}
}

func TestBuildUsageErrorsLeaveNothing(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{nil, "usage: paiban build"},
		{[]string{"--size", "b5", sampleIssue}, "unknown size"},
		{[]string{"--bogus", sampleIssue}, "flag provided but not defined"},
		{[]string{"-j", "0", sampleIssue}, "-j 0"},
		{[]string{"--bleed", "-1", sampleIssue}, "--bleed"},
		{[]string{"--bleed", "NaN", sampleIssue}, "--bleed"},
		{[]string{"--body", "50", sampleIssue}, "layout: body size 50 pt"},
		{[]string{"--columns", "7", sampleIssue}, "layout: 7 columns"},
		{[]string{"--columns", "6", "--body", "30", sampleIssue}, "characters per column"},
		{[]string{"--pad", "0", sampleIssue}, "--pad 0"},
		{[]string{"--pad", "65", sampleIssue}, "PadTo 65"},
		{[]string{"--columns", "0", sampleIssue}, "--columns 0"},
		{[]string{"--body", "0", sampleIssue}, "--body 0"},
		{[]string{"--name", "x", sampleIssue, secondIssue}, "--name needs a single issue"},
		{[]string{"--name", "a/b", sampleIssue}, "plain file name"},
		{[]string{sampleIssue, sampleIssue}, "same files"},
	} {
		rc, _, errs := build(t, append([]string{"-o", dir}, c.args...)...)
		if rc != 2 || !strings.Contains(errs, c.msg) {
			t.Errorf("build %q: rc %d, stderr %q; want 2 and %q", c.args, rc, errs, c.msg)
		}
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("refused builds left %q", names)
	}
}

func TestBuildFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	rc, out, errs := build(t, "-o", dir, filepath.Join(dir, "missing.md"))
	if rc != 1 || out != "" || !strings.Contains(errs, "missing.md FAILED: ") || !strings.Contains(errs, "built 0, failed 1") {
		t.Errorf("rc %d, stdout %q, stderr %q", rc, out, errs)
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("failed build left %q", names)
	}
}

// TestBuildBatch checks that a bad issue fails alone, with its file and
// line, while the others are built, and that flags may follow the files.
func TestBuildBatch(t *testing.T) {
	src := t.TempDir()
	bad := filepath.Join(src, "bad.md")
	if err := os.WriteFile(bad, []byte("# 标题\n\xff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	// A good file from an earlier build must survive the failure.
	if err := os.WriteFile(filepath.Join(out, "bad.pdf"), []byte("good"), 0o644); err != nil {
		t.Fatal(err)
	}
	rc, stdout, errs := build(t, minimalJSON, bad, secondIssue, "-j", "2", "-o", out)
	if rc != 1 {
		t.Errorf("rc %d, want 1", rc)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	var progress []string
	for _, l := range lines {
		if strings.HasPrefix(l, "[") {
			progress = append(progress, l)
		}
	}
	if len(progress) != 3 {
		t.Errorf("%d progress lines, want 3:\n%s", len(progress), errs)
	}
	if !strings.Contains(errs, "] "+bad+" FAILED: importer: "+bad+":2: invalid UTF-8") {
		t.Errorf("no failure naming bad.md:2:\n%s", errs)
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "built 2, failed 1, warnings ") {
		t.Errorf("summary %q", last)
	}
	want := "bad.pdf minimal-issue.epub minimal-issue.pdf second-issue-issue.epub second-issue-issue.pdf"
	if got := strings.Join(dirNames(t, out), " "); got != want {
		t.Errorf("output folder holds %q, want %q", got, want)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "bad.pdf")); string(b) != "good" {
		t.Errorf("bad.pdf replaced by %q", b)
	}
	// stdout lists the written files in command-line order.
	if n := strings.Count(stdout, "\n"); n != 4 || !strings.HasPrefix(stdout, filepath.Join(out, "minimal-issue.epub")) {
		t.Errorf("stdout:\n%s", stdout)
	}
}

func TestPlanJobs(t *testing.T) {
	c := &buildConfig{}
	for _, tc := range []struct {
		in   []string
		want string // names joined by spaces, or "error"
	}{
		{[]string{"a/x.md", "b/y.md"}, "x y"},
		{[]string{"a/issue.md", "b/Issue.json", "c/other.md"}, "a-issue b-Issue other"},
		{[]string{"a/issue.md", "a/issue.json"}, "error"},
		{[]string{"x.md", "x.md"}, "error"},
		{[]string{"a/x.md", "a-x.md"}, "x a-x"},
		{[]string{"a/x.md", "b/x.md", "a-x.md"}, "error"},
	} {
		jobs, err := planJobs(tc.in, c)
		got := "error"
		if err == nil {
			var names []string
			for _, j := range jobs {
				names = append(names, j.name)
			}
			got = strings.Join(names, " ")
		}
		if got != tc.want {
			t.Errorf("planJobs(%q) = %s (%v), want %s", tc.in, got, err, tc.want)
		}
	}
}

func TestStage(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := stage(path, func(w io.Writer) error {
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
	s, err := stage(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err })
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("target changed to %q before commit", b)
	}
	if err := s.commit(); err != nil {
		t.Fatal(err)
	}
	s.discard() // after commit: nothing to remove
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("target holds %q, want new", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	s, err = stage(path, func(w io.Writer) error { _, err := w.Write([]byte("unused")); return err })
	if err != nil {
		t.Fatal(err)
	}
	s.discard()
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("discard left %q", names)
	}
}

var pagesRE = regexp.MustCompile(`\((\d+) pages`)

// pages reads the page count from a one-issue build's progress line.
func pages(t *testing.T, stderr string) int {
	t.Helper()
	m := pagesRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no page count in %q", stderr)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// zipNames lists the entries of a zip file.
func zipNames(t *testing.T, path string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	return names
}

func TestBuildHelp(t *testing.T) {
	for _, args := range [][]string{{"help", "build"}, {"build", "-h"}, {"build", "--help"}} {
		var out, errb bytes.Buffer
		if rc := run(args, &out, &errb); rc != 0 {
			t.Errorf("%q: rc %d", args, rc)
		}
		for _, want := range []string{"usage: paiban build [flags] ISSUE…", "  --bleed mm ", "  -o folder ", "(default 4)", "examples:"} {
			if !strings.Contains(errb.String(), want) {
				t.Errorf("%q: help lacks %q:\n%s", args, want, errb.String())
			}
		}
	}
}
