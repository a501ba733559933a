package layout

import (
	"unicode"

	"github.com/paiban/paiban/layout/linebreak"
)

// lineBreaker breaks a paragraph with the layout/linebreak package: GB
// kinsoku as a hard rule, the strict tier as a soft one, total fit.
func lineBreaker(p *brPara) ([]brLine, error) {
	lp := &linebreak.Para{Runes: p.runes, Widths: p.widths, Em: p.em, Indent: p.indent}
	ls, err := linebreak.Break(lp, &linebreak.Options{Width: p.width, Ragged: p.ragged})
	if err != nil {
		return nil, err
	}
	out := make([]brLine, len(ls))
	for i, l := range ls {
		out[i] = brLine{start: l.Start, end: l.End, x: l.X, width: l.Width, justified: l.Justified}
	}
	if !p.halfOpening {
		fullWidthOpening(p, out)
	}
	return out, nil
}

// fullWidthOpening undoes the half-em setting of an opening mark that
// starts a line, when the line has the room. clreq permits both: the mark
// "may" lose its leading blank. Keeping it makes every line's first glyph
// box start at the column edge (or at the indent), which is where text
// extraction and checkers look for columns and indents; the ink of the
// mark then sits half an em in, as it does mid-line. The room comes from
// the expansion of the gaps between ordinary characters, so no gap ever
// gets narrower than its natural width and the line keeps its width.
func fullWidthOpening(p *brPara, ls []brLine) {
	for k := range ls {
		l := &ls[k]
		n := l.end - l.start
		if n < 2 || !isOpening(p.runes[l.start]) {
			continue
		}
		slot := 0.0
		if k == 0 {
			slot = p.indent
		}
		need := slot - l.x[0]
		if need <= 1e-9 || need > 0.6*p.em[l.start] {
			continue
		}
		if !l.justified && l.width+need <= p.width+1e-9 {
			for j := range l.x {
				l.x[j] += need
			}
			l.width += need
			continue
		}
		// The expansion of each gap between ordinary characters.
		give := make([]float64, n)
		total := 0.0
		for j := 1; j < n-1; j++ {
			a, b := p.runes[l.start+j], p.runes[l.start+j+1]
			if isMark(a) || isMark(b) {
				continue
			}
			if d := l.x[j+1] - l.x[j] - p.widths[l.start+j]; d > 1e-9 {
				give[j] = d
				total += d
			}
		}
		if total < need {
			continue
		}
		f := need / total
		shift := need
		l.x[0] += need
		for j := 1; j < n; j++ {
			l.x[j] += shift
			shift -= give[j] * f
		}
	}
}

// isOpening reports whether r is an opening bracket or quotation mark
// (Unicode class Ps or Pi).
func isOpening(r rune) bool {
	return unicode.In(r, unicode.Ps, unicode.Pi)
}

// isMark reports whether r is punctuation or a symbol: gaps next to marks
// carry the compression rules and are left alone.
func isMark(r rune) bool {
	return r == ' ' || unicode.IsPunct(r) || unicode.IsSymbol(r)
}
