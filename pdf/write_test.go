package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// smallIssue builds a two-section, three-article issue from sample text.
func smallIssue(t *testing.T) *model.Issue {
	text := []rune(string(sampleText(t, 4000)))
	para := func() model.Block {
		n := 180
		p := model.Block{Type: model.Paragraph, Inlines: []model.Inline{model.Txt(string(text[:n]))}}
		text = text[n:]
		return p
	}
	head := func(s string) model.Block {
		return model.Block{Type: model.Heading, Level: 1, Inlines: []model.Inline{model.Txt(s)}}
	}
	art := func(title string, n int) model.Article {
		a := model.Article{Title: title, Byline: "文／本刊记者"}
		for i := 0; i < n; i++ {
			if i == 2 {
				a.Blocks = append(a.Blocks, head("一、总体要求"))
			}
			a.Blocks = append(a.Blocks, para())
		}
		return a
	}
	return &model.Issue{
		Meta: model.Meta{Title: "天津支部生活", Number: "2024年第09期", Date: "2024-09-01", Publisher: "中共天津市委支部生活社"},
		Sections: []model.Section{
			{Name: "■理论", Articles: []model.Article{art("进一步全面深化改革", 8), art("奋力谱写中国式现代化天津篇章", 6)}},
			{Name: "■党建", Articles: []model.Article{art("百年奋斗百年辉煌", 5)}},
		},
	}
}

func TestWriteIssue(t *testing.T) {
	is := smallIssue(t)
	var a, b bytes.Buffer
	doc, err := Layout(is, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Draw(&a, doc, &Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, is, &Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two builds of the same issue differ")
	}
	file := writeTemp(t, "w.pdf", a.Bytes())
	out, errs := runTool(t, "qpdf", "--check", file)
	if strings.Contains(out+errs, "WARNING") {
		t.Errorf("qpdf --check:\n%s%s", out, errs)
	}
	out, errs = runTool(t, "mutool", "show", file, "outline")
	if strings.TrimSpace(errs) != "" {
		t.Errorf("mutool outline warnings:\n%s", errs)
	}
	for _, title := range []string{"■理论", "进一步全面深化改革", "奋力谱写中国式现代化天津篇章", "■党建", "百年奋斗百年辉煌", "一、总体要求"} {
		if !strings.Contains(out, `"`+title+`"`) {
			t.Errorf("outline lacks %q:\n%s", title, out)
		}
	}
	got, gotURIs := linkDests(t, a.Bytes())
	want, wantURIs := wantDests(doc)
	if fmt.Sprint(got) != fmt.Sprint(want) || gotURIs != wantURIs {
		t.Errorf("links go to %v (%d URIs), want %v (%d URIs)", got, gotURIs, want, wantURIs)
	}
	n := 0
	for _, ds := range got {
		n += len(ds)
	}
	if n < 3 {
		t.Errorf("%d internal links, want at least one per article", n)
	}
}
