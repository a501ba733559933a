package epub

import (
	"fmt"
	"strconv"
	"strings"
)

// coverPage makes the cover: the issue's own cover picture when Meta.Cover
// names one; else (this is what the sample issue gets) an SVG drawn from the title, number, date and
// sections with the text converted to glyph outlines (so that it looks
// the same on every reader, without a font); else, when no font with
// outlines is at hand, an XHTML page styled with CSS.
func (b *book) coverPage() (page, error) {
	m := &b.is.Meta
	alt := wordCover + "：" + b.title
	if c := m.Cover; c != nil && c.Image != "" {
		data, err := b.readFile(c.Image)
		if err != nil {
			return page{}, fmt.Errorf("epub: cover image: %w", err)
		}
		mt, ext := imageType(data)
		if mt == "" {
			return page{}, fmt.Errorf("epub: cover image %s: not a JPEG, PNG, GIF or SVG file", c.Image)
		}
		if err := b.opts.checkPicture(data, mt); err != nil {
			return page{}, fmt.Errorf("epub: cover image %s: %w", c.Image, err)
		}
		if c.Caption != "" {
			alt += "，" + c.Caption
		}
		return b.coverImagePage("cover"+ext, mt, data, alt), nil
	}
	if f := b.faces.cover; f != nil {
		svg, err := coverSVG(f, b.coverLines())
		if err != nil {
			return page{}, err
		}
		return b.coverImagePage("cover.svg", "image/svg+xml", []byte(svg), alt), nil
	}
	var sb strings.Builder
	sb.WriteString(`<section epub:type="cover" class="cover text-cover">`)
	for _, l := range b.coverLines() {
		sb.WriteString(`<p class="` + l.class + `">` + esc(l.text) + "</p>")
	}
	sb.WriteString("</section>")
	return page{name: coverFile, title: wordCover, body: sb.String()}, nil
}

func (b *book) coverImagePage(name, mediaType string, data []byte, alt string) page {
	b.images = append(b.images, imageFile{name: name, mediaType: mediaType, data: data})
	b.coverImage = name
	return page{name: coverFile, title: wordCover,
		body: `<section epub:type="cover" class="cover"><img class="cover-image" src="../images/` + name + `" alt="` + esc(alt) + `"/></section>`}
}

// coverLine is one line of the generated cover.
type coverLine struct {
	class, text string
}

func (b *book) coverLines() []coverLine {
	m := &b.is.Meta
	ls := []coverLine{{"cover-title", m.Title}}
	num := m.Number
	if m.HalfMonth != "" {
		num += "（" + m.HalfMonth + "）"
	}
	if num != "" {
		ls = append(ls, coverLine{"cover-number", num})
	}
	if m.TotalNumber != "" {
		ls = append(ls, coverLine{"cover-total", m.TotalNumber})
	}
	for _, s := range b.is.Sections {
		ls = append(ls, coverLine{"cover-section", s.Name})
	}
	if m.Date != "" {
		ls = append(ls, coverLine{"cover-date", m.Date})
	}
	if m.Publisher != "" {
		ls = append(ls, coverLine{"cover-publisher", m.Publisher})
	}
	return ls
}

// The generated cover's canvas, in SVG user units (3:4).
const coverW, coverH = 1200.0, 1600.0

// coverSVG draws the cover lines as filled glyph outlines.
func coverSVG(f fontFace, lines []coverLine) (string, error) {
	var sb strings.Builder
	fmt.Fprintf(&sb, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 %g %g" width="%g" height="%g">`+"\n",
		coverW, coverH, coverW, coverH)
	sb.WriteString(`<rect width="1200" height="1600" fill="#fbf8f1"/>` + "\n")
	sb.WriteString(`<rect width="1200" height="560" fill="#b3131b"/>` + "\n")
	var sections []string
	y := map[string]float64{"cover-title": 300, "cover-number": 420, "cover-total": 490, "cover-date": 1490, "cover-publisher": 1550}
	size := map[string]float64{"cover-title": 160, "cover-number": 60, "cover-total": 40, "cover-date": 36, "cover-publisher": 36}
	fill := map[string]string{"cover-title": "#ffffff", "cover-number": "#ffffff", "cover-total": "#ffe9c0", "cover-date": "#555555", "cover-publisher": "#555555"}
	for _, l := range lines {
		if l.class == "cover-section" {
			sections = append(sections, l.text)
			continue
		}
		if err := drawLine(&sb, f, l.text, y[l.class], size[l.class], fill[l.class]); err != nil {
			return "", err
		}
	}
	if n := len(sections); n > 0 {
		// Sections fill the space between the band and the date.
		top, bottom := 660.0, 1400.0
		step := min(90, (bottom-top)/float64(n))
		sz := min(52, step*0.7)
		for i, s := range sections {
			if err := drawLine(&sb, f, s, top+step*float64(i)+sz, sz, "#222222"); err != nil {
				return "", err
			}
		}
	}
	sb.WriteString("</svg>\n")
	return sb.String(), nil
}

// drawLine draws text centred at baseline y, shrinking it to fit the
// canvas width.
func drawLine(sb *strings.Builder, f fontFace, text string, y, size float64, fill string) error {
	upm := float64(f.UnitsPerEm())
	if upm <= 0 {
		return fmt.Errorf("epub: cover font: units per em %v", upm)
	}
	type glyph struct {
		segs []segment
		adv  float64 // in font units
	}
	var gs []glyph
	width := 0.0
	for _, r := range text {
		var g glyph
		if f.Has(r) && r != ' ' {
			segs, err := f.outline(r)
			if err != nil {
				return fmt.Errorf("epub: cover font: %q: %w", r, err)
			}
			g.segs = segs
		}
		g.adv = f.advance(r)
		if g.adv <= 0 {
			g.adv = upm / 2
		}
		gs = append(gs, g)
		width += g.adv
	}
	scale := size / upm
	if w := width * scale; w > coverW*0.9 {
		scale *= coverW * 0.9 / w
	}
	x := (coverW - width*scale) / 2
	var d strings.Builder
	num := func(v float64) {
		d.WriteString(strconv.FormatFloat(v, 'f', 1, 64))
	}
	pt := func(p [2]float64) {
		num(x + p[0]*scale)
		d.WriteByte(' ')
		num(y - p[1]*scale)
	}
	for _, g := range gs {
		for _, s := range g.segs {
			switch s.Op {
			case 'M', 'L':
				d.WriteByte(s.Op)
				pt(s.Pts[0])
			case 'Q':
				d.WriteByte('Q')
				pt(s.Pts[0])
				d.WriteByte(' ')
				pt(s.Pts[1])
			case 'Z':
				d.WriteByte('Z')
			}
		}
		x += g.adv * scale
	}
	if d.Len() > 0 {
		fmt.Fprintf(sb, `<path fill="%s" d="%s"/>`+"\n", fill, d.String())
	}
	return nil
}
