package model

// Place says where a block sits in an issue. Article is nil for blocks
// outside articles (section and series intros, notices).
type Place struct {
	Section *Section
	Article *Article
	// Where names the block's container: "blocks", "intro", "series-intro",
	// "notices", "quote", "list", for diagnostics.
	Where string
}

// Walk calls fn for every block of the issue in reading order, including
// blocks nested in quotes and list items (after their container). Notices
// come last. It stops at the first error fn returns and returns it.
func Walk(is *Issue, fn func(p Place, b *Block) error) error {
	var walk func(p Place, bs []Block) error
	walk = func(p Place, bs []Block) error {
		for i := range bs {
			b := &bs[i]
			if err := fn(p, b); err != nil {
				return err
			}
			q := p
			switch b.Type {
			case Quote:
				q.Where = "quote"
				if err := walk(q, b.Children); err != nil {
					return err
				}
			case List:
				q.Where = "list"
				for _, it := range b.Items {
					if err := walk(q, it); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	for si := range is.Sections {
		s := &is.Sections[si]
		if err := walk(Place{Section: s, Where: "intro"}, s.Intro); err != nil {
			return err
		}
		done := map[string]bool{}
		for ai := range s.Articles {
			a := &s.Articles[ai]
			if a.Series != "" && !done[a.Series] {
				done[a.Series] = true
				if g := s.SeriesByName(a.Series); g != nil {
					if err := walk(Place{Section: s, Where: "series-intro"}, g.Intro); err != nil {
						return err
					}
				}
			}
			if err := walk(Place{Section: s, Article: a, Where: "blocks"}, a.Blocks); err != nil {
				return err
			}
		}
	}
	return walk(Place{Where: "notices"}, is.Meta.Notices)
}

// Articles returns pointers to every article of the issue in reading order.
func (is *Issue) Articles() []*Article {
	var out []*Article
	for si := range is.Sections {
		for ai := range is.Sections[si].Articles {
			out = append(out, &is.Sections[si].Articles[ai])
		}
	}
	return out
}
