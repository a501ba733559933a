package layout

import "math"

// pbuild is a page being built. Its coordinates are relative to the type
// area's left edge and the trim top; the final pass shifts them by the
// page's left margin once the page's number (and so its side) is known.
type pbuild struct {
	kind PageKind
	head string // the recto running head: the section's name
	piece
	start *pos // the first content in reading order, for the page map
}

// flow places bands and galleys on pages.
type flow struct {
	e     *engine
	g     *grid
	kind  PageKind
	head  string
	pages []*pbuild
	cur   *pbuild
	y     int // the first free grid line of cur
}

func (f *flow) newPage() {
	f.cur = &pbuild{kind: f.kind, head: f.head}
	f.pages = append(f.pages, f.cur)
	f.y = 0
}

func (f *flow) mark(at *pos) {
	if f.cur.start == nil && at != nil {
		f.cur.start = at
	}
}

// putBand places a band at the current line, across the type area. A row
// that does not fit below the current line starts a new page; a row taller
// than a page is cut line by line.
func (f *flow) putBand(b band) {
	b = band(f.g.splitTall(b))
	for i := range b {
		if f.y+b[i].units > f.g.lines && f.y > 0 {
			f.newPage()
		}
		f.mark(b[i].at)
		f.cur.add(&b[i].piece, 0, f.g.lineTop(f.y))
		f.y += b[i].units
	}
}

// splitTall returns gls with every entry taller than a column cut into
// entries of one grid line each, kept together: a long heading, table row,
// title or contents entry then continues in the next column like a
// paragraph instead of running past the page's foot. gls is returned
// itself when nothing is that tall.
func (g *grid) splitTall(gls []gline) []gline {
	tall := false
	for i := range gls {
		tall = tall || gls[i].units > g.lines
	}
	if !tall {
		return gls
	}
	out := make([]gline, 0, len(gls))
	for i := range gls {
		if gls[i].units > g.lines {
			out = append(out, g.cut(&gls[i])...)
		} else {
			out = append(out, gls[i])
		}
	}
	return out
}

// cut splits gl into gl.units entries of one grid line. Each item goes to
// the line its y falls on (a run's baseline, a rule's top, a picture's
// top) and is moved up by that line's offset; a link is clipped to each
// line it covers.
func (g *grid) cut(gl *gline) []gline {
	n, P := gl.units, g.pitch
	parts := make([]gline, n)
	for k := range parts {
		parts[k] = gline{units: 1, keep: true, spacer: gl.spacer}
	}
	parts[0].at = gl.at
	parts[n-1].keep = gl.keep
	line := func(y float64) int { return min(max(int(math.Floor(y/P)), 0), n-1) }
	for _, r := range gl.runs {
		k := line(r.Y)
		r.Y -= float64(k) * P
		parts[k].runs = append(parts[k].runs, r)
	}
	for _, r := range gl.rules {
		k := line(r.Y)
		r.Y -= float64(k) * P
		parts[k].rules = append(parts[k].rules, r)
	}
	for _, im := range gl.images {
		k := line(im.Y)
		im.Y -= float64(k) * P
		parts[k].images = append(parts[k].images, im)
	}
	for _, a := range gl.anchors {
		k := line(a.Y)
		a.Y -= float64(k) * P
		parts[k].anchors = append(parts[k].anchors, a)
	}
	for _, r := range gl.recs {
		k := line(r.y)
		r.y -= float64(k) * P
		parts[k].recs = append(parts[k].recs, r)
	}
	// A line's band runs from half the interline space above its em top
	// to half below its em bottom.
	lead := (P - g.body) / 2
	for _, l := range gl.links {
		for k := line(l.Y + lead); k < n; k++ {
			y0, y1 := max(l.Y, float64(k)*P-lead), min(l.Y+l.H, float64(k+1)*P-lead)
			if y1 <= y0 {
				break
			}
			c := l
			c.Y, c.H = y0-float64(k)*P, y1-y0
			parts[k].links = append(parts[k].links, c)
		}
	}
	return parts
}

// putCol places glines in column c from grid line y and returns the
// number of grid lines used.
func (f *flow) putCol(gls []gline, c, y int) int {
	dx := f.g.colX(c)
	for i := range gls {
		f.mark(gls[i].at)
		f.cur.add(&gls[i].piece, dx, f.g.lineTop(y))
		y += gls[i].units
	}
	return y
}

// article starts a new article: on a new page, or (runOn) below the
// previous article when the page has room for the title and a few lines
// in each column.
func (f *flow) article(tb band, gls []gline, runOn bool, anchor string) {
	g := f.g
	// A run-on article needs room for its title, a few lines and its
	// first entry (a picture may be tall): its title is not left alone at
	// the foot of a page.
	need := tb.units() + 6
	if len(gls) > 0 {
		need = max(need, tb.units()+gls[0].units)
	}
	if runOn && f.cur != nil && f.y > 0 && g.lines-f.y-2 >= need {
		// A short rule in the blank line between two articles of a
		// series.
		y := g.lineTop(f.y) + g.pitch/2 + g.body/2
		f.cur.rules = append(f.cur.rules, Rule{X: 0, Y: y, W: g.typeW, H: 0.4})
		f.y += 2
	} else {
		f.newPage()
	}
	if anchor != "" {
		f.cur.anchors = append(f.cur.anchors, Anchor{ID: anchor, Y: g.lineTop(f.y) - (g.pitch - g.body)})
	}
	f.putBand(tb)
	f.galley(gls)
}

// galley flows glines into the columns: down the first column, then the
// next; a page's last columns are balanced when the rest of the galley
// fits on it.
func (f *flow) galley(gls []gline) {
	g := f.g
	gls = g.splitTall(gls)
	n := len(gls)
	pre := make([]int, n+1)
	for i := range gls {
		pre[i+1] = pre[i] + gls[i].units
	}
	skip := func(i int) int {
		for i < n && gls[i].spacer {
			i++
		}
		return i
	}
	i := 0
	for {
		i = skip(i)
		if i >= n {
			return
		}
		h := g.lines - f.y
		if h <= 0 {
			f.newPage()
			continue
		}
		if pre[n]-pre[i] <= g.cols*h {
			if used, ok := f.balance(gls, pre, i, h); ok {
				f.y += used
				return
			}
		}
		for c := 0; c < g.cols; c++ {
			i = skip(i)
			if i < n && gls[i].units > h && shrink(&gls[i], h, g) {
				for k := i; k < n; k++ {
					pre[k+1] = pre[k] + gls[k].units
				}
			}
			b := colBreak(gls, pre, i, h, g.lines)
			f.putCol(gls[i:b], c, f.y)
			i = b
		}
		if skip(i) >= n {
			f.y = g.lines
			return
		}
		f.newPage()
	}
}

// colBreak returns the end of the column that starts at gls[i] and has h
// grid lines: the last legal break that fits (no keep before it), or the
// last break that fits when no legal one is near (the keeps cannot all be
// honoured). When gls[i] is taller than h but fits a whole column of full
// lines it returns i: the entry moves to the next column or page rather
// than run past the foot of this one.
func colBreak(gls []gline, pre []int, i, h, full int) int {
	n := len(gls)
	e := i
	for e < n && pre[e+1]-pre[i] <= h {
		e++
	}
	if e == n {
		return n
	}
	if e == i {
		if h < full && gls[i].units <= full {
			return i
		}
		// Taller than a whole column: the galley splits such entries
		// before it flows, so this only keeps the loop moving.
		return i + 1
	}
	for b := e; b > i && pre[e]-pre[b] <= h/3; b-- {
		if !gls[b-1].keep {
			return b
		}
	}
	return e
}

// shrink scales a picture down to the h grid lines left in a column when
// it would lose at most a third of its height: a picture that opens an
// article under a deep title band fits below it, where moving it on
// would leave the title alone on its page. It reports whether it did.
func shrink(gl *gline, h int, g *grid) bool {
	if len(gl.images) != 1 || len(gl.runs) > 0 || h < 3 || 3*h < 2*gl.units {
		return false
	}
	im := &gl.images[0]
	room := float64(h-1)*g.pitch + g.body
	if im.H > room {
		k := room / im.H
		cx := im.X + im.W/2
		im.W, im.H = im.W*k, im.H*k
		im.X = cx - im.W/2
	}
	im.Y = room - im.H
	gl.units = h
	return true
}

// balance sets gls[i:] in the cols columns of the current band (h lines
// each) with the columns as even as the keeps allow, the first ones never
// shorter than the later ones (clreq: only the last column of an article
// may be short). It returns the height used, or false when no split fits.
func (f *flow) balance(gls []gline, pre []int, i, h int) (int, bool) {
	g := f.g
	n := len(gls)
	type col struct{ a, b int }
	cols := make([]col, 0, g.cols)
	for c := 0; c < g.cols; c++ {
		for i < n && gls[i].spacer {
			i++
		}
		left := g.cols - c
		rest := pre[n] - pre[i]
		if left == 1 {
			if rest > h {
				return 0, false
			}
			cols = append(cols, col{i, n})
			i = n
			break
		}
		target := (rest + left - 1) / left
		best, bestCost := -1, 0.0
		for b := i; b <= n; b++ {
			u := pre[b] - pre[i]
			if u > h {
				break
			}
			r := b
			for r < n && gls[r].spacer {
				r++
			}
			if pre[n]-pre[r] > (left-1)*h {
				continue
			}
			cost := float64(abs(u - target))
			if u < target {
				cost += 0.5 // prefer the earlier column the longer one
			}
			if later := rest - u; (later+left-2)/(left-1) > u {
				// A later column would be longer than this one, which
				// clreq allows only the other way round: worse than
				// leaving the later columns short or empty.
				cost += 100
			}
			if b > i && b < n && gls[b-1].keep {
				cost += 1000
			}
			if best < 0 || cost < bestCost {
				best, bestCost = b, cost
			}
		}
		if best < 0 {
			return 0, false
		}
		cols = append(cols, col{i, best})
		i = best
	}
	used := 0
	for c, cl := range cols {
		y := f.putCol(gls[cl.a:cl.b], c, f.y)
		used = max(used, y-f.y)
	}
	return used, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
