package layout

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/paiban/paiban/model"
)

// colItem is something set in a column of a body page: a line (its
// baseline) or a picture (its foot), on grid line n.
type colItem struct {
	y       float64
	n       int
	heading string // the heading's text, for a heading's line
	band    bool   // a line of a title band
}

// columns sorts the set lines and pictures of the body pages by page and
// column. Lines of headings carry their text; lines of title bands are
// marked.
func columns(doc *Document, g *grid, is *model.Issue) map[colKey][]colItem {
	heads := map[string]bool{}
	model.Walk(is, func(_ model.Place, b *model.Block) error {
		if b.Type == model.Heading {
			heads[b.Text()] = true
		}
		return nil
	})
	bands := map[string]bool{}
	for si := range is.Sections {
		s := &is.Sections[si]
		for _, sr := range s.Series {
			bands[sr.Name], bands[sr.Credit] = true, true
		}
		for _, a := range s.Articles {
			bands[a.Title], bands[a.Subtitle], bands[a.Byline], bands[a.Series] = true, true, true, true
			bands[strings.Trim(a.ColumnLabel, dots)] = true
		}
	}
	delete(bands, "")
	body := map[int]bool{}
	for _, p := range doc.Pages {
		body[p.Number] = p.Kind == BodyPage
	}
	col := func(page int, x float64) int {
		c := 0
		for c+1 < g.cols && x-g.left(page) >= g.colX(c+1)-1e-6 {
			c++
		}
		return c
	}
	line := func(y float64) int { return int(math.Round((y - g.top - ascent*g.body) / g.pitch)) }
	out := map[colKey][]colItem{}
	for _, r := range doc.lines {
		if r.page == 0 || !body[r.page] {
			continue
		}
		it := colItem{y: r.y, n: line(r.y)}
		if t := string(doc.paras[r.para]); !r.body {
			if heads[t] {
				it.heading = t
			}
			it.band = bands[t]
		}
		k := colKey{r.page, col(r.page, r.x)}
		out[k] = append(out[k], it)
	}
	for _, p := range doc.Pages {
		if p.Kind != BodyPage {
			continue
		}
		for _, im := range p.Images {
			foot := im.Y + im.H - g.body + ascent*g.body
			k := colKey{p.Number, col(p.Number, im.X)}
			out[k] = append(out[k], colItem{y: foot, n: line(foot)})
		}
	}
	for _, items := range out {
		sort.SliceStable(items, func(i, j int) bool { return items[i].y < items[j].y })
	}
	return out
}

// headingEnds lists the columns whose last line is a heading's.
func headingEnds(cols map[colKey][]colItem) []string {
	var bad []string
	for k, items := range cols {
		if last := items[len(items)-1]; last.heading != "" {
			bad = append(bad, fmt.Sprintf("p.%d col %d ends with heading %q", k.page, k.col, last.heading))
		}
	}
	sort.Strings(bad)
	return bad
}

// unbalanced lists the last pages of articles whose columns are not
// balanced: the text an article leaves on the page where it ends must fill
// its columns evenly, the first ones never shorter than the later ones,
// within slack grid lines (keeps and headings may move a line or two).
// The part of a page that belongs to an article lies between its anchor
// (or the page top) and the next article's anchor (or the page foot).
func unbalanced(doc *Document, g *grid, cols map[colKey][]colItem, is *model.Issue, slack int) []string {
	arts := map[string]bool{}
	for _, a := range is.Articles() {
		arts[a.ID] = true
	}
	// starts[p] are the grid lines where articles begin on page p.
	starts := map[int][]float64{}
	for _, p := range doc.Pages {
		for _, a := range p.Anchors {
			if arts[a.ID] {
				starts[p.Number] = append(starts[p.Number], a.Y)
			}
		}
	}
	var bad []string
	for i, p := range doc.Pages {
		if p.Kind != BodyPage {
			continue
		}
		// The page's regions: before the first start, between starts,
		// after the last.
		cuts := append([]float64{math.Inf(-1)}, starts[p.Number]...)
		cuts = append(cuts, math.Inf(1))
		for r := 0; r+1 < len(cuts); r++ {
			lo, hi := cuts[r], cuts[r+1]
			final := !math.IsInf(hi, 1) // another article follows on this page
			if !final {
				final = i+1 == len(doc.Pages) || doc.Pages[i+1].Kind != BodyPage || startsAtTop(cols, doc.Pages[i+1].Number, starts, g)
			}
			if !final {
				continue
			}
			bottom := make([]int, g.cols)
			for c := range bottom {
				bottom[c] = -1
				for _, it := range cols[colKey{p.Number, c}] {
					if !it.band && it.y > lo && it.y < hi {
						bottom[c] = max(bottom[c], it.n)
					}
				}
			}
			for c := 1; c < g.cols; c++ {
				if bottom[c] < 0 {
					continue
				}
				if bottom[c] > bottom[c-1] || bottom[c-1]-bottom[c] > slack {
					bad = append(bad, fmt.Sprintf("p.%d: article text ends on grid lines %v", p.Number, bottom))
					break
				}
			}
		}
	}
	return bad
}

// startsAtTop reports whether page n begins with an article's title: its
// first article anchor lies above everything set in its columns.
func startsAtTop(cols map[colKey][]colItem, n int, starts map[int][]float64, g *grid) bool {
	if len(starts[n]) == 0 {
		return false
	}
	first := starts[n][0]
	for c := 0; c < g.cols; c++ {
		if items := cols[colKey{n, c}]; len(items) > 0 && items[0].y < first {
			return false
		}
	}
	return true
}
