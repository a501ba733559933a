package layout

import (
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// TestStructure checks what the front matter, outline, anchors, links and
// page map promise, on the fake-metrics layout of the sample.
func TestStructure(t *testing.T) {
	doc, g := fakeDoc(t, nil)
	if len(doc.Pages)%4 != 0 {
		t.Errorf("%d pages, not a multiple of 4", len(doc.Pages))
	}
	kinds := map[PageKind]int{}
	anchors := map[string]int{}
	for i, p := range doc.Pages {
		kinds[p.Kind]++
		if p.Number != i+1 {
			t.Errorf("page %d numbered %d", i+1, p.Number)
		}
		if p.Width != g.pageW || p.Height != g.pageH || math.Abs(p.Bleed-3*ptPerMM) > 1e-9 {
			t.Errorf("page %d: size %gx%g bleed %g", p.Number, p.Width, p.Height, p.Bleed)
		}
		for _, a := range p.Anchors {
			if _, dup := anchors[a.ID]; dup {
				t.Errorf("anchor %s twice", a.ID)
			}
			anchors[a.ID] = p.Number
		}
		for _, r := range p.Runs {
			if len(r.Pos) != len(r.Text) {
				t.Fatalf("page %d: run %q has %d positions", p.Number, string(r.Text), len(r.Pos))
			}
			if r.X < 0 || r.X > p.Width || r.Y < 0 || r.Y > p.Height {
				t.Errorf("page %d: run %q at (%.1f, %.1f) off the page", p.Number, string(r.Text), r.X, r.Y)
			}
		}
		switch p.Kind {
		case CoverPage, ContentsPage, BlankPage:
			if p.Label != "" {
				t.Errorf("page %d (%s) has folio %q", p.Number, p.Kind, p.Label)
			}
		case BodyPage:
			if p.Label == "" {
				t.Errorf("body page %d has no folio", p.Number)
			}
		}
	}
	if kinds[CoverPage] != 1 || kinds[ContentsPage] < 1 || kinds[ColophonPage] < 1 || kinds[BodyPage] < 20 {
		t.Errorf("page kinds %v", kinds)
	}
	order := []PageKind{CoverPage, ContentsPage, BodyPage, BlankPage, ColophonPage}
	rank := func(k PageKind) int {
		for i, o := range order {
			if o == k {
				return i
			}
		}
		return -1
	}
	for i := 1; i < len(doc.Pages); i++ {
		if rank(doc.Pages[i].Kind) < rank(doc.Pages[i-1].Kind) {
			t.Errorf("page %d (%s) after a %s page", i+1, doc.Pages[i].Kind, doc.Pages[i-1].Kind)
		}
	}
	// Every contents link goes to an article anchor, and the number
	// printed at the entry is the anchor's page.
	links := 0
	for _, p := range doc.Pages {
		for _, l := range p.Links {
			if l.Target == "" {
				continue
			}
			links++
			pg, ok := anchors[l.Target]
			if !ok {
				t.Errorf("link to %s has no anchor", l.Target)
				continue
			}
			if num := numberIn(p, l); num != pg {
				t.Errorf("contents entry for %s says page %d, anchor is on %d", l.Target, num, pg)
			}
		}
	}
	is := withIDs(sampleIssue(t))
	arts := is.Articles()
	if links != len(arts) {
		t.Errorf("%d contents links for %d articles", links, len(arts))
	}
	// Outline: one entry per TOC node, in order, destinations increasing.
	var titles []string
	model.WalkNodes(model.TOC(is), func(n *model.Node, _ int) error { titles = append(titles, n.Title); return nil })
	var got []string
	last := 0
	var walk func([]*OutlineEntry)
	walk = func(es []*OutlineEntry) {
		for _, e := range es {
			got = append(got, e.Title)
			if e.Page < last {
				t.Errorf("outline %q goes back to page %d", e.Title, e.Page)
			}
			last = e.Page
			walk(e.Children)
		}
	}
	walk(doc.Outline)
	if strings.Join(got, "|") != strings.Join(titles, "|") {
		t.Errorf("outline has %d entries, TOC %d", len(got), len(titles))
	}
	// Page map: one entry a page; body pages name an article, and the
	// offsets lie in the blocks' text.
	if len(doc.PageMap) != len(doc.Pages) {
		t.Fatalf("page map has %d entries for %d pages", len(doc.PageMap), len(doc.Pages))
	}
	byID := map[string]*model.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	for i, ps := range doc.PageMap {
		p := doc.Pages[i]
		if p.Kind != BodyPage {
			if ps.ArticleID != "" {
				t.Errorf("page %d (%s) maps to %s", p.Number, p.Kind, ps.ArticleID)
			}
			continue
		}
		a := byID[ps.ArticleID]
		if a == nil {
			t.Errorf("page %d maps to unknown article %q", p.Number, ps.ArticleID)
			continue
		}
		if ps.Block >= len(a.Blocks) || ps.Block < -1 {
			t.Errorf("page %d: block %d of %d", p.Number, ps.Block, len(a.Blocks))
			continue
		}
		if ps.Block >= 0 && ps.Offset > runeLen(a.Blocks[ps.Block].Text()) {
			t.Errorf("page %d: offset %d past block %d", p.Number, ps.Offset, ps.Block)
		}
	}
}

// numberIn returns the page number set at the right end of a contents
// link's rectangle.
func numberIn(p Page, l Link) int {
	var rs []Run
	for _, r := range p.Runs {
		if r.Y >= l.Y && r.Y <= l.Y+l.H && r.X >= l.X && r.X <= l.X+l.W && isDigit(r.Text[0]) {
			rs = append(rs, r)
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].X < rs[j].X })
	n := 0
	if len(rs) > 0 {
		for _, c := range rs[len(rs)-1].Text {
			n = n*10 + int(c-'0')
		}
	}
	return n
}

// TestKeeps checks the column breaks: no column starts with a paragraph's
// last line or ends with its first line (widows and orphans), no column
// ends with a heading, and each article's last page is balanced. Balanced
// allows two lines between neighbouring columns, the first never the
// shorter: when the even break falls on a keep, the break moves a line, and
// the shorter column must then be the later one.
func TestKeeps(t *testing.T) {
	doc, g := fakeDoc(t, nil)
	report(t, doc, g, 0)
	is := withIDs(sampleIssue(t))
	cols := columns(doc, g, is)
	for _, s := range headingEnds(cols) {
		t.Error(s)
	}
	for _, s := range unbalanced(doc, g, cols, is, 2) {
		t.Error(s)
	}
}

type colKey struct {
	page int
	col  int
}

// report counts widows, orphans and unbalanced last pages and fails when
// there are more than allowed.
func report(t *testing.T, doc *Document, g *grid, allowed int) {
	t.Helper()
	count := map[int]int{}
	for _, r := range doc.lines {
		count[r.para]++
	}
	cols := map[colKey][]*lineRec{}
	for _, r := range doc.lines {
		if !r.body || r.page == 0 {
			continue
		}
		c := 0
		if r.x-g.left(r.page) >= g.colX(1)-1e-6 {
			c = 1
		}
		k := colKey{r.page, c}
		cols[k] = append(cols[k], r)
	}
	widows, orphans := 0, 0
	for k, ls := range cols {
		sort.Slice(ls, func(i, j int) bool { return ls[i].y < ls[j].y })
		top, bot := ls[0], ls[len(ls)-1]
		if count[top.para] >= 2 && top.end == len(doc.paras[top.para]) && top.start > 0 {
			widows++
			t.Logf("widow p.%d col %d: %q", k.page, k.col, string(top.text))
		}
		if count[bot.para] >= 2 && bot.start == 0 && bot.end < len(doc.paras[bot.para]) && bot.y > g.lineTop(g.lines-3) {
			orphans++
			t.Logf("orphan p.%d col %d: %q", k.page, k.col, string(bot.text))
		}
	}
	t.Logf("widows %d, orphans %d over %d columns", widows, orphans, len(cols))
	if widows+orphans > allowed {
		t.Errorf("%d widows and %d orphans, want at most %d together", widows, orphans, allowed)
	}
}
