package layout

import "github.com/paiban/paiban/model"

// Document is a laid-out issue: renderer-neutral pages of positioned items.
// A PDF writer only draws it; every typesetting decision is already made.
type Document struct {
	// Fonts are the faces that runs refer to by index.
	Fonts []Face
	// Pages are the pages in print order.
	Pages []Page
	// Outline is the nested outline (section → series → article →
	// heading) with each entry's destination.
	Outline []*OutlineEntry
	// PageMap says which model block starts each page, for the EPUB
	// page-list.
	PageMap model.PageMap
	// Meta is the metadata, for document info.
	Meta model.Meta

	// lines and paras record every set line, for the package's tests.
	lines []*lineRec
	paras [][]rune
}

// Face is one font face used by the document.
type Face struct {
	// Name is the font's PostScript name (no subset tag).
	Name string
	// Data is the TrueType (glyf) font file.
	Data []byte
}

// PageKind says what a page holds; running heads and folios depend on it.
type PageKind string

// The page kinds.
const (
	CoverPage    PageKind = "cover"
	ContentsPage PageKind = "contents"
	BodyPage     PageKind = "body"
	ColophonPage PageKind = "colophon"
	BlankPage    PageKind = "blank"
)

// Page is one page. Coordinates are in points with the origin at the
// top-left corner of the trim box and y growing downwards; the bleed lies
// outside [0, Width] × [0, Height].
type Page struct {
	// Number is the 1-based position of the page in the document; Label is
	// the printed folio ("" for none).
	Number int
	Label  string
	Kind   PageKind
	// Width and Height are the trim size; Bleed is the bleed on each side.
	Width, Height, Bleed float64
	// Runs, Rules and Images are the page's content, drawn in that order.
	Runs   []Run
	Rules  []Rule
	Images []Image
	// Anchors are named destinations on the page (article and heading IDs).
	Anchors []Anchor
	// Links are clickable areas.
	Links []Link
}

// Run is a run of glyphs in one face and size on one baseline.
type Run struct {
	// Font indexes Document.Fonts.
	Font int
	// Size is the font size in points.
	Size float64
	// X and Y locate the run's origin: the left end of its baseline.
	X, Y float64
	// Text holds the runes to draw, one glyph each.
	Text []rune
	// Pos gives each rune's x offset from X. Its length equals len(Text).
	Pos []float64
	// End is the x offset from X where the last glyph's set advance ends:
	// less than its natural end when the layout compressed a line-end mark
	// to half an em. Zero means the natural end.
	End float64
	// Gray is the fill colour, 0 black to 1 white.
	Gray float64
	// Artifact marks pagination furniture (running heads, folios): drawn,
	// but kept out of the text a reader extracts, as tagged PDF marks
	// artifacts.
	Artifact bool
}

// Rule is a filled rectangle (a line, a box, a dash drawn as a rule).
type Rule struct {
	// X, Y is the top-left corner; W and H the size, in points.
	X, Y, W, H float64
	// Gray is the fill colour, 0 black to 1 white.
	Gray float64
}

// Image is a placed raster image.
type Image struct {
	// Path is the image file; Data, when set, is its content.
	Path string
	Data []byte
	// Ref says where the source names the picture ("issue.md:15"), for
	// the errors of a renderer that cannot read it; empty if unknown.
	Ref string
	// X, Y, W, H is the placed box.
	X, Y, W, H float64
}

// Anchor is a named destination at height Y on its page.
type Anchor struct {
	// ID is the model ID of the article or heading that starts here.
	ID string
	// Y is the height of the destination on the page.
	Y float64
}

// Link is a clickable rectangle that jumps to an anchor (Target) or opens a
// URL.
type Link struct {
	// X, Y, W, H is the clickable rectangle.
	X, Y, W, H float64
	// Target is the ID of an Anchor in the document; empty for a URL link.
	Target string
	// URL is an external address; empty for a link to an anchor.
	URL string
}

// OutlineEntry is one entry of the document outline.
type OutlineEntry struct {
	Title string
	// Page is the 1-based page number of the destination; Y its height.
	Page     int
	Y        float64
	Children []*OutlineEntry
}
