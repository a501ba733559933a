package epub

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/model"
)

// placePages turns Options.PageMap into page-break markers. marks maps an
// article ID to its markers by block index (-1 for the title, len(Blocks)
// for the article's end). Pages that hold no article text have no place
// of their own: those before the first article page go to the start of
// the contents page (front), those after the last one to the colophon
// (back), and those in between just before the next article page.
// It also fills b.pageList in page-map order.
func (b *book) placePages() (marks map[string]map[int][]marker, front, back []marker, err error) {
	pm := b.opts.PageMap
	if len(pm) == 0 {
		return nil, nil, nil, nil
	}
	articles := map[string]*model.Article{}
	used := map[string]bool{}
	for _, a := range b.is.Articles() {
		articles[a.ID] = a
	}
	model.Walk(b.is, func(_ model.Place, blk *model.Block) error {
		used[blk.ID] = true
		return nil
	})
	for si := range b.is.Sections {
		s := &b.is.Sections[si]
		used[s.ID] = true
		for _, g := range s.Series {
			used[g.ID] = true
		}
		for _, a := range s.Articles {
			used[a.ID] = true
		}
	}
	marks = map[string]map[int][]marker{}
	type placed struct {
		file   string
		id     string
		marker marker
	}
	newMark := func(label string) (string, string) {
		id := "page" + idPart(label)
		for n := 2; used[id]; n++ {
			id = fmt.Sprintf("page%s-%d", idPart(label), n)
		}
		used[id] = true
		return id, `<span epub:type="pagebreak" role="doc-pagebreak" id="` + id +
			`" aria-label="` + esc(label) + `"/>`
	}
	var pending []int // indexes of pages without article text
	seenArticle := false
	refs := make([]pageRef, len(pm))
	put := func(i, offset int, file string, add func(marker)) {
		id, html := newMark(pm[i].Label)
		add(marker{offset: max(offset, 0), html: html})
		refs[i] = pageRef{label: pm[i].Label, href: "xhtml/" + file + "#" + id}
	}
	for i := range pm {
		ps := &pm[i]
		if strings.TrimSpace(ps.Label) == "" {
			return nil, nil, nil, fmt.Errorf("epub: page map entry %d: empty label", i+1)
		}
		if ps.ArticleID == "" {
			if !seenArticle {
				put(i, 0, contentsFile, func(m marker) { front = append(front, m) })
			} else {
				pending = append(pending, i)
			}
			continue
		}
		a := articles[ps.ArticleID]
		if a == nil {
			return nil, nil, nil, fmt.Errorf("epub: page map: page %q: no article with ID %q", ps.Label, ps.ArticleID)
		}
		if ps.Block < -1 {
			return nil, nil, nil, fmt.Errorf("epub: page map: page %q: block index %d", ps.Label, ps.Block)
		}
		seenArticle = true
		bi := min(ps.Block, len(a.Blocks))
		m := marks[a.ID]
		if m == nil {
			m = map[int][]marker{}
			marks[a.ID] = m
		}
		add := func(mk marker) { m[bi] = append(m[bi], mk) }
		for _, j := range pending {
			put(j, ps.Offset, a.ID+".xhtml", add)
		}
		pending = nil
		put(i, ps.Offset, a.ID+".xhtml", add)
	}
	for _, j := range pending {
		put(j, 0, colophonFile, func(m marker) { back = append(back, m) })
	}
	// Markers of one block must be in text order for the inline writer.
	for _, m := range marks {
		for bi := range m {
			ms := m[bi]
			for i := 1; i < len(ms); i++ {
				for j := i; j > 0 && ms[j].offset < ms[j-1].offset; j-- {
					ms[j], ms[j-1] = ms[j-1], ms[j]
				}
			}
		}
	}
	b.pageList = refs
	return marks, front, back, nil
}

// idPart keeps the characters of a page label that may appear in an XML
// ID; others become '_' so that "ii" and "12" both give readable IDs.
func idPart(label string) string {
	var sb strings.Builder
	for _, r := range label {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	return sb.String()
}
