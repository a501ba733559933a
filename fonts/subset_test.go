package fonts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/signintech/gopdf"
)

func sampleText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../examples/tianjin-2024-09/issue.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// extra exercises composites (WenKai ¨ ´ − ∕), Ext-B (𠀋 in WenKai, 𠂇 in
// both) and characters one font lacks (☒ in Noto).
const extra = "¨´−∕𠀋𠂇☒"

// checkSFNT verifies the table checksums and head.checkSumAdjustment.
func checkSFNT(t *testing.T, b []byte) []string {
	t.Helper()
	if got := checksum(b); got != 0xB1B0AFBA {
		t.Errorf("file checksum %#x, want 0xB1B0AFBA", got)
	}
	n := int(be.Uint16(b[4:]))
	var tags []string
	for i := 0; i < n; i++ {
		rec := b[12+16*i:]
		tag := string(rec[:4])
		tags = append(tags, tag)
		off, ln := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if off%4 != 0 {
			t.Errorf("table %q at unaligned offset %d", tag, off)
		}
		data := slices.Clone(b[off : off+ln])
		if tag == "head" {
			copy(data[8:], []byte{0, 0, 0, 0})
		}
		if got, want := checksum(data), be.Uint32(rec[4:]); got != want {
			t.Errorf("table %q checksum %#x, directory says %#x", tag, got, want)
		}
	}
	if !slices.IsSorted(tags) {
		t.Errorf("table directory not sorted: %v", tags)
	}
	return tags
}

func TestSubsetShipped(t *testing.T) {
	runes := []rune(sampleText(t) + extra)
	for _, tc := range []struct {
		path, family string
		tables       []string
	}{
		{serifPath, "Paiban Serif", []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"}},
		{kaiPath, "Paiban Kai", []string{"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}},
	} {
		src := mustLoad(t, tc.path)
		b, err := Subset(src, runes, &SubsetOptions{FamilyName: tc.family})
		if err != nil {
			t.Fatal(err)
		}
		if tags := checkSFNT(t, b); !reflect.DeepEqual(tags, tc.tables) {
			t.Errorf("%s: tables %v, want %v", tc.path, tags, tc.tables)
		}
		sub, err := Parse(b, "subset.ttf")
		if err != nil {
			t.Fatal(err)
		}
		if sub.Family() != tc.family || sub.Name() != postScriptName(tc.family)+"-Regular" {
			t.Errorf("%s: subset names %q %q", tc.path, sub.Family(), sub.Name())
		}
		if !bytes.Equal(sub.Table("head")[20:36], src.Table("head")[20:36]) {
			t.Errorf("%s: head created/modified changed", tc.path)
		}
		for _, id := range []uint16{0, 13, 14} {
			if sub.name(id) == "" || sub.name(id) != src.name(id) {
				t.Errorf("%s: name ID %d = %q, want %q", tc.path, id, sub.name(id), src.name(id))
			}
		}
		checked := 0
		uniq := slices.Clone(runes)
		slices.Sort(uniq)
		for _, r := range slices.Compact(uniq) {
			g, ok := src.GlyphIndex(r)
			sg, sok := sub.GlyphIndex(r)
			if ok != sok {
				t.Errorf("%s: U+%04X in source %v, in subset %v", tc.path, r, ok, sok)
				continue
			}
			if !ok {
				continue
			}
			checked++
			if src.GlyphAdvance(g) != sub.GlyphAdvance(sg) || src.leftSideBearing(g) != sub.leftSideBearing(sg) {
				t.Errorf("%s: U+%04X metrics differ", tc.path, r)
			}
			a, _ := src.glyphData(g)
			c, _ := sub.glyphData(sg)
			if len(a) > 0 && int16(be.Uint16(a)) >= 0 {
				// Simple glyph: the very same bytes, then zero padding.
				if !bytes.HasPrefix(c, a) || len(bytes.Trim(c[len(a):], "\x00")) != 0 {
					t.Errorf("%s: U+%04X glyph bytes differ", tc.path, r)
				}
			} else if len(a) != len(c) && pad4(len(a)) != len(c) {
				t.Errorf("%s: U+%04X composite glyph is %d bytes, was %d", tc.path, r, len(c), len(a))
			}
			oa, err1 := src.Outline(r)
			oc, err2 := sub.Outline(r)
			if err1 != nil || err2 != nil || !reflect.DeepEqual(oa, oc) {
				t.Errorf("%s: U+%04X outline differs (%v, %v)", tc.path, r, err1, err2)
			}
		}
		if checked < 2040 {
			t.Errorf("%s: only %d characters checked", tc.path, checked)
		}
		// Runes sharing a glyph in the source (一 U+4E00 and the Kangxi
		// radical ⼀ U+2F00 in Noto) share it in the subset too.
		g1, _ := src.GlyphIndex('一')
		g2, _ := src.GlyphIndex('⼀')
		if g1 != 0 && g1 == g2 {
			b2, err := Subset(src, append(runes, '⼀'), &SubsetOptions{FamilyName: tc.family})
			if err != nil {
				t.Fatal(err)
			}
			s2, _ := Parse(b2, "subset2.ttf")
			a, ok1 := s2.GlyphIndex('一')
			k, ok2 := s2.GlyphIndex('⼀')
			if !ok1 || !ok2 || a != k || s2.NumGlyphs() != sub.NumGlyphs() {
				t.Errorf("%s: 一 and ⼀ map to %d, %d (%v %v) in the subset; want one shared glyph", tc.path, a, k, ok1, ok2)
			}
		} else if tc.path == serifPath {
			t.Errorf("Noto Serif: 一 and ⼀ do not share a glyph")
		}
		// The Ext-B character needs the format 12 subtable.
		if !sub.Has(0x20087) {
			t.Errorf("%s: U+20087 lost", tc.path)
		}
	}
}

func TestSubsetDeterministic(t *testing.T) {
	f := mustLoad(t, kaiPath)
	text := []rune(sampleText(t)[:3000] + extra)
	a, err := Subset(f, text, &SubsetOptions{FamilyName: "K"})
	if err != nil {
		t.Fatal(err)
	}
	// Reversed, with repeats: the same set of runes.
	rev := slices.Clone(text)
	slices.Reverse(rev)
	rev = append(rev, text[:100]...)
	b, err := Subset(f, rev, &SubsetOptions{FamilyName: "K"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two subsets of the same text differ")
	}
	c, err := Subset(f, text[:len(text)-2], &SubsetOptions{FamilyName: "K"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a, c) {
		t.Error("subsets of different text are identical")
	}
}

func TestSubsetSynthetic(t *testing.T) {
	f, err := Parse(syntheticFont(), "synthetic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	// 'C' is a composite of a composite: the subset needs glyphs 0, 1, 2,
	// 3 and 6, renumbered 0..4.
	b, err := Subset(f, []rune{'C', 0x10FFFD}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSFNT(t, b)
	sub, err := Parse(b, "sub.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if sub.NumGlyphs() != 6 || sub.Family() != "Subset" {
		t.Errorf("%d glyphs, family %q; want 6, Subset", sub.NumGlyphs(), sub.Family())
	}
	if got, want := sub.Runes(), []rune{'C', 0x10FFFD}; !reflect.DeepEqual(got, want) {
		t.Errorf("subset maps %U, want %U", got, want)
	}
	for _, r := range []rune{'C', 0x10FFFD} {
		oa, _ := f.Outline(r)
		ob, err := sub.Outline(r)
		if err != nil || !reflect.DeepEqual(oa, ob) || f.Advance(r) != sub.Advance(r) {
			t.Errorf("U+%04X differs after subsetting (%v)", r, err)
		}
	}
	for _, tag := range []string{"fpgm", "prep"} {
		if !bytes.Equal(sub.Table(tag), f.Table(tag)) {
			t.Errorf("table %q not copied", tag)
		}
	}
	if string(sub.Table("post")[:4]) != "\x00\x03\x00\x00" {
		t.Errorf("post version %x, want format 3", sub.Table("post")[:4])
	}
	// Nothing but .notdef.
	if b, err := Subset(f, nil, nil); err != nil {
		t.Error(err)
	} else if sub, err := Parse(b, "empty.ttf"); err != nil || sub.NumGlyphs() != 1 {
		t.Errorf("empty subset: %v", err)
	}
}

// The subset of a large character set still fits cmap format 4.
func TestSubsetWholeFont(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	f := mustLoad(t, serifPath)
	rs := f.Runes()
	b, err := Subset(f, rs, &SubsetOptions{FamilyName: "All"})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Parse(b, "all.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if got := sub.Runes(); !reflect.DeepEqual(got, rs) {
		t.Errorf("whole-font subset maps %d runes, want %d", len(got), len(rs))
	}
}

func TestSubsetGopdf(t *testing.T) {
	text := sampleText(t)[:2000]
	for _, path := range []string{serifPath, kaiPath} {
		b, err := Subset(mustLoad(t, path), []rune(text), &SubsetOptions{FamilyName: "Paiban Test"})
		if err != nil {
			t.Fatal(err)
		}
		pdf := gopdf.GoPdf{}
		pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
		pdf.AddPage()
		if err := pdf.AddTTFFontData("sub", b); err != nil {
			t.Fatalf("%s: gopdf refuses the subset: %v", path, err)
		}
		if err := pdf.SetFont("sub", "", 10); err != nil {
			t.Fatal(err)
		}
		if err := pdf.Text("中共天津市委十二届六次全会举行"); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var buf bytes.Buffer
		if _, err := pdf.WriteTo(&buf); err != nil || buf.Len() < 1000 {
			t.Fatalf("%s: writing PDF: %v (%d bytes)", path, err, buf.Len())
		}
	}
}

// fontToolsPython returns a python3 that has fontTools, or "".
func fontToolsPython() string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import fontTools").Run() == nil {
			return py
		}
	}
	return ""
}

// TestSubsetFontTools checks the subsets with an independent parser:
// testdata/verify_subset.py compares every character's outline and
// metrics with fontTools (Debian package python3-fonttools).
func TestSubsetFontTools(t *testing.T) {
	py := fontToolsPython()
	if py == "" {
		t.Skip("python3 with fontTools not installed (apt-get install python3-fonttools)")
	}
	dir := t.TempDir()
	text := sampleText(t) + extra
	runesFile := filepath.Join(dir, "runes.txt")
	if err := os.WriteFile(runesFile, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{serifPath, sansPath, kaiPath} {
		b, err := Subset(mustLoad(t, path), []rune(text), &SubsetOptions{FamilyName: "Paiban Check"})
		if err != nil {
			t.Fatal(err)
		}
		sub := filepath.Join(dir, filepath.Base(path))
		if err := os.WriteFile(sub, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(py, "testdata/verify_subset.py", path, sub, runesFile).CombinedOutput()
		if err != nil {
			t.Errorf("%s: fontTools check failed: %v\n%s", path, err, out)
		} else {
			t.Logf("%s: %s", path, bytes.TrimSpace(out))
		}
	}
}

// TestSubsetOTS runs the OpenType Sanitizer that browsers (and so EPUB
// reading systems built on them) apply to web fonts; it skips unless
// ots-sanitize is installed (Debian: apt-get install opentype-sanitizer).
func TestSubsetOTS(t *testing.T) {
	ots, err := exec.LookPath("ots-sanitize")
	if err != nil {
		t.Skip("ots-sanitize not installed")
	}
	dir := t.TempDir()
	text := []rune(sampleText(t) + extra)
	syn, err := Parse(syntheticFont(), "synthetic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f     *Font
		runes []rune
	}{
		{mustLoad(t, serifPath), text},
		{mustLoad(t, sansPath), text},
		{mustLoad(t, kaiPath), text},
		{syn, []rune("ABC\U00020000\U00020001")},
	} {
		b, err := Subset(tc.f, tc.runes, &SubsetOptions{FamilyName: "Paiban OTS"})
		if err != nil {
			t.Fatal(err)
		}
		in := filepath.Join(dir, "in.ttf")
		if err := os.WriteFile(in, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(ots, in, filepath.Join(dir, "out.ttf")).CombinedOutput()
		if err != nil {
			t.Errorf("%s: ots-sanitize: %v\n%s", tc.f.File(), err, out)
		}
	}
}

// AdvanceScale halves the advances for the PDF writer's half-width marks
// and leaves the outlines alone.
func TestSubsetAdvanceScale(t *testing.T) {
	f := mustLoad(t, serifPath)
	runes := []rune("，。”")
	data, err := Subset(f, runes, &SubsetOptions{FamilyName: "Half", AdvanceScale: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	h, err := Parse(data, "half")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range runes {
		if got, want := h.Advance(r), (f.Advance(r)+1)/2; got != want && got != f.Advance(r)/2 {
			t.Errorf("%q: advance %d, want half of %d", r, got, f.Advance(r))
		}
		a, _ := f.Outline(r)
		b, _ := h.Outline(r)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%q: outline changed", r)
		}
	}
}
