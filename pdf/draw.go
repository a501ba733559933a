package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/paiban/paiban/layout"
	"github.com/signintech/gopdf"
)

// Draw writes doc as a PDF to w. Nothing is written to w unless the whole
// file was produced without error. Problems that do not stop the file
// (see Options.Warn) are reported and the file is still written.
func Draw(w io.Writer, doc *layout.Document, opts *Options) error {
	b, err := render(doc, opts)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// render produces the finished PDF bytes.
func render(doc *layout.Document, opts *Options) ([]byte, error) {
	if err := check(doc); err != nil {
		return nil, err
	}
	crop := opts.cropMarks()
	st := &structure{doc: doc, opts: opts, geoms: make([]pageGeom, len(doc.Pages))}
	for i := range doc.Pages {
		st.geoms[i] = geomOf(&doc.Pages[i], crop)
	}

	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: st.geoms[0].mediaW, H: st.geoms[0].mediaH}})
	// gopdf would compress each page's content stream with a new flate
	// writer (about a megabyte of state each); it writes them plain and
	// the finishing pass (contents.go) compresses them with one writer.
	gp.SetNoCompression()
	faces, err := registerFonts(gp, doc, opts)
	if err != nil {
		return nil, err
	}
	if err := addHalfFaces(gp, doc, faces); err != nil {
		return nil, err
	}
	if err := addArtifactFaces(gp, doc, faces); err != nil {
		return nil, err
	}
	images := newImageCache(opts)
	for i := range doc.Pages {
		p := &doc.Pages[i]
		g := st.geoms[i]
		// The TrimBox fields are written verbatim in the order
		// Left Top Right Bottom; the PDF wants llx lly urx ury.
		gp.AddPageWithOption(gopdf.PageOption{
			PageSize: &gopdf.Rect{W: g.mediaW, H: g.mediaH},
			TrimBox:  &gopdf.Box{Left: g.off, Top: g.off, Right: g.off + g.trimW, Bottom: g.off + g.trimH},
		})
		// Setting the fill gives every page a content stream: gopdf
		// writes an empty, invalid /Contents for a page with nothing drawn
		// (a blank page).
		gp.SetGrayFill(0)
		pen := &pen{gp: gp, gray: 0}
		for ri := range p.Runs {
			if err := pen.run(&p.Runs[ri], faces, g); err != nil {
				return nil, fmt.Errorf("pdf: page %d: run %d: %w", i+1, ri, err)
			}
		}
		for _, r := range p.Rules {
			pen.rule(g.off+r.X, g.off+r.Y, r.W, r.H, r.Gray)
		}
		for ii := range p.Images {
			if err := images.draw(gp, &p.Images[ii], g, i+1); err != nil {
				return nil, err
			}
		}
		if crop {
			pen.cropMarks(g)
		}
	}
	// gopdf ignores write errors of its objects and can be written only
	// once: write into memory, then post-process.
	var raw bytes.Buffer
	if _, err := gp.WriteTo(&raw); err != nil {
		return nil, fmt.Errorf("pdf: gopdf: %w", err)
	}
	return st.finish(raw.Bytes())
}

// check rejects documents the writer cannot draw, naming the place.
func check(doc *layout.Document) error {
	if doc == nil {
		return errors.New("pdf: nil document")
	}
	if len(doc.Pages) == 0 {
		return errors.New("pdf: document has no pages")
	}
	finite := func(vs ...float64) bool {
		for _, v := range vs {
			if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e6 {
				return false
			}
		}
		return true
	}
	for i, f := range doc.Fonts {
		if len(f.Data) == 0 {
			return fmt.Errorf("pdf: font %d (%s): no data", i, f.Name)
		}
	}
	for i := range doc.Pages {
		p := &doc.Pages[i]
		if !(p.Width > 0 && p.Height > 0 && p.Bleed >= 0) || !finite(p.Width, p.Height, p.Bleed) {
			return fmt.Errorf("pdf: page %d: bad size %gx%g bleed %g", i+1, p.Width, p.Height, p.Bleed)
		}
		for ri, r := range p.Runs {
			if len(r.Pos) != len(r.Text) {
				return fmt.Errorf("pdf: page %d: run %d: %d positions for %d runes", i+1, ri, len(r.Pos), len(r.Text))
			}
			if !(r.Size > 0) || !finite(r.Size, r.X, r.Y, r.Gray, r.End) || !finite(r.Pos...) {
				return fmt.Errorf("pdf: page %d: run %d: bad size or position", i+1, ri)
			}
			if n := len(r.Pos); r.End != 0 && n > 0 && r.End < r.Pos[n-1] {
				return fmt.Errorf("pdf: page %d: run %d: End %g before the last glyph at %g", i+1, ri, r.End, r.Pos[n-1])
			}
		}
		for ri, r := range p.Rules {
			if !finite(r.X, r.Y, r.W, r.H, r.Gray) {
				return fmt.Errorf("pdf: page %d: rule %d: bad geometry", i+1, ri)
			}
		}
		for ii, im := range p.Images {
			if !finite(im.X, im.Y, im.W, im.H) || !(im.W > 0 && im.H > 0) {
				return fmt.Errorf("pdf: page %d: image %d (%s): bad geometry", i+1, ii, im.Path)
			}
		}
		for li, l := range p.Links {
			if !finite(l.X, l.Y, l.W, l.H) {
				return fmt.Errorf("pdf: page %d: link %d: bad geometry", i+1, li)
			}
		}
		for _, a := range p.Anchors {
			if !finite(a.Y) {
				return fmt.Errorf("pdf: page %d: anchor %q: bad position", i+1, a.ID)
			}
		}
	}
	return nil
}
