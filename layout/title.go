package layout

import (
	"strings"

	"github.com/paiban/paiban/model"
)

// band is content that spans the type area: a title block. Its glines
// stack downwards; X is relative to the type area's left edge.
type band []gline

func (b band) units() int {
	n := 0
	for i := range b {
		n += b[i].units
	}
	return n
}

// bandText adds text centred across the type area, each line taking
// units grid lines, its em box centred in the lines' space.
func (e *engine) bandText(b *band, text string, st style, units int, at *pos) error {
	return e.bandRow(b, units, at, item{}, item{text, st}, item{})
}

// item is a text in a style, for bandRow.
type item struct {
	text string
	st   style
}

// bandRow adds one row (more if the centre text wraps) with an item flush
// left in the first column, one centred over the type area and one flush
// right in the last column. Short items stay inside a column and off the
// gutter, where readers and checkers look for the column gap; only the
// centre item spans.
func (e *engine) bandRow(b *band, units int, at *pos, left, centre, right item) error {
	if left.text == "" && centre.text == "" && right.text == "" {
		return nil
	}
	g := e.g
	slot := float64(units-1)*g.pitch + g.body
	base := func(sz float64) float64 { return (slot-sz)/2 + ascent*sz }
	gl := gline{units: units, at: at, keep: true}
	var rows []gline
	if centre.text != "" {
		ls, err := e.set(e.spanOf(centre.text, centre.st), setOpts{width: g.typeW - 4*g.body, align: alignCenter})
		if err != nil {
			return err
		}
		for i := range ls {
			if i > 0 {
				rows = append(rows, gline{units: units, at: at, keep: true})
				rows[len(rows)-1].addLine(&ls[i], 2*g.body, base(centre.st.size))
				continue
			}
			gl.addLine(&ls[i], 2*g.body, base(centre.st.size))
		}
	}
	for k, it := range []item{left, right} {
		if it.text == "" {
			continue
		}
		ls, err := e.set(e.spanOf(it.text, it.st), setOpts{width: g.colW, align: alignLeft})
		if err != nil {
			return err
		}
		for i := range ls {
			x := 0.0
			if k == 1 {
				x = g.typeW - ls[i].width
			}
			gl.addLine(&ls[i], x, base(it.st.size)+float64(i)*g.pitch)
		}
		gl.units = max(gl.units, units-1+len(ls))
	}
	*b = append(*b, gl)
	*b = append(*b, rows...)
	return nil
}

// titleBand builds an article's title block (通栏标题, clreq
// §styling_of_headings) on whole grid lines: the series banner (name flush
// left, credit flush right, a rule under them), the column label flush
// left, the title and deck centred over both columns, the byline flush
// right, and a blank line before the text.
func (e *engine) titleBand(a *model.Article, series *model.Series, section string) (band, error) {
	S := e.g.body
	at := &pos{a.ID, -1, 0}
	var b band
	e.whereArt, e.whereLine = a.ID, a.Line
	// The first article of a section carries the section's name (■理论)
	// at the head of its opening, as magazines print it: the running head
	// names it only on recto pages.
	if section != "" {
		if err := e.bandRow(&b, 1, at, item{section, style{roleHeading, 1.1 * S}}, item{}, item{}); err != nil {
			return nil, err
		}
	}
	if series != nil {
		e.whereLine = series.Line
		if err := e.seriesBanner(&b, series, at); err != nil {
			return nil, err
		}
		e.whereLine = a.Line
	}
	if err := e.columnLabel(&b, a.ColumnLabel, at); err != nil {
		return nil, err
	}
	if err := e.bandText(&b, a.Title, style{roleHeading, 2.1 * S}, 2, at); err != nil {
		return nil, err
	}
	if err := e.bandText(&b, a.Subtitle, style{roleHeading, 1.3 * S}, 1, at); err != nil {
		return nil, err
	}
	if err := e.bandRow(&b, 1, at, item{}, item{}, item{a.Byline, style{roleCaption, S}}); err != nil {
		return nil, err
	}
	b = append(b, gline{units: 1, at: at})
	return b, nil
}

// seriesBanner adds a series' banner: its name flush left and its credit
// flush right, with a rule under them that sets the series off from what
// follows.
func (e *engine) seriesBanner(b *band, series *model.Series, at *pos) error {
	g := e.g
	S := g.body
	n := len(*b)
	if err := e.bandRow(b, 2, at, item{series.Name, style{roleHeading, 1.5 * S}}, item{}, item{series.Credit, style{roleCaption, 0.9 * S}}); err != nil {
		return err
	}
	if len(*b) > n {
		last := &(*b)[len(*b)-1]
		last.rules = append(last.rules, Rule{X: 0, Y: float64(last.units)*g.pitch - (g.pitch-S)/2 - 0.3*S, W: g.typeW, H: 0.8})
	}
	return nil
}

// columnLabel sets a column label such as ·我讲我心· flush left. The
// interpuncts around it are ornaments, drawn as small squares: as text, a
// label that starts with · would put a line-start-prohibited mark at the
// start of a line for every reader that extracts the text.
func (e *engine) columnLabel(b *band, label string, at *pos) error {
	if label == "" {
		return nil
	}
	S := e.g.body
	st := style{roleCaption, 1.1 * S}
	inner := strings.Trim(label, dots)
	if inner == "" || inner == label {
		return e.bandRow(b, 1, at, item{label, st}, item{}, item{})
	}
	lead := !strings.HasPrefix(label, inner)
	trail := !strings.HasSuffix(label, inner)
	dot := 0.22 * st.size
	pad := 0.0
	if lead {
		pad = 0.6 * st.size
	}
	if err := e.bandRow(b, 1, at, item{inner, st}, item{}, item{}); err != nil {
		return err
	}
	gl := &(*b)[len(*b)-1]
	w := 0.0
	for i := range gl.runs {
		gl.runs[i].X += pad
		w = max(w, gl.runs[i].X+gl.runs[i].Pos[len(gl.runs[i].Pos)-1]+st.size)
	}
	for _, r := range gl.recs {
		r.x += pad
	}
	y := ascent*S - 0.38*st.size - dot/2
	if lead {
		gl.rules = append(gl.rules, Rule{X: 0.19 * st.size, Y: y, W: dot, H: dot})
	}
	if trail {
		gl.rules = append(gl.rules, Rule{X: w + 0.19*st.size, Y: y, W: dot, H: dot})
	}
	return nil
}

// dots are the interpuncts that decorate column labels.
const dots = "·・•‧"
