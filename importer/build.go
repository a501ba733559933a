package importer

import (
	"regexp"
	"strings"

	"github.com/paiban/paiban/model"
)

// work is an article being built: its model article and its raws.
type work struct {
	art  *model.Article
	raws []*raw
	ref  *artRef
}

// build makes the sections and articles from the segments, runs
// the normalize passes and assembles the articles in contents order.
func (d *doc) build(c *contents, refs []*artRef, segs []*seg) {
	is := d.is
	if c != nil {
		for _, s := range c.sections {
			sec := model.Section{Name: s.name, Line: s.line}
			for _, g := range s.series {
				sec.Series = append(sec.Series, model.Series{Name: g.name, Line: g.line})
			}
			is.Sections = append(is.Sections, sec)
		}
	}
	if len(is.Sections) == 0 {
		is.Sections = append(is.Sections, model.Section{Name: "正文"})
		if c != nil {
			d.warn("contents", 0, "", "正文", "the contents block names no section: one section named 正文 is made")
		}
	}
	byRef := map[*artRef]*work{}
	var works []*work // body order
	for _, s := range segs {
		switch {
		case s.ref != nil:
			w := d.newWork(c, s)
			byRef[s.ref] = w
			works = append(works, w)
		case s.g >= 0:
			d.seriesIntro(&is.Sections[s.sec].Series[s.g], s.raws)
		case s.intro:
			is.Sections[s.sec].Intro = append(is.Sections[s.sec].Intro, d.plainBlocks(s.raws)...)
		default:
			if len(s.raws) > 0 {
				d.warn("structure", s.raws[0].line, "", "", "text before the first article is kept as the first section's intro")
				is.Sections[0].Intro = append(is.Sections[0].Intro, d.plainBlocks(s.raws)...)
			}
		}
	}
	d.normalize(works)
	if d.opts.foldPunct() {
		for i := range is.Meta.Notices {
			d.foldBlock(&is.Meta.Notices[i])
		}
	}
	// Extras follow the article before them in the body.
	after := map[*work][]*work{}
	var lead []*work
	var prev *work
	for _, w := range works {
		if w.ref.extra {
			if prev == nil {
				lead = append(lead, w)
			} else {
				after[prev] = append(after[prev], w)
			}
			continue
		}
		prev = w
	}
	var add func(sec int, w *work)
	add = func(sec int, w *work) {
		is.Sections[sec].Articles = append(is.Sections[sec].Articles, *w.art)
		for _, x := range after[w] {
			add(sec, x)
		}
	}
	for _, w := range lead {
		add(0, w)
	}
	for _, r := range refs {
		if w := byRef[r]; w != nil && !r.extra {
			add(r.sec, w)
		}
	}
	// Sections left empty by missing articles are dropped: a section with
	// no article has nothing to show.
	var keep []model.Section
	for _, s := range is.Sections {
		if len(s.Articles) == 0 && len(s.Intro) == 0 {
			// Its series go with it: their names and intros are
			// reported too, so that the accounting holds.
			gone := []string{s.Name}
			for _, g := range s.Series {
				gone = append(gone, g.Name, g.Credit)
				addBlocks(func(ss ...string) { gone = append(gone, ss...) }, g.Intro)
			}
			d.warn("structure", s.Line, strings.Join(gone, "\n"), "", "section %q has no article in the body: left out", s.Name)
			continue
		}
		keep = append(keep, s)
	}
	is.Sections = keep
}

// newWork starts the article of an article segment.
func (d *doc) newWork(c *contents, s *seg) *work {
	h := &d.raws[s.ref.head]
	a := &model.Article{Title: strings.TrimSpace(h.text()), Series: s.ref.series, Line: h.line}
	if s.ref.sub >= 0 {
		a.Subtitle = strings.TrimSpace(d.raws[s.ref.sub].text())
	}
	if s.ref.author >= 0 {
		e := c.entries[s.ref.author]
		a.Authors = strings.Fields(e.text)
		d.info("contents", e.line, e.text, "", "author line of %q in the contents", a.Title)
	}
	return &work{art: a, raws: s.raws, ref: s.ref}
}

// seriesIntro fills a series' credit line and intro from its segment.
func (d *doc) seriesIntro(g *model.Series, rs []*raw) {
	if len(rs) > 0 && rs[0].kind == rawPara && isCreditLine(rs[0].text()) {
		g.Credit = strings.Join(strings.Fields(rs[0].text()), " ")
		d.info("series", rs[0].line, "", "", "series credit line %q", g.Credit)
		rs = rs[1:]
	}
	g.Intro = append(g.Intro, d.plainBlocks(rs)...)
}

// creditWordRE finds the words of a series' credit line: who runs or
// supplies the column (中共天津市委党校 中共天津市委支部生活社 合办).
var creditWordRE = regexp.MustCompile(`(合办|主办|协办|承办|供稿|联合|出品|联办|策划|支持)`)

// isCreditLine reports whether a paragraph is a series' credit line:
// short, without sentence punctuation, and naming the column's makers
// with a word such as 合办 or 供稿; any other short first line is intro.
func isCreditLine(s string) bool {
	return len([]rune(s)) <= 60 && !strings.ContainsAny(s, "。，！？；,") && strings.TrimSpace(s) != "" && creditWordRE.MatchString(s)
}

// plainBlocks converts raws outside articles (intros) with the text passes
// only.
func (d *doc) plainBlocks(rs []*raw) []model.Block {
	w := &work{art: &model.Article{}, raws: rs}
	if !d.opts.NoNormalize {
		d.passJoin(w)
	}
	if d.opts.foldPunct() {
		d.passPunctRaws(w)
	}
	return d.blocks(w)
}

// blocks converts an article's raws into model blocks.
func (d *doc) blocks(w *work) []model.Block {
	var out []model.Block
	for _, r := range w.raws {
		switch {
		case r.role == roleRemoved:
		case r.role == roleFigure:
			out = append(out, *r.fig)
		case r.kind == rawPara:
			d.noteFoldedBreaks(r)
			out = append(out, paraBlock(r))
		case r.kind == rawHeading:
			lv := r.level
			if lv < 1 {
				lv = 1
			}
			out = append(out, model.Block{Type: model.Heading, Level: min(lv, 6), Inlines: foldBreaksKeep(r.inl, false), Line: r.line, EndLine: r.end})
		default:
			out = append(out, r.blk)
		}
	}
	return out
}
