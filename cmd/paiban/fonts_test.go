package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestFontsCovered(t *testing.T) {
	for _, cmd := range []string{"fonts", "check"} {
		var out, errb bytes.Buffer
		if rc := run([]string{cmd, sampleIssue, secondIssue}, &out, &errb); rc != 0 {
			t.Fatalf("%s: rc %d: %s%s", cmd, rc, out.String(), errb.String())
		}
		want := sampleIssue + ": the fonts cover every character\n" + secondIssue + ": the fonts cover every character\n"
		if out.String() != want {
			t.Errorf("%s: stdout %q", cmd, out.String())
		}
	}
}

func TestFontsMissing(t *testing.T) {
	src, err := os.ReadFile(minimalIssue)
	if err != nil {
		t.Fatal(err)
	}
	const at = "油条要炸两遍"
	line := 1 + bytes.Count(src[:bytes.Index(src, []byte(at))], []byte("\n"))
	// U+E000 (private use) and U+1F600 (an emoji) are in no default font.
	src = bytes.Replace(src, []byte(at), []byte("油条\uE000要炸两遍\U0001F600\uE000"), 1)
	path := filepath.Join(t.TempDir(), "issue.md")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if rc := run([]string{"fonts", path}, &out, &errb); rc != 1 {
		t.Errorf("rc %d, want 1", rc)
	}
	loc := path + ":" + strconv.Itoa(line) + ": "
	for _, want := range []string{
		loc + "U+E000 \uE000 (body): a001 老街的早晨, paragraph\n",
		loc + "U+1F600 \U0001F600 (body): a001 老街的早晨, paragraph\n",
		path + ": 2 characters missing (3 occurrences)\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	empty := filepath.Join(t.TempDir(), "empty.md")
	os.WriteFile(empty, nil, 0o644)
	if rc := run([]string{"check", "-q", empty, path}, &out, &errb); rc != 1 {
		t.Errorf("check -q: rc %d", rc)
	}
	if out.String() != path+": 2 characters missing (3 occurrences)\n" || !strings.Contains(errb.String(), "empty.md FAILED: ") {
		t.Errorf("check -q: stdout %q, stderr %q", out.String(), errb.String())
	}
}
