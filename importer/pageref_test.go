package importer

import (
	"strings"
	"testing"
)

// A printed contents gives each entry its page number, set off by spaces
// or leader dots; after two or more dots the number is dropped (and
// recorded) so that the entry still matches its article. Digits after a
// space or a single mark may be the title's own and stay.
func TestContentsPageNumbers(t *testing.T) {
	src := "# 目录\n\n## ■时政\n\n春风吹绿海河岸\n\n## ■文化\n\n老街新事……………………8\n\n小巷深处...12\n\n旧城·3\n\n回望——70\n\n北京 798\n\n" +
		"# 春风吹绿海河岸\n\n春天来了。\n\n# 老街新事\n\n老街的故事。\n\n# 小巷深处\n\n小巷的故事。\n\n# 旧城·3\n\n旧城的故事。\n\n# 回望——70\n\n七十年。\n\n# 北京 798\n\n艺术区。\n"
	res, err := Markdown(strings.NewReader(src), "p.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Issue.Sections {
		for _, a := range s.Articles {
			got = append(got, s.Name+"/"+a.Title)
		}
	}
	want := "■时政/春风吹绿海河岸 ■文化/老街新事 ■文化/小巷深处 ■文化/旧城·3 ■文化/回望——70 ■文化/北京 798"
	if strings.Join(got, " ") != want {
		t.Errorf("articles %q, want %q", strings.Join(got, " "), want)
	}
	for _, d := range res.Diagnostics {
		if d.Severity != "info" && d.Pass != "masthead" {
			t.Errorf("unexpected %s", d)
		}
	}
	if err := CheckAccounting(src, res); err != nil {
		t.Error(err)
	}
}
