package linebreak

import "math"

// measure is a candidate line [s, e) summarised for choosing breaks.
type measure struct {
	nat     float64 // natural width after the fixed and line-edge compressions
	shrink  float64 // total shrink available (clreq reduction steps 2–6)
	stretch float64 // stretch of Latin spaces and glue (expansion steps 1–2)
	nChar   int32   // gaps for even inter-character expansion (step 3)
	nLatin  int32   // gaps inside Latin words (a last resort)
	em      float64 // mean em size of the line
	chars   float64 // characters that count against an orphan
}

// measureLine sums the line [s, e) from the prefix sums and applies the
// line-edge rules: a full-width stop or closing mark at the line end sets
// in half an em (GB/T 15834 §5.1.10), an opening mark at the line start
// loses its leading blank (clreq "Punctuation Adjustment Space"); a
// compressed mark gives up its mid-line shrink.
func (q *prepared) measureLine(s, e int) measure {
	a, b := &q.acc[s], &q.acc[e]
	m := measure{
		nat:     b.nat - a.nat - b.endNat - a.startNat,
		shrink:  b.shrink - a.shrink - b.endShrink - a.startShrink,
		stretch: b.stretch - a.stretch - b.endStretch,
		nChar:   b.nChar - a.nChar - b.endChar,
		nLatin:  b.nLatin - a.nLatin - b.endLatin,
		em:      (b.em - a.em) / float64(e-s),
		chars:   b.chars - a.chars,
	}
	if m.shrink < 0 {
		m.shrink = 0
	}
	return m
}

// Badness weights. Expansion is judged per inter-character gap against the
// ¼-em limit of typesetting.md A.5 (a gap of ¼ em scores 110, Knuth's
// "loose"); shrinking within the compressible marks, spaces and glue is
// cheaper than any expansion of the ideographs, because clreq's order is
// "先挤进，后推出": push in before pushing out.
const (
	linePenalty     = 60
	shrinkWeight    = 10 // a line pushed in to its limit scores 10 …
	charStretchBase = 10 // … as much as any even expansion of the ideographs
	stretchWeight   = 100
	latinBase       = 50  // letter-spacing a Latin word or URL: only if nothing else
	latinWeight     = 300 // stretches, and then costed like a loose line
	maxBad          = 1e4 // beyond this every line is equally bad (≈ 1.1 em per gap)
	unjustifiedBad  = maxBad
	orphanPenalty   = 1e6 // clreq §adjustments_of_orphans_and_widows
	overfullCost    = 1e12
	eps             = 1e-9
)

// badness scores setting m into avail; ok is false when the line cannot be
// set without overflowing. A last or ragged line is not stretched.
func badness(m measure, avail float64, stretch bool) (bad float64, ok bool) {
	d := avail - m.nat
	switch {
	case d < -eps:
		need := -d
		if need > m.shrink+eps {
			return 0, false
		}
		r := need / m.shrink
		return shrinkWeight * r * r, true
	case d <= eps || !stretch:
		return 0, true
	}
	em := m.em
	rem := d - m.stretch
	if rem <= eps {
		r := d / m.stretch
		return 10 * r * r * r, true
	}
	switch {
	case m.nChar > 0:
		g := rem / float64(m.nChar) / (0.25 * em)
		return charStretchBase + stretchWeight*g*g*g, true
	case m.nLatin > 0:
		g := rem / float64(m.nLatin) / (0.25 * em)
		return latinBase + latinWeight*g*g*g, true
	}
	return unjustifiedBad, true
}

// raggedBadness scores a line that is not justified (Options.Ragged): the
// empty room, so that a centred heading's lines come out even.
func raggedBadness(m measure, avail float64) (bad float64, ok bool) {
	d := avail - m.nat
	if d < -eps {
		need := -d
		if need > m.shrink+eps {
			return 0, false
		}
		return maxBad * (0.5 + 0.5*need/m.shrink), true // a rescue: ragged lines keep natural spacing
	}
	r := d / avail
	return 100 * r * r, true
}

func demerits(bad float64) float64 {
	b := linePenalty + math.Min(bad, maxBad)
	return b * b
}
