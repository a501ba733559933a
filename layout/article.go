package layout

import "github.com/paiban/paiban/model"

// articleGalley builds the column content of an article: the intros that
// precede it (set in kai), its blocks, the end mark and the author note.
func (e *engine) articleGalley(a *model.Article, intros [][]model.Block) ([]gline, error) {
	g := e.g
	S := g.body
	gb := &galley{e: e, art: a.ID, imageDir: e.imageDir(), lastGl: -1}
	e.whereArt = a.ID
	gb.intro = true
	for _, in := range intros {
		for i := range in {
			if err := gb.block(&in[i], -1, 0, 0, g.colW, false); err != nil {
				return nil, err
			}
		}
	}
	if len(gb.out) > 0 {
		gb.push(gline{units: 1, spacer: true})
	}
	gb.intro = false
	gb.lastGl = -1
	for bi := range a.Blocks {
		if err := gb.block(&a.Blocks[bi], bi, 0, 0, g.colW, false); err != nil {
			return nil, err
		}
	}
	if a.EndMark != "" {
		if err := gb.endMark(a.EndMark); err != nil {
			return nil, err
		}
	}
	if a.AuthorNote != "" {
		last, off := len(a.Blocks)-1, 0
		if last >= 0 {
			off = runeLen(a.Blocks[last].Text())
		}
		var s span
		e.appendText(&s, a.AuthorNote, style{roleCaption, 0.9 * S})
		ls, err := e.set(&s, setOpts{width: g.colW, indent: 2 * S, body: true})
		if err != nil {
			return nil, err
		}
		gb.keepNext = 0
		for i := range ls {
			gl := gline{units: 1, at: &pos{a.ID, last, off}}
			gl.addLine(&ls[i], 0, ascent*S)
			gl.keep = len(ls) >= 2 && (i == 0 || i == len(ls)-2)
			gb.push(gl)
		}
	}
	return gb.out, nil
}

// endMark sets the article's end mark flush right on the last line of the
// last paragraph, or on a line of its own when that line is too full.
func (gb *galley) endMark(mark string) error {
	e := gb.e
	S := e.g.body
	var s span
	e.appendText(&s, mark, style{roleBody, S})
	ls, err := e.set(&s, setOpts{width: e.g.colW, align: alignLeft})
	if err != nil || len(ls) == 0 {
		return err
	}
	l := &ls[0]
	if gb.lastGl >= 0 && gb.lastGl == len(gb.out)-1 && gb.lastW+S+l.width <= gb.w {
		gl := &gb.out[gb.lastGl]
		gl.addLine(l, gb.lastX+gb.w-l.width, ascent*S)
		return nil
	}
	x, w := 0.0, e.g.colW
	if gb.lastGl >= 0 {
		x, w = gb.lastX, gb.w
	}
	gl := gline{units: 1}
	gl.addLine(l, x+w-l.width, ascent*S)
	if n := len(gb.out); n > 0 {
		gb.out[n-1].keep = true
	}
	gb.push(gl)
	return nil
}
