package epub

import (
	"net/url"
	"strings"

	"github.com/paiban/paiban/model"
)

// marker is a print page break to be inserted into a block's text at a
// rune offset of the block's Text().
type marker struct {
	offset int
	html   string
}

// inlineWriter renders inlines as XHTML and inserts page-break markers at
// their rune offsets. pos counts runes the way model.InlineText does (a
// line break is one rune), so that offsets from a page map line up.
type inlineWriter struct {
	sb    *strings.Builder
	pos   int
	marks []marker // sorted by offset; emitted ones are removed
}

// flush writes every pending marker whose offset is at most upto.
func (w *inlineWriter) flush(upto int) {
	for len(w.marks) > 0 && w.marks[0].offset <= upto {
		w.sb.WriteString(w.marks[0].html)
		w.marks = w.marks[1:]
	}
}

func (w *inlineWriter) inlines(ins []model.Inline) {
	for i := range ins {
		in := &ins[i]
		switch in.Type {
		case model.Text:
			w.text(in.Text)
		case model.LineBreak:
			w.flush(w.pos)
			w.sb.WriteString("<br/>")
			w.pos++
		case model.Strong:
			w.wrap("<strong>", in.Children, "</strong>")
		case model.Emphasis:
			w.wrap("<em>", in.Children, "</em>")
		case model.Link:
			if u, ok := safeURL(in.URL); ok {
				w.wrap(`<a href="`+esc(u)+`">`, in.Children, "</a>")
			} else {
				w.inlines(in.Children)
			}
		default:
			// Unknown kinds never pass model.Validate; keep their text anyway.
			w.text(in.Text)
			w.inlines(in.Children)
		}
	}
}

func (w *inlineWriter) wrap(open string, ins []model.Inline, close string) {
	w.sb.WriteString(open)
	w.inlines(ins)
	w.sb.WriteString(close)
}

// text writes s escaped. Runs of two or more dashes or ellipses are kept on
// one line with span.nobr: reading systems would otherwise let a line begin
// in the middle of —— or …….
func (w *inlineWriter) text(s string) {
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if isRunChar(rs[i]) {
			j := i
			for j < len(rs) && isRunChar(rs[j]) {
				j++
			}
			if j-i >= 2 {
				w.flush(w.pos + j - i - 1)
				w.sb.WriteString(`<span class="nobr">`)
				for _, r := range rs[i:j] {
					escRune(w.sb, r)
				}
				w.sb.WriteString("</span>")
				w.pos += j - i
				i = j
				continue
			}
		}
		w.flush(w.pos)
		escRune(w.sb, rs[i])
		w.pos++
		i++
	}
}

// safeURL returns the link target if it is an absolute http, https or
// mailto URL. Anything else (relative paths into the source tree,
// javascript:) would be a broken or unsafe link in the book.
func safeURL(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
	default:
		return "", false
	}
	return u.String(), true
}
