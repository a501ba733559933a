package importer

import "github.com/paiban/paiban/model"

// rawKind is the kind of a raw block: what a source parser found before
// structure recovery.
type rawKind uint8

const (
	rawPara    rawKind = iota // a paragraph: inl holds its inlines
	rawHeading                // a heading: level and inl
	rawBlock                  // a ready model block (figure with image, quote, list, table)
)

// role is what the passes decided a raw paragraph is.
type role uint8

const (
	roleText    role = iota // body text
	roleFigure              // a caption or credit standing for a missing image
	roleRemoved             // consumed into the model as data (byline, QR marker, label, note …)
)

// raw is one block of the source as the parsers see it: Markdown and HTML
// both produce a sequence of raws, and the structure recovery and the
// normalize passes work on that sequence only, so both formats get the
// same treatment.
//
// Inside a raw paragraph, a soft line break is kept as a text inline "\n"
// (so passes can see source lines) and a hard break as a model.LineBreak;
// the breaks pass folds them at the end.
type raw struct {
	kind  rawKind
	level int
	inl   []model.Inline
	blk   model.Block
	line  int // first source line
	end   int // last source line
	gap   int // blank lines before the block in the source (0 for HTML)

	role      role
	fig       *model.Block // set when role is roleFigure
	mark      string       // end mark lifted off this paragraph
	merged    bool         // joined into the paragraph before it
	tableCap  bool         // a table's caption, kept as text before the table
	inlineFig bool         // a figure taken out of a paragraph: what follows is no caption of it
}

// text returns the plain text of a raw paragraph or heading.
func (r *raw) text() string { return plain(r.inl) }

// softBreak is the inline that stands for a soft line break until the
// breaks pass folds it.
var softBreak = model.Inline{Type: model.Text, Text: "\n"}
