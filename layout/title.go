package layout

import "github.com/paiban/paiban/model"

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
// units grid lines; the text's em box is centred on the middle of the
// first line's slot so that large type sits in the middle of its space.
func (e *engine) bandText(b *band, text string, st style, units int, at *pos) error {
	if text == "" {
		return nil
	}
	g := e.g
	var s span
	e.appendText(&s, text, st)
	measure := g.typeW - 4*g.body
	ls, err := e.set(&s, setOpts{width: measure, align: alignCenter})
	if err != nil {
		return err
	}
	slot := float64(units-1)*g.pitch + g.body
	for i := range ls {
		gl := gline{units: units, at: at, keep: true}
		gl.addLine(&ls[i], 2*g.body, (slot-st.size)/2+ascent*st.size)
		*b = append(*b, gl)
	}
	return nil
}

// titleBand builds an article's title block (通栏标题, clreq
// §styling_of_headings): series banner, column label, title, deck and
// byline, centred over both columns, each on whole grid lines, and a blank
// grid line before the text.
func (e *engine) titleBand(a *model.Article, series *model.Series) (band, error) {
	g := e.g
	S := g.body
	at := &pos{a.ID, -1, 0}
	var b band
	e.whereArt, e.whereLine = a.ID, a.Line
	if series != nil {
		e.whereLine = series.Line
		if err := e.bandText(&b, series.Name, style{roleHeading, 1.5 * S}, 2, at); err != nil {
			return nil, err
		}
		if err := e.bandText(&b, series.Credit, style{roleCaption, 0.9 * S}, 1, at); err != nil {
			return nil, err
		}
		if len(b) > 0 {
			// A rule under the banner sets the series off from the title.
			last := &b[len(b)-1]
			last.rules = append(last.rules, Rule{X: g.typeW/2 - 4*S, Y: g.pitch - (g.pitch-S)/2, W: 8 * S, H: 0.6})
			b = append(b, gline{units: 1, keep: true, at: at})
		}
		e.whereLine = a.Line
	}
	if err := e.bandText(&b, a.ColumnLabel, style{roleCaption, 1.1 * S}, 1, at); err != nil {
		return nil, err
	}
	if err := e.bandText(&b, a.Title, style{roleHeading, 2.1 * S}, 2, at); err != nil {
		return nil, err
	}
	if err := e.bandText(&b, a.Subtitle, style{roleHeading, 1.3 * S}, 1, at); err != nil {
		return nil, err
	}
	if a.Byline != "" {
		b = append(b, gline{units: 1, keep: true, spacer: true, at: at})
	}
	if err := e.bandText(&b, a.Byline, style{roleCaption, S}, 1, at); err != nil {
		return nil, err
	}
	b = append(b, gline{units: 1, at: at})
	return b, nil
}
