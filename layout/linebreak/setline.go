package linebreak

// setLine positions the runes of [s, e) starting at x0 in a measure of
// avail points, and reports the x where the last advance ends and whether
// the line was justified. It follows clreq
// §procedures_for_inter-character_spacing_reduction and
// §…_space_expansion: first the line-end mark is set in half an em; then,
// if the line is too long, Latin spaces shrink to ¼ em, brackets and ，、；
// to ½ em, and Han–Latin glue to ⅛ em, each level used up before the next;
// if it is short and must be justified, Latin spaces stretch to ½ em, glue
// to ⅓ em, and the remainder goes equally into every inter-character gap
// (never inside ——/……, next to connectors or solidi, nor inside Latin
// words unless nothing else can take it). Ideographs are never brought
// closer than solid.
func (q *prepared) setLine(s, e int, x0, avail float64, justify bool) (xs []float64, width float64, justified bool) {
	m := e - s
	buf := make([]float64, 3*m)
	adv, shift, gap := buf[:m:m], buf[m:2*m:2*m], buf[2*m:]
	for t := range m {
		k := s + t
		adv[t] = q.adv[k]
		shift[t] = -q.lshift[k]
		if t < m-1 {
			gap[t] = q.gapNat[k]
		}
	}
	var startCut, endCut bool
	if c := q.startCut[s]; c > 0 {
		adv[0] -= c
		shift[0] -= c
		startCut = true
	}
	if c := q.endCut[e-1]; c > 0 {
		adv[m-1] -= c
		endCut = true
	}
	nat := 0.0
	for t := range m {
		nat += adv[t] + gap[t]
	}
	d := avail - nat
	justified = justify
	switch {
	case d < -eps:
		need := -d
		// step 2: Latin word spaces
		need = spread(need, m, func(t int) float64 { return q.s1[s+t] }, func(t int, x float64) { adv[t] -= x })
		// steps 4–5: brackets and ，、； not already compressed at an edge
		s2 := func(t int) float64 {
			if (t == 0 && startCut) || (t == m-1 && endCut) {
				return 0
			}
			return q.s2[s+t]
		}
		need = spread(need, m, s2, func(t int, x float64) {
			adv[t] -= x
			if q.cls[s+t] == ClassOpen {
				shift[t] -= x // the blank is on the left: the glyph moves left
			}
		})
		// step 6: Han–Latin glue
		need = spread(need, m-1, func(t int) float64 { return q.gapS3[s+t] }, func(t int, x float64) { gap[t] -= x })
		if need > eps {
			justified = false // overfull: a rescue line
		}
	case d > eps && justify:
		rem := spread(d, m, func(t int) float64 { return q.e1[s+t] }, func(t int, x float64) { adv[t] += x })
		rem = spread(rem, m-1, func(t int) float64 { return q.gapE2[s+t] }, func(t int, x float64) { gap[t] += x })
		if rem > eps {
			if !even(rem, m-1, func(t int) bool { return q.gapKind[s+t] == gapChar }, gap) &&
				!even(rem, m-1, func(t int) bool { return q.gapKind[s+t] == gapLatin }, gap) {
				justified = false
			}
		}
	}
	xs = make([]float64, m)
	x := x0
	for t := range m {
		xs[t] = x + shift[t]
		x += adv[t]
		if t < m-1 {
			x += gap[t]
		}
	}
	if justified {
		x = x0 + avail // the sums above agree to ~1e-12; report the exact edge
	}
	return xs, x, justified
}

// spread takes up to want from the items' capacities, in proportion to
// them, and returns what it could not take.
func spread(want float64, m int, capOf func(int) float64, apply func(int, float64)) float64 {
	if want <= eps {
		return want
	}
	total := 0.0
	for t := range m {
		total += capOf(t)
	}
	if total <= eps {
		return want
	}
	take := min(want, total)
	r := take / total
	for t := range m {
		if c := capOf(t); c > 0 {
			apply(t, c*r)
		}
	}
	return want - take
}

// even adds rem in equal parts to the gaps that qualify; false if none do.
func even(rem float64, m int, ok func(int) bool, gap []float64) bool {
	n := 0
	for t := range m {
		if ok(t) {
			n++
		}
	}
	if n == 0 {
		return false
	}
	each := rem / float64(n)
	for t := range m {
		if ok(t) {
			gap[t] += each
		}
	}
	return true
}
