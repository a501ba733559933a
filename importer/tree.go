package importer

import (
	"fmt"
	"io"
	"strings"

	"github.com/paiban/paiban/model"
)

// WriteTree prints the issue as an indented tree: meta, sections, series,
// articles with byline, authors, block counts and end mark, and each
// article's headings indented by level.
func WriteTree(w io.Writer, is *model.Issue) {
	m := &is.Meta
	head := []string{m.Title}
	for _, f := range []string{m.HalfMonth, m.Number, m.TotalNumber} {
		if f != "" {
			head = append(head, f)
		}
	}
	line := strings.Join(head, " ")
	for _, f := range [][2]string{{"date", m.Date}, {"ISSN", m.ISSN}, {"CN", m.CN}} {
		if f[1] != "" {
			line += "  " + f[0] + " " + f[1]
		}
	}
	fmt.Fprintln(w, line)
	if m.Cover != nil {
		fmt.Fprintf(w, "cover: %s / %s\n", m.Cover.Caption, m.Cover.Credit)
	}
	fmt.Fprintf(w, "masthead: %d lines, notices: %d blocks\n", len(m.Masthead), len(m.Notices))
	n := 0
	for _, s := range is.Sections {
		fmt.Fprintf(w, "%s %s (%s)\n", s.ID, s.Name, plural(len(s.Articles), "article"))
		if len(s.Intro) > 0 {
			fmt.Fprintf(w, "  intro: %d blocks\n", len(s.Intro))
		}
		series := ""
		for _, a := range s.Articles {
			n++
			ind := "  "
			if a.Series != "" {
				if a.Series != series {
					// A hand-made issue may name a series its section
					// does not list.
					if g := s.SeriesByName(a.Series); g != nil {
						fmt.Fprintf(w, "  %s series %s", g.ID, a.Series)
						if g.Credit != "" {
							fmt.Fprintf(w, " [%s]", g.Credit)
						}
						fmt.Fprintf(w, " intro %d blocks\n", len(g.Intro))
					} else {
						fmt.Fprintf(w, "  series %s (not listed in the section)\n", a.Series)
					}
				}
				ind = "    "
			}
			series = a.Series
			fmt.Fprintf(w, "%s%s %s", ind, a.ID, a.Title)
			if a.Subtitle != "" {
				fmt.Fprintf(w, " —— %s", a.Subtitle)
			}
			fmt.Fprintln(w)
			var facts []string
			if a.ColumnLabel != "" {
				facts = append(facts, "label "+a.ColumnLabel)
			}
			if a.Byline != "" {
				facts = append(facts, "byline "+a.Byline)
			}
			if len(a.Authors) > 0 {
				facts = append(facts, "authors "+strings.Join(a.Authors, "、"))
			}
			counts := map[model.BlockType]int{}
			for _, b := range a.Blocks {
				counts[b.Type]++
			}
			c := plural(counts[model.Paragraph], "paragraph")
			for _, t := range []model.BlockType{model.Heading, model.Figure, model.Quote, model.List, model.Table, model.Lines} {
				if counts[t] > 0 {
					c += ", " + plural(counts[t], string(t))
				}
			}
			facts = append(facts, c)
			if a.EndMark != "" {
				facts = append(facts, "end "+a.EndMark)
			}
			if a.Audio {
				facts = append(facts, "audio")
			}
			if a.AuthorNote != "" {
				facts = append(facts, "note")
			}
			fmt.Fprintf(w, "%s  %s\n", ind, strings.Join(facts, "; "))
			for _, b := range a.Blocks {
				if b.Type == model.Heading {
					fmt.Fprintf(w, "%s  %s%s\n", ind, strings.Repeat("  ", b.Level), b.Text())
				}
			}
		}
	}
	fmt.Fprintf(w, "%d sections, %d articles\n", len(is.Sections), n)
}

// WriteDiagnostics prints the diagnostics, errors and warnings first;
// quiet leaves out the info ones.
func WriteDiagnostics(w io.Writer, ds []model.Diagnostic, quiet bool) {
	counts := map[model.Severity]int{}
	for _, d := range ds {
		counts[d.Severity]++
	}
	fmt.Fprintf(w, "diagnostics: %d warnings, %d info\n", counts[model.Warning], counts[model.Info])
	for _, sev := range []model.Severity{model.Error, model.Warning, model.Info} {
		if sev == model.Info && quiet {
			continue
		}
		for _, d := range ds {
			if d.Severity == sev {
				fmt.Fprintln(w, d.String())
			}
		}
	}
}

// plural returns "1 article", "2 articles".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
