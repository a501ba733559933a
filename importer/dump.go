package importer

import (
	"fmt"
	"io"
	"strings"

	"github.com/paiban/paiban/model"
)

// WriteText prints the whole issue as readable text, one block per line
// with its source line: meta, masthead, notices, sections, series and
// articles with their fields and blocks. Golden tests pin this dump, and
// an editor can read it to review an import.
func WriteText(w io.Writer, is *model.Issue) error {
	ew := &errWriter{w: w}
	m := &is.Meta
	ew.printf("issue %s | %s | %s | %s | date %s | ISSN %s | CN %s | publisher %s\n", m.Title, m.HalfMonth, m.Number, m.TotalNumber, m.Date, m.ISSN, m.CN, m.Publisher)
	if m.Cover != nil {
		ew.printf("cover L%d: %s | %s | %s\n", m.Cover.Line, m.Cover.Caption, m.Cover.Credit, m.Cover.Image)
	}
	for _, p := range m.Masthead {
		ew.printf("masthead: %s = %s\n", p[0], p[1])
	}
	for _, b := range m.Notices {
		dumpBlock(ew, "notice ", b)
	}
	for _, s := range is.Sections {
		ew.printf("\n== %s %s L%d\n", s.ID, s.Name, s.Line)
		for _, b := range s.Intro {
			dumpBlock(ew, "  intro ", b)
		}
		for _, g := range s.Series {
			ew.printf("  series %s %s L%d | credit %s\n", g.ID, g.Name, g.Line, g.Credit)
			for _, b := range g.Intro {
				dumpBlock(ew, "    intro ", b)
			}
		}
		for _, a := range s.Articles {
			ew.printf("\n-- %s %s L%d\n", a.ID, a.Title, a.Line)
			field := func(k, v string) {
				if v != "" {
					ew.printf("   %s: %s\n", k, v)
				}
			}
			field("subtitle", a.Subtitle)
			field("series", a.Series)
			field("label", a.ColumnLabel)
			field("byline", a.Byline)
			field("authors", strings.Join(a.Authors, " / "))
			field("note", a.AuthorNote)
			field("end", a.EndMark)
			if a.Audio {
				field("audio", "yes")
			}
			for _, b := range a.Blocks {
				dumpBlock(ew, "   ", b)
			}
		}
	}
	return ew.err
}

func dumpBlock(ew *errWriter, ind string, b model.Block) {
	switch b.Type {
	case model.Heading:
		ew.printf("%sH%d L%d %s\n", ind, b.Level, b.Line, b.Text())
	case model.Figure:
		ew.printf("%sF L%d %s | %s | %s | %s\n", ind, b.Line, b.Image, b.Alt, b.Caption, b.Credit)
	default:
		t := strings.ReplaceAll(b.Text(), "\n", " ⏎ ")
		ew.printf("%s%s L%d-%d %s\n", ind, strings.ToUpper(string(b.Type[:1])), b.Line, b.EndLine, t)
	}
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
