package pdf

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
)

// testFaces returns the default fonts (fonts/defaults) as layout faces:
// serif, sans bold, kai.
func testFaces(t testing.TB) []layout.Face {
	t.Helper()
	serif, sans, kai, err := defaults.Fonts()
	if err != nil {
		t.Fatalf("default fonts: %v", err)
	}
	var faces []layout.Face
	for _, f := range []*fonts.Font{serif, sans, kai} {
		faces = append(faces, layout.Face{Name: f.Name(), Data: f.Data()})
	}
	return faces
}

const (
	serif = 0
	sans  = 1
	kai   = 2
)

// Page geometry of the hand-made document: 16开 with 3 mm bleed.
const (
	trimW   = 524.41 // 185 mm
	trimH   = 737.01 // 260 mm
	bleed   = 8.50   // 3 mm
	bodyPt  = 10.5
	pitch   = bodyPt * 1.75
	colW    = 20 * bodyPt // 20 characters
	gap     = 2 * bodyPt
	marginL = (trimW - 2*colW - gap) / 2
	marginT = 60.0
)

// sampleText returns CJK text from the sample issue: only Han characters
// and full-width punctuation, so every glyph is one em wide in Noto Serif.
func sampleText(t testing.TB, n int) []rune {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "tianjin-2024-09", "issue.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []rune
	for _, r := range string(b) {
		if unicode.Is(unicode.Han, r) || strings.ContainsRune("，。、；：！？", r) {
			out = append(out, r)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// lineRun makes a run of text on a baseline, one em per glyph plus extra
// space between glyphs (justification).
func lineRun(font int, size, x, y float64, text []rune, extra float64) layout.Run {
	pos := make([]float64, len(text))
	for i := range text {
		pos[i] = float64(i) * (size + extra)
	}
	return layout.Run{Font: font, Size: size, X: x, Y: y, Text: text, Pos: pos}
}

// article of the hand-made document.
type testArticle struct {
	id, title string
	page      int // 1-based
	headings  []string
}

var testArticles = []testArticle{
	{"a1", "进一步全面深化改革", 2, []string{"一、总体要求", "二、重点任务"}},
	{"a2", "奋力谱写中国式现代化天津篇章", 3, []string{"坚持人民至上"}},
	{"a3", "百年奋斗百年辉煌", 4, nil},
}

// testDocument builds a four-page document by hand: a contents page whose
// entries link to the articles, and three body pages in two justified
// columns, with a nested outline section → article → heading.
func testDocument(t testing.TB) *layout.Document {
	t.Helper()
	doc := &layout.Document{
		Fonts: testFaces(t),
		Meta: model.Meta{
			Title: "天津支部生活", Number: "2024年第09期", HalfMonth: "上半月", TotalNumber: "总第1143期",
			Date: "2024-09-01", ISSN: "0412-0892", CN: "12-1001/D", Publisher: "中共天津市委支部生活社",
		},
	}
	page := func(n int, kind layout.PageKind) layout.Page {
		return layout.Page{Number: n, Label: itoa(n), Kind: kind, Width: trimW, Height: trimH, Bleed: bleed}
	}
	contents := page(1, layout.ContentsPage)
	contents.Runs = append(contents.Runs, lineRun(sans, 24, marginL, marginT+24, []rune("目录"), 24))
	for i, a := range testArticles {
		y := marginT + 80 + float64(i)*30
		contents.Runs = append(contents.Runs,
			lineRun(serif, 12, marginL, y, []rune(a.title), 0),
			lineRun(serif, 12, trimW-marginL-12, y, []rune(itoa(a.page)), 0))
		contents.Links = append(contents.Links, layout.Link{X: marginL, Y: y - 12, W: trimW - 2*marginL, H: 16, Target: a.id})
	}
	contents.Rules = append(contents.Rules, layout.Rule{X: marginL, Y: marginT + 40, W: trimW - 2*marginL, H: 0.5, Gray: 0.3})
	contents.Links = append(contents.Links, layout.Link{X: marginL, Y: trimH - 60, W: 100, H: 12, URL: "https://example.org/天津?q=(1)"})
	// Ext-B: 𠮷 (U+20BB7) in WenKai.
	contents.Runs = append(contents.Runs, lineRun(kai, 12, marginL, trimH-50, []rune("𠮷野家"), 0))
	doc.Pages = append(doc.Pages, contents)

	text := sampleText(t, 3*2*30*20)
	section := &layout.OutlineEntry{Title: "■理论", Page: 2, Y: marginT}
	doc.Outline = []*layout.OutlineEntry{section}
	for i, a := range testArticles {
		p := page(a.page, layout.BodyPage)
		p.Anchors = append(p.Anchors, layout.Anchor{ID: a.id, Y: marginT})
		p.Runs = append(p.Runs, lineRun(sans, 18, marginL, marginT+18, []rune(a.title), 0))
		art := &layout.OutlineEntry{Title: a.title, Page: a.page, Y: marginT}
		for h, title := range a.headings {
			y := marginT + 60 + float64(h)*200
			p.Anchors = append(p.Anchors, layout.Anchor{ID: a.id + "-h" + itoa(h), Y: y - 12})
			art.Children = append(art.Children, &layout.OutlineEntry{Title: title, Page: a.page, Y: y - 12})
		}
		if i == 2 {
			doc.Outline = append(doc.Outline, &layout.OutlineEntry{Title: "■版权信息", Page: a.page, Y: marginT, Children: []*layout.OutlineEntry{art}})
		} else {
			section.Children = append(section.Children, art)
		}
		for col := 0; col < 2; col++ {
			x := marginL + float64(col)*(colW+gap)
			for line := 0; line < 30; line++ {
				n := 20
				if len(text) < n {
					break
				}
				// 19 glyphs justified over the column width on odd lines.
				extra := 0.0
				if line%2 == 1 {
					n = 19
					extra = (colW - 19*bodyPt) / 18
				}
				p.Runs = append(p.Runs, lineRun(serif, bodyPt, x, marginT+40+float64(line)*pitch, text[:n], extra))
				text = text[n:]
			}
		}
		p.Rules = append(p.Rules, layout.Rule{X: marginL + colW + gap/2 - 0.25, Y: marginT + 30, W: 0.5, H: 30 * pitch, Gray: 0.5})
		doc.Pages = append(doc.Pages, p)
	}
	return doc
}

func itoa(n int) string { return strconv.Itoa(n) }
