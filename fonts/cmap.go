package fonts

// parseCmap builds the rune → glyph lookup: a dense table for the BMP (the
// layout engine asks for every character, so a lookup must be one index)
// and sorted groups for the supplementary planes. A Unicode full-repertoire
// subtable (format 12) is preferred; a BMP subtable (format 4) is used when
// there is none.
func (f *Font) parseCmap() error {
	cm := f.tables["cmap"]
	if len(cm) < 4 {
		return malformed(f.file, "cmap table is %d bytes", len(cm))
	}
	n := int(be.Uint16(cm[2:]))
	if 4+8*n > len(cm) {
		return malformed(f.file, "cmap has %d encoding records but only %d bytes", n, len(cm))
	}
	// Rank the subtables: a higher score is a better Unicode mapping.
	best4, best12, score4, score12 := -1, -1, 0, 0
	for i := 0; i < n; i++ {
		rec := cm[4+8*i:]
		plat, enc, off := be.Uint16(rec), be.Uint16(rec[2:]), int(be.Uint32(rec[4:]))
		if off < 0 || off+2 > len(cm) {
			continue
		}
		format := be.Uint16(cm[off:])
		s := 0
		switch {
		case plat == 3 && enc == 10, plat == 0 && (enc == 4 || enc == 6):
			s = 3
		case plat == 3 && enc == 1, plat == 0 && enc <= 3:
			s = 2
		case plat == 3 && enc == 0:
			s = 1 // symbol fonts: better than nothing
		}
		if s == 0 {
			continue
		}
		switch format {
		case 12:
			if s > score12 {
				best12, score12 = off, s
			}
		case 4:
			if s > score4 {
				best4, score4 = off, s
			}
		}
	}
	f.bmp = make([]uint16, 0x10000)
	switch {
	case best12 >= 0:
		if err := f.parseFormat12(cm[best12:]); err != nil {
			return err
		}
	case best4 >= 0:
		if err := f.parseFormat4(cm[best4:]); err != nil {
			return err
		}
	default:
		return malformed(f.file, "cmap has no Unicode subtable of format 4 or 12")
	}
	return nil
}

// parseFormat4 fills the BMP table from a segment-mapping subtable.
// Segments are taken in order; a segment overlapping an earlier one is
// clipped, which also bounds the work on hostile input to 64K entries.
func (f *Font) parseFormat4(b []byte) error {
	if len(b) < 14 {
		return malformed(f.file, "cmap format 4 subtable is truncated")
	}
	segX2 := int(be.Uint16(b[6:]))
	segs := segX2 / 2
	endOff, startOff := 14, 16+segX2
	deltaOff, rangeOff := startOff+segX2, startOff+2*segX2
	if rangeOff+segX2 > len(b) {
		return malformed(f.file, "cmap format 4 subtable with %d segments is truncated", segs)
	}
	next := 0 // first code point not yet filled
	for i := 0; i < segs; i++ {
		end := int(be.Uint16(b[endOff+2*i:]))
		start := int(be.Uint16(b[startOff+2*i:]))
		delta := be.Uint16(b[deltaOff+2*i:])
		ro := int(be.Uint16(b[rangeOff+2*i:]))
		if start < next {
			start = next
		}
		for c := start; c <= end; c++ {
			var g uint16
			if ro == 0 {
				g = uint16(c) + delta
			} else {
				at := rangeOff + 2*i + ro + 2*(c-int(be.Uint16(b[startOff+2*i:])))
				if at+2 > len(b) {
					break
				}
				if g = be.Uint16(b[at:]); g != 0 {
					g += delta
				}
			}
			if int(g) < f.numGlyphs {
				f.bmp[c] = g
			}
		}
		if end+1 > next {
			next = end + 1
		}
	}
	return nil
}

// parseFormat12 fills the BMP table and the supplementary groups from a
// segmented-coverage subtable.
func (f *Font) parseFormat12(b []byte) error {
	if len(b) < 16 {
		return malformed(f.file, "cmap format 12 subtable is truncated")
	}
	n := uint64(be.Uint32(b[12:]))
	if 16+12*n > uint64(len(b)) {
		return malformed(f.file, "cmap format 12 subtable with %d groups is truncated", n)
	}
	var next rune // first code point not yet mapped
	for i := 0; i < int(n); i++ {
		g := b[16+12*i:]
		start, end, gid := be.Uint32(g), be.Uint32(g[4:]), be.Uint32(g[8:])
		if start > 0x10FFFF || end < start {
			continue
		}
		if end > 0x10FFFF {
			end = 0x10FFFF
		}
		s, e := rune(start), rune(end)
		if s < next {
			gid += uint32(next - s)
			s = next
		}
		if s > e {
			continue
		}
		next = e + 1
		for c := s; c <= e && c <= 0xFFFF; c++ {
			id := gid + uint32(c-s)
			if id < uint32(f.numGlyphs) {
				f.bmp[c] = uint16(id)
			}
		}
		if e > 0xFFFF {
			if s <= 0xFFFF {
				gid += uint32(0x10000 - s)
				s = 0x10000
			}
			f.supp = append(f.supp, group{start: s, end: e, gid: gid})
		}
	}
	f.hasSupp = len(f.supp) > 0
	return nil
}

// Runes returns every code point the cmap maps to a glyph other than
// .notdef, in ascending order.
func (f *Font) Runes() []rune {
	var out []rune
	for c, g := range f.bmp {
		if g != 0 {
			out = append(out, rune(c))
		}
	}
	for _, g := range f.supp {
		for c := g.start; c <= g.end; c++ {
			if f.Has(c) {
				out = append(out, c)
			}
		}
	}
	return out
}
