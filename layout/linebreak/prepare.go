package linebreak

// Spacing constants, in ems of the rune concerned.
const (
	halfEm        = 0.5
	glueNat       = 0.25      // Han–Latin glue (clreq, typesetting.md A.6)
	glueMin       = 0.125     // … shrinks to ⅛ em
	glueMax       = 1.0 / 3.0 // … and stretches to about ⅓ em
	spaceMin      = 0.25      // a Latin word space shrinks to ¼ em (clreq reduction step 2)
	spaceMax      = 0.5       // … and stretches to ½ em (clreq expansion step 1)
	fullWidthMark = 0.9       // a mark narrower than this (WenKai's 0.35-em quotes) is not compressed
)

// gap kinds: which expansion level an inter-character gap belongs to.
const (
	gapNone  uint8 = iota // never expanded: inside ——/……, next to a connector, solidus or space
	gapChar               // clreq expansion step 3: every inter-character gap alike
	gapLatin              // inside a Latin word or number: only when nothing else can stretch
)

// prepared holds one paragraph's per-rune and per-gap spacing, and prefix
// sums of them so that a candidate line is measured in O(1). Gap k lies
// between runes k and k+1.
type prepared struct {
	n     int
	maxEm float64
	r     []rune
	cls   []Class
	em    []float64

	adv      []float64 // advance after the fixed adjustments (spaces, adjacent marks)
	lshift   []float64 // left blank removed from an opening mark by adjacency
	endCut   []float64 // removed when the rune ends a line (GB/T 15834 §5.1.10)
	startCut []float64 // removed when an opening mark starts a line (clreq)
	s1, s2   []float64 // shrink: Latin spaces to ¼ em; brackets and ，、； to ½ em
	e1       []float64 // stretch: Latin spaces to ½ em
	gapNat   []float64 // Han–Latin glue
	gapS3    []float64 // glue shrink to ⅛ em
	gapE2    []float64 // glue stretch to ⅓ em
	gapKind  []uint8

	// acc[k] holds prefix sums over runes and gaps [0, k) and the
	// corrections for a line that ends or starts at k, so that measuring
	// a line reads two records.
	acc []node
}

// compressible reports whether rune k is a full-width mark whose blank
// half may be removed; the natural width decides, because some faces
// (WenKai's quotes) draw the marks narrow already.
func compressible(r rune, c Class, w, em float64) bool {
	return (c == ClassOpen || c == ClassClose || c == ClassStop) && !narrow(r) && w >= fullWidthMark*em
}

// rightBlank reports whether the mark's blank half is on its right: stops
// and closing marks in zh-Hans (clreq "Punctuation Adjustment Space").
func rightBlank(c Class) bool { return c == ClassClose || c == ClassStop }

// mayShrinkMidLine reports whether a mark belongs to clreq's reduction
// steps 4 and 5 (brackets, quotes, book-title marks; ，、；). 。？！： are
// left at full width inside a line.
func mayShrinkMidLine(r rune, c Class) bool {
	if c == ClassOpen || c == ClassClose {
		return true
	}
	return r == '，' || r == '、' || r == '；'
}

func alnum(r rune, c Class) bool {
	return (c == ClassLetter || c == ClassDigit) && narrow(r)
}

// prepare computes the spacing of a validated paragraph.
func prepare(p *Para) *prepared { return prepareOpts(p, false) }

// prepareOpts is prepare; fullStart keeps an opening mark's leading blank
// at a line start (Options.FullWidthLineStart).
func prepareOpts(p *Para, fullStart bool) *prepared {
	n := len(p.Runes)
	q := &prepared{n: n, r: p.Runes, em: p.Em}
	f := make([]float64, 10*n)
	take := func() []float64 { s := f[:n:n]; f = f[n:]; return s }
	q.adv, q.lshift, q.endCut, q.startCut = take(), take(), take(), take()
	q.s1, q.s2, q.e1 = take(), take(), take()
	q.gapNat, q.gapS3, q.gapE2 = take(), take(), take()
	q.cls = make([]Class, n)
	q.gapKind = make([]uint8, n)
	for i, r := range p.Runes {
		q.cls[i] = ClassOf(r)
		q.maxEm = max(q.maxEm, p.Em[i])
	}
	copy(q.adv, p.Widths)
	// A mark's blank is what lies beyond half an em, and at most half an
	// em (a face that draws a mark wider than 1 em keeps the excess).
	cut := func(k int) float64 { return min(p.Widths[k]-halfEm*p.Em[k], halfEm*p.Em[k]) }
	comp := make([]bool, n)
	for k := range n {
		comp[k] = compressible(p.Runes[k], q.cls[k], p.Widths[k], p.Em[k])
	}

	// Adjacent marks (clreq "Punctuation Adjustment Space"): of the two
	// blanks between a pair, drop one so that each mark hugs its text:
	// 。” and ”， lose the blank after the first mark, （（ the blank
	// before the second. rcut records a right blank already removed.
	rcut := make([]bool, n)
	for k := 0; k+1 < n; k++ {
		if !comp[k] || !comp[k+1] {
			continue
		}
		a, b := q.cls[k], q.cls[k+1]
		switch {
		case rightBlank(a):
			q.adv[k] -= cut(k)
			rcut[k] = true
		case a == ClassOpen && b == ClassOpen:
			c := cut(k + 1)
			q.adv[k+1] -= c
			q.lshift[k+1] = c
		}
	}
	for k := range n {
		if !comp[k] {
			continue
		}
		c := q.cls[k]
		full := (rightBlank(c) && !rcut[k]) || (c == ClassOpen && q.lshift[k] == 0)
		if !full {
			continue
		}
		if rightBlank(c) {
			q.endCut[k] = cut(k)
		} else if !fullStart {
			q.startCut[k] = cut(k)
		}
		// With fullStart an opening mark never gives up its leading
		// blank, at the line start or (so that the breaker's measure and
		// the set line agree) anywhere else.
		if mayShrinkMidLine(p.Runes[k], c) && !(fullStart && c == ClassOpen) {
			q.s2[k] = cut(k)
		}
	}

	// Spaces (typesetting.md A.6): a run of U+0020 between two ideographs
	// is ½ em; between Western words it is a word space; between CJK and
	// Western text it is folded into the ¼-em glue and takes no room.
	for a := 0; a < n; a++ {
		if q.cls[a] != ClassSpace {
			continue
		}
		b := a
		for b < n && q.cls[b] == ClassSpace {
			q.adv[b] = 0
			b++
		}
		if a > 0 && b < n {
			L, R := p.Runes[a-1], p.Runes[b]
			switch {
			case !narrow(L) && !narrow(R):
				q.adv[a] = halfEm * p.Em[a]
			case narrow(L) && narrow(R):
				em := p.Em[a]
				q.adv[a] = p.Widths[a]
				q.s1[a] = max(0, p.Widths[a]-spaceMin*em)
				q.e1[a] = max(0, spaceMax*em-p.Widths[a])
			default:
				wide := q.cls[a-1]
				if narrow(L) {
					wide = q.cls[b]
				}
				if wide == ClassIdeo || wide == ClassOther {
					q.setGlue(a-1, max(p.Em[a-1], p.Em[b]))
				}
			}
		}
		a = b
	}

	for k := 0; k+1 < n; k++ {
		a, b := q.cls[k], q.cls[k+1]
		if a == ClassSpace || b == ClassSpace {
			continue
		}
		ra, rb := p.Runes[k], p.Runes[k+1]
		// Han–Latin glue without a source space (clreq "Handling of
		// Western text in Chinese text using proportional Western fonts").
		if (a == ClassIdeo && alnum(rb, b)) || (alnum(ra, a) && b == ClassIdeo) {
			q.setGlue(k, max(p.Em[k], p.Em[k+1]))
		}
		switch {
		case a == b && (a == ClassDash || a == ClassEllipsis),
			a == ClassConnector || b == ClassConnector,
			a == ClassSolidus || b == ClassSolidus,
			b == ClassCombining:
			q.gapKind[k] = gapNone // clreq: never add space inside ——/…… or next to connectors and solidi
		case narrow(ra) && narrow(rb):
			q.gapKind[k] = gapLatin
		default:
			q.gapKind[k] = gapChar
		}
	}

	q.sums()
	return q
}

func (q *prepared) setGlue(k int, em float64) {
	q.gapNat[k] = glueNat * em
	q.gapS3[k] = (glueNat - glueMin) * em
	q.gapE2[k] = (glueMax - glueNat) * em
}

// countsAsChar says whether a rune counts toward the two characters an
// orphan line needs (clreq §adjustments_of_orphans_and_widows: characters,
// not punctuation).
func countsAsChar(r rune, c Class) bool {
	switch c {
	case ClassIdeo, ClassLetter, ClassDigit:
		return true
	case ClassOther:
		return r != 0x200B && r != 0x3000
	}
	return false
}

// node is one boundary's record for measuring lines in O(1).
type node struct {
	// sums over runes [0, k) and gaps [0, k)
	nat, shrink, stretch, em, chars float64
	nChar, nLatin                   int32
	// a line ending at k does not own gap k-1, and sets rune k-1 in half
	// an em if it is a full-width stop or closing mark
	endNat, endShrink, endStretch float64
	endChar, endLatin             int32
	// a line starting at k sets an opening mark k in half an em
	startNat, startShrink float64
}

func (q *prepared) sums() {
	n := q.n
	q.acc = make([]node, n+1)
	for k := range n {
		a, b := &q.acc[k], &q.acc[k+1]
		b.nat = a.nat + q.adv[k] + q.gapNat[k]
		b.shrink = a.shrink + q.s1[k] + q.s2[k] + q.gapS3[k]
		b.stretch = a.stretch + q.e1[k] + q.gapE2[k]
		b.em = a.em + q.em[k]
		b.chars = a.chars
		if countsAsChar(q.r[k], q.cls[k]) {
			b.chars++
		}
		b.nChar, b.nLatin = a.nChar, a.nLatin
		b.endNat, b.endShrink, b.endStretch = q.gapNat[k], q.gapS3[k], q.gapE2[k]
		switch q.gapKind[k] {
		case gapChar:
			b.nChar++
			b.endChar = 1
		case gapLatin:
			b.nLatin++
			b.endLatin = 1
		}
		if c := q.endCut[k]; c > 0 {
			b.endNat += c
			b.endShrink += q.s2[k]
		}
		if c := q.startCut[k]; c > 0 {
			a.startNat, a.startShrink = c, q.s2[k]
		}
	}
}
