package fonts

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// MaxPlaces caps the places recorded per missing character; Missing.Count
// still counts every occurrence.
const MaxPlaces = 50

// Missing is a character that no font of the chain of the role it is used
// in has, with where it occurs.
type Missing struct {
	// Rune is the character.
	Rune rune
	// Substitute is the visible stand-in the set offers for the role of the
	// first place (see Set.Substitute), 0 if the chain has none.
	Substitute rune
	// Count is the number of occurrences.
	Count int
	// Places are the distinct places it occurs, in reading order, at most
	// MaxPlaces.
	Places []Place
}

// Place says where a character occurs in an issue.
type Place struct {
	// Role is the role whose chain lacks the character.
	Role Role
	// Section is the section's name, empty outside sections.
	Section string
	// ArticleID and Article are the article's ID and title, empty outside
	// articles.
	ArticleID string
	Article   string
	// Line is the source line, 0 if unknown.
	Line int
	// Where names the text: "title", "byline", "paragraph", "notices
	// paragraph", "masthead", …
	Where string
}

// String formats the place for a diagnostic.
func (p Place) String() string {
	var parts []string
	if p.Line > 0 {
		parts = append(parts, fmt.Sprintf("line %d", p.Line))
	}
	if p.ArticleID != "" || p.Article != "" {
		parts = append(parts, strings.TrimSpace(p.ArticleID+" "+p.Article))
	} else if p.Section != "" {
		parts = append(parts, p.Section)
	}
	parts = append(parts, p.Where, "("+string(p.Role)+")")
	return strings.Join(parts, " ")
}

// String formats the missing character with its first place, e.g.
// `U+2612 ☒ ×3, first at line 120 a004 标题 paragraph (body)`.
func (m Missing) String() string {
	s := fmt.Sprintf("U+%04X %c ×%d", m.Rune, m.Rune, m.Count)
	if len(m.Places) > 0 {
		s += ", first at " + m.Places[0].String()
	}
	return s
}

// Ignorable reports whether r needs no glyph: control characters and the
// default-ignorable format characters (zero-width space and joiners, BOM,
// bidi controls, variation selectors, soft hyphen). Coverage skips them and
// renderers should drop them.
func Ignorable(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7F && r < 0xA0:
		return true
	case r == 0xAD, r == 0x34F, r >= 0x180B && r <= 0x180F,
		r >= 0x200B && r <= 0x200F, r >= 0x2028 && r <= 0x202E,
		r >= 0x2060 && r <= 0x206F, r == 0xFEFF,
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0000 && r <= 0xE0FFF:
		return true
	}
	return unicode.Is(unicode.Cc, r)
}

// CoverageText returns the distinct characters of text that no font of
// Chain(role) has, in code point order. Ignorable characters are skipped.
func (s *Set) CoverageText(role Role, text string) []rune {
	var seen [0x10000 / 64]uint64
	var out []rune
	var supp map[rune]bool
	for _, r := range text {
		if r <= 0xFFFF {
			w, bit := r>>6, uint64(1)<<(r&63)
			if seen[w]&bit != 0 {
				continue
			}
			seen[w] |= bit
		} else {
			if supp[r] {
				continue
			}
			if supp == nil {
				supp = map[rune]bool{}
			}
			supp[r] = true
		}
		if !Ignorable(r) && !s.Has(role, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// Coverage returns every character of the issue's text that no font of the
// chain of the role it is set in has: metadata and masthead, section,
// series and article titles, bylines, every block (via model.Walk) and the
// notices. Titles, headings and bold runs use Heading; bylines, captions,
// credits and emphasis use Caption; everything else Body. The result is in
// code point order; the caller decides whether a missing character is an
// error or a warning.
func (s *Set) Coverage(is *model.Issue) []Missing {
	if is == nil {
		return nil
	}
	c := &coverage{set: s, byRune: map[rune]*Missing{}, seen: map[placeKey]bool{}}
	m := &is.Meta
	meta := Place{Line: m.Line}
	c.text(Heading, m.Title, meta, "issue title")
	c.text(Heading, m.Number, meta, "issue number")
	c.text(Heading, m.TotalNumber, meta, "issue number")
	c.text(Heading, m.HalfMonth, meta, "issue number")
	c.text(Body, m.Publisher, meta, "publisher")
	for _, p := range m.Masthead {
		c.text(Body, p.Key(), meta, "masthead")
		c.text(Body, p.Value(), meta, "masthead")
	}
	if cv := m.Cover; cv != nil {
		c.text(Caption, cv.Caption, Place{Line: cv.Line}, "cover caption")
		c.text(Caption, cv.Credit, Place{Line: cv.Line}, "cover credit")
	}

	doneSec := map[*model.Section]bool{}
	doneArt := map[*model.Article]bool{}
	section := func(sec *model.Section) {
		if sec == nil || doneSec[sec] {
			return
		}
		doneSec[sec] = true
		p := Place{Section: sec.Name, Line: sec.Line}
		c.text(Heading, sec.Name, p, "section name")
		for _, g := range sec.Series {
			gp := p
			gp.Line = g.Line
			c.text(Heading, g.Name, gp, "series name")
			c.text(Caption, g.Credit, gp, "series credit")
		}
	}
	article := func(sec *model.Section, a *model.Article) {
		if a == nil || doneArt[a] {
			return
		}
		doneArt[a] = true
		p := articlePlace(sec, a)
		p.Line = a.Line
		c.text(Heading, a.Title, p, "title")
		c.text(Heading, a.Subtitle, p, "subtitle")
		c.text(Heading, a.ColumnLabel, p, "column label")
		c.text(Caption, a.Byline, p, "byline")
		for _, au := range a.Authors {
			c.text(Caption, au, p, "author")
		}
		c.text(Caption, a.AuthorNote, p, "author note")
		c.text(Body, a.EndMark, p, "end mark")
	}
	_ = model.Walk(is, func(mp model.Place, b *model.Block) error {
		section(mp.Section)
		article(mp.Section, mp.Article)
		p := articlePlace(mp.Section, mp.Article)
		p.Line = b.Line
		where := string(b.Type)
		if mp.Where != "blocks" {
			where = mp.Where + " " + where
		}
		c.block(b, p, where)
		return nil
	})
	// Sections and articles without blocks were not visited by Walk.
	for si := range is.Sections {
		sec := &is.Sections[si]
		section(sec)
		for ai := range sec.Articles {
			article(sec, &sec.Articles[ai])
		}
	}

	out := make([]Missing, 0, len(c.byRune))
	for _, m := range c.byRune {
		out = append(out, *m)
	}
	slices.SortFunc(out, func(a, b Missing) int { return int(a.Rune - b.Rune) })
	return out
}

func articlePlace(sec *model.Section, a *model.Article) Place {
	var p Place
	if sec != nil {
		p.Section = sec.Name
	}
	if a != nil {
		p.ArticleID, p.Article = a.ID, a.Title
	}
	return p
}

type placeKey struct {
	r rune
	p Place
}

// coverage collects missing characters with their places.
type coverage struct {
	set    *Set
	byRune map[rune]*Missing
	seen   map[placeKey]bool
}

func (c *coverage) text(role Role, s string, p Place, where string) {
	for _, r := range s {
		if Ignorable(r) || c.set.Has(role, r) {
			continue
		}
		p.Role, p.Where = role, where
		m := c.byRune[r]
		if m == nil {
			m = &Missing{Rune: r}
			if sub, _, ok := c.set.Substitute(role); ok {
				m.Substitute = sub
			}
			c.byRune[r] = m
		}
		m.Count++
		k := placeKey{r, p}
		if !c.seen[k] && len(m.Places) < MaxPlaces {
			c.seen[k] = true
			m.Places = append(m.Places, p)
		}
	}
}

func (c *coverage) inlines(role Role, ins []model.Inline, p Place, where string) {
	for i := range ins {
		in := &ins[i]
		switch in.Type {
		case model.Text:
			c.text(role, in.Text, p, where)
		case model.Strong:
			c.inlines(Heading, in.Children, p, where)
		case model.Emphasis:
			c.inlines(Caption, in.Children, p, where)
		default:
			c.inlines(role, in.Children, p, where)
		}
	}
}

// block checks the block's own text; Walk visits the children of quotes
// and lists itself.
func (c *coverage) block(b *model.Block, p Place, where string) {
	switch b.Type {
	case model.Paragraph:
		c.inlines(Body, b.Inlines, p, where)
	case model.Heading:
		c.inlines(Heading, b.Inlines, p, where)
	case model.Figure:
		c.text(Caption, b.Caption, p, where+" caption")
		c.text(Caption, b.Credit, p, where+" credit")
	case model.Table:
		for i, row := range b.Rows {
			role := Body
			if i < b.HeaderRows {
				role = Heading
			}
			for _, cell := range row {
				c.inlines(role, cell.Inlines, p, where)
			}
		}
	case model.Lines:
		for _, l := range b.LineItems {
			c.inlines(Body, l, p, where)
		}
	}
}
