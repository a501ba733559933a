package fonts_test

import (
	"fmt"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/model"
)

// Load the default set and ask which font sets each character of a role:
// the body role falls back to the symbol font for ☒, which the Noto
// fonts lack.
func ExampleSet_Pick() {
	set, err := defaults.Set()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range "文A☒" {
		f, ok := set.Pick(fonts.Body, r)
		if !ok {
			fmt.Printf("%c: no font\n", r)
			continue
		}
		fmt.Printf("%c: %s, %.2f em\n", r, f.Family(), f.AdvanceEm(r))
	}
	// Output:
	// 文: Noto Serif SC, 1.00 em
	// A: Noto Serif SC, 0.72 em
	// ☒: LXGW WenKai, 1.00 em
}

// CoverageText lists the characters of a text that no font of a role's
// chain has, so a program can warn before typesetting.
func ExampleSet_CoverageText() {
	set, err := defaults.Set()
	if err != nil {
		fmt.Println(err)
		return
	}
	missing := set.CoverageText(fonts.Heading, "天津支部生活 𝄞 ☒")
	for _, r := range missing {
		fmt.Printf("U+%04X %c\n", r, r)
	}
	// Output:
	// U+1D11E 𝄞
}

// Coverage checks a whole issue and says where each missing character is.
func ExampleSet_Coverage() {
	set, err := defaults.Set()
	if err != nil {
		fmt.Println(err)
		return
	}
	is := &model.Issue{
		Meta: model.Meta{Title: "海河月刊"},
		Sections: []model.Section{{Name: "■要闻", Articles: []model.Article{{
			ID: "a001", Title: "乐谱", Blocks: []model.Block{{Type: model.Paragraph, Line: 12, Inlines: []model.Inline{model.Txt("高音谱号写作𝄞。")}}},
		}}}},
	}
	for _, m := range set.Coverage(is) {
		fmt.Println(m)
	}
	// Output:
	// U+1D11E 𝄞 ×1, first at line 12 a001 乐谱 paragraph (body)
}

// A program with its own fonts builds a Set from files: each role gets a
// fallback chain, best first, and the Symbol chain ends every role's.
func ExampleSet_SetChain() {
	serif, sans, kai, err := defaults.Fonts()
	if err != nil {
		fmt.Println(err)
		return
	}
	set := fonts.NewSet()
	set.SetChain(fonts.Body, serif)
	set.SetChain(fonts.Heading, sans, serif)
	set.SetChain(fonts.Symbol, kai)
	for _, f := range set.Chain(fonts.Heading) {
		fmt.Println(f.Family())
	}
	// Output:
	// Noto Sans SC
	// Noto Serif SC
	// LXGW WenKai
}
