package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressBarOffWhenNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := newProgressBar(&buf, 3, false)
	defer b.stop()
	if b.tick() != nil {
		t.Error("a buffer got a ticking bar")
	}
	b.start(&job{input: "a.md"})
	b.finish(&job{input: "a.md"})
	if buf.Len() != 0 {
		t.Errorf("bar drawn into a buffer: %q", buf.String())
	}
}

func TestProgressBarDraw(t *testing.T) {
	var buf bytes.Buffer
	// As newProgressBar makes it for a terminal.
	b := &progressBar{w: &buf, total: 4, begin: time.Now(), ticker: time.NewTicker(time.Hour)}
	defer b.stop()
	a, c := &job{input: "in/a.md"}, &job{input: "in/" + strings.Repeat("长", 80) + ".md"}
	b.start(a)
	b.start(c)
	b.finish(a)
	s := buf.String()
	last := s[strings.LastIndex(s, "\r\x1b[K")+4:]
	if !strings.HasPrefix(last, "[######..................] 1/4 0 s  长长") || strings.Contains(last, "a.md") {
		t.Errorf("bar %q", last)
	}
	if n := len([]rune(last)); n > 79/2+20 {
		t.Errorf("bar of %d characters, most of them wide: it would wrap", n)
	}
	buf.Reset()
	b.clear()
	if buf.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q", buf.String())
	}
	buf.Reset()
	b.clear()
	if buf.Len() != 0 {
		t.Errorf("second clear wrote %q", buf.String())
	}
}

func TestFitColumns(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"长长长", 6, "长长长"},
		{"长长长长", 6, "长长…"},
		{"a长长", 4, "a长…"},
		{"a长长", 3, "a…"},
		{"", 3, ""},
	} {
		if got := fitColumns(c.in, c.n); got != c.want {
			t.Errorf("fitColumns(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
