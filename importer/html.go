package importer

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paiban/paiban/model"
)

// HTML imports an issue from a publisher's HTML export: one page for the
// whole issue, or several pages (one per article, the contents on one of
// them) concatenated in reading order. Headings h1–h6, paragraphs, strong
// and emphasis, links, line breaks, figures with figcaption, images, block
// quotes, lists and tables are read into the same raw blocks the Markdown
// importer makes, so the same structure recovery and passes apply. name is
// used in diagnostics and errors; lines are found by locating each block's
// text in the source.
func HTML(r io.Reader, name string, opts *Options) (*Result, error) {
	src, err := readSource(r, name, opts)
	if err != nil {
		return nil, err
	}
	p, err := parseHTMLPage(src, name)
	if err != nil {
		return nil, err
	}
	d := newDoc(name, opts)
	d.raws = p.out
	d.noteDropped(p)
	return d.run()
}

// htmlDir imports the HTML pages of a directory, in name order, as one
// issue. Diagnostics name the directory; their lines are those of the page
// the block came from.
func htmlDir(dir string, opts *Options) (*Result, error) {
	var names []string
	for _, pat := range []string{"*.html", "*.htm"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		if err != nil {
			return nil, fmt.Errorf("importer: %s: %w", dir, err)
		}
		names = append(names, m...)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, fmt.Errorf("importer: %s: a directory without .html pages", dir)
	}
	d := newDoc(dir, opts)
	var total int64
	for _, name := range names {
		if fi, err := os.Stat(name); err == nil {
			total += fi.Size()
		}
	}
	if total > opts.maxBytes() {
		return nil, tooBig(dir, total, opts.maxBytes())
	}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("importer: %w", err)
		}
		src, err := decode(data, name)
		if err != nil {
			return nil, err
		}
		p, err := parseHTMLPage(src, name)
		if err != nil {
			return nil, err
		}
		d.raws = append(d.raws, p.out...)
		d.noteDropped(p)
	}
	return d.run()
}

// parseHTML turns an HTML document into raw blocks.
func parseHTML(src, name string) ([]raw, error) {
	p, err := parseHTMLPage(src, name)
	if err != nil {
		return nil, err
	}
	return p.out, nil
}

// parseHTMLPage parses an HTML document; the parser holds the raw blocks
// and the text left out of them.
func parseHTMLPage(src, name string) (*htmlParser, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		return nil, fmt.Errorf("importer: %s: %w", name, err)
	}
	p := &htmlParser{src: src}
	for _, n := range doc.Find("body").Nodes {
		p.blocks(n)
	}
	if len(p.out) == 0 {
		return nil, fmt.Errorf("importer: %s: the HTML holds no headings or paragraphs", name)
	}
	return p, nil
}

type htmlParser struct {
	src     string
	cursor  int // byte offset in src past the last located block
	out     []raw
	dropped []droppedText
	skip    map[*html.Node]bool // nodes already read (a figure's image and caption)
}

// droppedText is text of the page the parser leaves out on purpose (site
// navigation), kept so that the import can report it.
type droppedText struct {
	line int
	text string
}

// sub returns a parser for the insides of a block, sharing the cursor.
func (p *htmlParser) sub() *htmlParser {
	return &htmlParser{src: p.src, cursor: p.cursor, skip: p.skip}
}

// join takes back the cursor and the dropped text of a sub parser.
func (p *htmlParser) join(sub *htmlParser) {
	p.cursor = sub.cursor
	p.dropped = append(p.dropped, sub.dropped...)
}

// noteDropped records the diagnostics of the text the parser left out.
func (d *doc) noteDropped(p *htmlParser) {
	for _, t := range p.dropped {
		d.info("structure", t.line, t.text, "", "site navigation (<nav>) dropped: %q", tail(t.text, 20))
	}
}

// line locates text in the source after the cursor and returns its line,
// or the cursor's line when it cannot be found.
func (p *htmlParser) line(text string) int {
	key := []rune(strings.TrimSpace(text))
	if len(key) > 6 {
		key = key[:6]
	}
	if k := strings.Index(p.src[p.cursor:], string(key)); len(key) > 0 && k >= 0 {
		p.cursor += k
	}
	return strings.Count(p.src[:p.cursor], "\n") + 1
}

// blocks reads the block-level children of n.
func (p *htmlParser) blocks(n *html.Node) {
	var loose []model.Inline // inline content directly in a container
	var looseEl []*html.Node // its elements, for the pictures inside them
	flush := func() {
		ins := trimInl(normInl(loose))
		loose = nil
		if strings.TrimSpace(plain(ins)) != "" {
			l := p.line(plain(ins))
			p.out = append(p.out, raw{kind: rawPara, inl: ins, line: l, end: l})
		}
		for _, e := range looseEl {
			p.inlineImages(e)
		}
		looseEl = nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if p.skip[c] {
			continue
		}
		if c.Type == html.TextNode || c.Type == html.ElementNode && isInlineElem(c) {
			loose = append(loose, inlines(c)...)
			if c.Type == html.ElementNode {
				looseEl = append(looseEl, c)
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		flush()
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			ins := trimInl(normInl(inlines(c)))
			if t := plain(ins); strings.TrimSpace(t) != "" {
				l := p.line(t)
				p.out = append(p.out, raw{kind: rawHeading, level: int(c.Data[1] - '0'), inl: ins, line: l, end: l})
			}
			p.inlineImages(c)
		case atom.P:
			ins := trimInl(normInl(inlines(c)))
			if strings.TrimSpace(plain(ins)) != "" {
				l := p.line(plain(ins))
				p.out = append(p.out, raw{kind: rawPara, inl: ins, line: l, end: l})
			}
			// A picture inside a paragraph cannot stay inline in the
			// model: it becomes a figure after the paragraph.
			p.inlineImages(c)
		case atom.Figure:
			p.figureElem(c)
		case atom.Img:
			p.figure(c, nil)
		case atom.Nav:
			// Site navigation is not part of the issue; its text is
			// reported, so that the accounting holds.
			if t := strings.TrimSpace(plain(trimInl(normInl(allText(c))))); t != "" {
				p.dropped = append(p.dropped, droppedText{line: p.line(t), text: t})
			}
		case atom.Blockquote:
			sub := p.sub()
			sub.blocks(c)
			p.join(sub)
			if kids := toBlocks(sub.out); len(kids) > 0 {
				p.out = append(p.out, raw{kind: rawBlock, blk: model.Block{Type: model.Quote, Children: kids, Line: kids[0].Line, EndLine: kids[len(kids)-1].EndLine}, line: kids[0].Line, end: kids[len(kids)-1].EndLine})
			}
		case atom.Ul, atom.Ol:
			var items [][]model.Block
			line := 0
			for li := c.FirstChild; li != nil; li = li.NextSibling {
				if li.DataAtom != atom.Li {
					continue
				}
				sub := p.sub()
				sub.blocks(li)
				p.join(sub)
				if kids := toBlocks(sub.out); len(kids) > 0 {
					if line == 0 {
						line = kids[0].Line
					}
					items = append(items, kids)
				}
			}
			if len(items) > 0 {
				p.out = append(p.out, raw{kind: rawBlock, blk: model.Block{Type: model.List, Ordered: c.DataAtom == atom.Ol, Items: items, Line: line, EndLine: line}, line: line, end: line})
			}
		case atom.Table:
			p.table(c)
		case atom.Hr, atom.Script, atom.Style, atom.Head:
		default:
			p.blocks(c)
		}
	}
	flush()
}

// figureElem reads a <figure>: its (first) image and caption make the
// figure block; anything else in it (a paragraph, more images) follows as
// blocks of its own rather than being lost.
func (p *htmlParser) figureElem(c *html.Node) {
	img, caption := findAtom(c, atom.Img), findAtom(c, atom.Figcaption)
	p.figure(img, caption)
	if p.skip == nil {
		p.skip = map[*html.Node]bool{}
	}
	for _, n := range []*html.Node{img, caption} {
		if n != nil {
			p.skip[n] = true
		}
	}
	p.blocks(c)
}

// inlineImages adds a figure for each picture inside n, alt text and all.
func (p *htmlParser) inlineImages(n *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Img && !p.skip[c] {
				n := len(p.out)
				p.figure(c, nil)
				if len(p.out) > n {
					p.out[n].inlineFig = true
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
}

// allText returns the text of n and its descendants as inlines, block
// elements and all, for text that is reported rather than kept.
func allText(n *html.Node) []model.Inline {
	if n.Type == html.TextNode {
		return []model.Inline{model.Txt(n.Data)}
	}
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
		return nil
	}
	var out []model.Inline
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !isInlineElem(c) {
			out = append(out, model.Txt(" "))
		}
		out = append(out, allText(c)...)
	}
	return out
}

// figure adds a figure block.
func (p *htmlParser) figure(img, caption *html.Node) {
	b := model.Block{Type: model.Figure}
	if img != nil {
		b.Image, b.Alt = attr(img, "src"), attr(img, "alt")
	}
	if caption != nil {
		t := strings.TrimSpace(plain(trimInl(normInl(inlines(caption)))))
		b.Caption, b.Credit, _ = splitCredit(t)
	}
	if b.Image == "" && b.Caption == "" && b.Credit == "" {
		return
	}
	l := p.line(b.Caption + b.Image)
	b.Line, b.EndLine = l, l
	p.out = append(p.out, raw{kind: rawBlock, blk: b, line: l, end: l})
}

// table adds a table block; rows of th cells (or in thead) are header rows.
func (p *htmlParser) table(t *html.Node) {
	var rows [][]model.Cell
	header := 0
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Caption:
				// The model's table has no caption: it stays a
				// paragraph right before the table.
				if ins := trimInl(normInl(inlines(c))); strings.TrimSpace(plain(ins)) != "" {
					l := p.line(plain(ins))
					p.out = append(p.out, raw{kind: rawPara, inl: ins, line: l, end: l, tableCap: true})
				}
			case atom.Thead:
				walk(c, true)
			case atom.Tbody, atom.Tfoot:
				walk(c, false)
			case atom.Tr:
				var row []model.Cell
				allTh := true
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
						allTh = allTh && td.DataAtom == atom.Th
						row = append(row, model.Cell{Inlines: trimInl(normInl(inlines(td)))})
					}
				}
				if len(row) > 0 {
					if (inHead || allTh) && header == len(rows) {
						header++
					}
					rows = append(rows, row)
				}
			}
		}
	}
	walk(t, false)
	if len(rows) == 0 {
		return
	}
	l := p.line(plain(rows[0][0].Inlines))
	p.out = append(p.out, raw{kind: rawBlock, blk: model.Block{Type: model.Table, Rows: rows, HeaderRows: header, Line: l, EndLine: l}, line: l, end: l})
}

// isInlineElem reports whether an element is inline content.
func isInlineElem(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Strong, atom.B, atom.Em, atom.I, atom.A, atom.Span, atom.Br, atom.Font, atom.Sup, atom.Sub, atom.U, atom.Small, atom.Mark, atom.Code:
		return true
	}
	return false
}

// inlines converts the inline content of n.
func inlines(n *html.Node) []model.Inline {
	switch n.Type {
	case html.TextNode:
		return []model.Inline{model.Txt(n.Data)}
	case html.ElementNode:
	default:
		return nil
	}
	var kids []model.Inline
	if n.FirstChild != nil || n.DataAtom == atom.Br {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			kids = append(kids, inlines(c)...)
		}
	}
	switch n.DataAtom {
	case atom.Br:
		return []model.Inline{{Type: model.LineBreak}}
	case atom.Strong, atom.B:
		return []model.Inline{{Type: model.Strong, Children: kids}}
	case atom.Em, atom.I:
		return []model.Inline{{Type: model.Emphasis, Children: kids}}
	case atom.A:
		if href := attr(n, "href"); href != "" {
			return []model.Inline{{Type: model.Link, URL: href, Children: kids}}
		}
	case atom.Script, atom.Style, atom.Img:
		return nil
	}
	return kids
}

// trimInl collapses HTML whitespace: a run of white space becomes one
// space, or nothing when it holds a line break between two Chinese
// characters (source formatting, not a word space), and the ends are
// trimmed.
func trimInl(ins []model.Inline) []model.Inline {
	nodes := textNodes(ins)
	var all []rune
	for _, n := range nodes {
		all = append(all, []rune(n.Text)...)
	}
	k := 0
	var prevKept rune
	for ni, n := range nodes {
		var sb strings.Builder
		for range utf8.RuneCountInString(n.Text) {
			r := all[k]
			if unicode.IsSpace(r) {
				// Keep one space only between non-CJK neighbours.
				j := k
				for j < len(all) && unicode.IsSpace(all[j]) {
					j++
				}
				next := rune(0)
				if j < len(all) {
					next = all[j]
				}
				newline := strings.ContainsRune(string(all[k:j]), '\n')
				if k > 0 && unicode.IsSpace(all[k-1]) || prevKept == 0 || next == 0 || newline && isCJK(prevKept) && isCJK(next) {
					k++
					continue
				}
				r = ' '
			}
			sb.WriteRune(r)
			prevKept = r
			k++
		}
		nodes[ni].Text = sb.String()
	}
	return normInl(ins)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func findAtom(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	if n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findAtom(c, a); f != nil {
			return f
		}
	}
	return nil
}
