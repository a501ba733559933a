package model

import (
	"encoding/json"
	"strings"
)

// BlockType names the kind of a Block. Its values are the JSON "type" values.
type BlockType string

// The block types.
const (
	Paragraph BlockType = "paragraph" // Inlines
	Heading   BlockType = "heading"   // Inlines, Level
	Figure    BlockType = "figure"    // Image, Alt, Caption, Credit
	Quote     BlockType = "quote"     // Children
	List      BlockType = "list"      // Items, Ordered
	Table     BlockType = "table"     // Rows
	Lines     BlockType = "lines"     // LineItems: a line block (poetry, addresses)
)

// Block is one block of an article's body. It is a tagged union: Type says
// which of the other fields are used (see the BlockType constants).
type Block struct {
	// Type is the block's kind.
	Type BlockType `json:"type"`
	// ID is an anchor for headings, set by AssignIDs.
	ID string `json:"id,omitempty"`
	// Level is a heading's level relative to its article: 1 is the
	// article's first level of subheadings.
	Level int `json:"level,omitempty"`
	// Inlines is the content of a paragraph or heading.
	Inlines []Inline `json:"inlines,omitempty"`

	// Image is a figure's image path, relative to the folder.
	Image string `json:"image,omitempty"`
	// Alt is a figure's text alternative.
	Alt string `json:"alt,omitempty"`
	// Caption is a figure's caption.
	Caption string `json:"caption,omitempty"`
	// Credit is a figure's photo credit (… 摄, …供图).
	Credit string `json:"credit,omitempty"`

	// Children holds the blocks of a quote.
	Children []Block `json:"children,omitempty"`
	// Ordered marks a numbered list.
	Ordered bool `json:"ordered,omitempty"`
	// Items holds the items of a list, each a sequence of blocks.
	Items [][]Block `json:"items,omitempty"`
	// Rows holds a table's rows; the first HeaderRows are header rows.
	Rows [][]Cell `json:"rows,omitempty"`
	// HeaderRows is the number of header rows of a table.
	HeaderRows int `json:"header_rows,omitempty"`
	// LineItems holds the lines of a line block.
	LineItems [][]Inline `json:"lines,omitempty"`

	// Line is the first source line of the block; EndLine the last.
	Line    int `json:"line,omitempty"`
	EndLine int `json:"end_line,omitempty"`
}

// Cell is one table cell.
type Cell struct {
	// Inlines is the cell's content.
	Inlines []Inline `json:"inlines"`
}

// Para returns a paragraph block holding text.
func Para(text string) Block {
	return Block{Type: Paragraph, Inlines: []Inline{Txt(text)}}
}

// Head returns a heading block of the given level holding text.
func Head(level int, text string) Block {
	return Block{Type: Heading, Level: level, Inlines: []Inline{Txt(text)}}
}

// Text returns the plain text of the block: inline text with formatting
// removed; for figures the caption and credit, for containers their
// children's texts joined by newlines, for tables the cells joined by tabs
// and the rows by newlines.
func (b *Block) Text() string {
	switch b.Type {
	case Paragraph, Heading:
		return InlineText(b.Inlines)
	case Figure:
		return joinNonEmpty(" ", b.Caption, b.Credit)
	case Quote:
		return blocksText(b.Children)
	case List:
		parts := make([]string, len(b.Items))
		for i, it := range b.Items {
			parts[i] = blocksText(it)
		}
		return strings.Join(parts, "\n")
	case Table:
		rows := make([]string, len(b.Rows))
		for i, r := range b.Rows {
			cells := make([]string, len(r))
			for j, c := range r {
				cells[j] = InlineText(c.Inlines)
			}
			rows[i] = strings.Join(cells, "\t")
		}
		return strings.Join(rows, "\n")
	case Lines:
		ls := make([]string, len(b.LineItems))
		for i, l := range b.LineItems {
			ls[i] = InlineText(l)
		}
		return strings.Join(ls, "\n")
	}
	return ""
}

func blocksText(bs []Block) string {
	parts := make([]string, 0, len(bs))
	for i := range bs {
		parts = append(parts, bs[i].Text())
	}
	return strings.Join(parts, "\n")
}

func joinNonEmpty(sep string, ss ...string) string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// blockJSON is Block without its methods, so that MarshalJSON can embed it.
type blockJSON Block

// MarshalJSON writes the block with an extra "text" key holding Text(), for
// tools that want the plain text without walking the inlines.
func (b Block) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		blockJSON
		Text string `json:"text"`
	}{blockJSON(b), b.Text()})
}

// UnmarshalJSON reads a block. The "text" key is derived and ignored, except
// that a paragraph or heading given only "text" (no "inlines") gets it as a
// single text inline, so that hand-written JSON can stay short.
func (b *Block) UnmarshalJSON(data []byte) error {
	var v struct {
		blockJSON
		Text string `json:"text"`
	}
	if err := strictUnmarshal(data, &v); err != nil {
		return err
	}
	*b = Block(v.blockJSON)
	if len(b.Inlines) == 0 && v.Text != "" && (b.Type == Paragraph || b.Type == Heading) {
		b.Inlines = []Inline{Txt(v.Text)}
	}
	return nil
}
