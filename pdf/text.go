package pdf

import (
	"math"

	"github.com/paiban/paiban/layout"
	"github.com/signintech/gopdf"
)

// spacingTolerance is how far, in points, the gaps inside one drawn piece
// of a run may differ before the piece is split.
const spacingTolerance = 0.01

// pen draws on the current gopdf page and remembers the fill gray, which
// gopdf writes as an operator each time it is set. A new page starts black.
type pen struct {
	gp   *gopdf.GoPdf
	gray float64
}

func (p *pen) setGray(g float64) {
	if g != p.gray {
		p.gp.SetGrayFill(g)
		p.gray = g
	}
}

// run draws one run so that rune i lands at X+Pos[i].
//
// gopdf places a Text() at its start point and advances by the font's
// widths plus the character spacing (Tc) after every glyph. So the run is
// cut into maximal pieces of glyphs in the same face followed by the same
// extra space, and each piece is one Text() with that Tc: a justified line
// is usually one piece, punctuation compression adds a few. Because the
// space *after* each glyph is right, including after a piece's last glyph,
// every glyph starts where the layout put it. A mark set in half an em is
// drawn from the face's half-width companion (halfwidth.go), so that its
// glyph box, which extractors take from the /W widths alone, is as wide as
// the space it occupies. The pieces are written in order, so extraction
// keeps the reading order.
func (p *pen) run(r *layout.Run, faces []*face, g pageGeom) error {
	fc := faces[r.Font]
	if fc == nil || len(r.Text) == 0 {
		return nil
	}
	p.setGray(r.Gray)
	use, gaps := runGaps(r, fc)
	n := len(r.Text)
	var cur *face
	for s := 0; s < n; {
		if !drawable(r.Text[s]) {
			s++
			continue
		}
		e := s
		for e+1 < n && drawable(r.Text[e+1]) && use[e+1] == use[s] && math.Abs(gaps[e+1]-gaps[s]) < spacingTolerance {
			e++
		}
		f := use[s]
		if f != cur {
			if err := p.gp.SetFont(f.family, "", r.Size); err != nil {
				return err
			}
			cur = f
		}
		// Within the piece the mean gap, so rounding does not drift.
		tc := gaps[s]
		if e > s {
			sum := 0.0
			for i := s; i < e; i++ {
				sum += f.adv[r.Text[i]] * r.Size / measureSize
			}
			tc = (r.Pos[e] - r.Pos[s] - sum) / float64(e-s)
		}
		if err := p.gp.SetCharSpacing(tc); err != nil {
			return err
		}
		p.gp.SetXY(g.off+r.X+r.Pos[s], g.off+r.Y)
		if err := p.gp.Text(string(r.Text[s : e+1])); err != nil {
			return err
		}
		s = e + 1
	}
	return nil
}

// runGaps returns, for each rune, the face it is drawn from and the extra
// space between its glyph's end and the next glyph's start. The last rune
// takes the gap up to Run.End when the layout gives one; otherwise it (and
// one before a rune that is not drawn) takes the gap before it, so it
// joins the preceding piece.
func runGaps(r *layout.Run, fc *face) ([]*face, []float64) {
	n := len(r.Text)
	use := make([]*face, n)
	gaps := make([]float64, n)
	for i, c := range r.Text {
		switch {
		case r.Artifact && fc.art != nil:
			use[i] = fc.art
		case fc.half != nil && compressed(r, i, fc.adv[c]*r.Size/measureSize):
			use[i] = fc.half
		default:
			use[i] = fc
		}
	}
	for i := 0; i < n; i++ {
		adv := use[i].adv[r.Text[i]] * r.Size / measureSize
		switch {
		case i+1 < n && drawable(r.Text[i+1]):
			gaps[i] = r.Pos[i+1] - r.Pos[i] - adv
		case i+1 == n && r.End > 0:
			gaps[i] = r.End - r.Pos[i] - adv
		case i > 0:
			gaps[i] = gaps[i-1]
		}
	}
	return use, gaps
}

// rule fills a rectangle given in media coordinates (y down).
func (p *pen) rule(x, y, w, h, gray float64) {
	if w <= 0 || h <= 0 {
		return
	}
	p.setGray(gray)
	p.gp.RectFromUpperLeftWithStyle(x, y, w, h, "F")
}

// cropMarks draws the eight trim marks in the slug: each starts at the
// bleed edge and runs outwards along a trim edge's line.
func (p *pen) cropMarks(g pageGeom) {
	o, b, l, t := g.off, g.bleed, cropMarkLength, cropMarkWidth
	xs := []float64{o, o + g.trimW}
	ys := []float64{o, o + g.trimH}
	for _, y := range ys {
		p.rule(o-b-l, y-t/2, l, t, 0)
		p.rule(o+g.trimW+b, y-t/2, l, t, 0)
	}
	for _, x := range xs {
		p.rule(x-t/2, o-b-l, t, l, 0)
		p.rule(x-t/2, o+g.trimH+b, t, l, 0)
	}
}
