package pdf

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/signintech/gopdf"
)

// measureSize is the font size at which advances are measured: at 1000 pt
// gopdf's measure gives the advance in the 1/1000 em units of the /W array
// that viewers position glyphs by.
const measureSize = 1000

// face is a document font registered with gopdf.
type face struct {
	family string           // gopdf family, and so the PDF BaseFont: "ABCDEF+Name"
	adv    map[rune]float64 // advance in 1/1000 em, as the /W array says
	half   *face            // half-width marks (halfwidth.go), or nil
	art    *face            // pagination artifacts (artifact.go), or nil
}

// subsetTag derives the six-letter subset tag from the font's name and its
// position, so two faces never share a BaseFont and the same document
// always gets the same tags.
func subsetTag(name string, index int) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%s", index, name)))
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}

// cleanName keeps the characters a PDF name may hold unescaped and a
// PostScript name allows.
func cleanName(name string, index int) string {
	var b strings.Builder
	for _, r := range name {
		if r < 0x7F && r > 0x20 && !strings.ContainsRune("()<>[]{}/%#+", r) {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return fmt.Sprintf("Font%d", index)
	}
	return b.String()
}

// registerFonts adds to gp every face some run uses and measures every rune
// drawn in it. Runes the face lacks are reported: gopdf would silently draw
// a space for them.
func registerFonts(gp *gopdf.GoPdf, doc *layout.Document, opts *Options) ([]*face, error) {
	used := make([]map[rune]bool, len(doc.Fonts))
	for pi := range doc.Pages {
		for ri, r := range doc.Pages[pi].Runs {
			if r.Font < 0 || r.Font >= len(doc.Fonts) {
				return nil, fmt.Errorf("pdf: page %d: run %d: font %d out of range (document has %d)", pi+1, ri, r.Font, len(doc.Fonts))
			}
			if used[r.Font] == nil {
				used[r.Font] = make(map[rune]bool)
			}
			for _, c := range r.Text {
				if drawable(c) {
					used[r.Font][c] = true
				}
			}
		}
	}
	faces := make([]*face, len(doc.Fonts))
	for i, ff := range doc.Fonts {
		if used[i] == nil {
			continue
		}
		name := cleanName(ff.Name, i)
		fc := &face{family: subsetTag(name, i) + "+" + name, adv: make(map[rune]float64, len(used[i]))}
		data, err := presubset(ff, name, used[i])
		if err != nil {
			return nil, fmt.Errorf("pdf: font %d (%s): %w", i, ff.Name, err)
		}
		if err := gp.AddTTFFontDataWithOption(fc.family, data, gopdf.TtfOption{OnGlyphNotFoundSubstitute: gopdf.DefaultOnGlyphNotFoundSubstitute}); err != nil {
			return nil, fmt.Errorf("pdf: font %d (%s): %w", i, ff.Name, err)
		}
		if err := gp.SetFont(fc.family, "", measureSize); err != nil {
			return nil, fmt.Errorf("pdf: font %d (%s): %w", i, ff.Name, err)
		}
		runes := make([]rune, 0, len(used[i]))
		for c := range used[i] {
			runes = append(runes, c)
		}
		// Measuring adds the rune to the subset. Sorted, so the subset
		// does not follow map order; and when two runes share a glyph (一
		// U+4E00 and the Kangxi radical ⼀ U+2F00 in Noto), gopdf's
		// ToUnicode keeps the first, which must be the ideograph.
		sort.Slice(runes, func(a, b int) bool {
			ca, cb := compatForm(runes[a]), compatForm(runes[b])
			if ca != cb {
				return cb
			}
			return runes[a] < runes[b]
		})
		for _, c := range runes {
			ok, err := gp.IsCurrFontContainGlyph(c)
			if err != nil {
				return nil, fmt.Errorf("pdf: font %d (%s): U+%04X: %w", i, ff.Name, c, err)
			}
			if !ok {
				opts.warn(fmt.Errorf("pdf: font %d (%s): no glyph for %q (U+%04X); drawn as a space", i, ff.Name, c, c))
			}
			w, err := gp.MeasureTextWidth(string(c))
			if err != nil {
				return nil, fmt.Errorf("pdf: font %d (%s): U+%04X: %w", i, ff.Name, c, err)
			}
			fc.adv[c] = w
		}
		faces[i] = fc
	}
	return faces, nil
}

// presubset cuts the face down to the runes the document draws in it
// before gopdf sees it. gopdf subsets too, but it parses the whole file
// (15 MB for a CJK font) and embeds loca and hmtx for every glyph of it;
// given the document's few thousand glyphs it parses and compresses a
// fraction of that. Outlines and advances are the font's own.
func presubset(ff layout.Face, name string, used map[rune]bool) ([]byte, error) {
	f, err := fonts.Parse(ff.Data, ff.Name)
	if err != nil {
		return nil, err
	}
	runes := make([]rune, 0, len(used))
	for c := range used {
		runes = append(runes, c)
	}
	return fonts.Subset(f, runes, &fonts.SubsetOptions{FamilyName: name})
}

// drawable reports whether r is drawn as a glyph; control characters are
// not (they break a run into separately positioned pieces instead).
func drawable(r rune) bool {
	return r >= 0x20 && !(r >= 0x7F && r < 0xA0) && r != 0xFEFF
}

// compatForm reports whether r is a radical or compatibility ideograph,
// a code point that usually shares its glyph with a unified ideograph.
func compatForm(r rune) bool {
	return (r >= 0x2E80 && r <= 0x2FDF) || (r >= 0xF900 && r <= 0xFAFF) || (r >= 0x2F800 && r <= 0x2FA1F)
}

// addVariantFace registers a subset of font i holding runes, under a name
// with the given suffix, its advances scaled by scale (0: unchanged), and
// measures the runes in it.
func addVariantFace(gp *gopdf.GoPdf, ff layout.Face, i int, need map[rune]bool, suffix string, scale float64) (*face, error) {
	runes := make([]rune, 0, len(need))
	for c := range need {
		runes = append(runes, c)
	}
	slices.Sort(runes)
	f, err := fonts.Parse(ff.Data, ff.Name)
	if err != nil {
		return nil, fmt.Errorf("pdf: %s face of font %d: %w", suffix, i, err)
	}
	data, err := fonts.Subset(f, runes, &fonts.SubsetOptions{FamilyName: "Paiban" + suffix, AdvanceScale: scale})
	if err != nil {
		return nil, fmt.Errorf("pdf: %s face of font %d (%s): %w", suffix, i, ff.Name, err)
	}
	name := cleanName(ff.Name, i) + "-" + suffix
	vf := &face{family: subsetTag(name, i) + "+" + name, adv: make(map[rune]float64, len(runes))}
	if err := gp.AddTTFFontData(vf.family, data); err != nil {
		return nil, fmt.Errorf("pdf: %s face of font %d (%s): %w", suffix, i, ff.Name, err)
	}
	if err := gp.SetFont(vf.family, "", measureSize); err != nil {
		return nil, fmt.Errorf("pdf: %s face of font %d (%s): %w", suffix, i, ff.Name, err)
	}
	for _, c := range runes {
		w, err := gp.MeasureTextWidth(string(c))
		if err != nil {
			return nil, fmt.Errorf("pdf: %s face of font %d (%s): U+%04X: %w", suffix, i, ff.Name, c, err)
		}
		vf.adv[c] = w
	}
	return vf, nil
}
