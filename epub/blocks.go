package epub

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// blockWriter renders model blocks as XHTML. Figures ask image for the
// book-internal address of their picture.
type blockWriter struct {
	sb    *strings.Builder
	image func(path, where string) (href string, err error)
	// noAlt is set when an image has no text alternative, which decides
	// the accessibility metadata (accessModeSufficient, alternativeText).
	noAlt bool
}

// blocks renders bs. marks maps a block index to the page-break markers
// that belong to it; it is nil for blocks outside an article body.
func (w *blockWriter) blocks(bs []model.Block, marks map[int][]marker, where string) error {
	for i := range bs {
		if err := w.block(&bs[i], marks[i], fmt.Sprintf("%s block %d", where, i+1)); err != nil {
			return err
		}
	}
	return nil
}

// splitMarks returns the markers that go at the block's start and those
// that go inside its text; offsets outside the text fall back to the start.
func splitMarks(ms []marker, textLen int) (start, inside []marker) {
	for _, m := range ms {
		if m.offset > 0 && m.offset < textLen {
			inside = append(inside, m)
		} else {
			start = append(start, marker{0, m.html})
		}
	}
	return start, inside
}

func (w *blockWriter) writeMarks(ms []marker) {
	for _, m := range ms {
		w.sb.WriteString(m.html)
	}
}

func (w *blockWriter) block(b *model.Block, ms []marker, where string) error {
	sb := w.sb
	switch b.Type {
	case model.Paragraph, model.Heading, model.Lines:
		start, inside := splitMarks(ms, utf8.RuneCountInString(b.Text()))
		iw := &inlineWriter{sb: sb, marks: append(start, inside...)}
		open, close := "<p>", "</p>"
		if b.Type == model.Heading {
			h := min(max(b.Level, 1)+1, 6)
			open = fmt.Sprintf("<h%d", h)
			if b.ID != "" {
				open += ` id="` + esc(b.ID) + `"`
			}
			open += ">"
			close = fmt.Sprintf("</h%d>", h)
		} else if b.Type == model.Lines {
			open = `<p class="lines">`
		}
		sb.WriteString(open)
		iw.flush(0)
		if b.Type == model.Lines {
			for i, l := range b.LineItems {
				if i > 0 {
					iw.flush(iw.pos)
					sb.WriteString("<br/>")
					iw.pos++
				}
				iw.inlines(l)
			}
		} else {
			iw.inlines(b.Inlines)
		}
		iw.flush(int(^uint(0) >> 1))
		sb.WriteString(close)
	case model.Figure:
		w.writeMarks(ms)
		return w.figure(b, where)
	case model.Quote:
		w.writeMarks(ms)
		sb.WriteString("<blockquote>")
		if err := w.blocks(b.Children, nil, where); err != nil {
			return err
		}
		sb.WriteString("</blockquote>")
	case model.List:
		w.writeMarks(ms)
		tag := "ul"
		if b.Ordered {
			tag = "ol"
		}
		sb.WriteString("<" + tag + ">")
		for i, it := range b.Items {
			sb.WriteString("<li>")
			if err := w.blocks(it, nil, fmt.Sprintf("%s item %d", where, i+1)); err != nil {
				return err
			}
			sb.WriteString("</li>")
		}
		sb.WriteString("</" + tag + ">")
	case model.Table:
		w.writeMarks(ms)
		w.table(b)
	default:
		// model.Validate refuses unknown types; keep the text if one slips by.
		w.writeMarks(ms)
		if t := b.Text(); t != "" {
			sb.WriteString("<p>" + esc(t) + "</p>")
		}
	}
	return nil
}

func (w *blockWriter) figure(b *model.Block, where string) error {
	sb := w.sb
	caption := func() {
		sb.WriteString(esc(b.Caption))
		if b.Credit != "" {
			if b.Caption != "" {
				sb.WriteString(" ")
			}
			sb.WriteString(`<span class="credit">` + esc(b.Credit) + "</span>")
		}
	}
	if b.Image == "" {
		// No picture in the source (only its caption survived the
		// conversion): a classed paragraph, not a figure without content.
		sb.WriteString(`<p class="caption">`)
		caption()
		sb.WriteString("</p>")
		return nil
	}
	href, err := w.image(b.Image, where)
	if err != nil {
		return err
	}
	alt := b.Alt
	if alt == "" {
		alt = b.Caption
	}
	if alt == "" {
		w.noAlt = true
	}
	sb.WriteString(`<figure class="figure"><img src="` + esc(href) + `" alt="` + esc(alt) + `"/>`)
	if b.Caption != "" || b.Credit != "" {
		sb.WriteString("<figcaption>")
		caption()
		sb.WriteString("</figcaption>")
	}
	sb.WriteString("</figure>")
	return nil
}

func (w *blockWriter) table(b *model.Block) {
	sb := w.sb
	hr := min(max(b.HeaderRows, 0), len(b.Rows))
	sb.WriteString("<table>")
	row := func(r []model.Cell, cell string) {
		sb.WriteString("<tr>")
		for _, c := range r {
			sb.WriteString("<" + cell + ">")
			(&inlineWriter{sb: sb}).inlines(c.Inlines)
			sb.WriteString("</" + cell + ">")
		}
		sb.WriteString("</tr>")
	}
	if hr > 0 {
		sb.WriteString("<thead>")
		for _, r := range b.Rows[:hr] {
			row(r, "th")
		}
		sb.WriteString("</thead>")
	}
	if hr < len(b.Rows) {
		sb.WriteString("<tbody>")
		for _, r := range b.Rows[hr:] {
			row(r, "td")
		}
		sb.WriteString("</tbody>")
	}
	sb.WriteString("</table>")
}
