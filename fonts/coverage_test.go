package fonts_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/model"
)

func sample(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../examples/tianjin-2024-09/issue.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func defaultFonts(t testing.TB) (serif, sans, kai *fonts.Font) {
	t.Helper()
	serif, sans, kai, err := defaults.Fonts()
	if err != nil {
		t.Fatal(err)
	}
	return serif, sans, kai
}

// The sample issue against Noto alone lacks exactly ☒ (U+2612); the
// default chains (Noto, then WenKai as the symbol fallback) cover it all.
func TestCoverageSampleText(t *testing.T) {
	text := sample(t)
	serif, sans, kai := defaultFonts(t)

	noto := fonts.NewSet()
	noto.SetChain(fonts.Body, serif)
	noto.SetChain(fonts.Heading, sans)
	for _, role := range []fonts.Role{fonts.Body, fonts.Heading} {
		if got, want := noto.CoverageText(role, text), []rune{0x2612}; !reflect.DeepEqual(got, want) {
			t.Errorf("Noto only, %s: missing %U, want %U", role, got, want)
		}
	}
	kaiOnly := fonts.NewSet()
	kaiOnly.SetChain(fonts.Caption, kai)
	if got := kaiOnly.CoverageText(fonts.Caption, text); len(got) != 0 {
		t.Errorf("WenKai alone: missing %U", got)
	}

	set, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range fonts.Roles() {
		if got := set.CoverageText(role, text); len(got) != 0 {
			t.Errorf("default set, %s: missing %U", role, got)
		}
	}
	if f, ok := set.Pick(fonts.Body, '☒'); !ok || f != kai {
		t.Errorf("Pick(body, ☒) = %v, %v; want WenKai", f, ok)
	}
	if f, ok := set.Pick(fonts.Body, '中'); !ok || f != serif {
		t.Errorf("Pick(body, 中) = %v; want Noto Serif", f)
	}
	if f, ok := set.Pick(fonts.Heading, '中'); !ok || f != sans {
		t.Errorf("Pick(heading, 中) = %v; want Noto Sans Bold", f)
	}
	if got := set.Chain(fonts.Body); !reflect.DeepEqual(got, []*fonts.Font{serif, kai}) {
		t.Errorf("Chain(body) = %v", got)
	}
	if got := set.Chain(fonts.Caption); !reflect.DeepEqual(got, []*fonts.Font{kai}) {
		t.Errorf("Chain(caption) has %d fonts, want WenKai once", len(got))
	}
	// Supplementary characters and ignorables.
	if got := set.CoverageText(fonts.Body, "𠂇𠀋\u200b\ufeff\n\t𠀀"); !reflect.DeepEqual(got, []rune{0x20000}) {
		t.Errorf("supplementary: missing %U, want [U+20000]", got)
	}
}

func TestSubstitute(t *testing.T) {
	serif, _, kai := defaultFonts(t)
	s := fonts.NewSet()
	s.SetChain(fonts.Body, serif)
	if r, f, ok := s.Substitute(fonts.Body); !ok || r != '〓' || f != serif {
		t.Errorf("Substitute = %q %v %v; want 〓 in Noto Serif", r, f, ok)
	}
	s.SetSubstitutes('☒', '□')
	if r, _, ok := s.Substitute(fonts.Body); !ok || r != '□' {
		t.Errorf("Substitute with ☒ first (Noto lacks it) = %q %v; want □", r, ok)
	}
	s.SetChain(fonts.Symbol, kai)
	if r, f, ok := s.Substitute(fonts.Body); !ok || r != '☒' || f != kai {
		t.Errorf("Substitute = %q %v; want ☒ from WenKai", r, f)
	}
	if _, _, ok := fonts.NewSet().Substitute(fonts.Body); ok {
		t.Error("empty set offers a substitute")
	}
}

func testIssue() *model.Issue {
	is := &model.Issue{
		Meta: model.Meta{Title: "天津支部生活", Number: "2024年第09期", Line: 1,
			Notices: []model.Block{{Type: model.Paragraph, Inlines: []model.Inline{model.Txt("声明☒")}, Line: 900}}},
		Sections: []model.Section{{
			Name: "■理论", Line: 3,
			Articles: []model.Article{{
				Title: "标题☒", Byline: "文/张\U00020000", Line: 10,
				Blocks: []model.Block{
					{Type: model.Paragraph, Line: 12, Inlines: []model.Inline{
						model.Txt("正文☒"), model.Bold("加粗☒"), {Type: model.Emphasis, Children: []model.Inline{model.Txt("强调")}}}},
					{Type: model.Quote, Line: 14, Children: []model.Block{model.Para("引文☒")}},
					{Type: model.Figure, Line: 16, Caption: "图注", Credit: "摄\U00020000"},
				},
			}, {
				Title: "无正文", Line: 20,
			}},
		}},
	}
	model.AssignIDs(is)
	is.Sections[0].Articles[0].Blocks[1].Children[0].Line = 15
	return is
}

func TestCoverageIssue(t *testing.T) {
	serif, sans, kai := defaultFonts(t)
	s := fonts.NewSet()
	s.SetChain(fonts.Body, serif)
	s.SetChain(fonts.Heading, sans)
	s.SetChain(fonts.Caption, kai)
	is := testIssue()
	got := s.Coverage(is)
	if len(got) != 2 || got[0].Rune != 0x2612 || got[1].Rune != 0x20000 {
		t.Fatalf("Coverage = %v; want ☒ and U+20000", got)
	}
	a := is.Sections[0].Articles[0]
	want := []fonts.Place{
		{Role: fonts.Heading, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 10, Where: "title"},
		{Role: fonts.Body, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 12, Where: "paragraph"},
		{Role: fonts.Heading, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 12, Where: "paragraph"},
		{Role: fonts.Body, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 15, Where: "quote paragraph"},
		{Role: fonts.Body, Line: 900, Where: "notices paragraph"},
	}
	if m := got[0]; m.Count != 5 || !reflect.DeepEqual(m.Places, want) || m.Substitute != '〓' {
		t.Errorf("☒: count %d substitute %q places\n%v\nwant\n%v", m.Count, m.Substitute, m.Places, want)
	}
	wantExtB := []fonts.Place{
		{Role: fonts.Caption, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 10, Where: "byline"},
		{Role: fonts.Caption, Section: "■理论", ArticleID: a.ID, Article: a.Title, Line: 16, Where: "figure credit"},
	}
	if m := got[1]; m.Count != 2 || !reflect.DeepEqual(m.Places, wantExtB) {
		t.Errorf("U+20000: count %d places %v, want %v", m.Count, m.Places, wantExtB)
	}
	if s := got[0].String(); !strings.Contains(s, "U+2612 ☒ ×5") || !strings.Contains(s, "line 10 a001 标题☒ title (heading)") {
		t.Errorf("String() = %q", s)
	}
	// With WenKai as the symbol fallback only U+20000 is left.
	s.SetChain(fonts.Symbol, kai)
	if got := s.Coverage(is); len(got) != 1 || got[0].Rune != 0x20000 {
		t.Errorf("with symbol fallback: %v", got)
	}
}

func TestDefaultSetIsolated(t *testing.T) {
	a, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := defaults.Set()
	a.SetChain(fonts.Body)
	if len(b.Chain(fonts.Body)) != 2 {
		t.Error("changing one default set changed another")
	}
}

func TestZeroSetAndClone(t *testing.T) {
	serif, _, kai := defaultFonts(t)
	var s fonts.Set
	if _, ok := s.Pick(fonts.Body, '中'); ok || s.Coverage(nil) != nil {
		t.Error("empty set picks a font or reports coverage of nil")
	}
	s.SetChain(fonts.Body, serif, nil)
	s.SetChain("custom", kai)
	c := s.Clone()
	s.SetChain(fonts.Body, kai)
	if f, ok := c.Pick(fonts.Body, '中'); !ok || f != serif {
		t.Error("Clone shares chains with the original")
	}
	if f, ok := c.Pick("custom", '☒'); !ok || f != kai {
		t.Error("custom role lost by Clone")
	}
	if got := c.CoverageText("custom", "中☒"); len(got) != 0 {
		t.Errorf("custom role coverage: %U", got)
	}
}
