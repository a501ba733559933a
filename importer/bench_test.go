package importer

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// tenfold builds an issue ten times the sample: one contents block
// listing ten copies of the sample's sections, the masthead once, then
// ten copies of the body. In copy k every heading and every contents line
// that ends a heading gets the suffix ·k, so that titles differ from copy
// to copy.
func tenfold(tb testing.TB) []byte {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	s := string(src)
	tocAt := strings.Index(s, "# 目录")
	mastAt := strings.Index(s, "\n# 天津支部生活") + 1
	pre, toc, rest := s[:tocAt], s[tocAt:mastAt], s[mastAt:]
	bodyAt := strings.Index(rest[1:], "\n# ") + 2
	masthead, body := rest[:bodyAt], rest[bodyAt:]
	var heads []string
	for _, l := range strings.Split(pre+body, "\n") {
		if strings.HasPrefix(l, "#") {
			heads = append(heads, normTitle(strings.TrimLeft(l, "# ")))
		}
	}
	endsHeading := func(l string) bool {
		n := normTitle(strings.TrimLeft(l, "# "))
		if n == "" || strings.HasPrefix(l, "## ") {
			return false
		}
		for _, h := range heads {
			if strings.HasSuffix(h, n) {
				return true
			}
		}
		return false
	}
	rename := func(part string, k int, all bool) string {
		lines := strings.Split(part, "\n")
		for i, l := range lines {
			if strings.TrimSpace(l) == "" || strings.Contains(l, "目录") {
				continue
			}
			if all && strings.HasPrefix(l, "#") || !all && endsHeading(l) {
				lines[i] = strings.TrimRight(l, " ") + fmt.Sprintf("·%d", k)
			}
		}
		return strings.Join(lines, "\n")
	}
	var out strings.Builder
	out.WriteString(rename(pre, 1, true))
	for k := 1; k <= 10; k++ {
		t := rename(toc, k, false)
		if k > 1 {
			t = strings.Replace(t, "# 目录 CONTENTS\n", "", 1)
		}
		out.WriteString(t)
	}
	out.WriteString(masthead)
	for k := 1; k <= 10; k++ {
		if k > 1 {
			out.WriteString(rename(pre, k, true))
		}
		out.WriteString(rename(body, k, true))
		out.WriteString("\n\n")
	}
	return []byte(out.String())
}

func TestTenfold(t *testing.T) {
	src := tenfold(t)
	res, err := Markdown(bytes.NewReader(src), "tenfold.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(res.Issue.Articles()); n != 370 {
		t.Errorf("%d articles in the tenfold issue, want 370", n)
	}
	if err := CheckAccounting(string(src), res); err != nil {
		t.Error(err)
	}
}

func benchImport(b *testing.B, src []byte) {
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Markdown(bytes.NewReader(src), "bench.md", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportSample imports the sample issue (target: < 20 ms on one
// core).
func BenchmarkImportSample(b *testing.B) {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	benchImport(b, src)
}

// BenchmarkImportTenfold imports the sample ten times over (target: less
// than 11 times the sample's time).
func BenchmarkImportTenfold(b *testing.B) {
	benchImport(b, tenfold(b))
}
