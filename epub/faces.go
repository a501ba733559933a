package epub

import (
	"fmt"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
)

// resolveFaces picks the fonts for a book from the options: the body font
// to embed (default: the default serif) and the cover font (default: the
// default sans bold).
func resolveFaces(o *Options) (faces, error) {
	var f faces
	body, cover := o.BodyFont, o.CoverFont
	if (body == nil && !o.NoFont) || cover == nil {
		serif, sans, _, err := defaults.Fonts()
		if err != nil {
			return f, fmt.Errorf("epub: default fonts: %w", err)
		}
		if body == nil {
			body = serif
		}
		if cover == nil {
			cover = sans
		}
	}
	if !o.NoFont {
		f.body = fontsFace{body}
	}
	f.cover = fontsFace{cover}
	return f, nil
}

// fontsFace adapts a *fonts.Font to what the book needs.
type fontsFace struct{ f *fonts.Font }

func (x fontsFace) Has(r rune) bool        { return x.f.Has(r) }
func (x fontsFace) UnitsPerEm() int        { return x.f.UnitsPerEm() }
func (x fontsFace) advance(r rune) float64 { return float64(x.f.Advance(r)) }
func (x fontsFace) subset(runes []rune, family string) ([]byte, error) {
	return fonts.Subset(x.f, runes, &fonts.SubsetOptions{FamilyName: family})
}

func (x fontsFace) outline(r rune) ([]segment, error) {
	segs, err := x.f.Outline(r)
	if err != nil {
		return nil, err
	}
	out := make([]segment, len(segs))
	for i, s := range segs {
		out[i] = segment{Op: s.Op, Pts: [2][2]float64{{s.Pts[0].X, s.Pts[0].Y}, {s.Pts[1].X, s.Pts[1].Y}}}
	}
	return out, nil
}
