package model

// NodeKind is the kind of a TOC node.
type NodeKind string

// The kinds of TOC nodes.
const (
	NodeSection NodeKind = "section"
	NodeSeries  NodeKind = "series"
	NodeArticle NodeKind = "article"
	NodeHeading NodeKind = "heading"
)

// Node is one entry of the issue's structure tree: section → series →
// article → heading. The same tree drives the EPUB nav, the PDF outline and
// the printed contents page.
type Node struct {
	// Kind says what the node stands for.
	Kind NodeKind
	// Title is the section name, series name, article title or heading
	// text.
	Title string
	// ID is the ID of the section, series, article or heading block.
	ID string
	// ArticleID is the ID of the article the node belongs to (for a heading,
	// its article; for an article, itself; empty for sections and series).
	ArticleID string
	// Section, Article and Block index the node's place in the Issue; -1
	// where they do not apply.
	Section, Article, Block int
	// Authors are the article's authors, for contents pages.
	Authors []string
	// Children are the nested nodes, in document order.
	Children []*Node
}

// TOC computes the issue's structure tree. Consecutive articles of a section
// that name the same series are grouped under one series node; headings
// nest by level under their article. Call AssignIDs first if IDs are
// wanted.
func TOC(is *Issue) []*Node {
	var out []*Node
	for si := range is.Sections {
		s := &is.Sections[si]
		sn := &Node{Kind: NodeSection, Title: s.Name, ID: s.ID, Section: si, Article: -1, Block: -1}
		out = append(out, sn)
		var series *Node
		for ai := range s.Articles {
			a := &s.Articles[ai]
			parent := sn
			if a.Series != "" {
				if series == nil || series.Title != a.Series {
					id := ""
					if g := s.SeriesByName(a.Series); g != nil {
						id = g.ID
					}
					series = &Node{Kind: NodeSeries, Title: a.Series, ID: id, Section: si, Article: -1, Block: -1}
					sn.Children = append(sn.Children, series)
				}
				parent = series
			} else {
				series = nil
			}
			an := &Node{Kind: NodeArticle, Title: a.Title, ID: a.ID, ArticleID: a.ID,
				Section: si, Article: ai, Block: -1, Authors: a.Authors}
			parent.Children = append(parent.Children, an)
			addHeadings(an, a, si, ai)
		}
	}
	return out
}

// addHeadings nests the article's headings under an by level: a heading
// goes under the nearest earlier heading of a smaller level.
func addHeadings(an *Node, a *Article, si, ai int) {
	type open struct {
		level int
		node  *Node
	}
	var stack []open
	for bi := range a.Blocks {
		b := &a.Blocks[bi]
		if b.Type != Heading {
			continue
		}
		n := &Node{Kind: NodeHeading, Title: b.Text(), ID: b.ID, ArticleID: a.ID,
			Section: si, Article: ai, Block: bi}
		for len(stack) > 0 && stack[len(stack)-1].level >= b.Level {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			an.Children = append(an.Children, n)
		} else {
			p := stack[len(stack)-1].node
			p.Children = append(p.Children, n)
		}
		stack = append(stack, open{b.Level, n})
	}
}

// WalkNodes calls fn for every node of the tree in document order, with its
// depth (0 for the roots). It stops and returns fn's error, if any.
func WalkNodes(nodes []*Node, fn func(n *Node, depth int) error) error {
	var walk func([]*Node, int) error
	walk = func(ns []*Node, d int) error {
		for _, n := range ns {
			if err := fn(n, d); err != nil {
				return err
			}
			if err := walk(n.Children, d+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(nodes, 0)
}
