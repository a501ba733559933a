package layout

import "github.com/paiban/paiban/layout/linebreak"

// lineBreaker breaks a paragraph with the layout/linebreak package: GB
// kinsoku as a hard rule, the strict tier as a soft one, total fit.
func lineBreaker(p *brPara) ([]brLine, error) {
	lp := &linebreak.Para{Runes: p.runes, Widths: p.widths, Em: p.em, Indent: p.indent}
	ls, err := linebreak.Break(lp, &linebreak.Options{Width: p.width, Ragged: p.ragged,
		FullWidthLineStart: !p.halfOpening})
	if err != nil {
		return nil, err
	}
	out := make([]brLine, len(ls))
	for i, l := range ls {
		out[i] = brLine{start: l.Start, end: l.End, x: l.X, width: l.Width, justified: l.Justified}
	}
	return out, nil
}
