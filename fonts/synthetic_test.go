package fonts

import (
	"encoding/binary"
	"unicode/utf16"
)

// A tiny hand-built TrueType font for tests of what the shipped fonts do
// not exercise: a cmap with only format 12 (runes above U+FFFF), composite
// glyphs with offsets, scales and point matching, and all-off-curve
// contours.

type tpt struct {
	x, y int
	on   bool
}

// simpleGlyph encodes contours as a glyf simple glyph (no compression,
// one instruction byte so instructions are copied too).
func simpleGlyph(contours ...[]tpt) []byte {
	var pts []tpt
	var ends []int
	for _, c := range contours {
		pts = append(pts, c...)
		ends = append(ends, len(pts)-1)
	}
	xmin, ymin, xmax, ymax := 0, 0, 0, 0
	for i, p := range pts {
		if i == 0 || p.x < xmin {
			xmin = p.x
		}
		if i == 0 || p.y < ymin {
			ymin = p.y
		}
		if i == 0 || p.x > xmax {
			xmax = p.x
		}
		if i == 0 || p.y > ymax {
			ymax = p.y
		}
	}
	b := u16s(uint16(len(contours)), uint16(int16(xmin)), uint16(int16(ymin)), uint16(int16(xmax)), uint16(int16(ymax)))
	for _, e := range ends {
		b = append(b, u16s(uint16(e))...)
	}
	b = append(b, u16s(1)...)
	b = append(b, 0xB0) // PUSHB[0]… a harmless instruction byte
	for _, p := range pts {
		if p.on {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	px, py := 0, 0
	for _, p := range pts {
		b = append(b, u16s(uint16(int16(p.x-px)))...)
		px = p.x
	}
	for _, p := range pts {
		b = append(b, u16s(uint16(int16(p.y-py)))...)
		py = p.y
	}
	return b
}

func u16s(vs ...uint16) []byte {
	b := make([]byte, 2*len(vs))
	for i, v := range vs {
		binary.BigEndian.PutUint16(b[2*i:], v)
	}
	return b
}

func u32s(vs ...uint32) []byte {
	b := make([]byte, 4*len(vs))
	for i, v := range vs {
		binary.BigEndian.PutUint32(b[4*i:], v)
	}
	return b
}

var (
	square = []tpt{{100, 0, true}, {100, 700, true}, {600, 700, true}, {600, 0, true}}
	// A quadratic "circle": four off-curve points only.
	ring = []tpt{{350, 100, false}, {100, 350, false}, {350, 600, false}, {600, 350, false}}
	// A contour mixing on and off points, starting off-curve.
	bump = []tpt{{300, 800, false}, {200, 700, true}, {400, 700, true}}
)

// Glyphs of the synthetic font.
const (
	gSquare    = 1 // 'A', U+1F600
	gComposite = 2 // U+20000: square shifted (+50,+20) and ring scaled 0.5
	gRing      = 3 // U+20001
	gBump      = 4 // U+10FFFD
	gMatched   = 5 // 'B': square, then ring anchored by point matching
	gNested    = 6 // 'C': composite of glyph 2 (two levels)
)

func syntheticFont() []byte {
	comp := u16s(0xFFFF, 0, 0, 700, 700) // numberOfContours -1, bbox
	// component 1: glyph 1, word args, XY offsets, more components
	comp = append(comp, u16s(argsAreWords|argsAreXY|moreComponents, gSquare, 50, 20)...)
	// component 2: glyph 3, byte args (0, 0), XY, scale 0.5
	comp = append(comp, u16s(argsAreXY|haveScale, gRing)...)
	comp = append(comp, 0, 0)
	comp = append(comp, u16s(0x2000)...)

	matched := u16s(0xFFFF, 0, 0, 700, 700)
	matched = append(matched, u16s(argsAreWords|argsAreXY|moreComponents, gSquare, 0, 0)...)
	// Anchor: ring point 1 (100,350) lands on square point 2 (600,700).
	matched = append(matched, u16s(haveTwoByTwo, gRing)...)
	matched = append(matched, 2, 1)
	matched = append(matched, u16s(0x4000, 0, 0, 0x4000)...)

	nested := u16s(0xFFFF, 0, 0, 700, 700)
	nested = append(nested, u16s(argsAreWords|argsAreXY, gComposite, 10, 10)...)

	glyphs := [][]byte{
		nil, // .notdef, empty
		simpleGlyph(square),
		comp,
		simpleGlyph(ring),
		simpleGlyph(bump),
		matched,
		nested,
	}
	var glyf, loca []byte
	for _, g := range glyphs {
		loca = append(loca, u32s(uint32(len(glyf)))...)
		glyf = append(glyf, g...)
		for len(glyf)%2 != 0 {
			glyf = append(glyf, 0)
		}
	}
	loca = append(loca, u32s(uint32(len(glyf)))...)
	n := uint16(len(glyphs))

	head := make([]byte, 54)
	copy(head, u32s(0x00010000, 0x00010000, 0, 0x5F0F3CF5))
	binary.BigEndian.PutUint16(head[18:], 1000)
	copy(head[20:], u32s(0, 0x12345678, 0, 0x12345679)) // created, modified
	binary.BigEndian.PutUint16(head[50:], 1)
	hhea := make([]byte, 36)
	copy(hhea, u32s(0x00010000))
	copy(hhea[4:], u16s(900, uint16(0xFFFF-199), 0)) // 900, -200, 0
	binary.BigEndian.PutUint16(hhea[34:], n-1)       // last glyph shares the last advance
	maxp := u32s(0x00005000)
	maxp = append(maxp, u16s(n)...)
	var hmtx []byte
	for i := uint16(0); i < n-1; i++ {
		hmtx = append(hmtx, u16s(500+100*i, 10*i)...)
	}
	hmtx = append(hmtx, u16s(77)...) // lsb only
	os2 := make([]byte, 78)
	copy(os2[68:], u16s(880, uint16(0xFFFF-119), 0)) // 880, -120, 0

	// U+20000 → composite, U+20001 → ring (a sequential group).
	groups := [][3]uint32{{'A', 'A', gSquare}, {'B', 'B', gMatched}, {'C', 'C', gNested}, {0x1F600, 0x1F600, gSquare}, {0x20000, 0x20001, gComposite}, {0x10FFFD, 0x10FFFD, gBump}}
	f12 := u16s(12, 0)
	f12 = append(f12, u32s(uint32(16+12*len(groups)), 0, uint32(len(groups)))...)
	for _, g := range groups {
		f12 = append(f12, u32s(g[0], g[1], g[2])...)
	}
	cmap := u16s(0, 1, 3, 10)
	cmap = append(cmap, u32s(12)...)
	cmap = append(cmap, f12...)

	name := nameTable(map[uint16]string{0: "Copyright test", 1: "Synthetic", 2: "Regular", 6: "Synthetic-Regular", 13: "test licence"})
	post := u32s(0x00030000, 0, 0, 0, 0, 0, 0, 0)
	return buildSFNT(map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "OS/2": os2,
		"cmap": cmap, "loca": loca, "glyf": glyf, "name": name, "post": post,
		"fpgm": {0xB0, 0x00}, "prep": {0xB0, 0x01},
	})
}

// nameTable writes Windows US English records for ids (in id order).
func nameTable(ids map[uint16]string) []byte {
	var order []uint16
	for id := uint16(0); id < 32; id++ {
		if _, ok := ids[id]; ok {
			order = append(order, id)
		}
	}
	hdr := 6 + 12*len(order)
	out := u16s(0, uint16(len(order)), uint16(hdr))
	var strs []byte
	for _, id := range order {
		u := utf16.Encode([]rune(ids[id]))
		out = append(out, u16s(3, 1, 0x409, id, uint16(2*len(u)), uint16(len(strs)))...)
		strs = append(strs, u16s(u...)...)
	}
	return append(out, strs...)
}
