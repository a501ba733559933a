package fonts

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode/utf16"
)

// SubsetOptions configures Subset. A nil *SubsetOptions means defaults.
type SubsetOptions struct {
	// FamilyName is the subset's family name (name IDs 1, 4 and, without
	// spaces, 6). The OFL forbids a modified font to use a Reserved Font
	// Name (LXGW WenKai reserves "LXGW" and "霞鹜"), so the caller gives a
	// neutral one. Empty means "Subset".
	FamilyName string
	// AdvanceScale, when positive, scales every glyph's advance width (and
	// nothing else). The PDF writer uses 0.5 to make a face of half-width
	// punctuation: a mark set in half an em (GB/T 15834 §5.1.10) then has a
	// glyph box of half an em, so text extraction does not see it overlap
	// its neighbour or poke into the column gap. Glyph outlines are kept.
	AdvanceScale float64
}

// Subset writes a standalone TrueType font holding the glyphs of runes
// (and .notdef), for embedding in an EPUB:
//
//   - every rune keeps its exact glyph bytes and advance; composite glyphs
//     pull in their components, renumbered;
//   - glyphs keep their relative order, so the output depends only on the
//     set of runes, never on their order or repeats: same set, same bytes;
//   - a fresh cmap maps every rune the font has (format 4 for the BMP,
//     plus format 12 when a rune is above U+FFFF); runes the font lacks
//     are left out, so a reader falls back to its next font;
//   - the name table keeps the copyright and licence records (IDs 0, 13,
//     14) and the version (ID 5), and names the family opts.FamilyName;
//   - head keeps the source's created/modified dates (no clock), and the
//     checksums and head.checkSumAdjustment are recomputed.
//
// The tables written are head, hhea, maxp, OS/2, hmtx, cmap, loca, glyf,
// name, post (format 3), and cvt, fpgm, prep when the source has them.
func Subset(f *Font, runes []rune, opts *SubsetOptions) ([]byte, error) {
	if f == nil {
		return nil, fmt.Errorf("fonts: Subset of a nil font")
	}
	family := "Subset"
	if opts != nil && strings.TrimSpace(opts.FamilyName) != "" {
		family = strings.TrimSpace(opts.FamilyName)
	}

	// The mapped runes, sorted and unique, with their source glyphs.
	type mapping struct {
		r   rune
		old uint16
	}
	var maps []mapping
	rs := slices.Clone(runes)
	slices.Sort(rs)
	rs = slices.Compact(rs)
	for _, r := range rs {
		if g, ok := f.GlyphIndex(r); ok && r != 0xFFFF {
			maps = append(maps, mapping{r, g})
		}
	}

	// Glyph closure: .notdef, the mapped glyphs, and composite components.
	keep := map[uint16]bool{0: true}
	queue := []uint16{0}
	for _, m := range maps {
		if !keep[m.old] {
			keep[m.old] = true
			queue = append(queue, m.old)
		}
	}
	for len(queue) > 0 {
		g := queue[0]
		queue = queue[1:]
		data, err := f.glyphData(g)
		if err != nil {
			return nil, err
		}
		offs, err := f.componentOffsets(g, data)
		if err != nil {
			return nil, err
		}
		for _, o := range offs {
			c := be.Uint16(data[o:])
			if int(c) >= f.numGlyphs {
				return nil, malformed(f.file, "composite glyph %d refers to glyph %d of %d", g, c, f.numGlyphs)
			}
			if !keep[c] {
				keep[c] = true
				queue = append(queue, c)
			}
		}
	}
	olds := make([]uint16, 0, len(keep))
	for g := range keep {
		olds = append(olds, g)
	}
	slices.Sort(olds)
	newID := make(map[uint16]uint16, len(olds))
	for i, g := range olds {
		newID[g] = uint16(i)
	}
	n := len(olds)

	// glyf, loca (long offsets) and hmtx (one full metric per glyph).
	var glyf []byte
	loca := make([]byte, 4*(n+1))
	hmtx := make([]byte, 4*n)
	for i, g := range olds {
		binary.BigEndian.PutUint32(loca[4*i:], uint32(len(glyf)))
		data, _ := f.glyphData(g) // checked in the closure loop
		at := len(glyf)
		glyf = append(glyf, data...)
		offs, _ := f.componentOffsets(g, data)
		for _, o := range offs {
			binary.BigEndian.PutUint16(glyf[at+o:], newID[be.Uint16(data[o:])])
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		adv := f.GlyphAdvance(g)
		if opts != nil && opts.AdvanceScale > 0 {
			adv = int(math.Round(float64(adv) * opts.AdvanceScale))
		}
		binary.BigEndian.PutUint16(hmtx[4*i:], uint16(adv))
		binary.BigEndian.PutUint16(hmtx[4*i+2:], uint16(f.leftSideBearing(g)))
	}
	binary.BigEndian.PutUint32(loca[4*n:], uint32(len(glyf)))

	cm := make([]cmapEntry, len(maps))
	for i, m := range maps {
		cm[i] = cmapEntry{m.r, newID[m.old]}
	}
	cmap, err := buildCmap(cm)
	if err != nil {
		return nil, fmt.Errorf("fonts: %s: subset: %w", f.file, err)
	}

	tables := map[string][]byte{
		"glyf": glyf, "loca": loca, "hmtx": hmtx, "cmap": cmap,
	}
	head := slices.Clone(f.tables["head"])
	binary.BigEndian.PutUint16(head[50:], 1) // indexToLocFormat: long
	tables["head"] = head
	hhea := slices.Clone(f.tables["hhea"])
	binary.BigEndian.PutUint16(hhea[34:], uint16(n))
	tables["hhea"] = hhea
	maxp := slices.Clone(f.tables["maxp"])
	binary.BigEndian.PutUint16(maxp[4:], uint16(n))
	tables["maxp"] = maxp
	if os2 := f.tables["OS/2"]; len(os2) >= 68 {
		os2 = slices.Clone(os2)
		first, last := uint16(0xFFFF), uint16(0)
		if len(maps) > 0 {
			first = uint16(min(maps[0].r, 0xFFFF))
			last = uint16(min(maps[len(maps)-1].r, 0xFFFF))
		}
		binary.BigEndian.PutUint16(os2[64:], first)
		binary.BigEndian.PutUint16(os2[66:], last)
		tables["OS/2"] = os2
	}
	post := make([]byte, 32)
	copy(post, f.tables["post"])
	binary.BigEndian.PutUint32(post, 0x00030000)
	binary.BigEndian.PutUint32(post[16:], 0) // minMemType42 …
	binary.BigEndian.PutUint32(post[20:], 0)
	binary.BigEndian.PutUint32(post[24:], 0)
	binary.BigEndian.PutUint32(post[28:], 0)
	tables["post"] = post
	for _, t := range []string{"cvt ", "fpgm", "prep"} {
		if b := f.tables[t]; b != nil {
			tables[t] = slices.Clone(b)
		}
	}
	h := fnv.New32a()
	for _, m := range maps {
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(m.r))
		h.Write(b[:])
	}
	if tables["name"], err = f.subsetName(family, h.Sum32()); err != nil {
		return nil, err
	}
	return buildSFNT(tables), nil
}

// componentOffsets returns the byte offsets, within a composite glyph's
// data, of its components' glyph indices (none for a simple glyph).
func (f *Font) componentOffsets(gid uint16, b []byte) ([]int, error) {
	if len(b) < 10 || int16(be.Uint16(b)) >= 0 {
		return nil, nil
	}
	var offs []int
	p := 10
	for {
		if p+4 > len(b) {
			return nil, malformed(f.file, "composite glyph %d is truncated", gid)
		}
		fl := be.Uint16(b[p:])
		offs = append(offs, p+2)
		p += 4
		if fl&argsAreWords != 0 {
			p += 4
		} else {
			p += 2
		}
		switch {
		case fl&haveScale != 0:
			p += 2
		case fl&haveXYScale != 0:
			p += 4
		case fl&haveTwoByTwo != 0:
			p += 8
		}
		if fl&moreComponents == 0 {
			return offs, nil
		}
	}
}

type cmapEntry struct {
	r   rune
	gid uint16
}

// buildCmap writes a cmap with a (3,1) format 4 subtable for the BMP and,
// when a rune is above U+FFFF, a (3,10) format 12 subtable for all runes.
// es is sorted by rune and unique.
func buildCmap(es []cmapEntry) ([]byte, error) {
	var bmp []cmapEntry
	supp := false
	for _, e := range es {
		if e.r <= 0xFFFF {
			bmp = append(bmp, e)
		} else {
			supp = true
		}
	}
	f4, err := buildFormat4(bmp)
	if err != nil {
		return nil, err
	}
	subs := [][]byte{f4}
	if supp {
		subs = append(subs, buildFormat12(es))
	}
	out := make([]byte, 4+8*len(subs))
	binary.BigEndian.PutUint16(out[2:], uint16(len(subs)))
	encs := []uint16{1, 10}
	for i, s := range subs {
		rec := out[4+8*i:]
		binary.BigEndian.PutUint16(rec, 3)
		binary.BigEndian.PutUint16(rec[2:], encs[i])
		binary.BigEndian.PutUint32(rec[4:], uint32(len(out)))
		out = append(out, s...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}

// buildFormat4 splits the runes into runs of consecutive code points; a
// run whose glyphs are consecutive too becomes a delta segment, any other
// run a segment with a glyph array.
func buildFormat4(es []cmapEntry) ([]byte, error) {
	type seg struct {
		start, end int
		delta      uint16
		arr        []uint16 // nil for a delta segment
	}
	var segs []seg
	for i := 0; i < len(es); {
		j := i + 1
		for j < len(es) && es[j].r == es[j-1].r+1 {
			j++
		}
		run := es[i:j]
		delta := run[0].gid - uint16(run[0].r)
		same := true
		for _, e := range run {
			if e.gid-uint16(e.r) != delta {
				same = false
				break
			}
		}
		s := seg{start: int(run[0].r), end: int(run[len(run)-1].r), delta: delta}
		if !same {
			s.delta = 0
			for _, e := range run {
				s.arr = append(s.arr, e.gid)
			}
		}
		segs = append(segs, s)
		i = j
	}
	segs = append(segs, seg{start: 0xFFFF, end: 0xFFFF, delta: 1})
	ns := len(segs)
	arrLen := 0
	for _, s := range segs {
		arrLen += len(s.arr)
	}
	length := 16 + 8*ns + 2*arrLen
	if length > 0xFFFF {
		return nil, fmt.Errorf("cmap format 4 would be %d bytes (limit 65535): too many scattered characters", length)
	}
	sel := 0
	for 1<<(sel+1) <= ns {
		sel++
	}
	searchRange := 2 << sel
	b := make([]byte, length)
	be := binary.BigEndian
	be.PutUint16(b, 4)
	be.PutUint16(b[2:], uint16(length))
	be.PutUint16(b[6:], uint16(2*ns))
	be.PutUint16(b[8:], uint16(searchRange))
	be.PutUint16(b[10:], uint16(sel))
	be.PutUint16(b[12:], uint16(2*ns-searchRange))
	endAt, startAt := 14, 16+2*ns
	deltaAt, rangeAt, arrAt := startAt+2*ns, startAt+4*ns, startAt+6*ns
	arrPos := 0
	for i, s := range segs {
		be.PutUint16(b[endAt+2*i:], uint16(s.end))
		be.PutUint16(b[startAt+2*i:], uint16(s.start))
		be.PutUint16(b[deltaAt+2*i:], s.delta)
		if s.arr != nil {
			be.PutUint16(b[rangeAt+2*i:], uint16(2*(ns-i)+2*arrPos))
			for k, g := range s.arr {
				be.PutUint16(b[arrAt+2*(arrPos+k):], g)
			}
			arrPos += len(s.arr)
		}
	}
	return b, nil
}

// buildFormat12 writes sequential groups: runs of consecutive code points
// with consecutive glyphs.
func buildFormat12(es []cmapEntry) []byte {
	type grp struct {
		start, end rune
		gid        uint16
	}
	var gs []grp
	for _, e := range es {
		if k := len(gs) - 1; k >= 0 && e.r == gs[k].end+1 && int(e.gid) == int(gs[k].gid)+int(e.r-gs[k].start) {
			gs[k].end = e.r
			continue
		}
		gs = append(gs, grp{e.r, e.r, e.gid})
	}
	b := make([]byte, 16+12*len(gs))
	be := binary.BigEndian
	be.PutUint16(b, 12)
	be.PutUint32(b[4:], uint32(len(b)))
	be.PutUint32(b[12:], uint32(len(gs)))
	for i, g := range gs {
		be.PutUint32(b[16+12*i:], uint32(g.start))
		be.PutUint32(b[20+12*i:], uint32(g.end))
		be.PutUint32(b[24+12*i:], uint32(g.gid))
	}
	return b
}

// subsetName writes the subset's name table: the source's copyright,
// version and licence records (IDs 0, 5, 13, 14, every platform and
// language) and new family records (IDs 1, 2, 3, 4, 6) in Windows US
// English. tag distinguishes subsets of different characters in ID 3.
func (f *Font) subsetName(family string, tag uint32) ([]byte, error) {
	type rec struct {
		platform, encoding, lang, id uint16
		raw                          []byte
	}
	var recs []rec
	for _, r := range f.nameRecords() {
		switch r.id {
		case 0, 5, 13, 14:
			recs = append(recs, rec{r.platform, r.encoding, r.lang, r.id, r.raw})
		}
	}
	sub := f.name(2)
	if sub == "" {
		sub = "Regular"
	}
	full := family
	if sub != "Regular" {
		full += " " + sub
	}
	ps := postScriptName(family) + "-" + postScriptName(sub)
	win := func(id uint16, s string) {
		u := utf16.Encode([]rune(s))
		raw := make([]byte, 2*len(u))
		for i, c := range u {
			binary.BigEndian.PutUint16(raw[2*i:], c)
		}
		recs = append(recs, rec{3, 1, 0x409, id, raw})
	}
	win(1, family)
	win(2, sub)
	win(3, fmt.Sprintf("%s;%08x", ps, tag))
	win(4, full)
	win(6, ps)
	slices.SortStableFunc(recs, func(a, b rec) int {
		for _, d := range [][2]uint16{{a.platform, b.platform}, {a.encoding, b.encoding}, {a.lang, b.lang}, {a.id, b.id}} {
			if d[0] != d[1] {
				return int(d[0]) - int(d[1])
			}
		}
		return 0
	})
	hdr := 6 + 12*len(recs)
	out := make([]byte, hdr)
	binary.BigEndian.PutUint16(out[2:], uint16(len(recs)))
	binary.BigEndian.PutUint16(out[4:], uint16(hdr))
	for i, r := range recs {
		e := out[6+12*i:]
		binary.BigEndian.PutUint16(e, r.platform)
		binary.BigEndian.PutUint16(e[2:], r.encoding)
		binary.BigEndian.PutUint16(e[4:], r.lang)
		binary.BigEndian.PutUint16(e[6:], r.id)
		binary.BigEndian.PutUint16(e[8:], uint16(len(r.raw)))
		binary.BigEndian.PutUint16(e[10:], uint16(len(out)-hdr))
		out = append(out, r.raw...)
	}
	if len(out)-hdr > 0xFFFF {
		return nil, fmt.Errorf("fonts: %s: subset: name strings exceed 64 KB", f.file)
	}
	return out, nil
}

// postScriptName keeps the printable ASCII characters allowed in a
// PostScript name (no spaces, no []{}()<>/%), at most 63; "Subset" when
// none is left.
func postScriptName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > 32 && r < 127 && !strings.ContainsRune("[](){}<>/%", r) && b.Len() < 63 {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "Subset"
	}
	return b.String()
}
