package layout

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

func tinyIssue(text string) *model.Issue {
	is := &model.Issue{Meta: model.Meta{Title: "刊名", Number: "2024年第01期"}}
	a := model.Article{Title: "标题", Byline: "文/作者", Blocks: []model.Block{model.Head(1, "小标题"), model.Para(text)}, Line: 7, EndMark: "■"}
	is.Sections = []model.Section{{Name: "■栏目", Articles: []model.Article{a}}}
	return is
}

// TestMissingCharacters: characters no font has fail the layout with their
// code points and places, unless Substitute is set.
func TestMissingCharacters(t *testing.T) {
	is := tinyIssue("正文\uE000里有\uE001两个私用区字符。")
	o, _ := (&Options{}).resolved()
	_, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err == nil {
		t.Fatal("no error for characters no font has")
	}
	for _, want := range []string{"U+E000", "U+E001", "a001", "2 characters"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	o.Substitute = true
	doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err != nil {
		t.Fatal(err)
	}
	subs := 0
	for _, p := range doc.Pages {
		for _, r := range p.Runs {
			subs += strings.Count(string(r.Text), "□")
			if strings.ContainsAny(string(r.Text), "\uE000\uE001") {
				t.Errorf("page %d draws a missing character: %q", p.Number, string(r.Text))
			}
		}
	}
	if subs != 2 {
		t.Errorf("%d substitutes drawn, want 2", subs)
	}
}

// TestOptions checks the option defaults, presets and bad values.
func TestOptions(t *testing.T) {
	for _, c := range []struct {
		o     *Options
		chars int
	}{{nil, 24}, {&Options{Size: K16}, 20}, {&Options{Size: A4, BodySize: 9}, 26}, {&Options{BodySize: 10.5}, 22}} {
		r, err := c.o.resolved()
		if err != nil {
			t.Fatal(err)
		}
		g, err := newGrid(&r)
		if err != nil {
			t.Fatal(err)
		}
		if g.chars != c.chars {
			t.Errorf("%+v: %d characters per column, want %d", c.o, g.chars, c.chars)
		}
		if g.inner < g.outer {
			t.Errorf("%+v: inner margin %.1f < outer %.1f", c.o, g.inner, g.outer)
		}
		if got := g.typeW + g.inner + g.outer; got-g.pageW > 1e-9 || g.pageW-got > 1e-9 {
			t.Errorf("%+v: type area and margins %.3f, page %.3f", c.o, got, g.pageW)
		}
		if bottom := g.top + g.typeH(); bottom > g.pageH-15*ptPerMM {
			t.Errorf("%+v: type area ends %.1f pt from the foot", c.o, g.pageH-bottom)
		}
	}
	for _, o := range []*Options{{BodySize: 100}, {Columns: 9}, {Size: Size{50, 50}}, {Pitch: 0.5}, {PadTo: -1}, {Margins: Margins{Top: -1}}} {
		r, err := o.resolved()
		if err == nil {
			_, err = newGrid(&r)
		}
		if err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}
