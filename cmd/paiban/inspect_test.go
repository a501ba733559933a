package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

const sample = "../../examples/tianjin-2024-09/issue.md"

func TestInspectTree(t *testing.T) {
	var out, errb bytes.Buffer
	if rc := run([]string{"inspect", sample}, &out, &errb); rc != 0 {
		t.Fatalf("rc %d: %s", rc, errb.String())
	}
	s := out.String()
	for _, want := range []string{"天津支部生活 上半月 2024年第09期", "6 sections, 37 articles", "series 百年奋斗 百年辉煌", "byline 文/本刊记者 李圆圆", "diagnostics:", "warning: contents"} {
		if !strings.Contains(s, want) {
			t.Errorf("inspect output lacks %q", want)
		}
	}
	out.Reset()
	run([]string{"inspect", "-q", sample}, &out, &errb)
	if strings.Contains(out.String(), ": info: ") {
		t.Error("-q printed info diagnostics")
	}
}

func TestInspectJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if rc := run([]string{"inspect", "--json", sample}, &out, &errb); rc != 0 {
		t.Fatalf("rc %d: %s", rc, errb.String())
	}
	is, err := model.ReadJSON(&out, "inspect.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(is.Articles()) != 37 {
		t.Errorf("%d articles in the JSON", len(is.Articles()))
	}
}

func TestCommandLineErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		rc   int
		msg  string
	}{
		{nil, 2, "usage: paiban"},
		{[]string{"nosuch"}, 2, "unknown command"},
		{[]string{"inspect"}, 2, "usage: paiban inspect"},
		{[]string{"inspect", "--bogus", sample}, 2, "flag provided but not defined"},
		{[]string{"inspect", "missing.md"}, 1, "missing.md"},
		{[]string{"inspect", "issue.pdf"}, 1, "unknown extension"},
		{[]string{"help"}, 0, "inspect"},
	} {
		var out, errb bytes.Buffer
		rc := run(c.args, &out, &errb)
		if rc != c.rc || !strings.Contains(errb.String(), c.msg) {
			t.Errorf("%v: rc %d, stderr %q; want %d and %q", c.args, rc, errb.String(), c.rc, c.msg)
		}
	}
}
