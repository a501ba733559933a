package layout

import (
	"fmt"
	"io"
)

// dump writes one line per run of the first n pages: page, x, y, size,
// face and text.
func dump(w io.Writer, doc *Document, n int) {
	for _, p := range doc.Pages {
		if p.Number > n {
			break
		}
		fmt.Fprintf(w, "page %d %s %q\n", p.Number, p.Kind, p.Label)
		for _, r := range p.Runs {
			fmt.Fprintf(w, "%7.2f %7.2f %5.2f f%d %s\n", r.X, r.Y, r.Size, r.Font, string(r.Text))
		}
		for _, r := range p.Rules {
			fmt.Fprintf(w, "rule %7.2f %7.2f %7.2f %5.2f\n", r.X, r.Y, r.W, r.H)
		}
		for _, a := range p.Anchors {
			fmt.Fprintf(w, "anchor %s %7.2f\n", a.ID, a.Y)
		}
		for _, l := range p.Links {
			fmt.Fprintf(w, "link %7.2f %7.2f %7.2f %7.2f %s%s\n", l.X, l.Y, l.W, l.H, l.Target, l.URL)
		}
	}
}
