package importer

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// A body that repeats a section's name as a heading before its articles
// opens that section there; the heading is not an article, and text under
// it is the section's intro. An article named like its section keeps its
// heading.
func TestBodySectionHeadings(t *testing.T) {
	src := "# 目录\n\n## ■时政\n\n春风吹绿海河岸\n\n## ■文化\n\n老街新事\n\n## ■讲述\n\n讲述\n\n" +
		"# ■时政\n\n## 春风吹绿海河岸\n\n春天来了。\n\n# ■文化\n\n本栏导语。\n\n## 老街新事\n\n老街的故事。\n\n# 讲述\n\n一个故事。\n"
	res, err := Markdown(strings.NewReader(src), "s.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range res.Issue.Sections {
		got = append(got, s.Name+"("+intro(s.Intro)+")")
		for _, a := range s.Articles {
			got = append(got, a.Title)
		}
	}
	want := "■时政() 春风吹绿海河岸 ■文化(本栏导语。) 老街新事 ■讲述() 讲述"
	if strings.Join(got, " ") != want {
		t.Errorf("got %q\nwant %q", strings.Join(got, " "), want)
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

func intro(bs []model.Block) string {
	var ss []string
	for i := range bs {
		ss = append(ss, bs[i].Text())
	}
	return strings.Join(ss, "|")
}
