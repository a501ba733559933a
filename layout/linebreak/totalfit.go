package linebreak

import "math"

// cand is a break opportunity: the line before it ends at end, the line
// after it starts at next (next > end when spaces are dropped there).
type cand struct {
	end, next int32
	tier      tier
}

// candidates lists every break opportunity of the paragraph in order,
// rescue tiers included, framed by the paragraph start and end. A run of
// spaces is one opportunity: a break never falls inside it.
func (q *prepared) candidates() []cand {
	n := q.n
	out := make([]cand, 0, n+1)
	out = append(out, cand{})
	for i := 1; i < n; i++ {
		if q.cls[i] == ClassSpace {
			j := i
			for j < n && q.cls[j] == ClassSpace {
				j++
			}
			if j < n && q.cls[i-1] != ClassSpace {
				out = append(out, cand{end: int32(i), next: int32(j), tier: spaceTier(q.r, q.cls, i, j)})
			}
			i = j // boundary j is part of this opportunity
			continue
		}
		if q.cls[i-1] == ClassSpace {
			continue // leading spaces of the paragraph: no break
		}
		out = append(out, cand{end: int32(i), next: int32(i), tier: pairTier(q.r, q.cls, i)})
	}
	return append(out, cand{end: int32(n), next: int32(n)})
}

// breaker chooses the breaks of one paragraph.
type breaker struct {
	q      *prepared
	o      *Options
	indent float64
}

// maxLookback bounds how many earlier opportunities a line may reach back
// over, so that a very wide measure cannot make the search quadratic. No
// real column holds a line this long.
const maxLookback = 1000

func (b *breaker) penalty(t tier) float64 {
	if t == tierSoft && b.o.Strict {
		return strictHardPenalty
	}
	return tierPenalty[t]
}

// lineCost scores the line [s, e) that starts the paragraph when first and
// ends it when last; ok is false when it cannot be set.
func (b *breaker) lineCost(s, e int, first, last bool) (m measure, cost float64, ok bool) {
	avail := b.o.Width
	if first {
		avail -= b.indent
	}
	m = b.q.measureLine(s, e)
	var bad float64
	if b.o.Ragged {
		if bad, ok = raggedBadness(m, avail); ok && last && bad < maxBad/2 {
			bad = 0 // the last line of a ragged paragraph may be short
		}
	} else {
		bad, ok = badness(m, avail, !last)
	}
	if !ok {
		return m, 0, false
	}
	cost = demerits(bad)
	if last && !first && m.chars < 2 {
		cost += orphanPenalty
	}
	return m, cost, true
}

// cost is lineCost for the search's inner loop: the justified case
// computed straight from the boundary records (the same arithmetic as
// measureLine and badness), and the line's width at full shrink.
func (b *breaker) cost(s, e int, first, last bool) (minW, cost float64, ok bool) {
	if b.o.Ragged {
		m, c, ok := b.lineCost(s, e, first, last)
		return m.nat - m.shrink, c, ok
	}
	x, y := &b.q.acc[s], &b.q.acc[e]
	nat := y.nat - x.nat - y.endNat - x.startNat
	shrink := max(0, y.shrink-x.shrink-y.endShrink-x.startShrink)
	avail := b.o.Width
	if first {
		avail -= b.indent
	}
	var bad float64
	switch d := avail - nat; {
	case d < -eps:
		if -d > shrink+eps {
			return nat - shrink, 0, false
		}
		r := -d / shrink
		bad = shrinkWeight * r * r
	case d <= eps || last:
	default:
		stretch := y.stretch - x.stretch - y.endStretch
		rem := d - stretch
		switch {
		case rem <= eps:
			r := d / stretch
			bad = 10 * r * r * r
		default:
			em := (y.em - x.em) / float64(e-s)
			if n := y.nChar - x.nChar - y.endChar; n > 0 {
				g := rem / float64(n) / (0.25 * em)
				bad = charStretchBase + stretchWeight*g*g*g
			} else if n := y.nLatin - x.nLatin - y.endLatin; n > 0 {
				g := rem / float64(n) / (0.25 * em)
				bad = latinBase + latinWeight*g*g*g
			} else {
				bad = unjustifiedBad
			}
		}
	}
	if bad > maxBad {
		bad = maxBad
	}
	bad += linePenalty
	cost = bad * bad
	if last && !first && y.chars-x.chars < 2 {
		cost += orphanPenalty
	}
	return nat - shrink, cost, true
}

// totalFit runs the Knuth–Plass dynamic programme over the opportunities
// cs: each one's best total demerits over all ways of reaching it, looking
// back only as far as a line can reach (clreq
// §adjustments_of_orphans_and_widows for the orphan cost). In rescue mode
// cs holds every boundary, and a line between two neighbouring ones (a
// single rune) is always accepted, overfull if need be, so a solution
// always exists; otherwise ok is false when none does.
func (b *breaker) totalFit(cs []cand, rescue bool) (chosen []cand, ok bool) {
	m := len(cs)
	best := make([]float64, m)
	prev := make([]int32, m)
	for j := 1; j < m; j++ {
		best[j] = math.Inf(1)
	}
	limit := b.o.Width + 2*b.q.maxEm
	acc := b.q.acc
	for j := 1; j < m; j++ {
		e := int(cs[j].end)
		last := j == m-1
		pen := 0.0
		if !last {
			pen = b.penalty(cs[j].tier)
		}
		// Lines less than half full are not worth scoring (over 1 em per
		// gap for CJK text, when a better line exists at all): skip them,
		// and come back only if nothing else reaches j.
		skipped := false
		for pass := 0; pass < 2; pass++ {
			for i := j - 1; i >= 0 && j-i <= maxLookback; i-- {
				s := int(cs[i].next)
				if s >= e {
					continue
				}
				if pass == 0 && !last && i > 0 && acc[e].nat-acc[s].nat < b.o.Width/2 {
					skipped = true
					continue
				}
				minW, cost, fits := b.cost(s, e, i == 0, last)
				if !fits && i < j-1 && minW > limit {
					break // earlier starts give longer lines still
				}
				if math.IsInf(best[i], 1) {
					continue
				}
				if !fits {
					if !rescue || i != j-1 {
						continue
					}
					cost = overfullCost // the shortest line there is: one rune, with any spaces round it
				}
				if t := best[i] + cost + pen; t < best[j] {
					best[j] = t
					prev[j] = int32(i)
				}
			}
			if !skipped || !math.IsInf(best[j], 1) {
				break
			}
		}
	}
	if math.IsInf(best[m-1], 1) {
		return nil, false
	}
	n := 1
	for j := m - 1; j > 0; j = int(prev[j]) {
		n++
	}
	chosen = make([]cand, n)
	for j, k := m-1, n-1; k >= 0; j, k = int(prev[j]), k-1 {
		chosen[k] = cs[j]
	}
	return chosen, true
}
