package importer

import (
	"strings"
	"testing"
)

// KeepPunct leaves ASCII punctuation in Chinese text as the source has it
// while the other passes still run.
func TestKeepPunct(t *testing.T) {
	src := "# 目录\n\n## ■栏目\n\n文章\n\n# 文章\n\n第一句,第二句。\n"
	for _, keep := range []bool{false, true} {
		res, err := Markdown(strings.NewReader(src), "k.md", &Options{KeepPunct: keep})
		if err != nil {
			t.Fatal(err)
		}
		got := res.Issue.Sections[0].Articles[0].Blocks[0].Text()
		want := "第一句，第二句。"
		if keep {
			want = "第一句,第二句。"
		}
		if got != want {
			t.Errorf("KeepPunct=%v: %q, want %q", keep, got, want)
		}
	}
}
