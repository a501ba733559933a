package importer

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
)

// lostRunes returns the runes of src that are neither in the model's text
// nor in any diagnostic's Before. It is a weaker check than
// CheckAccounting (each rune need only appear somewhere), kept for HTML,
// whose source text has no exact multiset counterpart.
func lostRunes(src string, res *Result) string {
	have := map[rune]bool{}
	for _, r := range ModelText(res.Issue) {
		have[r] = true
	}
	for _, d := range res.Diagnostics {
		for _, r := range d.Before {
			have[r] = true
		}
	}
	var lost []rune
	for _, r := range src {
		if !unicode.IsSpace(r) && !have[r] {
			lost = append(lost, r)
			have[r] = true
		}
	}
	return string(lost)
}

func fuzzSeeds(f *testing.F) {
	f.Add(issueMD("标题", "第一段没有写\n\n完的句子。**文**"))
	f.Add("# 目录\n\n## ■栏\n\n甲\n\n乙\n\n# 刊\n\n2025年第1期\n\n# 甲\n\n文/乙\n\n正文。★")
	f.Add("# 无目录\n\n正文,(括号)...\n\n\n\n张三 摄\n\n- 列表\n1. 编号\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n> 引文")
	f.Add("**不成对\n\n![图](x.png)\n\n图说")
	if src, err := os.ReadFile("testdata/small.md"); err == nil {
		f.Add(string(src))
	}
}

// FuzzMarkdown checks that no input makes the Markdown importer panic or
// lose a character: the characters of the source (less Markdown syntax)
// are, as a multiset, those of the model and the diagnostics
// (CheckAccounting).
func FuzzMarkdown(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan bool)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				panic(fmt.Sprintf("hang on %q", src))
			}
		}()
		defer close(done)
		res, err := Markdown(strings.NewReader(src), "fuzz.md", nil)
		if err != nil {
			return
		}
		// The multiset check: a character lost once, where the same
		// character survives elsewhere, is caught too.
		if err := CheckAccounting(src, res); err != nil {
			t.Error(err)
		}
	})
}

// FuzzHTML checks that no input makes the HTML importer panic or lose the
// text of a paragraph or heading.
func FuzzHTML(f *testing.F) {
	f.Add("<h1>目录</h1><h2>■栏</h2><p>甲</p><h1>刊</h1><p>2025年第1期</p><h1>甲</h1><p>文/乙</p><p>正文<strong>。</strong>★</p>")
	f.Add("<p>没有结构的段落,<br>换行</p><figure><img src=x.png alt=图><figcaption>图说 张三 摄</figcaption></figure>")
	f.Add("<table><tr><th>a</th></tr><tr><td>1</td></tr></table><ul><li>项</li></ul><blockquote>引</blockquote>")
	if src, err := os.ReadFile("testdata/small.html"); err == nil {
		f.Add(string(src))
	}
	f.Fuzz(func(t *testing.T, src string) {
		res, err := HTML(strings.NewReader(src), "fuzz.html", nil)
		if err != nil {
			return
		}
		raws, err := parseHTML(src, "fuzz.html")
		if err != nil {
			t.Fatalf("parsed once, not twice: %v", err)
		}
		var text strings.Builder
		for _, r := range raws {
			if r.kind != rawBlock {
				text.WriteString(r.text())
			}
		}
		if lost := lostRunes(text.String(), res); lost != "" {
			t.Errorf("lost %q", lost)
		}
	})
}
