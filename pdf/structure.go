package pdf

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/layout"
)

// pageGeom is where a layout page sits on its PDF page.
type pageGeom struct {
	off          float64 // distance from the media box's left/top edge to the trim box's
	mediaW       float64
	mediaH       float64
	bleed        float64
	trimW, trimH float64
}

func geomOf(p *layout.Page, cropMarks bool) pageGeom {
	off := p.Bleed
	if cropMarks {
		off += CropSlug
	}
	return pageGeom{
		off:    off,
		mediaW: p.Width + 2*off,
		mediaH: p.Height + 2*off,
		bleed:  p.Bleed,
		trimW:  p.Width,
		trimH:  p.Height,
	}
}

// top converts a layout y (down from the trim top) into PDF user space.
func (g pageGeom) top(y float64) float64 { return g.mediaH - g.off - y }

// box formats a box of the trim grown by d on every side.
func (g pageGeom) box(d float64) string {
	return fmt.Sprintf("[%s %s %s %s]", num(g.off-d), num(g.off-d), num(g.off+g.trimW+d), num(g.off+g.trimH+d))
}

// anchorDest is a resolved anchor: page index and layout y.
type anchorDest struct {
	page int
	y    float64
}

// structure holds what the finishing pass adds to gopdf's output.
type structure struct {
	doc   *layout.Document
	geoms []pageGeom
	opts  *Options
}

// dest formats an explicit destination on page i (0-based) at layout y.
func (s *structure) dest(pageObjs []int, i int, y float64) string {
	return fmt.Sprintf("[%d 0 R /XYZ 0 %s 0]", pageObjs[i], num(s.geoms[i].top(y)))
}

// anchors collects the named destinations of the document. A duplicate ID
// keeps its first place and is reported.
func (s *structure) anchors() map[string]anchorDest {
	m := make(map[string]anchorDest)
	for i := range s.doc.Pages {
		for _, a := range s.doc.Pages[i].Anchors {
			if prev, dup := m[a.ID]; dup {
				s.opts.warn(fmt.Errorf("pdf: page %d: anchor %q already set on page %d; first kept", i+1, a.ID, prev.page+1))
				continue
			}
			m[a.ID] = anchorDest{i, a.Y}
		}
	}
	return m
}

// finish rewrites gopdf's bytes into the final file.
func (s *structure) finish(raw []byte) ([]byte, error) {
	f, err := parseObjects(raw)
	if err != nil {
		return nil, err
	}
	if err := f.fixToUnicode(); err != nil {
		return nil, err
	}
	pageObjs, err := f.pageObjects()
	if err != nil {
		return nil, err
	}
	if len(pageObjs) != len(s.doc.Pages) {
		return nil, fmt.Errorf("pdf: gopdf output has %d pages, want %d", len(pageObjs), len(s.doc.Pages))
	}
	if err := f.finishContents(pageObjs); err != nil {
		return nil, err
	}
	anchors := s.anchors()
	for i := range s.doc.Pages {
		extra := " /BleedBox " + s.geoms[i].box(s.geoms[i].bleed) + "\n"
		annots := s.links(f, pageObjs, i, anchors)
		if len(annots) > 0 {
			extra += " /Annots ["
			for _, a := range annots {
				extra += fmt.Sprintf("%d 0 R ", a)
			}
			extra += "]\n"
		}
		body, err := addToDict(f.get(pageObjs[i]), extra)
		if err != nil {
			return nil, fmt.Errorf("pdf: page %d object: %w", i+1, err)
		}
		f.set(pageObjs[i], body)
	}

	catalog := "<<\n  /Type /Catalog\n  /Pages 2 0 R\n"
	if s.outline(f, pageObjs) {
		catalog += "  /Outlines 3 0 R\n  /PageMode /UseOutlines\n"
	}
	catalog += "  /Lang " + textString(s.lang()) + "\n"
	catalog += "  /ViewerPreferences << /DisplayDocTitle true >>\n>>\n"
	f.set(1, []byte(catalog))

	info := f.add([]byte(s.info()))
	return f.bytes(1, info), nil
}

func (s *structure) lang() string { return s.doc.Meta.Lang() }

// links writes the link annotations of page i and returns their object
// numbers. A link to an anchor that does not exist is dropped and reported:
// gopdf would write an empty object for it.
func (s *structure) links(f *objFile, pageObjs []int, i int, anchors map[string]anchorDest) []int {
	g := s.geoms[i]
	var out []int
	for _, l := range s.doc.Pages[i].Links {
		rect := fmt.Sprintf("[%s %s %s %s]", num(g.off+l.X), num(g.top(l.Y+l.H)), num(g.off+l.X+l.W), num(g.top(l.Y)))
		var action string
		switch {
		case l.Target != "":
			a, ok := anchors[l.Target]
			if !ok {
				s.opts.warn(fmt.Errorf("pdf: page %d: link to %q: no such anchor; link dropped", i+1, l.Target))
				continue
			}
			action = "/Dest " + s.dest(pageObjs, a.page, a.y)
		case l.URL != "":
			action = "/A << /S /URI /URI " + literalASCII(l.URL) + " >>"
		default:
			s.opts.warn(fmt.Errorf("pdf: page %d: link with neither target nor URL; dropped", i+1))
			continue
		}
		out = append(out, f.add([]byte(fmt.Sprintf("<< /Type /Annot /Subtype /Link /Rect %s /Border [0 0 0] /F 4 %s >>\n", rect, action))))
	}
	return out
}

// outlineNode is an outline entry with its object number.
type outlineNode struct {
	e        *layout.OutlineEntry
	n        int
	children []*outlineNode
}

// outline replaces gopdf's (empty) outline root, object 3, with the
// document's nested outline. It reports whether there is one. Top-level
// entries (sections) are shown open, deeper ones closed.
func (s *structure) outline(f *objFile, pageObjs []int) bool {
	var build func(es []*layout.OutlineEntry, depth int) []*outlineNode
	build = func(es []*layout.OutlineEntry, depth int) []*outlineNode {
		var out []*outlineNode
		for _, e := range es {
			if e == nil {
				continue
			}
			if e.Page < 1 || e.Page > len(pageObjs) {
				s.opts.warn(fmt.Errorf("pdf: outline entry %q: page %d out of range; entry dropped", e.Title, e.Page))
				continue
			}
			if depth > 32 {
				s.opts.warn(fmt.Errorf("pdf: outline entry %q: nested deeper than 32; entry dropped", e.Title))
				continue
			}
			n := &outlineNode{e: e, n: f.reserve()}
			n.children = build(e.Children, depth+1)
			out = append(out, n)
		}
		return out
	}
	top := build(s.doc.Outline, 0)
	if len(top) == 0 {
		f.set(3, []byte("<<\n  /Type /Outlines\n  /Count 0\n>>\n"))
		return false
	}
	// write returns how many of nodes and their descendants are visible.
	var write func(nodes []*outlineNode, parent int) int
	write = func(nodes []*outlineNode, parent int) int {
		visible := 0
		for i, n := range nodes {
			var b strings.Builder
			fmt.Fprintf(&b, "<<\n  /Title %s\n  /Parent %d 0 R\n", textString(n.e.Title), parent)
			if i > 0 {
				fmt.Fprintf(&b, "  /Prev %d 0 R\n", nodes[i-1].n)
			}
			if i+1 < len(nodes) {
				fmt.Fprintf(&b, "  /Next %d 0 R\n", nodes[i+1].n)
			}
			if len(n.children) > 0 {
				childOpen := parent == 3
				count := write(n.children, n.n)
				if !childOpen {
					count = -len(n.children)
				}
				fmt.Fprintf(&b, "  /First %d 0 R\n  /Last %d 0 R\n  /Count %d\n", n.children[0].n, n.children[len(n.children)-1].n, count)
				if childOpen {
					visible += count
				}
			}
			fmt.Fprintf(&b, "  /Dest %s\n>>\n", s.dest(pageObjs, n.e.Page-1, n.e.Y))
			f.set(n.n, []byte(b.String()))
			visible++
		}
		return visible
	}
	count := write(top, 3)
	f.set(3, []byte(fmt.Sprintf("<<\n  /Type /Outlines\n  /First %d 0 R\n  /Last %d 0 R\n  /Count %d\n>>\n", top[0].n, top[len(top)-1].n, count)))
	return true
}

// info is the document information dictionary.
func (s *structure) info() string {
	m := s.doc.Meta
	number := m.Number
	if m.HalfMonth != "" {
		number += "（" + m.HalfMonth + "）"
	}
	title := strings.Join(nonEmpty(m.Title, number), " ")
	subject := strings.Join(nonEmpty(m.Title, m.Number, m.HalfMonth, m.TotalNumber), " ")
	var kw []string
	kw = append(kw, nonEmpty(m.Title)...)
	if m.ISSN != "" {
		kw = append(kw, "ISSN "+m.ISSN)
	}
	if m.CN != "" {
		kw = append(kw, "CN "+m.CN)
	}
	for _, e := range s.doc.Outline {
		if e != nil && e.Title != "" {
			kw = append(kw, e.Title)
		}
	}
	var b strings.Builder
	b.WriteString("<<\n")
	put := func(key, val string) {
		if val != "" {
			fmt.Fprintf(&b, "  /%s %s\n", key, textString(val))
		}
	}
	put("Title", title)
	put("Author", m.Publisher)
	put("Subject", subject)
	put("Keywords", strings.Join(kw, "; "))
	put("Creator", "paiban "+s.opts.version())
	put("Producer", "paiban "+s.opts.version()+" with gopdf")
	if d, ok := pdfDate(m.Date); ok {
		fmt.Fprintf(&b, "  /CreationDate %s\n  /ModDate %s\n", d, d)
	}
	b.WriteString("  /Trapped /False\n>>\n")
	return b.String()
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
