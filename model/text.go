package model

import "strings"

// ReadingText returns the text of the issue in the reading order both
// editions follow, one block a line: for each section its name and intro;
// for each article, the first time its series comes up, the series' name,
// credit and intro; then the article's column label, title, subtitle,
// byline, blocks, end mark and author note; last the colophon — the
// magazine's title and number, the masthead pairs, the cover credit and
// the notices. Pages the editions generate (cover, contents) are not part
// of it. It is the reference against which an edition's text is checked.
func ReadingText(is *Issue) string {
	var sb strings.Builder
	line := func(ss ...string) {
		var parts []string
		for _, s := range ss {
			if s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) > 0 {
			sb.WriteString(strings.Join(parts, " "))
			sb.WriteByte('\n')
		}
	}
	blocks := func(bs []Block) {
		for i := range bs {
			line(bs[i].Text())
		}
	}
	for si := range is.Sections {
		s := &is.Sections[si]
		line(s.Name)
		blocks(s.Intro)
		done := map[string]bool{}
		for ai := range s.Articles {
			a := &s.Articles[ai]
			if a.Series != "" && !done[a.Series] {
				done[a.Series] = true
				if g := s.SeriesByName(a.Series); g != nil {
					line(g.Name)
					line(g.Credit)
					blocks(g.Intro)
				}
			}
			line(a.ColumnLabel)
			line(a.Title)
			line(a.Subtitle)
			line(a.Byline)
			blocks(a.Blocks)
			line(a.EndMark) // set at the end of the last line
			line(a.AuthorNote)
		}
		for gi := range s.Series {
			if g := &s.Series[gi]; !done[g.Name] {
				line(g.Name)
				line(g.Credit)
				blocks(g.Intro)
			}
		}
	}
	m := &is.Meta
	line(m.Title)
	line(m.Number, m.HalfMonth, m.TotalNumber)
	for _, p := range m.Masthead {
		line(p.Key(), p.Value())
	}
	if m.Cover != nil {
		line(m.Cover.Caption, m.Cover.Credit)
	}
	blocks(m.Notices)
	return sb.String()
}
