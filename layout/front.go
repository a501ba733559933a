package layout

import (
	"math"
	"strconv"
	"strings"

	"github.com/paiban/paiban/model"
)

// contents lays out the contents pages (目录): sections, series and
// articles with their authors and page numbers, flowing in the columns,
// each article entry a link to the article's anchor. With pages nil every
// number is set as 999, to measure.
func (e *engine) contents(is *model.Issue, toc []*model.Node, pages map[string]int) (*flow, error) {
	g := e.g
	S, P := g.body, g.pitch
	f := &flow{e: e, g: g, kind: ContentsPage}
	var tb band
	if err := e.bandText(&tb, "目　录", style{roleHeading, 2.4 * S}, 3, nil); err != nil {
		return nil, err
	}
	if err := e.bandRow(&tb, 1, nil, item{"CONTENTS", style{roleCaption, S}}, item{}, item{joinSpace(joinSpace(is.Meta.Title, is.Meta.Number), is.Meta.TotalNumber), style{roleCaption, S}}); err != nil {
		return nil, err
	}
	tb = append(tb, gline{units: 1})
	var gls []gline
	numW := 0.0
	{
		s := e.spanOf("999", style{roleBody, S})
		for _, a := range s.adv {
			numW += a
		}
	}
	err := model.WalkNodes(toc, func(n *model.Node, depth int) error {
		switch n.Kind {
		case model.NodeSection:
			if len(gls) > 0 {
				gls = append(gls, gline{units: 1, spacer: true, keep: true})
			}
			ls, err := e.set(e.spanOf(n.Title, style{roleHeading, 1.1 * S}), setOpts{width: g.colW, align: alignLeft})
			if err != nil {
				return err
			}
			gl := gline{units: max(1, len(ls)), keep: true}
			for i := range ls {
				gl.addLine(&ls[i], 0, ascent*S+float64(i)*P)
			}
			gl.rules = append(gl.rules, Rule{X: 0, Y: float64(gl.units)*P - (P-S)/2 - 0.3*S, W: g.colW, H: 0.5})
			gls = append(gls, gl)
		case model.NodeSeries:
			ls, err := e.set(e.spanOf(n.Title, style{roleHeading, S}), setOpts{width: g.colW - S, align: alignLeft})
			if err != nil {
				return err
			}
			gl := gline{units: max(1, len(ls)), keep: true}
			for i := range ls {
				gl.addLine(&ls[i], S, ascent*S+float64(i)*P)
			}
			gls = append(gls, gl)
		case model.NodeArticle:
			indent := 0.0
			if depth >= 2 {
				indent = S
			}
			// The title, then the authors in kai on the same line, then a
			// dot leader to the page number.
			s := e.spanOf(n.Title, style{roleBody, S})
			for i, a := range n.Authors {
				sep := "　"
				if i > 0 {
					sep = "、"
				}
				e.appendText(s, sep, style{roleCaption, 0.9 * S})
				e.appendText(s, a, style{roleCaption, 0.9 * S})
			}
			ls, err := e.set(s, setOpts{width: g.colW - indent - numW - S, align: alignLeft})
			if err != nil {
				return err
			}
			gl := gline{units: max(1, len(ls))}
			for i := range ls {
				gl.addLine(&ls[i], indent, ascent*S+float64(i)*P)
			}
			num := "999"
			if pages != nil {
				num = strconv.Itoa(pages[n.ID])
			}
			if nl, err := e.set(e.spanOf(num, style{roleBody, S}), setOpts{width: g.colW, align: alignLeft}); err == nil && len(nl) > 0 {
				y := ascent*S + float64(gl.units-1)*P
				x1 := g.colW - nl[0].width
				gl.addLine(&nl[0], x1, y)
				x0 := indent
				if len(ls) > 0 {
					x0 += ls[len(ls)-1].width
				}
				gl.runs = append(gl.runs, e.leader(x0+S/2, x1-S/2, y, S)...)
			}
			if pages != nil {
				gl.links = append(gl.links, Link{X: 0, Y: -(P - S) / 2, W: g.colW, H: float64(gl.units) * P, Target: n.ID})
			}
			gls = append(gls, gl)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	f.article(tb, gls, false, "")
	return f, nil
}

// colophon lays out the notices (声明) and the masthead pairs (版权页).
func (e *engine) colophon(is *model.Issue) (*flow, error) {
	g := e.g
	S := g.body
	f := &flow{e: e, g: g, kind: ColophonPage}
	var tb band
	if err := e.bandRow(&tb, 2, nil, item{is.Meta.Title, style{roleHeading, 1.8 * S}}, item{}, item{}); err != nil {
		return nil, err
	}
	if err := e.bandRow(&tb, 1, nil, item{joinSpace(joinSpace(is.Meta.Number, is.Meta.HalfMonth), is.Meta.TotalNumber), style{roleCaption, S}}, item{}, item{}); err != nil {
		return nil, err
	}
	tb = append(tb, gline{units: 1})
	gb := &galley{e: e, intro: true, lastGl: -1}
	e.whereLine = is.Meta.Line
	for i := range is.Meta.Notices {
		if err := gb.block(&is.Meta.Notices[i], -1, 0, 0, g.colW, false); err != nil {
			return nil, err
		}
	}
	if len(is.Meta.Notices) > 0 {
		gb.push(gline{units: 1, spacer: true})
	}
	for _, p := range is.Meta.Masthead {
		var s span
		if p.Key() != "" {
			e.appendText(&s, p.Key(), style{roleHeading, 0.9 * S})
			if p.Value() != "" {
				e.appendText(&s, "：", style{roleHeading, 0.9 * S})
			}
		}
		e.appendText(&s, p.Value(), style{roleBody, 0.9 * S})
		ls, err := e.set(&s, setOpts{width: g.colW, align: alignLeft})
		if err != nil {
			return nil, err
		}
		gb.lines(ls, 0, -1, 0, true)
	}
	for _, id := range []struct{ k, v string }{{"ISSN", is.Meta.ISSN}, {"CN", is.Meta.CN}} {
		if id.v == "" {
			continue
		}
		dup := false
		for _, p := range is.Meta.Masthead {
			dup = dup || p.Key() == id.k || strings.Contains(p.Value(), id.v)
		}
		if dup {
			continue
		}
		ls, err := e.set(e.spanOf(id.k+" "+id.v, style{roleBody, 0.9 * S}), setOpts{width: g.colW, align: alignLeft})
		if err != nil {
			return nil, err
		}
		gb.lines(ls, 0, -1, 0, true)
	}
	f.article(tb, gb.out, false, "")
	return f, nil
}

// cover lays out the cover page: the magazine's name, the issue, the
// sections of the issue and the cover picture's caption.
func (e *engine) cover(is *model.Issue) (*pbuild, error) {
	g := e.g
	S := g.body
	pb := &pbuild{kind: CoverPage}
	put := func(text string, st style, y float64, al align) error {
		if text == "" {
			return nil
		}
		ls, err := e.set(e.spanOf(text, st), setOpts{width: g.typeW, align: al})
		if err != nil {
			return err
		}
		for i := range ls {
			gl := gline{}
			gl.addLine(&ls[i], 0, y+float64(i)*st.size*1.3)
			gl.recs = nil
			pb.add(&gl.piece, 0, 0)
		}
		return nil
	}
	y := g.top + 0.12*g.typeH()
	if err := put(is.Meta.Title, style{roleHeading, 4.8 * S}, y, alignCenter); err != nil {
		return nil, err
	}
	y += 4.8*S + 2*g.pitch
	pb.rules = append(pb.rules, Rule{X: g.typeW/2 - 10*S, Y: y - g.pitch, W: 20 * S, H: 1})
	if err := put(joinSpace(joinSpace(is.Meta.Number, is.Meta.HalfMonth), is.Meta.TotalNumber), style{roleCaption, 1.4 * S}, y, alignCenter); err != nil {
		return nil, err
	}
	y = g.top + 0.5*g.typeH()
	for i := range is.Sections {
		if err := put(is.Sections[i].Name, style{roleHeading, 1.4 * S}, y, alignCenter); err != nil {
			return nil, err
		}
		y += 1.4*S + g.pitch
	}
	if c := is.Meta.Cover; c != nil {
		if err := put(joinSpace(c.Caption, c.Credit), style{roleCaption, S}, g.top+g.typeH(), alignCenter); err != nil {
			return nil, err
		}
	}
	var ids []string
	if is.Meta.ISSN != "" {
		ids = append(ids, "ISSN "+is.Meta.ISSN)
	}
	if is.Meta.CN != "" {
		ids = append(ids, "CN "+is.Meta.CN)
	}
	for i, id := range ids {
		if err := put(id, style{roleBody, 0.9 * S}, g.top+g.typeH()-float64(len(ids)-i+1)*g.pitch, alignRight); err != nil {
			return nil, err
		}
	}
	return pb, nil
}

// leader returns a dot leader from x0 to x1 on baseline y: full stops a
// half em apart, aligned to a half-em grid so that the leaders of entries
// line up.
func (e *engine) leader(x0, x1, y, size float64) []Run {
	step := size / 2
	f, adv, ok := e.m.pick(roleBody, '.')
	if !ok {
		return nil
	}
	start := math.Ceil(x0/step) * step
	r := Run{Font: f, Size: size, X: start, Y: y}
	for x := start; x+adv*size <= x1+1e-9; x += step {
		r.Text = append(r.Text, '.')
		r.Pos = append(r.Pos, x-start)
	}
	if len(r.Text) < 2 {
		return nil
	}
	return []Run{r}
}
