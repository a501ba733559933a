package model

import "fmt"

// AssignIDs gives every section, series, article and in-article heading an
// ID that depends only on its position: s01, s01-g01, a001, a001-h01. IDs
// already set are kept, so a JSON source may choose its own; a kept ID that
// collides with an earlier one is replaced. Renderers use the IDs for file
// names and anchors, so they must be stable from build to build.
func AssignIDs(is *Issue) {
	seen := map[string]bool{}
	take := func(cur, def string) string {
		if cur != "" && !seen[cur] && validID(cur) {
			seen[cur] = true
			return cur
		}
		id := def
		for n := 2; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", def, n)
		}
		seen[id] = true
		return id
	}
	art := 0
	for si := range is.Sections {
		s := &is.Sections[si]
		s.ID = take(s.ID, fmt.Sprintf("s%02d", si+1))
		for gi := range s.Series {
			s.Series[gi].ID = take(s.Series[gi].ID, fmt.Sprintf("%s-g%02d", s.ID, gi+1))
		}
		for ai := range s.Articles {
			art++
			a := &s.Articles[ai]
			a.ID = take(a.ID, fmt.Sprintf("a%03d", art))
			h := 0
			for bi := range a.Blocks {
				if a.Blocks[bi].Type == Heading {
					h++
					a.Blocks[bi].ID = take(a.Blocks[bi].ID, fmt.Sprintf("%s-h%02d", a.ID, h))
				}
			}
		}
	}
}

// WithIDs returns a copy of is with IDs assigned by AssignIDs, leaving is
// itself unchanged: the renderers call it so that an issue built in code
// without IDs still gets anchors and file names, without writing to the
// caller's value (which concurrent builds may share). The copy shares all
// the data AssignIDs does not write.
func WithIDs(is *Issue) *Issue {
	c := *is
	c.Sections = append([]Section(nil), is.Sections...)
	for si := range c.Sections {
		s := &c.Sections[si]
		s.Series = append([]Series(nil), s.Series...)
		s.Articles = append([]Article(nil), s.Articles...)
		for ai := range s.Articles {
			s.Articles[ai].Blocks = append([]Block(nil), s.Articles[ai].Blocks...)
		}
	}
	AssignIDs(&c)
	return &c
}

// validID reports whether id can serve as an XML id and a file name: an
// ASCII letter first, then letters, digits, '-' and '_'.
func validID(id string) bool {
	for i, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '_'):
		default:
			return false
		}
	}
	return id != "" && len(id) <= 64
}
