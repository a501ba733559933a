package layout

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/model"
)

// tallPNG writes a 100×400 picture (taller than any column is wide) and
// returns its path.
func tallPNG(t *testing.T) string {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 100, 400))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	img.Set(0, 0, color.Black)
	path := filepath.Join(t.TempDir(), "tall.png")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// oneArticle is an issue of one section holding one article.
func oneArticle(title string, blocks ...model.Block) *model.Issue {
	return &model.Issue{
		Meta: model.Meta{Title: "测试刊", Number: "2024年第1期"},
		Sections: []model.Section{{Name: "甲栏目", Articles: []model.Article{
			{Title: title, Blocks: blocks},
		}}},
	}
}

// overflowIssues are the review's inputs: entries taller than the space
// left in a column, or than a whole column, and intros with no article to
// carry them. want lists texts that must all be on the pages, with the
// number of times each appears in the runs.
func overflowIssues(t *testing.T) []struct {
	name string
	is   *model.Issue
	want map[string]int
} {
	tall := tallPNG(t)
	fig := model.Block{Type: model.Figure, Image: tall, Caption: "高图"}
	long := func(s string, n int) string { return strings.Repeat(s, n) }
	type tc = struct {
		name string
		is   *model.Issue
		want map[string]int
	}
	var out []tc

	// r1: a run-on article of a series opening with a tall figure.
	r1 := oneArticle("第一篇", model.Para("第一篇正文。"))
	r1.Sections[0].Series = []model.Series{{Name: "某系列"}}
	r1.Sections[0].Articles[0].Series = "某系列"
	r1.Sections[0].Articles = append(r1.Sections[0].Articles, model.Article{
		Title: "第二篇", Series: "某系列", Blocks: []model.Block{fig, model.Para("第二篇正文。")},
	})
	out = append(out, tc{"r1-runon-figure", r1, map[string]int{"第二篇正文": 1, "高图": 1}})

	// A figure after half a column of text: it moves to the next column.
	mid := oneArticle("中图", model.Para(long("段落文字，", 150)), fig, model.Para(long("图后正文。", 200)))
	out = append(out, tc{"figure-mid-column", mid, map[string]int{"图后正文": 200, "高图": 1}})

	// A tall figure opening an article whose title band is deep: it moves
	// to the next column.
	deep := oneArticle("深标题", fig, model.Para(long("图后正文。", 300)))
	a := &deep.Sections[0].Articles[0]
	a.ColumnLabel, a.Subtitle, a.Byline = "·栏目·", "副标题", "作者"
	out = append(out, tc{"figure-after-band", deep, map[string]int{"图后正文": 300, "高图": 1}})

	// Under a title band of half a page the picture would lose too much:
	// it goes to the next page whole.
	high := oneArticle(long("长标题", 60), fig, model.Para("图后正文。"))
	out = append(out, tc{"figure-after-tall-title", high, map[string]int{"图后正文": 1, "高图": 1}})

	// q2: a table row taller than a column.
	q2 := oneArticle("甲", model.Para("正文。"), model.Block{Type: model.Table, HeaderRows: 1, Rows: [][]model.Cell{
		{{Inlines: []model.Inline{model.Txt("标题")}}},
		{{Inlines: []model.Inline{model.Txt(long("表格内容很长", 400))}}},
	}})
	out = append(out, tc{"q2-table-row", q2, map[string]int{"表格内容很长": 400}})

	// q3: a heading taller than a column.
	q3 := oneArticle("甲", model.Para("正文。"), model.Head(2, long("很长的小标题", 300)), model.Para("后文。"))
	out = append(out, tc{"q3-heading", q3, map[string]int{"很长的小标题": 300, "后文": 1}})

	// q4: a title band taller than a page, and its contents entry taller
	// than a column.
	q4 := oneArticle(long("很长的文章标题", 300), model.Para("正文。"))
	out = append(out, tc{"q4-title", q4, map[string]int{"很长的文章标题": 600, "正文": 1}})

	// t6: a section with an intro and no articles, and a declared series
	// that no article names.
	t6 := &model.Issue{
		Meta: model.Meta{Title: "测试刊", Date: "2024-01-01"},
		Sections: []model.Section{
			{Name: "甲", Intro: []model.Block{model.Para("甲栏目导语独有文字")}},
			{Name: "乙", Series: []model.Series{{Name: "孤系列", Intro: []model.Block{model.Para("孤系列导语文字")}}},
				Articles: []model.Article{{Title: "乙文", Blocks: []model.Block{model.Para("乙文正文")}}}},
		},
	}
	out = append(out, tc{"t6-intros", t6, map[string]int{"甲栏目导语独有文字": 1, "孤系列导语文字": 1, "孤系列": 2, "乙文正文": 1}})
	return out
}

// TestNothingOffThePage lays out the review's inputs and the sample with
// the default fonts and checks that every run, rule and picture lies
// within its page's trim box, and that no text is lost.
func TestNothingOffThePage(t *testing.T) {
	set, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range overflowIssues(t) {
		t.Run(c.name, func(t *testing.T) {
			doc, err := Book(c.is, set, nil)
			if err != nil {
				t.Fatal(err)
			}
			onPage(t, doc, defaultGrid(t))
			text := docText(doc)
			for s, n := range c.want {
				if got := strings.Count(text, s); got != n {
					t.Errorf("%q set %d times, want %d", s, got, n)
				}
			}
		})
	}
	t.Run("sample", func(t *testing.T) {
		doc, g := realDoc(t, nil)
		onPage(t, doc, g)
	})
}

// defaultGrid is the grid of the default options.
func defaultGrid(t *testing.T) *grid {
	t.Helper()
	r, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	g, err := newGrid(&r)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// onPage fails for anything drawn outside its page's trim box (a run's
// baseline or em top, a rule, a picture) and, on pages set on the grid,
// for text or pictures below the type area's last line or far above its
// first.
func onPage(t *testing.T, doc *Document, g *grid) {
	t.Helper()
	bad := 0
	fail := func(p Page, format string, args ...any) {
		if bad++; bad <= 5 {
			t.Errorf("page %d (%s): "+format, append([]any{p.Number, p.Kind}, args...)...)
		}
	}
	top, bot := g.top, g.top+g.typeH()
	for _, p := range doc.Pages {
		grid := p.Kind != CoverPage
		for _, r := range p.Runs {
			if r.Y > p.Height || r.Y-ascent*r.Size < 0 || r.X < 0 || r.X > p.Width {
				fail(p, "run %q at (%.1f, %.1f) outside the %.0fx%.0f page", short(r.Text), r.X, r.Y, p.Width, p.Height)
			} else if grid && !r.Artifact && (r.Y > bot+0.5 || r.Y-r.Size < top-g.pitch) {
				fail(p, "run %q at y %.1f outside the type area %.1f..%.1f", short(r.Text), r.Y, top, bot)
			}
		}
		for _, r := range p.Rules {
			if r.Y < 0 || r.Y+r.H > p.Height {
				fail(p, "rule at y %.1f outside the page", r.Y)
			} else if grid && r.Y > bot+g.pitch/2 {
				fail(p, "rule at y %.1f below the type area (%.1f)", r.Y, bot)
			}
		}
		for _, im := range p.Images {
			if im.Y < 0 || im.Y+im.H > p.Height || im.X < 0 || im.X+im.W > p.Width {
				fail(p, "picture %.1f..%.1f outside the page", im.Y, im.Y+im.H)
			} else if grid && (im.Y < top-0.5 || im.Y+im.H > bot+0.5) {
				fail(p, "picture %.1f..%.1f outside the type area %.1f..%.1f", im.Y, im.Y+im.H, top, bot)
			}
		}
	}
	if bad > 5 {
		t.Errorf("%d items outside their pages", bad)
	}
}

func short(rs []rune) string {
	if len(rs) > 12 {
		return string(rs[:12]) + "…"
	}
	return string(rs)
}

// docText is the text of the document's runs in drawing order, furniture
// left out.
func docText(doc *Document) string {
	var sb strings.Builder
	for _, p := range doc.Pages {
		for _, r := range p.Runs {
			if !r.Artifact {
				sb.WriteString(string(r.Text))
			}
		}
	}
	return sb.String()
}

// TestColBreak checks where a column ends when the next entry is taller
// than the space left.
func TestColBreak(t *testing.T) {
	mk := func(units ...int) ([]gline, []int) {
		gls := make([]gline, len(units))
		pre := make([]int, len(units)+1)
		for i, u := range units {
			gls[i].units = u
			pre[i+1] = pre[i] + u
		}
		return gls, pre
	}
	for _, c := range []struct {
		units       []int
		i, h, full  int
		want        int
		description string
	}{
		{[]int{1, 1, 30, 1}, 2, 10, 39, 2, "fits a whole column: moves on"},
		{[]int{1, 1, 30, 1}, 2, 30, 39, 3, "a fresh column takes it"},
		{[]int{50, 1}, 0, 39, 39, 1, "taller than a whole column, not split: placed"},
		{[]int{1, 1, 1, 30}, 0, 10, 39, 3, "the break before it"},
	} {
		gls, pre := mk(c.units...)
		if got := colBreak(gls, pre, c.i, c.h, c.full); got != c.want {
			t.Errorf("%s: colBreak(%v, i=%d, h=%d) = %d, want %d", c.description, c.units, c.i, c.h, got, c.want)
		}
	}
}

// TestLoneIntros checks that intros no article carries come in the EPUB's
// order (a section's intro, the section's articles, then the series no
// article names) and that the outline reaches an article-less section.
func TestLoneIntros(t *testing.T) {
	set, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	var is *model.Issue
	for _, c := range overflowIssues(t) {
		if c.name == "t6-intros" {
			is = c.is
		}
	}
	doc, err := Book(is, set, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := docText(doc)
	a, b, c := strings.Index(text, "甲栏目导语"), strings.Index(text, "乙文正文"), strings.Index(text, "孤系列导语")
	if a < 0 || b < 0 || c < 0 || a > b || b > c {
		t.Errorf("section intro at %d, article at %d, series intro at %d: want them in that order", a, b, c)
	}
	found := false
	for _, oe := range doc.Outline {
		if oe.Title == "甲" {
			found = true
			if oe.Page < 1 || oe.Page > len(doc.Pages) || !strings.Contains(pageText(doc.Pages[oe.Page-1]), "甲栏目导语") {
				t.Errorf("outline entry 甲 goes to page %d, not its intro's", oe.Page)
			}
		}
	}
	if !found {
		t.Error("no outline entry for the section 甲")
	}
}

func pageText(p Page) string {
	var sb strings.Builder
	for _, r := range p.Runs {
		sb.WriteString(string(r.Text))
	}
	return sb.String()
}
