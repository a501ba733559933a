package model

import (
	"errors"
	"fmt"
	"strings"
)

// Problem is one structural problem found by Validate.
type Problem struct {
	// Line is the source line, 0 if unknown.
	Line int
	// Where names the place: section, article and block.
	Where string
	// Msg says what is wrong.
	Msg string
}

func (p Problem) Error() string {
	var sb strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&sb, "line %d: ", p.Line)
	}
	if p.Where != "" {
		sb.WriteString(p.Where)
		sb.WriteString(": ")
	}
	sb.WriteString(p.Msg)
	return sb.String()
}

// Validate reports structural problems of the issue: a missing title, a
// section or article without a name, duplicate IDs, unknown block or inline
// types, heading levels out of range, empty paragraphs, figures without an
// image or caption, empty lists, tables without rows, and a series named by
// an article but not declared by its section. It returns nil when it finds
// none, or an error that joins one Problem per finding.
func Validate(is *Issue) error {
	var ps []error
	add := func(line int, where, format string, args ...any) {
		ps = append(ps, Problem{Line: line, Where: where, Msg: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(is.Meta.Title) == "" {
		add(is.Meta.Line, "issue", "no title")
	}
	if d := is.Meta.Date; d != "" && !isISODate(d) {
		add(is.Meta.Line, "issue", "date %q is not YYYY-MM-DD", d)
	}
	ids := map[string]string{}
	checkID := func(id, where string, line int) {
		if id == "" {
			return
		}
		if prev, ok := ids[id]; ok {
			add(line, where, "ID %q already used by %s", id, prev)
			return
		}
		ids[id] = where
	}
	for si := range is.Sections {
		s := &is.Sections[si]
		sw := fmt.Sprintf("section %d", si+1)
		if strings.TrimSpace(s.Name) == "" {
			add(s.Line, sw, "no name")
		}
		checkID(s.ID, sw, s.Line)
		for gi := range s.Series {
			g := &s.Series[gi]
			if strings.TrimSpace(g.Name) == "" {
				add(g.Line, sw, "series %d has no name", gi+1)
			}
			checkID(g.ID, sw+" series "+g.Name, g.Line)
			validateBlocks(g.Intro, sw+" series "+g.Name, add)
		}
		validateBlocks(s.Intro, sw+" intro", add)
		for ai := range s.Articles {
			a := &s.Articles[ai]
			aw := fmt.Sprintf("%s article %d", sw, ai+1)
			if a.Title != "" {
				aw += " " + a.Title
			}
			if strings.TrimSpace(a.Title) == "" {
				add(a.Line, aw, "no title")
			}
			checkID(a.ID, aw, a.Line)
			if a.Series != "" && s.SeriesByName(a.Series) == nil {
				add(a.Line, aw, "series %q is not declared by the section", a.Series)
			}
			for bi := range a.Blocks {
				if a.Blocks[bi].Type == Heading {
					checkID(a.Blocks[bi].ID, aw+" heading", a.Blocks[bi].Line)
				}
			}
			validateBlocks(a.Blocks, aw, add)
		}
	}
	validateBlocks(is.Meta.Notices, "notices", add)
	return errors.Join(ps...)
}

func validateBlocks(bs []Block, where string, add func(int, string, string, ...any)) {
	for i := range bs {
		b := &bs[i]
		w := fmt.Sprintf("%s block %d (%s)", where, i+1, b.Type)
		switch b.Type {
		case Paragraph, Heading:
			if strings.TrimSpace(b.Text()) == "" {
				add(b.Line, w, "empty %s", b.Type)
			}
			if b.Type == Heading && (b.Level < 1 || b.Level > 6) {
				add(b.Line, w, "heading level %d not in 1..6", b.Level)
			}
			validateInlines(b.Inlines, w, b.Line, add)
		case Figure:
			if b.Image == "" && b.Caption == "" && b.Credit == "" {
				add(b.Line, w, "figure with neither image nor caption")
			}
		case Quote:
			if len(b.Children) == 0 {
				add(b.Line, w, "empty quote")
			}
			validateBlocks(b.Children, w, add)
		case List:
			if len(b.Items) == 0 {
				add(b.Line, w, "list without items")
			}
			for _, it := range b.Items {
				validateBlocks(it, w, add)
			}
		case Table:
			if len(b.Rows) == 0 {
				add(b.Line, w, "table without rows")
			}
			if b.HeaderRows < 0 || b.HeaderRows > len(b.Rows) {
				add(b.Line, w, "header_rows %d out of range", b.HeaderRows)
			}
		case Lines:
			if len(b.LineItems) == 0 {
				add(b.Line, w, "line block without lines")
			}
		default:
			add(b.Line, w, "unknown block type %q", b.Type)
		}
	}
}

func validateInlines(ins []Inline, where string, line int, add func(int, string, string, ...any)) {
	for i := range ins {
		switch ins[i].Type {
		case Text, LineBreak:
		case Strong, Emphasis:
			validateInlines(ins[i].Children, where, line, add)
		case Link:
			if ins[i].URL == "" {
				add(line, where, "link without URL")
			}
			validateInlines(ins[i].Children, where, line, add)
		default:
			add(line, where, "unknown inline type %q", ins[i].Type)
		}
	}
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
