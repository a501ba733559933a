package pdf

import (
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/linebreak"
	"github.com/signintech/gopdf"
)

// A stop or closing mark that the layout set in half an em (GB/T 15834
// §5.1.10 at a line end, clreq's adjacent-mark compression mid-line) has
// its ink on the left half of its em box. Drawn from the full-width glyph
// with a negative character spacing it lands right, but text extractors
// measure a glyph by its /W width and ignore the spacing: the mark's box
// then overlaps the next glyph (poppler starts a new line there) or pokes
// half an em into the column gap (and a column reader joins the two
// columns' lines). So such marks are drawn from a second face, a subset of
// the same font whose advances are halved: same outlines, a box of half an
// em.

// compressedBy is how much narrower than its natural advance, in ems, a
// glyph must be set to count as compressed. Justification adds at most
// about ¼ em to a gap, so a half-em mark stays well below the threshold.
const compressedBy = 0.3

// halfWidthMark reports whether r carries its blank on the right, so that
// a half-width glyph box holds its ink.
func halfWidthMark(r rune) bool {
	switch linebreak.ClassOf(r) {
	case linebreak.ClassClose, linebreak.ClassStop:
		return true
	}
	return false
}

// setAdvance returns the advance rune i of the run is set in: up to the
// next glyph, or up to Run.End for the last; natural when unknown.
func setAdvance(r *layout.Run, i int, natural float64) float64 {
	switch {
	case i+1 < len(r.Text):
		return r.Pos[i+1] - r.Pos[i]
	case r.End > 0:
		return r.End - r.Pos[i]
	}
	return natural
}

// compressed reports whether rune i of the run is a half-width mark set
// compressed, given its natural advance in points.
func compressed(r *layout.Run, i int, natural float64) bool {
	c := r.Text[i]
	if !halfWidthMark(c) || natural < 0.9*r.Size {
		return false
	}
	return setAdvance(r, i, natural) < natural-compressedBy*r.Size
}

// addHalfFaces gives every face whose runs compress marks a half-width
// companion face holding just those marks.
func addHalfFaces(gp *gopdf.GoPdf, doc *layout.Document, faces []*face) error {
	need := make([]map[rune]bool, len(faces))
	for pi := range doc.Pages {
		for ri := range doc.Pages[pi].Runs {
			r := &doc.Pages[pi].Runs[ri]
			fc := faces[r.Font]
			if fc == nil || r.Artifact {
				continue
			}
			for i, c := range r.Text {
				if compressed(r, i, fc.adv[c]*r.Size/measureSize) {
					if need[r.Font] == nil {
						need[r.Font] = map[rune]bool{}
					}
					need[r.Font][c] = true
				}
			}
		}
	}
	for i, fc := range faces {
		if fc == nil || len(need[i]) == 0 {
			continue
		}
		hf, err := addVariantFace(gp, doc.Fonts[i], i, need[i], "Half", 0.5)
		if err != nil {
			return err
		}
		fc.half = hf
	}
	return nil
}
