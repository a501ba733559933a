package fonts

import (
	"fmt"
)

// Point is a point in font units, y up.
type Point struct{ X, Y float64 }

// Segment is one drawing command of an outline. Op is 'M' (move to
// Pts[0]), 'L' (line to Pts[0]), 'Q' (quadratic curve with control point
// Pts[0] to Pts[1]) or 'Z' (close the contour).
type Segment struct {
	Op  byte
	Pts [2]Point
}

// Composite glyph flags (OpenType glyf table).
const (
	argsAreWords      = 0x0001
	argsAreXY         = 0x0002
	haveScale         = 0x0008
	moreComponents    = 0x0020
	haveXYScale       = 0x0040
	haveTwoByTwo      = 0x0080
	haveInstrs        = 0x0100
	scaledOffset      = 0x0800
	maxCompositeDepth = 8 // nesting depth accepted for composite glyphs
)

// gpoint is a glyph point with its on-curve flag.
type gpoint struct {
	x, y float64
	on   bool
}

// Outline returns the outline of r's glyph in font units, y up, with
// composite glyphs resolved. A blank glyph (a space) has no segments. It
// returns an error when the font lacks r or the glyph data is malformed.
func (f *Font) Outline(r rune) ([]Segment, error) {
	g, ok := f.GlyphIndex(r)
	if !ok {
		return nil, fmt.Errorf("fonts: %s: no glyph for U+%04X %q", f.file, r, r)
	}
	return f.GlyphOutline(g)
}

// GlyphOutline returns the outline of glyph gid (see Outline).
func (f *Font) GlyphOutline(gid uint16) ([]Segment, error) {
	contours, err := f.glyphContours(gid, 0)
	if err != nil {
		return nil, err
	}
	var out []Segment
	for _, c := range contours {
		out = appendContour(out, c)
	}
	return out, nil
}

// glyphContours returns the glyph's contours as point lists.
func (f *Font) glyphContours(gid uint16, depth int) ([][]gpoint, error) {
	if depth > maxCompositeDepth {
		return nil, malformed(f.file, "composite glyphs nested deeper than %d", maxCompositeDepth)
	}
	b, err := f.glyphData(gid)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, nil
	}
	if len(b) < 10 {
		return nil, malformed(f.file, "glyph %d is %d bytes", gid, len(b))
	}
	nc := int(int16(be.Uint16(b)))
	if nc >= 0 {
		return f.simpleContours(gid, b, nc)
	}
	return f.compositeContours(gid, b, depth)
}

func (f *Font) simpleContours(gid uint16, b []byte, nc int) ([][]gpoint, error) {
	bad := func(what string) error { return malformed(f.file, "glyph %d: %s", gid, what) }
	p := 10
	if p+2*nc+2 > len(b) {
		return nil, bad("contour end points truncated")
	}
	ends := make([]int, nc)
	prev := -1
	for i := range ends {
		ends[i] = int(be.Uint16(b[p+2*i:]))
		if ends[i] <= prev && !(ends[i] == prev && i == 0) {
			return nil, bad("contour end points not increasing")
		}
		prev = ends[i]
	}
	p += 2 * nc
	np := 0
	if nc > 0 {
		np = ends[nc-1] + 1
	}
	il := int(be.Uint16(b[p:]))
	p += 2 + il
	if p > len(b) {
		return nil, bad("instructions truncated")
	}
	flags := make([]byte, np)
	for i := 0; i < np; {
		if p >= len(b) {
			return nil, bad("flags truncated")
		}
		fl := b[p]
		p++
		flags[i] = fl
		i++
		if fl&0x08 != 0 {
			if p >= len(b) {
				return nil, bad("flags truncated")
			}
			rep := int(b[p])
			p++
			for ; rep > 0 && i < np; rep-- {
				flags[i] = fl
				i++
			}
		}
	}
	pts := make([]gpoint, np)
	// x then y: short flag 0x02/0x04, same-or-positive flag 0x10/0x20.
	for axis := 0; axis < 2; axis++ {
		short, same := byte(0x02), byte(0x10)
		if axis == 1 {
			short, same = 0x04, 0x20
		}
		v := 0
		for i := 0; i < np; i++ {
			fl := flags[i]
			switch {
			case fl&short != 0:
				if p >= len(b) {
					return nil, bad("coordinates truncated")
				}
				d := int(b[p])
				p++
				if fl&same == 0 {
					d = -d
				}
				v += d
			case fl&same == 0:
				if p+2 > len(b) {
					return nil, bad("coordinates truncated")
				}
				v += int(int16(be.Uint16(b[p:])))
				p += 2
			}
			if axis == 0 {
				pts[i].x = float64(v)
			} else {
				pts[i].y = float64(v)
			}
			pts[i].on = fl&0x01 != 0
		}
	}
	out := make([][]gpoint, 0, nc)
	start := 0
	for _, e := range ends {
		out = append(out, pts[start:e+1])
		start = e + 1
	}
	return out, nil
}

func (f *Font) compositeContours(gid uint16, b []byte, depth int) ([][]gpoint, error) {
	bad := func(what string) error { return malformed(f.file, "composite glyph %d: %s", gid, what) }
	var out [][]gpoint
	p := 10
	for {
		if p+4 > len(b) {
			return nil, bad("component truncated")
		}
		fl := be.Uint16(b[p:])
		child := be.Uint16(b[p+2:])
		p += 4
		var a1, a2 int
		if fl&argsAreWords != 0 {
			if p+4 > len(b) {
				return nil, bad("component arguments truncated")
			}
			if fl&argsAreXY != 0 {
				a1, a2 = int(int16(be.Uint16(b[p:]))), int(int16(be.Uint16(b[p+2:])))
			} else {
				a1, a2 = int(be.Uint16(b[p:])), int(be.Uint16(b[p+2:]))
			}
			p += 4
		} else {
			if p+2 > len(b) {
				return nil, bad("component arguments truncated")
			}
			if fl&argsAreXY != 0 {
				a1, a2 = int(int8(b[p])), int(int8(b[p+1]))
			} else {
				a1, a2 = int(b[p]), int(b[p+1])
			}
			p += 2
		}
		// Transform [xx yx; xy yy] in F2Dot14.
		xx, yx, xy, yy := 1.0, 0.0, 0.0, 1.0
		f2 := func(at int) float64 { return float64(int16(be.Uint16(b[at:]))) / 16384 }
		switch {
		case fl&haveScale != 0:
			if p+2 > len(b) {
				return nil, bad("scale truncated")
			}
			xx = f2(p)
			yy = xx
			p += 2
		case fl&haveXYScale != 0:
			if p+4 > len(b) {
				return nil, bad("scale truncated")
			}
			xx, yy = f2(p), f2(p+2)
			p += 4
		case fl&haveTwoByTwo != 0:
			if p+8 > len(b) {
				return nil, bad("transform truncated")
			}
			xx, yx, xy, yy = f2(p), f2(p+2), f2(p+4), f2(p+6)
			p += 8
		}
		cc, err := f.glyphContours(child, depth+1)
		if err != nil {
			return nil, err
		}
		var dx, dy float64
		if fl&argsAreXY != 0 {
			dx, dy = float64(a1), float64(a2)
			if fl&scaledOffset != 0 {
				dx, dy = dx*xx+dy*xy, dx*yx+dy*yy
			}
		} else {
			// Point matching: child point a2 lands on parent point a1.
			pp, ok1 := nthPoint(out, a1)
			cp, ok2 := nthPoint(cc, a2)
			if !ok1 || !ok2 {
				return nil, bad("anchor point out of range")
			}
			cx, cy := cp.x*xx+cp.y*xy, cp.x*yx+cp.y*yy
			dx, dy = pp.x-cx, pp.y-cy
		}
		for _, c := range cc {
			nc := make([]gpoint, len(c))
			for i, q := range c {
				nc[i] = gpoint{q.x*xx + q.y*xy + dx, q.x*yx + q.y*yy + dy, q.on}
			}
			out = append(out, nc)
		}
		if fl&moreComponents == 0 {
			return out, nil
		}
	}
}

func nthPoint(cs [][]gpoint, n int) (gpoint, bool) {
	for _, c := range cs {
		if n < len(c) {
			return c[n], true
		}
		n -= len(c)
	}
	return gpoint{}, false
}

// appendContour converts one TrueType contour (on- and off-curve points,
// two off-curve points imply an on-curve point midway) into segments.
func appendContour(out []Segment, c []gpoint) []Segment {
	n := len(c)
	if n == 0 {
		return out
	}
	// Start at an on-curve point; if there is none, at the midpoint of the
	// first two off-curve points.
	first := -1
	for i, q := range c {
		if q.on {
			first = i
			break
		}
	}
	var start Point
	if first >= 0 {
		start = Point{c[first].x, c[first].y}
	} else {
		first = 0
		nx := c[1%n]
		start = Point{(c[0].x + nx.x) / 2, (c[0].y + nx.y) / 2}
	}
	out = append(out, Segment{Op: 'M', Pts: [2]Point{start}})
	var ctrl *Point
	for k := 1; k <= n; k++ {
		q := c[(first+k)%n]
		pt := Point{q.x, q.y}
		if k == n && !c[first].on {
			// All-off-curve contour: close back to the synthetic start.
			if ctrl != nil {
				mid := Point{(ctrl.X + pt.X) / 2, (ctrl.Y + pt.Y) / 2}
				out = append(out, Segment{Op: 'Q', Pts: [2]Point{*ctrl, mid}})
			}
			out = append(out, Segment{Op: 'Q', Pts: [2]Point{pt, start}})
			ctrl = nil
			break
		}
		if q.on {
			if ctrl != nil {
				out = append(out, Segment{Op: 'Q', Pts: [2]Point{*ctrl, pt}})
				ctrl = nil
			} else if k < n {
				out = append(out, Segment{Op: 'L', Pts: [2]Point{pt}})
			}
			continue
		}
		if ctrl != nil {
			mid := Point{(ctrl.X + pt.X) / 2, (ctrl.Y + pt.Y) / 2}
			out = append(out, Segment{Op: 'Q', Pts: [2]Point{*ctrl, mid}})
		}
		p := pt
		ctrl = &p
	}
	if ctrl != nil {
		out = append(out, Segment{Op: 'Q', Pts: [2]Point{*ctrl, start}})
	}
	return append(out, Segment{Op: 'Z'})
}
