package layout

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/paiban/paiban/model"
)

func (e *engine) imageDir() string {
	return e.imgDir
}

// book lays out the issue in print order: cover, contents (目录), the
// articles, blank pages to pad, and the colophon (notices and masthead) on
// the last page(s) — the order of the e-book too, so that the two editions
// read alike. The body is laid out first, then
// the contents with the page numbers the body got: the contents' page
// count does not depend on the numbers, so two passes suffice.
func (e *engine) book(is *model.Issue) (*Document, error) {
	g := e.g
	e.src = is.Meta.Source
	if e.src == "" {
		e.src = "issue"
	}
	if e.opt.ImageDir != "" {
		e.imgDir = e.opt.ImageDir
	} else if is.Meta.Source != "" {
		e.imgDir = filepath.Dir(is.Meta.Source)
	}

	body := &flow{e: e, g: g, kind: BodyPage}
	for si := range is.Sections {
		s := &is.Sections[si]
		body.head = s.Name
		seriesDone := map[string]bool{}
		prevSeries := ""
		for ai := range s.Articles {
			a := &s.Articles[ai]
			var intros [][]model.Block
			if ai == 0 && len(s.Intro) > 0 {
				intros = append(intros, s.Intro)
			}
			var series *model.Series
			if a.Series != "" && !seriesDone[a.Series] {
				seriesDone[a.Series] = true
				series = s.SeriesByName(a.Series)
				if series == nil {
					series = &model.Series{Name: a.Series}
				}
				if len(series.Intro) > 0 {
					intros = append(intros, series.Intro)
				}
			}
			section := ""
			if ai == 0 {
				section = s.Name
			}
			tb, err := e.titleBand(a, series, section)
			if err != nil {
				return nil, err
			}
			gls, err := e.articleGalley(a, intros)
			if err != nil {
				return nil, err
			}
			runOn := !e.opt.NoRunOn && ai > 0 && a.Series != "" && a.Series == prevSeries && series == nil
			body.article(tb, gls, runOn, a.ID)
			prevSeries = a.Series
			if len(body.pages) > e.opt.MaxPages {
				return nil, fmt.Errorf("layout: %s:%d: the body passes %d pages at article %s %q (Options.MaxPages)", e.src, a.Line, e.opt.MaxPages, a.ID, a.Title)
			}
		}
		// Intros that no article carries keep their text, in the EPUB's
		// order: the section's, then the series' that no article names.
		if len(s.Articles) == 0 && len(s.Intro) > 0 {
			if err := e.loneIntro(body, s.ID, s.Line, nil, s.Name, s.Intro); err != nil {
				return nil, err
			}
		}
		for gi := range s.Series {
			sr := &s.Series[gi]
			if seriesDone[sr.Name] {
				continue
			}
			seriesDone[sr.Name] = true
			if err := e.loneIntro(body, sr.ID, sr.Line, sr, "", sr.Intro); err != nil {
				return nil, err
			}
		}
		if len(body.pages) > e.opt.MaxPages {
			return nil, fmt.Errorf("layout: %s:%d: the body passes %d pages at section %q (Options.MaxPages)", e.src, s.Line, e.opt.MaxPages, s.Name)
		}
	}
	e.whereArt, e.whereLine = "", 0

	colophon, err := e.colophon(is)
	if err != nil {
		return nil, err
	}
	front := 0
	if !e.opt.NoCover {
		front++
	}
	toc := model.TOC(is)
	// First pass: the contents' page count, with every number 999.
	contents, err := e.contents(is, toc, nil)
	if err != nil {
		return nil, err
	}
	nc := len(contents.pages)
	artPage := map[string]int{}
	for k, p := range body.pages {
		for _, a := range p.anchors {
			if _, ok := artPage[a.ID]; !ok {
				artPage[a.ID] = front + nc + k + 1
			}
		}
	}
	contents, err = e.contents(is, toc, artPage)
	if err != nil {
		return nil, err
	}
	if len(contents.pages) != nc {
		return nil, fmt.Errorf("layout: contents took %d pages, then %d", nc, len(contents.pages))
	}

	var all []*pbuild
	if !e.opt.NoCover {
		cp, err := e.cover(is)
		if err != nil {
			return nil, err
		}
		all = append(all, cp)
	}
	all = append(all, contents.pages...)
	all = append(all, body.pages...)
	for (len(all)+len(colophon.pages))%e.opt.PadTo != 0 {
		all = append(all, &pbuild{kind: BlankPage})
	}
	all = append(all, colophon.pages...)

	if len(all) > e.opt.MaxPages {
		return nil, fmt.Errorf("layout: %s: %d pages, over the limit of %d (Options.MaxPages)", e.src, len(all), e.opt.MaxPages)
	}
	doc := &Document{Meta: is.Meta}
	for k, pb := range all {
		doc.Pages = append(doc.Pages, e.finish(is, pb, k+1))
		doc.PageMap = append(doc.PageMap, pageStart(pb, k+1))
	}
	if err := e.missingError(); err != nil {
		return nil, err
	}
	doc.Fonts = e.m.faces()
	doc.Outline = outline(toc, doc)
	return doc, nil
}

// loneIntro lays out an intro that no article carries, on a new page:
// a section's intro under the section's name (title), or a declared
// series' banner and intro. Its anchor is the section's or series' ID.
func (e *engine) loneIntro(f *flow, anchor string, line int, series *model.Series, title string, intro []model.Block) error {
	S := e.g.body
	e.whereArt, e.whereLine = "", line
	var b band
	if series != nil {
		if err := e.seriesBanner(&b, series, nil); err != nil {
			return err
		}
	}
	if err := e.bandText(&b, title, style{roleHeading, 2.1 * S}, 2, nil); err != nil {
		return err
	}
	gls, err := e.articleGalley(&model.Article{}, [][]model.Block{intro})
	if err != nil {
		return err
	}
	for len(gls) > 0 && gls[len(gls)-1].spacer {
		gls = gls[:len(gls)-1]
	}
	if len(b) == 0 && len(gls) == 0 {
		return nil
	}
	b = append(b, gline{units: 1})
	f.article(b, gls, false, anchor)
	return nil
}

// finish turns a built page into a Page with number n: shifted to its
// side's margin, with running head and folio on body and colophon pages.
func (e *engine) finish(is *model.Issue, pb *pbuild, n int) Page {
	g := e.g
	dx := g.left(n)
	p := Page{Number: n, Kind: pb.kind, Width: g.pageW, Height: g.pageH, Bleed: g.bleed}
	// The built page's slices are its own: shift them in place.
	pc := pb.piece
	pc.shift(dx)
	for _, r := range pc.recs {
		r.page = n
	}
	if pb.kind == BodyPage || pb.kind == ColophonPage {
		p.Label = strconv.Itoa(n)
		e.furniture(is, pb, n, &pc, dx)
	}
	p.Runs, p.Rules, p.Images, p.Anchors, p.Links = pc.runs, pc.rules, pc.images, pc.anchors, pc.links
	return p
}

// furniture adds the running head (magazine and issue on verso pages, the
// section on recto pages) with a rule under it, and the folio, all on the
// outer side and outside the type area.
func (e *engine) furniture(is *model.Issue, pb *pbuild, n int, pc *piece, dx float64) {
	g := e.g
	S := g.body
	verso := n%2 == 0
	head := pb.head
	if verso || head == "" {
		head = joinSpace(is.Meta.Title, is.Meta.Number)
	}
	st := style{roleCaption, 0.85 * S}
	headY := g.top - 0.6*g.pitch - (1-ascent)*st.size
	var hp piece
	if ls, err := e.set(e.spanOf(head, st), setOpts{width: g.typeW, align: alignLeft}); err == nil && len(ls) > 0 {
		x := 0.0
		if !verso {
			x = g.typeW - ls[0].width
		}
		gl := gline{}
		gl.addLine(&ls[0], x, headY)
		hp.add(&gl.piece, 0, 0)
	}
	hp.rules = append(hp.rules, Rule{X: 0, Y: headY + 0.35*S, W: g.typeW, H: 0.4})
	fst := style{roleBody, 0.9 * S}
	if ls, err := e.set(e.spanOf(strconv.Itoa(n), fst), setOpts{width: g.typeW, align: alignLeft}); err == nil && len(ls) > 0 {
		x := 0.0
		if !verso {
			x = g.typeW - ls[0].width
		}
		gl := gline{}
		gl.addLine(&ls[0], x, g.top+g.typeH()+0.9*g.pitch)
		hp.add(&gl.piece, 0, 0)
	}
	hp.recs = nil
	// Running heads and folios are pagination artifacts, not text of the
	// issue: a renderer keeps them out of the text layer, so that copying
	// or searching across a page turn does not meet them.
	for i := range hp.runs {
		hp.runs[i].Artifact = true
	}
	pc.add(&hp, dx, 0)
}

func (e *engine) spanOf(text string, st style) *span {
	var s span
	e.appendText(&s, text, st)
	return &s
}

func joinSpace(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// pageStart is the page map entry of a built page numbered n.
func pageStart(pb *pbuild, n int) model.PageStart {
	ps := model.PageStart{Label: strconv.Itoa(n)}
	if pb.start != nil && pb.kind == BodyPage {
		ps.ArticleID, ps.Block, ps.Offset = pb.start.art, pb.start.block, pb.start.off
	}
	return ps
}

// outline builds the document outline from the TOC with the anchors'
// destinations: a section or series goes to its first article.
func outline(toc []*model.Node, doc *Document) []*OutlineEntry {
	type dest struct {
		page int
		y    float64
	}
	dests := map[string]dest{}
	for _, p := range doc.Pages {
		for _, a := range p.Anchors {
			if _, ok := dests[a.ID]; !ok {
				dests[a.ID] = dest{p.Number, a.Y}
			}
		}
	}
	var conv func(ns []*model.Node) []*OutlineEntry
	conv = func(ns []*model.Node) []*OutlineEntry {
		var out []*OutlineEntry
		for _, n := range ns {
			oe := &OutlineEntry{Title: n.Title, Children: conv(n.Children)}
			if d, ok := dests[n.ID]; ok && n.ID != "" && (n.Kind == model.NodeArticle || n.Kind == model.NodeHeading) {
				oe.Page, oe.Y = d.page, d.y
			} else if len(oe.Children) > 0 {
				oe.Page, oe.Y = oe.Children[0].Page, oe.Children[0].Y
			} else if d, ok := dests[n.ID]; ok && n.ID != "" {
				// A section with no articles, laid out by its intro.
				oe.Page, oe.Y = d.page, d.y
			}
			if oe.Page == 0 {
				continue // nothing of it was laid out
			}
			out = append(out, oe)
		}
		return out
	}
	return conv(toc)
}
