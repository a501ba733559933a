package model

import "strings"

// InlineType names the kind of an Inline. Its values are the JSON "type"
// values.
type InlineType string

// The inline types.
const (
	Text      InlineType = "text"     // Text
	Strong    InlineType = "strong"   // Children: a run-in head such as 五四运动席卷津城。
	Emphasis  InlineType = "emphasis" // Children
	Link      InlineType = "link"     // Children, URL
	LineBreak InlineType = "break"    // a forced line break
)

// Inline is one inline element. Type says which fields are used.
type Inline struct {
	// Type is the inline's kind.
	Type InlineType `json:"type"`
	// Text is the text of a Text inline.
	Text string `json:"text,omitempty"`
	// Children holds the content of Strong, Emphasis and Link.
	Children []Inline `json:"children,omitempty"`
	// URL is a link's target.
	URL string `json:"url,omitempty"`
}

// Txt returns a text inline.
func Txt(s string) Inline { return Inline{Type: Text, Text: s} }

// Bold returns a strong inline holding text.
func Bold(s string) Inline { return Inline{Type: Strong, Children: []Inline{Txt(s)}} }

// InlineText returns the plain text of a sequence of inlines; a line break
// becomes "\n".
func InlineText(ins []Inline) string {
	var sb strings.Builder
	appendInlineText(&sb, ins)
	return sb.String()
}

func appendInlineText(sb *strings.Builder, ins []Inline) {
	for i := range ins {
		switch ins[i].Type {
		case Text:
			sb.WriteString(ins[i].Text)
		case LineBreak:
			sb.WriteByte('\n')
		default:
			appendInlineText(sb, ins[i].Children)
		}
	}
}
