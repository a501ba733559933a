package importer

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/paiban/paiban/model"
)

// artRef ties an article to its contents entry and its body heading.
type artRef struct {
	entries []int // contents entries that make up the title (one or two)
	subEnt  int   // contents entry of the subtitle, -1
	author  int   // contents entry of the author line, -1
	head    int   // raw index of the title heading
	sub     int   // raw index of the subtitle heading, -1
	sec     int
	series  string
	extra   bool // in the body but not in the contents
	byline  string
}

// searchWindow is how many body headings the contents matching looks
// ahead of (and behind) its position.
const searchWindow = 250

// seg is a run of body raws owned by an article, a series or the issue's
// preamble.
type seg struct {
	ref    *artRef
	sec, g int  // for a series segment; g < 0 otherwise
	intro  bool // a section heading's segment: its raws are the section's intro
	raws   []*raw
}

var bylineRE = regexp.MustCompile(`^文\s*[/／]\s*(\S.*)$`)

// stripDecor removes the decoration of a section or series name.
func stripDecor(s string) string {
	return strings.TrimSpace(strings.TrimLeft(s, "■□◆◇●○▲△★☆ "))
}

// run recovers the issue's structure and runs the normalize passes.
func (d *doc) run() (*Result, error) {
	d.is = &model.Issue{Meta: model.Meta{Source: d.name}}
	used := make([]bool, len(d.raws))
	toc := d.findContents(used)
	d.findMasthead(used)
	seriesAt := map[int][2]int{}
	var refs []*artRef
	if toc != nil {
		refs = d.align(toc, used, seriesAt)
	} else {
		refs = d.fallback(used)
	}
	segs := d.segments(refs, used, seriesAt)
	d.movePreludes(segs)
	d.build(toc, refs, segs)
	if len(d.is.Articles()) == 0 {
		// An empty book would "succeed" with every text dropped.
		return nil, fmt.Errorf("importer: %s: no article in the issue: no heading of the body starts one (%s)", d.name, whyNoArticle(toc != nil))
	}
	d.droppedLinks()
	return finish(d, d.is)
}

// whyNoArticle says what makes an article, for the error of an issue
// without any.
func whyNoArticle(hasContents bool) string {
	if hasContents {
		return "an article starts at a heading that matches a contents entry, or at a top-level heading after the contents"
	}
	return "without a contents block (# 目录), every top-level heading starts an article"
}

// fallback makes the structure from the headings alone: every top-level
// heading starts an article, all in one section.
func (d *doc) fallback(used []bool) []*artRef {
	d.warn("contents", 0, "", "正文", "no contents block (# 目录): every top-level heading is taken as an article of one section named 正文")
	top := 7
	for i := range d.raws {
		if !used[i] && d.raws[i].kind == rawHeading && d.raws[i].level < top {
			top = d.raws[i].level
		}
	}
	var refs []*artRef
	for i := range d.raws {
		if !used[i] && d.raws[i].kind == rawHeading && d.raws[i].level == top {
			refs = append(refs, &artRef{head: i, sub: -1, subEnt: -1, author: -1})
		}
	}
	return refs
}

// align matches the contents entries against the body headings, in order,
// tolerantly: a title may be split over two contents lines, or be a title
// and a subtitle that are two headings in the body; a line that matches
// no heading after a title is its author line when the body's byline
// agrees or the section has author lines elsewhere; otherwise the entry
// has no body and is reported.
func (d *doc) align(c *contents, used []bool, seriesAt map[int][2]int) []*artRef {
	// Series headings in the body: the first heading that matches each
	// series of the contents.
	claimed := map[int]bool{}
	normHead := map[int]string{}
	for i := range d.raws {
		if !used[i] && d.raws[i].kind == rawHeading {
			normHead[i] = normTitle(d.raws[i].text())
		}
	}
	// The contents lists series in body order, so each search starts
	// after the previous series' heading: one pass over the body in all,
	// not one per series.
	// (A series out of order in the body is still found: the search
	// wraps round once.)
	from := 0
	for si, s := range c.sections {
		for gi, g := range s.series {
			ng := normTitle(stripDecor(g.name))
			n := len(d.raws)
			for k := 0; k < n; k++ {
				i := (from + k) % n
				r := &d.raws[i]
				if used[i] || claimed[i] || r.kind != rawHeading {
					continue
				}
				if normScore(ng, normHead[i]) > 0 {
					claimed[i] = true
					seriesAt[i] = [2]int{si, gi}
					d.info("structure", r.line, r.text(), "", "series heading %q (its name is kept from the contents)", g.name)
					from = i + 1
					break
				}
			}
		}
	}
	// Section headings in the body (# ■时政 before its articles): a
	// heading whose text is exactly a section's name opens that section
	// instead of starting an article. They are recorded in seriesAt with
	// series -1.
	from = 0
	entryText := map[string]bool{}
	for _, e := range c.entries {
		entryText[normTitle(stripDecor(e.text))] = true
	}
	for si, s := range c.sections {
		ns := normTitle(stripDecor(s.name))
		if ns == "" || entryText[ns] { // an article of the same name keeps its heading
			continue
		}
		for i := from; i < len(d.raws); i++ {
			r := &d.raws[i]
			if used[i] || claimed[i] || r.kind != rawHeading || normTitle(stripDecor(r.text())) != ns || !aboveNext(d.raws, used, i) {
				continue
			}
			claimed[i] = true
			seriesAt[i] = [2]int{si, -1}
			d.info("structure", r.line, r.text(), "", "section heading %q (its name is kept from the contents)", s.name)
			from = i + 1
			break
		}
	}
	var heads []int
	for i := range d.raws {
		if !used[i] && !claimed[i] && d.raws[i].kind == rawHeading {
			heads = append(heads, i)
		}
	}
	taken := map[int]bool{}
	sameGroup := func(a, b int) bool {
		return b < len(c.entries) && c.entries[a].sec == c.entries[b].sec && c.entries[a].series == c.entries[b].series
	}
	var refs []*artRef
	refOfEntry := map[int]*artRef{} // last entry of a title → its ref
	unknown := map[int]bool{}
	hp := 0
	// try matches entry i (and maybe i+1) against heading k: a title and
	// a subtitle heading right after it; an exact title; a title split
	// over two contents lines (both parts of four characters or more, so
	// that an author line is never swallowed); a near title.
	nh := make([]string, len(heads))
	nhr := make([][]rune, len(heads))
	for k, h := range heads {
		nh[k] = normHead[h]
		nhr[k] = []rune(nh[k])
	}
	ne := make([]string, len(c.entries))
	ner := make([][]rune, len(c.entries))
	for i, e := range c.entries {
		ne[i] = normTitle(e.text)
		ner[i] = []rune(ne[i])
	}
	score := func(i, k int) int { return runeScore(ne[i], nh[k], ner[i], nhr[k]) }
	try := func(i, k int) (ref *artRef) {
		h := heads[k]
		two := sameGroup(i, i+1)
		score := score(i, k)
		if two && score > 0 && k+1 < len(heads) && heads[k+1] == h+1 && !taken[k+1] && runeScore(ne[i+1], nh[k+1], ner[i+1], nhr[k+1]) > 0 {
			return &artRef{entries: []int{i}, subEnt: i + 1, head: h, sub: h + 1, author: -1}
		}
		if score == 2 {
			return &artRef{entries: []int{i}, subEnt: -1, head: h, sub: -1, author: -1}
		}
		if two && len(ner[i]) >= 4 && len(ner[i+1]) >= 4 && len(ner[i])+len(ner[i+1]) <= len(nhr[k])+2 && normScore(ne[i]+ne[i+1], nh[k]) > 0 {
			return &artRef{entries: []int{i, i + 1}, subEnt: -1, head: h, sub: -1, author: -1}
		}
		if score > 0 {
			return &artRef{entries: []int{i}, subEnt: -1, head: h, sub: -1, author: -1}
		}
		return nil
	}
	for i := 0; i < len(c.entries); {
		// The search looks a window of headings ahead (and, for entries
		// out of order, behind), so that lines that match nothing (author
		// lines) cost a bounded time in long issues.
		var ref *artRef
		k := hp
		for ; k < min(len(heads), hp+searchWindow) && ref == nil; k++ {
			if !taken[k] {
				ref = try(i, k)
			}
		}
		k--
		if ref == nil {
			for k = max(0, hp-searchWindow); k < hp && ref == nil; k++ {
				if !taken[k] {
					ref = try(i, k)
				}
			}
			k--
			if ref != nil {
				d.warn("contents", c.entries[i].line, "", "", "contents entry %q is out of order in the body (line %d)", c.entries[i].text, d.raws[ref.head].line)
			}
		} else {
			hp = k + 1
		}
		if ref == nil {
			unknown[i] = true
			i++
			continue
		}
		taken[k] = true
		if ref.sub >= 0 {
			taken[k+1] = true
			if hp == k+1 {
				hp = k + 2
			}
		}
		e := c.entries[i]
		ref.sec, ref.series = e.sec, e.series
		ref.byline = d.quickByline(ref)
		refs = append(refs, ref)
		last := ref.entries[len(ref.entries)-1]
		if ref.subEnt >= 0 {
			last = ref.subEnt
		}
		refOfEntry[last] = ref
		for _, ei := range ref.entries {
			d.contentsMatched(c.entries[ei].text, c.entries[ei].line, "")
		}
		title := joinEntries(c, ref.entries)
		d.compareTitle(title, c.entries[i].line, d.raws[ref.head])
		if ref.subEnt >= 0 {
			d.contentsMatched(c.entries[ref.subEnt].text, c.entries[ref.subEnt].line, "subtitle ")
			d.compareTitle(c.entries[ref.subEnt].text, c.entries[ref.subEnt].line, d.raws[ref.sub])
		}
		i = last + 1
	}
	// Author lines: an unmatched line right after a title that agrees
	// with the article's byline, or, in a section where such a line was
	// seen, one that reads as names.
	authored := map[int]bool{} // sections with a confirmed author line
	for i := range c.entries {
		if ref := refOfEntry[i-1]; unknown[i] && i > 0 && ref != nil && sameGroup(i-1, i) && authorMatches(c.entries[i].text, ref.byline) {
			authored[c.entries[i].sec] = true
		}
	}
	for i := 0; i < len(c.entries); i++ {
		if !unknown[i] {
			continue
		}
		e := c.entries[i]
		if ref := refOfEntry[i-1]; i > 0 && ref != nil && sameGroup(i-1, i) && (authorMatches(e.text, ref.byline) || authored[e.sec] && isNameLike(e.text)) {
			ref.author = i
			if ref.byline != "" && !authorMatches(e.text, ref.byline) {
				d.warn("contents", e.line, "", "", "contents author %q differs from the byline %q", e.text, ref.byline)
			}
			continue
		}
		d.warn("contents", e.line, e.text, "", "contents entry %q has no article in the body: left out of the issue", e.text)
	}
	// Top-level headings that match nothing start articles of their own.
	refByHead := map[int]bool{}
	for _, r := range refs {
		refByHead[r.head] = true
	}
	for k, h := range heads {
		if taken[k] || d.raws[h].level != 1 || refByHead[h] {
			continue
		}
		d.warn("contents", d.raws[h].line, "", "", "body article %q is not in the contents: kept after the article before it", d.raws[h].text())
		refs = append(refs, &artRef{head: h, sub: -1, subEnt: -1, author: -1, extra: true})
	}
	return refs
}

// contentsMatched records that a contents line was matched; its text
// now lives in the article.
func (d *doc) contentsMatched(t string, line int, what string) {
	d.info("contents", line, t, "", "contents %sentry matched a body heading", what)
}

// compareTitle reports a contents title that differs from the body's.
func (d *doc) compareTitle(title string, line int, h raw) {
	ht := h.text()
	if strings.Join(strings.Fields(title), "") != strings.Join(strings.Fields(ht), "") {
		d.warn("contents", line, "", "", "contents entry %q differs from body heading %q (line %d); the body's title is kept", title, ht, h.line)
	}
}

func joinEntries(c *contents, idx []int) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, c.entries[i].text)
	}
	return strings.Join(parts, " ")
}

// quickByline returns the byline text (after 文/) of the article whose
// heading is ref.head, if one of its first paragraphs is a byline.
func (d *doc) quickByline(ref *artRef) string {
	start := ref.head + 1
	if ref.sub >= 0 {
		start = ref.sub + 1
	}
	for i, n := start, 0; i < len(d.raws) && n < 3; i++ {
		r := &d.raws[i]
		if r.kind == rawHeading {
			break
		}
		if r.kind != rawPara {
			continue
		}
		n++
		if m := bylineRE.FindStringSubmatch(strings.TrimSpace(r.text())); m != nil {
			return m[1]
		}
	}
	return ""
}

// authorMatches reports whether a contents author line agrees with a
// byline: contained in it, or differing by one character from its end.
func authorMatches(line, byline string) bool {
	nl, nb := []rune(normTitle(line)), []rune(normTitle(byline))
	if len(nl) == 0 || len(nb) == 0 {
		return false
	}
	if strings.Contains(string(nb), string(nl)) {
		return true
	}
	if len(nb) >= len(nl) {
		return editDistance(nl, nb[len(nb)-len(nl):], 1) <= 1
	}
	return false
}

// aboveNext reports whether heading i is of a higher level (fewer #) than
// the next heading of the body: a section heading stands above its
// articles, while a subheading of the same words inside an article does
// not.
func aboveNext(raws []raw, used []bool, i int) bool {
	for j := i + 1; j < len(raws); j++ {
		if !used[j] && raws[j].kind == rawHeading {
			return raws[j].level > raws[i].level
		}
	}
	return false
}

// segments cuts the body into the runs owned by each article and series;
// what comes before the first becomes the first section's intro.
func (d *doc) segments(refs []*artRef, used []bool, seriesAt map[int][2]int) []*seg {
	starts := map[int]*artRef{}
	subs := map[int]bool{}
	for _, r := range refs {
		starts[r.head] = r
		if r.sub >= 0 {
			subs[r.sub] = true
		}
	}
	pre := &seg{g: -1}
	segs := []*seg{pre}
	cur := pre
	for i := range d.raws {
		if used[i] {
			continue
		}
		switch ref, sg := starts[i], seriesAt[i]; {
		case ref != nil:
			cur = &seg{ref: ref, g: -1}
			segs = append(segs, cur)
			continue
		case d.raws[i].kind == rawHeading && isSeriesStart(seriesAt, i):
			cur = &seg{sec: sg[0], g: sg[1], intro: sg[1] < 0}
			segs = append(segs, cur)
			continue
		case subs[i]:
			continue
		}
		cur.raws = append(cur.raws, &d.raws[i])
	}
	return segs
}

func isSeriesStart(m map[int][2]int, i int) bool { _, ok := m[i]; return ok }

// movePreludes moves column labels (·我讲我心·) and audio markers that
// stand just before an article's heading from the end of the previous
// segment to the start of that article.
func (d *doc) movePreludes(segs []*seg) {
	for k := 0; k+1 < len(segs); k++ {
		if segs[k+1].ref == nil {
			continue
		}
		s := segs[k]
		n := len(s.raws)
		for n > 0 && s.raws[n-1].kind == rawPara && (isColumnLabel(s.raws[n-1].text()) || isAudioMarker(s.raws[n-1].text())) {
			n--
		}
		if n < len(s.raws) {
			moved := s.raws[n:]
			s.raws = s.raws[:n:n]
			segs[k+1].raws = append(append([]*raw{}, moved...), segs[k+1].raws...)
		}
	}
}

// droppedLinks reports the targets of links whose text went into a plain
// string (a title, a byline, a contents line): the text is kept, the
// target is recorded here so that nothing is lost silently.
func (d *doc) droppedLinks() {
	kept := map[string]int{}
	var inl func(ins []model.Inline)
	inl = func(ins []model.Inline) {
		for _, in := range ins {
			if in.Type == model.Link {
				kept[in.URL]++
			}
			inl(in.Children)
		}
	}
	model.Walk(d.is, func(_ model.Place, b *model.Block) error {
		inl(b.Inlines)
		for _, row := range b.Rows {
			for _, c := range row {
				inl(c.Inlines)
			}
		}
		for _, l := range b.LineItems {
			inl(l)
		}
		return nil
	})
	for i := range d.raws {
		r := &d.raws[i]
		var walk func(ins []model.Inline)
		walk = func(ins []model.Inline) {
			for _, in := range ins {
				if in.Type == model.Link {
					if kept[in.URL] > 0 {
						kept[in.URL]--
					} else {
						d.warn("links", r.line, in.URL, "", "link target %q dropped: its text became plain text", in.URL)
					}
				}
				walk(in.Children)
			}
		}
		walk(r.inl)
	}
}
