package layout

import "fmt"

// Size is a trim size in millimetres.
type Size struct {
	Width, Height float64
}

// The trim sizes of typesetting.md A.10.
var (
	// BigK16 is 大16开, 210×285 mm, the default.
	BigK16 = Size{210, 285}
	// A4 is 210×297 mm.
	A4 = Size{210, 297}
	// K16 is 16开 (正度), 185×260 mm.
	K16 = Size{185, 260}
)

// Margins are minimum page margins in millimetres. Inner is the gutter side
// (left on recto pages, right on verso pages). The layout widens them to
// make the column width a whole number of characters and the column height
// a whole number of lines.
type Margins struct {
	Top, Bottom, Inner, Outer float64
}

// DefaultMargins are the margins used when Options.Margins is zero: a
// little more at the foot, where the folio sits, and 3 mm more in the
// gutter for a perfect-bound issue.
var DefaultMargins = Margins{Top: 20, Bottom: 22, Inner: 18, Outer: 15}

// Options control the layout. The zero value of each field means its
// default; a nil *Options means all defaults.
type Options struct {
	// Size is the trim size; zero means BigK16.
	Size Size
	// Bleed is the bleed on each side in millimetres; zero means 3 mm and
	// a negative value means none.
	Bleed float64
	// Margins are the minimum margins; zero means DefaultMargins.
	Margins Margins
	// Columns is the number of body columns; zero means 2.
	Columns int
	// ColumnGap is the gap between columns in body characters; zero means 2.
	ColumnGap int
	// BodySize is the body font size in points; zero means 10 (五号 10.5
	// and 小五 9 are the usual alternatives).
	BodySize float64
	// Pitch is the line pitch (baseline to baseline) in body ems; zero
	// means 1.75.
	Pitch float64
	// HeadingSpace is the number of grid lines left blank above an
	// in-article heading (not at the top of a column). The default, 0,
	// sets headings on a line of their own: a blank line in one column
	// faces a text line in the other, so every blank line costs the grid
	// its shared baselines.
	HeadingSpace int
	// HeadingSize is the size in points of in-article headings; zero
	// means the body size (the heading face, bold Hei, sets them apart).
	// clreq's steps of 10–20 % are available by value, at the cost of
	// cross-column baseline alignment on the rows the headings occupy.
	HeadingSize float64
	// HalfWidthLineStart sets an opening bracket or quotation mark that
	// starts a line in half an em, its ink flush with the column edge.
	// clreq permits both; by default the mark keeps its full em, so that
	// each line's first glyph box starts at the column edge or the 2-em
	// indent, where text extraction looks for columns and indents: a box
	// poking into the column gap makes a reader join the two columns.
	HalfWidthLineStart bool
	// NoCover leaves out the cover page.
	NoCover bool
	// PadTo pads the document with blank pages (before the colophon) to a
	// multiple of PadTo pages; zero means 4 and 1 means no padding.
	PadTo int
	// NoRunOn starts every article on a new page. By default a short
	// article of a series continues on the page where the previous article
	// of the same series ended, when enough space is left.
	NoRunOn bool
	// Substitute draws SubstituteRune for characters that no font has
	// instead of failing.
	Substitute bool
	// SubstituteRune is the visible substitute; zero means U+25A1 □.
	SubstituteRune rune
	// ImageDir is the folder that figure image paths are relative to;
	// empty means the folder of the Meta.Source.
	ImageDir string
	// MaxPages is the most pages an issue may take; zero means
	// DefaultMaxPages and a negative value means no limit. A longer issue
	// fails the layout as soon as its body passes the limit.
	MaxPages int
	// MaxImagePixels is the largest picture accepted, in pixels (width ×
	// height, read from the file's header before any decoding); zero
	// means DefaultMaxImagePixels and a negative value means no limit.
	MaxImagePixels int64
}

// DefaultMaxPages is the default Options.MaxPages: ten times a thick
// issue, short of what a runaway or hostile source would make.
const DefaultMaxPages = 2000

// DefaultMaxImagePixels is the default Options.MaxImagePixels: 100
// million pixels, 34 × 34 inches at 300 dpi, while a picture claiming
// 30,000 × 30,000 pixels (a decompression bomb) is refused.
const DefaultMaxImagePixels = 100_000_000

const ptPerMM = 72 / 25.4

// resolved returns a copy of o with every default filled in, or an error
// for values that cannot be laid out.
func (o *Options) resolved() (Options, error) {
	var r Options
	if o != nil {
		r = *o
	}
	if r.Size == (Size{}) {
		r.Size = BigK16
	}
	if r.Bleed == 0 {
		r.Bleed = 3
	} else if r.Bleed < 0 {
		r.Bleed = 0
	}
	if r.Margins == (Margins{}) {
		r.Margins = DefaultMargins
	}
	if r.Columns == 0 {
		r.Columns = 2
	}
	if r.ColumnGap == 0 {
		r.ColumnGap = 2
	}
	if r.BodySize == 0 {
		r.BodySize = 10
	}
	if r.Pitch == 0 {
		r.Pitch = 1.75
	}
	if r.PadTo == 0 {
		r.PadTo = 4
	}
	if r.MaxPages == 0 {
		r.MaxPages = DefaultMaxPages
	} else if r.MaxPages < 0 {
		r.MaxPages = 1<<31 - 1
	}
	if r.MaxImagePixels == 0 {
		r.MaxImagePixels = DefaultMaxImagePixels
	} else if r.MaxImagePixels < 0 {
		r.MaxImagePixels = 1<<63 - 1
	}
	if r.SubstituteRune == 0 {
		r.SubstituteRune = '□'
	}
	switch {
	case !(r.Size.Width > 0 && r.Size.Height > 0 && r.Size.Width < 2000 && r.Size.Height < 2000):
		return r, fmt.Errorf("layout: page size %gx%g mm out of range", r.Size.Width, r.Size.Height)
	case !(r.BodySize >= 4 && r.BodySize <= 30):
		return r, fmt.Errorf("layout: body size %g pt out of range 4–30", r.BodySize)
	case !(r.Pitch >= 1 && r.Pitch <= 4):
		return r, fmt.Errorf("layout: line pitch %g em out of range 1–4", r.Pitch)
	case r.Columns < 1 || r.Columns > 6:
		return r, fmt.Errorf("layout: %d columns out of range 1–6", r.Columns)
	case r.ColumnGap < 0 || r.ColumnGap > 10:
		return r, fmt.Errorf("layout: column gap %d characters out of range 0–10", r.ColumnGap)
	case r.HeadingSpace < 0 || r.HeadingSpace > 3:
		return r, fmt.Errorf("layout: HeadingSpace %d out of range 0–3", r.HeadingSpace)
	case r.HeadingSize < 0 || r.HeadingSize > 3*r.BodySize:
		return r, fmt.Errorf("layout: heading size %g pt out of range", r.HeadingSize)
	case r.PadTo < 1 || r.PadTo > 64:
		return r, fmt.Errorf("layout: PadTo %d out of range 1–64", r.PadTo)
	case r.Margins.Top < 0 || r.Margins.Bottom < 0 || r.Margins.Inner < 0 || r.Margins.Outer < 0:
		return r, fmt.Errorf("layout: negative margin %+v", r.Margins)
	}
	return r, nil
}

// grid is the page geometry: every size in points.
type grid struct {
	pageW, pageH, bleed float64
	// inner and outer are the final side margins; top is the distance from
	// the trim top to the top of the first line's em box.
	inner, outer, top float64
	body, pitch       float64
	cols, chars       int     // columns and characters per column
	colW, gap         float64 // column width and gap
	typeW             float64 // type area width
	lines             int     // lines per column
}

func newGrid(o *Options) (*grid, error) {
	g := &grid{
		pageW: o.Size.Width * ptPerMM,
		pageH: o.Size.Height * ptPerMM,
		bleed: o.Bleed * ptPerMM,
		body:  o.BodySize,
		pitch: o.Pitch * o.BodySize,
		cols:  o.Columns,
	}
	g.gap = float64(o.ColumnGap) * g.body
	in, out := o.Margins.Inner*ptPerMM, o.Margins.Outer*ptPerMM
	avail := g.pageW - in - out - float64(g.cols-1)*g.gap
	// clreq §considerations_in_designing_type_area: the line length is a
	// whole number of characters, so justified CJK lines need no stretch.
	g.chars = int(avail/(float64(g.cols)*g.body) + 1e-9)
	if g.chars < 6 {
		return nil, fmt.Errorf("layout: %gx%g mm page leaves %d characters per column (need ≥ 6)", o.Size.Width, o.Size.Height, g.chars)
	}
	g.colW = float64(g.chars) * g.body
	g.typeW = float64(g.cols)*g.colW + float64(g.cols-1)*g.gap
	extra := (g.pageW - in - out - g.typeW) / 2
	g.inner, g.outer = in+extra, out+extra
	top, bot := o.Margins.Top*ptPerMM, o.Margins.Bottom*ptPerMM
	g.lines = int((g.pageH-top-bot-g.body)/g.pitch+1e-9) + 1
	if g.lines < 10 {
		return nil, fmt.Errorf("layout: %gx%g mm page leaves %d lines per column (need ≥ 10)", o.Size.Width, o.Size.Height, g.lines)
	}
	g.top = top + (g.pageH-top-bot-g.typeH())/2
	return g, nil
}

// typeH is the type area height: from the first line's em top to the last
// line's em bottom.
func (g *grid) typeH() float64 { return float64(g.lines-1)*g.pitch + g.body }

// left returns the x of the type area's left edge on page number n
// (1-based; odd numbers are recto pages, with the gutter on the left).
func (g *grid) left(n int) float64 {
	if n%2 == 1 {
		return g.inner
	}
	return g.outer
}

// colX is the x of column c relative to the type area's left edge.
func (g *grid) colX(c int) float64 { return float64(c) * (g.colW + g.gap) }

// lineTop is the y of grid line i's em top, from the trim top.
func (g *grid) lineTop(i int) float64 { return g.top + float64(i)*g.pitch }
