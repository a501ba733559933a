package fonts

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
)

// Font is a parsed TrueType font. Its tables are slices of the original
// file bytes (nothing is copied), plus a rune → glyph table built once by
// Parse. A Font is never modified after Parse and is safe for concurrent
// use.
type Font struct {
	file   string // file name, for error messages
	data   []byte
	tables map[string][]byte

	psName, family string

	upem                int
	ascender, descender int
	lineGap             int
	numGlyphs           int
	numHMetrics         int
	hmtx, loca, glyf    []byte
	locaLong            bool
	bmp                 []uint16 // glyph per BMP code point, 0 = none
	supp                []group  // cmap groups above U+FFFF, sorted, disjoint
	hasSupp             bool
}

// group is one sequential cmap mapping: start..end → gid, gid+1, …
type group struct {
	start, end rune
	gid        uint32
}

var be = binary.BigEndian

// Load reads and parses the TrueType font at path.
func Load(path string) (*Font, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fonts: %w", err)
	}
	return Parse(data, filepath.Base(path))
}

// Parse parses a TrueType (glyf) font held in data. name is used in error
// messages only (usually the file name). The Font keeps data and slices
// it: the caller must not modify data afterwards.
//
// Parse refuses OpenType/CFF, font collections and WOFF/WOFF2 with an
// error wrapping ErrUnsupported, and truncated or inconsistent files with
// an error wrapping ErrMalformed. It never panics.
func Parse(data []byte, name string) (*Font, error) {
	if name == "" {
		name = "font"
	}
	if len(data) < 12 {
		return nil, malformed(name, "%d bytes is too short for a font", len(data))
	}
	switch tag := string(data[:4]); tag {
	case "\x00\x01\x00\x00", "true":
	case "OTTO":
		return nil, unsupported(name, "an OpenType font with CFF outlines (OTTO, usually .otf)")
	case "ttcf":
		return nil, unsupported(name, "a font collection (ttcf, .ttc/.otc)")
	case "wOFF":
		return nil, unsupported(name, "a WOFF web font (wOFF)")
	case "wOF2":
		return nil, unsupported(name, "a WOFF2 web font (wOF2)")
	default:
		return nil, unsupported(name, fmt.Sprintf("not a font file (starts with %q)", tag))
	}
	f := &Font{file: name, data: data, tables: map[string][]byte{}}
	n := int(be.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, malformed(name, "table directory of %d tables runs past the end of the file", n)
	}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, ln := uint64(be.Uint32(rec[8:])), uint64(be.Uint32(rec[12:]))
		if off+ln > uint64(len(data)) {
			return nil, malformed(name, "table %q (offset %d, length %d) runs past the end of the file (%d bytes)", tag, off, ln, len(data))
		}
		f.tables[tag] = data[off : off+ln : off+ln]
	}
	if f.tables["glyf"] == nil && (f.tables["CFF "] != nil || f.tables["CFF2"] != nil) {
		return nil, unsupported(name, "an OpenType font with CFF outlines")
	}
	for _, t := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"} {
		if f.tables[t] == nil {
			return nil, malformed(name, "no %q table", t)
		}
	}
	if err := f.parseHead(); err != nil {
		return nil, err
	}
	if err := f.parseMetrics(); err != nil {
		return nil, err
	}
	if err := f.parseCmap(); err != nil {
		return nil, err
	}
	f.parseNames()
	return f, nil
}

func (f *Font) parseHead() error {
	head, maxp := f.tables["head"], f.tables["maxp"]
	if len(head) < 54 {
		return malformed(f.file, "head table is %d bytes, want 54", len(head))
	}
	if len(maxp) < 6 {
		return malformed(f.file, "maxp table is %d bytes, want at least 6", len(maxp))
	}
	f.upem = int(be.Uint16(head[18:]))
	if f.upem < 16 || f.upem > 16384 {
		return malformed(f.file, "head.unitsPerEm is %d, want 16..16384", f.upem)
	}
	f.locaLong = be.Uint16(head[50:]) != 0
	f.numGlyphs = int(be.Uint16(maxp[4:]))
	if f.numGlyphs == 0 {
		return malformed(f.file, "maxp.numGlyphs is 0")
	}
	f.loca, f.glyf = f.tables["loca"], f.tables["glyf"]
	want := 2 * (f.numGlyphs + 1)
	if f.locaLong {
		want *= 2
	}
	if len(f.loca) < want {
		return malformed(f.file, "loca table is %d bytes, want %d for %d glyphs", len(f.loca), want, f.numGlyphs)
	}
	return nil
}

func (f *Font) parseMetrics() error {
	hhea := f.tables["hhea"]
	if len(hhea) < 36 {
		return malformed(f.file, "hhea table is %d bytes, want 36", len(hhea))
	}
	f.numHMetrics = int(be.Uint16(hhea[34:]))
	if f.numHMetrics == 0 || f.numHMetrics > f.numGlyphs {
		return malformed(f.file, "hhea.numberOfHMetrics is %d, want 1..%d", f.numHMetrics, f.numGlyphs)
	}
	f.hmtx = f.tables["hmtx"]
	if want := 4*f.numHMetrics + 2*(f.numGlyphs-f.numHMetrics); len(f.hmtx) < want {
		return malformed(f.file, "hmtx table is %d bytes, want %d", len(f.hmtx), want)
	}
	// hhea values are the fallback when OS/2 is missing or too short.
	f.ascender = int(int16(be.Uint16(hhea[4:])))
	f.descender = int(int16(be.Uint16(hhea[6:])))
	f.lineGap = int(int16(be.Uint16(hhea[8:])))
	if os2 := f.tables["OS/2"]; len(os2) >= 74 {
		f.ascender = int(int16(be.Uint16(os2[68:])))
		f.descender = int(int16(be.Uint16(os2[70:])))
		f.lineGap = int(int16(be.Uint16(os2[72:])))
	}
	return nil
}

// Name returns the font's PostScript name (name ID 6), or the file name
// when the font has none.
func (f *Font) Name() string { return f.psName }

// Family returns the font's family name (name ID 1).
func (f *Font) Family() string { return f.family }

// File returns the name given to Parse (the file name), for messages.
func (f *Font) File() string { return f.file }

// Data returns the original font file bytes. The caller must not modify
// them.
func (f *Font) Data() []byte { return f.data }

// UnitsPerEm returns head.unitsPerEm.
func (f *Font) UnitsPerEm() int { return f.upem }

// Ascender returns the typographic ascender (OS/2 sTypoAscender, or
// hhea.ascender without OS/2) in font units.
func (f *Font) Ascender() int { return f.ascender }

// Descender returns the typographic descender (OS/2 sTypoDescender, or
// hhea.descender without OS/2) in font units; it is negative.
func (f *Font) Descender() int { return f.descender }

// LineGap returns the typographic line gap (OS/2 sTypoLineGap) in font
// units.
func (f *Font) LineGap() int { return f.lineGap }

// NumGlyphs returns maxp.numGlyphs.
func (f *Font) NumGlyphs() int { return f.numGlyphs }

// Table returns the raw bytes of the table with the given tag (e.g.
// "OS/2"), or nil. The caller must not modify them.
func (f *Font) Table(tag string) []byte { return f.tables[tag] }

// GlyphIndex returns the glyph the cmap maps r to. ok is false when r is
// unmapped or mapped to glyph 0 (.notdef).
func (f *Font) GlyphIndex(r rune) (gid uint16, ok bool) {
	if r >= 0 && r <= 0xFFFF {
		g := f.bmp[r]
		return g, g != 0
	}
	if !f.hasSupp || r > 0x10FFFF {
		return 0, false
	}
	lo, hi := 0, len(f.supp)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		g := &f.supp[m]
		switch {
		case r < g.start:
			hi = m
		case r > g.end:
			lo = m + 1
		default:
			id := g.gid + uint32(r-g.start)
			if id == 0 || id >= uint32(f.numGlyphs) {
				return 0, false
			}
			return uint16(id), true
		}
	}
	return 0, false
}

// Has reports whether the cmap maps r to a glyph other than .notdef.
func (f *Font) Has(r rune) bool {
	_, ok := f.GlyphIndex(r)
	return ok
}

// Advance returns r's advance width in font units, 0 if the font lacks r.
func (f *Font) Advance(r rune) int {
	g, ok := f.GlyphIndex(r)
	if !ok {
		return 0
	}
	return f.GlyphAdvance(g)
}

// AdvanceEm returns r's advance width in em (advance / units per em), 0 if
// the font lacks r.
func (f *Font) AdvanceEm(r rune) float64 {
	return float64(f.Advance(r)) / float64(f.upem)
}

// GlyphAdvance returns the advance width of glyph gid in font units, 0 for
// a glyph index out of range.
func (f *Font) GlyphAdvance(gid uint16) int {
	g := int(gid)
	if g >= f.numGlyphs {
		return 0
	}
	if g >= f.numHMetrics {
		g = f.numHMetrics - 1
	}
	return int(be.Uint16(f.hmtx[4*g:]))
}

// leftSideBearing returns glyph gid's lsb from hmtx.
func (f *Font) leftSideBearing(gid uint16) int16 {
	g := int(gid)
	if g < f.numHMetrics {
		return int16(be.Uint16(f.hmtx[4*g+2:]))
	}
	return int16(be.Uint16(f.hmtx[4*f.numHMetrics+2*(g-f.numHMetrics):]))
}

// glyphData returns the glyf bytes of glyph gid (empty for a blank glyph).
func (f *Font) glyphData(gid uint16) ([]byte, error) {
	g := int(gid)
	if g >= f.numGlyphs {
		return nil, fmt.Errorf("fonts: %s: glyph %d out of range (%d glyphs)", f.file, g, f.numGlyphs)
	}
	var a, b uint64
	if f.locaLong {
		a, b = uint64(be.Uint32(f.loca[4*g:])), uint64(be.Uint32(f.loca[4*g+4:]))
	} else {
		a, b = 2*uint64(be.Uint16(f.loca[2*g:])), 2*uint64(be.Uint16(f.loca[2*g+2:]))
	}
	if a > b || b > uint64(len(f.glyf)) {
		return nil, malformed(f.file, "loca entry of glyph %d (%d..%d) is outside glyf (%d bytes)", g, a, b, len(f.glyf))
	}
	return f.glyf[a:b:b], nil
}
