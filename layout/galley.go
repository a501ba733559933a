package layout

import (
	"fmt"
	"image"
	_ "image/gif" // figure sizes
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// pos is a place in the model where a line begins, for the page map.
type pos struct {
	art        string
	block, off int
}

// piece is positioned content; its coordinates are relative to an origin
// that the placer supplies.
type piece struct {
	runs    []Run
	rules   []Rule
	images  []Image
	anchors []Anchor
	links   []Link
	recs    []*lineRec
}

// add copies q into p, shifted by (dx, dy).
func (p *piece) add(q *piece, dx, dy float64) {
	for _, r := range q.runs {
		r.X += dx
		r.Y += dy
		p.runs = append(p.runs, r)
	}
	for _, r := range q.rules {
		r.X += dx
		r.Y += dy
		p.rules = append(p.rules, r)
	}
	for _, im := range q.images {
		im.X += dx
		im.Y += dy
		p.images = append(p.images, im)
	}
	for _, a := range q.anchors {
		a.Y += dy
		p.anchors = append(p.anchors, a)
	}
	for _, l := range q.links {
		l.X += dx
		l.Y += dy
		p.links = append(p.links, l)
	}
	for _, r := range q.recs {
		r.x += dx
		r.y += dy
		p.recs = append(p.recs, r)
	}
}

// shift moves the piece right by dx, in place.
func (p *piece) shift(dx float64) {
	for i := range p.runs {
		p.runs[i].X += dx
	}
	for i := range p.rules {
		p.rules[i].X += dx
	}
	for i := range p.images {
		p.images[i].X += dx
	}
	for i := range p.links {
		p.links[i].X += dx
	}
	for _, r := range p.recs {
		r.x += dx
	}
}

// gline is one entry of a galley: something that takes units whole grid
// lines of one column (or of the type area, in a title band). Its piece is
// relative to the column's left edge and the em top of its first line.
type gline struct {
	units int
	piece
	// keep forbids a column break after this entry.
	keep bool
	// spacer entries are dropped at the top of a column.
	spacer bool
	at     *pos
}

// addLine puts a set line into the gline at (dx, baseline y).
func (gl *gline) addLine(sl *setLine, dx, y float64) {
	for _, r := range sl.runs {
		r.X += dx
		r.Y = y
		gl.runs = append(gl.runs, r)
	}
	for _, l := range sl.links {
		l.X += dx
		l.Y += y
		gl.links = append(gl.links, l)
	}
	if sl.rec != nil {
		sl.rec.x, sl.rec.y = dx, y
		gl.recs = append(gl.recs, sl.rec)
	}
}

// galley builds the column content of one article.
type galley struct {
	e        *engine
	out      []gline
	keepNext int
	art      string
	intro    bool // setting intro blocks: kai, no model position
	imageDir string
	// last body line, for the end mark.
	lastGl          int
	lastX, lastW, w float64
}

func (gb *galley) push(gl gline) {
	if gl.spacer && len(gb.out) == 0 {
		return
	}
	if gb.keepNext > 0 && !gl.spacer {
		gl.keep = true
		gb.keepNext--
	}
	gb.out = append(gb.out, gl)
}

func (gb *galley) at(block, off int) *pos {
	if gb.intro {
		return &pos{gb.art, -1, 0}
	}
	return &pos{gb.art, block, off}
}

// bodyStyle is the style of running text. Intros keep the body face too:
// another face has other line metrics, and readers and checkers that find
// the grid by line height would lose it.
func (gb *galley) bodyStyle() style {
	return style{roleBody, gb.e.g.body}
}

// lines adds one gline per set line, each one grid line high, with the
// widow and orphan keeps of clreq §adjustments_of_orphans_and_widows: no
// break after a paragraph's first line or before its last line.
func (gb *galley) lines(ls []setLine, dx float64, bi, base int, keepAll bool) {
	g := gb.e.g
	n := len(ls)
	for i := range ls {
		gl := gline{units: 1, at: gb.at(bi, base+ls[i].start)}
		gl.addLine(&ls[i], dx, ascent*g.body)
		gl.keep = keepAll && i < n-1 || n >= 2 && (i == 0 || i == n-2)
		gb.push(gl)
	}
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// block adds block b, which lies at rune offset base of top-level block bi,
// set in the measure [x, x+w].
func (gb *galley) block(b *model.Block, bi, base int, x, w float64, noIndent bool) error {
	e, g := gb.e, gb.e.g
	S, P := g.body, g.pitch
	if b.Line > 0 {
		e.whereLine = b.Line
	}
	switch b.Type {
	case model.Paragraph:
		s := newSpan(inlineLen(b.Inlines))
		e.appendInlines(s, b.Inlines, gb.bodyStyle())
		ind := 2 * S
		if noIndent {
			ind = 0
		}
		ls, err := e.set(s, setOpts{width: w, indent: ind, body: true})
		if err != nil {
			return err
		}
		gb.lines(ls, x, bi, base, false)
		if len(ls) > 0 {
			l := ls[len(ls)-1]
			gb.lastGl, gb.lastX, gb.lastW, gb.w = len(gb.out)-1, x, l.width, w
		}
	case model.Heading:
		// Headings are set at body size in the heading face (bold Hei),
		// as magazines set 小标题: a larger size would leave its grid line
		// without a body-height baseline facing the other column.
		size, al := S, alignCenter
		if b.Level >= 2 {
			al = alignLeft
		}
		if e.opt.HeadingSize > 0 {
			size = e.opt.HeadingSize
		}
		var s span
		e.appendInlines(&s, b.Inlines, style{roleHeading, size})
		ls, err := e.set(&s, setOpts{width: w, align: al})
		if err != nil {
			return err
		}
		for k := 0; k < e.opt.HeadingSpace; k++ {
			gb.push(gline{units: 1, spacer: true, keep: true})
		}
		gl := gline{units: max(len(ls), 1), keep: true, at: gb.at(bi, base)}
		for i := range ls {
			gl.addLine(&ls[i], x, ascent*S+float64(i)*P)
		}
		if b.ID != "" {
			gl.anchors = append(gl.anchors, Anchor{ID: b.ID, Y: ascent*S - size - S/2})
		}
		gb.keepNext = 0
		gb.push(gl)
		gb.keepNext = 1
	case model.Figure:
		if b.Image != "" {
			if err := gb.image(b, bi, base, x, w); err != nil {
				return err
			}
		}
		text := b.Text()
		if text == "" {
			return nil
		}
		var s span
		e.appendText(&s, text, style{roleCaption, 0.9 * S})
		ls, err := e.set(&s, setOpts{width: w, align: alignCenter})
		if err != nil {
			return err
		}
		gb.lines(ls, x, bi, base, true)
	case model.Quote:
		off := base
		ind := nestIndent(w, S)
		for i := range b.Children {
			if err := gb.block(&b.Children[i], bi, off, x+ind, w-ind, noIndent); err != nil {
				return err
			}
			off += runeLen(b.Children[i].Text()) + 1
		}
	case model.List:
		off := base
		for k, item := range b.Items {
			marker := "•"
			if b.Ordered {
				marker = fmt.Sprintf("%d.", k+1)
			}
			first := len(gb.out)
			io := off
			ind := nestIndent(w, S)
			for i := range item {
				if err := gb.block(&item[i], bi, io, x+ind, w-ind, true); err != nil {
					return err
				}
				io += runeLen(item[i].Text()) + 1
			}
			if first < len(gb.out) && gb.out[first].spacer {
				first++
			}
			if first < len(gb.out) {
				var s span
				e.appendText(&s, marker, gb.bodyStyle())
				if ls, err := e.set(&s, setOpts{width: 2 * S, align: alignLeft}); err == nil && len(ls) > 0 {
					gb.out[first].addLine(&ls[0], x, ascent*S)
				}
			}
			off += len(itemText(item)) + 1
		}
	case model.Table:
		return gb.table(b, bi, base, x, w)
	case model.Lines:
		off := base
		for _, li := range b.LineItems {
			var s span
			e.appendInlines(&s, li, gb.bodyStyle())
			ls, err := e.set(&s, setOpts{width: w - 2*S, align: alignLeft, body: true})
			if err != nil {
				return err
			}
			gb.lines(ls, x+2*S, bi, off, false)
			off += len(s.runes) + 1
		}
	}
	return nil
}

// nestIndent is the indent of a quote or list item within width w: two
// characters, or none once the nesting has narrowed the measure to
// minNestChars characters, so that deep nesting (200 levels of > in a
// hostile source) keeps setting its text instead of failing.
func nestIndent(w, S float64) float64 {
	if w-2*S < minNestChars*S {
		return 0
	}
	return 2 * S
}

// minNestChars is the narrowest measure, in characters, that nesting
// indents down to.
const minNestChars = 8

// itemText is the rune form of a list item's text, as Block.Text joins it.
func itemText(item []model.Block) []rune {
	var rs []rune
	for i := range item {
		if i > 0 {
			rs = append(rs, '\n')
		}
		rs = append(rs, []rune(item[i].Text())...)
	}
	return rs
}

// image adds a figure's picture: the column's width (or less, keeping the
// aspect ratio), a whole number of grid lines high.
func (gb *galley) image(b *model.Block, bi, base int, x, w float64) error {
	g := gb.e.g
	S, P := g.body, g.pitch
	path := b.Image
	if !filepath.IsAbs(path) && gb.imageDir != "" {
		path = filepath.Join(gb.imageDir, path)
	}
	c, err := imageConfig(path, gb.e.opt.MaxImagePixels)
	if err != nil {
		return fmt.Errorf("layout: %s:%d: image %s: %w", gb.e.src, b.Line, b.Image, err)
	}
	ratio := float64(c.Height) / float64(c.Width)
	iw := w
	units := int((iw*ratio+(P-S))/P + 0.5)
	units = max(3, min(units, g.lines-4))
	ih := float64(units-1)*P + S
	if iw*ratio > ih {
		iw = ih / ratio
	} else {
		ih = iw * ratio
	}
	gb.push(gline{units: 1, spacer: true, keep: true})
	gl := gline{units: units, keep: b.Text() != "", at: gb.at(bi, base)}
	gl.images = append(gl.images, Image{Path: path, Ref: fmt.Sprintf("%s:%d", gb.e.src, b.Line), X: x + (w-iw)/2, Y: float64(units-1)*P + S - ih, W: iw, H: ih})
	gb.push(gl)
	return nil
}

// table sets a table as a simple grid: equal columns, one gline per row,
// rules above, below the header rows and below the last row.
func (gb *galley) table(b *model.Block, bi, base int, x, w float64) error {
	e, g := gb.e, gb.e.g
	S, P := g.body, g.pitch
	ncol := 0
	for _, r := range b.Rows {
		ncol = max(ncol, len(r))
	}
	if ncol == 0 {
		return nil
	}
	cw := w / float64(ncol)
	off := base
	gb.push(gline{units: 1, spacer: true, keep: true})
	for ri, row := range b.Rows {
		st := style{roleBody, 0.9 * S}
		if ri < b.HeaderRows {
			st.ro = roleHeading
		}
		gl := gline{units: 1, at: gb.at(bi, off), keep: ri < b.HeaderRows}
		for ci, c := range row {
			var s span
			e.appendInlines(&s, c.Inlines, st)
			ls, err := e.set(&s, setOpts{width: max(cw-S, S), align: alignLeft})
			if err != nil {
				return err
			}
			for i := range ls {
				gl.addLine(&ls[i], x+float64(ci)*cw+S/2, ascent*S+float64(i)*P)
			}
			gl.units = max(gl.units, len(ls))
			off += len(s.runes) + 1
		}
		rule := func(y float64) { gl.rules = append(gl.rules, Rule{X: x, Y: y, W: w, H: 0.5}) }
		if ri == 0 {
			rule(-(P - S) / 2)
		}
		if ri == b.HeaderRows-1 || ri == len(b.Rows)-1 {
			rule(float64(gl.units)*P - (P-S)/2)
		}
		gb.push(gl)
	}
	return nil
}

// imageConfig reads a picture's header: its size, checked against the
// pixel limit before anything decodes the pixels.
func imageConfig(path string, maxPixels int64) (image.Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return image.Config{}, err
	}
	defer f.Close()
	c, _, err := image.DecodeConfig(f)
	if err != nil {
		return c, fmt.Errorf("not a readable JPEG, PNG or GIF: %w", err)
	}
	if c.Width <= 0 || c.Height <= 0 {
		return c, fmt.Errorf("empty picture (%d×%d pixels)", c.Width, c.Height)
	}
	if int64(c.Width)*int64(c.Height) > maxPixels {
		return c, fmt.Errorf("%d×%d pixels, over the limit of %d (Options.MaxImagePixels)", c.Width, c.Height, maxPixels)
	}
	return c, nil
}
