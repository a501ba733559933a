package importer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

var (
	atxRE      = regexp.MustCompile(`^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	bulletRE   = regexp.MustCompile(`^[ \t]{0,3}[-*+][ \t]+(.*)$`)
	orderedRE  = regexp.MustCompile(`^[ \t]{0,3}\d{1,9}[.)][ \t]+(.*)$`)
	tableSepRE = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	imageRE    = regexp.MustCompile(`^!\[([^\]]*)\]\(([^)\s]+)(?:[ \t]+"[^"]*")?\)$`)
	linkRE     = regexp.MustCompile(`\[([^\]\n]+)\]\(([^)\s]+)\)`)
	// inlineImageRE is a picture inside a paragraph's line.
	inlineImageRE       = regexp.MustCompile(`!\[([^\]\n]*)\]\(([^)\s]+)\)`)
	inlineImageSpacedRE = regexp.MustCompile(`[ \t]*(?:!\[[^\]\n]*\]\([^)\s]+\)[ \t]*)+`)
)

// parseMarkdown splits Markdown of the paiban dialect into raw blocks: ATX
// headings, paragraphs (with soft and hard line breaks), block quotes,
// lists, pipe tables and image paragraphs. first is the line number of
// src's first line.
func parseMarkdown(src string, first int) []raw { return parseNested(src, first, 1) }

// MaxQuoteDepth is how deep block quotes nest: the markers of deeper
// levels (a hostile source may stack thousands, each level costing a
// parse of everything inside it) are taken as the last level's, with a
// warning.
const MaxQuoteDepth = 16

// parseNested is parseMarkdown for the inside of a quote of the given
// depth (1 at the top level).
func parseNested(src string, first, depth int) []raw {
	lines := strings.Split(src, "\n")
	var out []raw
	blank := 0
	for i := 0; i < len(lines); {
		ln := lines[i]
		no := first + i
		t := strings.TrimSpace(ln)
		if t == "" {
			blank++
			i++
			continue
		}
		if m := atxRE.FindStringSubmatch(ln); m != nil && strings.TrimSpace(m[2]) != "" {
			out = append(out, raw{kind: rawHeading, level: len(m[1]), inl: parseInline(strings.TrimSpace(m[2])), line: no, end: no, gap: blank})
			blank = 0
			i++
			continue
		}
		if strings.HasPrefix(t, ">") {
			j := i
			var inner []string
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), ">") {
				s := strings.TrimPrefix(strings.TrimSpace(lines[j]), ">")
				if depth >= MaxQuoteDepth {
					s = trimQuoteMarks(s)
				}
				inner = append(inner, strings.TrimPrefix(s, " "))
				j++
			}
			kids := toBlocks(parseNested(strings.Join(inner, "\n"), no, depth+1))
			out = append(out, raw{kind: rawBlock, blk: model.Block{Type: model.Quote, Children: kids, Line: no, EndLine: first + j - 1}, line: no, end: first + j - 1, gap: blank})
			blank = 0
			i = j
			continue
		}
		if bulletRE.MatchString(ln) || orderedRE.MatchString(ln) {
			ordered := !bulletRE.MatchString(ln)
			re := bulletRE
			if ordered {
				re = orderedRE
			}
			j := i
			var items [][]model.Block
			for j < len(lines) {
				m := re.FindStringSubmatch(lines[j])
				if m == nil {
					// An indented line continues the item.
					if len(items) > 0 && strings.TrimSpace(lines[j]) != "" && (strings.HasPrefix(lines[j], "  ") || strings.HasPrefix(lines[j], "\t")) {
						it := items[len(items)-1]
						p := &it[len(it)-1]
						p.Inlines = normInl(append(append(p.Inlines, softBreak), parseInline(strings.TrimSpace(lines[j]))...))
						p.EndLine = first + j
						j++
						continue
					}
					break
				}
				items = append(items, []model.Block{{Type: model.Paragraph, Inlines: parseInline(strings.TrimSpace(m[1])), Line: first + j, EndLine: first + j}})
				j++
			}
			out = append(out, raw{kind: rawBlock, blk: model.Block{Type: model.List, Ordered: ordered, Items: items, Line: no, EndLine: first + j - 1}, line: no, end: first + j - 1, gap: blank})
			blank = 0
			i = j
			continue
		}
		if strings.HasPrefix(t, "|") && i+1 < len(lines) && tableSepRE.MatchString(lines[i+1]) {
			j := i
			var rows [][]model.Cell
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				if j != i+1 {
					rows = append(rows, tableRow(lines[j]))
				}
				j++
			}
			out = append(out, raw{kind: rawBlock, blk: model.Block{Type: model.Table, Rows: rows, HeaderRows: 1, Line: no, EndLine: first + j - 1}, line: no, end: first + j - 1, gap: blank})
			blank = 0
			i = j
			continue
		}
		if m := imageRE.FindStringSubmatch(t); m != nil {
			out = append(out, raw{kind: rawBlock, blk: model.Block{Type: model.Figure, Image: m[2], Alt: m[1], Line: no, EndLine: no}, line: no, end: no, gap: blank})
			blank = 0
			i++
			continue
		}
		// A paragraph: lines up to a blank line or another construct.
		j := i
		var ins []model.Inline
		var figs []raw // pictures inside the paragraph's lines
		for j < len(lines) {
			l := lines[j]
			lt := strings.TrimSpace(l)
			if lt == "" || j > i && (atxRE.MatchString(l) || strings.HasPrefix(lt, ">") || imageRE.MatchString(lt) ||
				strings.HasPrefix(lt, "|") && j+1 < len(lines) && tableSepRE.MatchString(lines[j+1])) {
				break
			}
			if j > i {
				hard := strings.HasSuffix(strings.TrimRight(lines[j-1], "\t"), "  ") || strings.HasSuffix(strings.TrimRightFunc(lines[j-1], unicode.IsSpace), "\\")
				if hard {
					if n := len(ins); n > 0 && ins[n-1].Type == model.Text && strings.HasSuffix(ins[n-1].Text, "\\") {
						ins[n-1].Text = strings.TrimSuffix(ins[n-1].Text, "\\")
					}
					ins = append(ins, model.Inline{Type: model.LineBreak})
				} else {
					ins = append(ins, softBreak)
				}
			}
			l = strings.TrimRightFunc(strings.TrimLeft(l, " \t"), unicode.IsSpace)
			// A picture cannot stay inside the paragraph's text: it
			// follows the paragraph as a figure.
			for _, m := range inlineImageRE.FindAllStringSubmatch(l, -1) {
				figs = append(figs, raw{kind: rawBlock, blk: model.Block{Type: model.Figure, Image: m[2], Alt: m[1], Line: first + j, EndLine: first + j}, line: first + j, end: first + j, inlineFig: true})
			}
			ins = append(ins, parseInline(cutImages(l))...)
			j++
		}
		if ins = normInl(ins); strings.TrimSpace(plain(ins)) != "" {
			out = append(out, raw{kind: rawPara, inl: ins, line: no, end: first + j - 1, gap: blank})
		} else if len(figs) > 0 {
			figs[0].gap = blank
		}
		out = append(out, figs...)
		blank = 0
		i = j
	}
	return out
}

// cutImages removes the pictures from a line of a paragraph; the spaces
// around one become a single space, or none at the line's ends.
func cutImages(l string) string {
	if !strings.Contains(l, "![") {
		return l
	}
	return strings.TrimSpace(inlineImageSpacedRE.ReplaceAllString(l, " "))
}

// tableRow splits a pipe-table row into cells.
func tableRow(l string) []model.Cell {
	l = strings.TrimSpace(l)
	l = strings.TrimPrefix(l, "|")
	l = strings.TrimSuffix(l, "|")
	parts := strings.Split(l, "|")
	cells := make([]model.Cell, len(parts))
	for i, p := range parts {
		cells[i] = model.Cell{Inlines: parseInline(strings.TrimSpace(p))}
	}
	return cells
}

// parseInline parses one line of Markdown inline text: **strong** (paired
// left to right, without CommonMark's flanking rules, which fail on CJK),
// *emphasis* between ASCII stars is left alone, and [text](url) links.
// An unpaired ** stays as text.
func parseInline(s string) []model.Inline {
	var out []model.Inline
	parts := strings.Split(s, "**")
	// parts alternate plain, strong, plain …; an even count means the
	// last ** has no partner.
	n := len(parts)
	for i, p := range parts {
		switch {
		case i%2 == 0:
			out = append(out, links(p)...)
		case i == n-1:
			// An odd index is last only when the count is even: the
			// last ** has no partner and stays text.
			out = append(out, links("**"+p)...)
		case p == "":
			out = append(out, model.Txt("****"))
		default:
			out = append(out, model.Inline{Type: model.Strong, Children: links(p)})
		}
	}
	return normInl(out)
}

// links splits s at [text](url) links; pictures (![alt](src)), which
// only a paragraph can take out of its text, stay as they are.
func links(s string) []model.Inline {
	var out []model.Inline
	for {
		loc := linkRE.FindStringSubmatchIndex(s)
		if loc == nil {
			break
		}
		if loc[0] > 0 && s[loc[0]-1] == '!' {
			out = append(out, model.Txt(s[:loc[1]]))
			s = s[loc[1]:]
			continue
		}
		out = append(out, model.Txt(s[:loc[0]]),
			model.Inline{Type: model.Link, URL: s[loc[4]:loc[5]], Children: []model.Inline{model.Txt(s[loc[2]:loc[3]])}})
		s = s[loc[1]:]
	}
	return append(out, model.Txt(s))
}

// toBlocks turns raws into model blocks without any structure recovery,
// for the insides of quotes.
func toBlocks(rs []raw) []model.Block {
	var out []model.Block
	for _, r := range rs {
		switch r.kind {
		case rawPara:
			out = append(out, model.Block{Type: model.Paragraph, Inlines: foldBreaksKeep(r.inl, false), Line: r.line, EndLine: r.end})
		case rawHeading:
			out = append(out, model.Block{Type: model.Paragraph, Inlines: r.inl, Line: r.line, EndLine: r.end})
		default:
			out = append(out, r.blk)
		}
	}
	return out
}

// trimQuoteMarks removes every quote marker (and the spaces between them)
// from the start of a line.
func trimQuoteMarks(s string) string {
	for {
		t := strings.TrimLeft(s, " \t")
		if !strings.HasPrefix(t, ">") {
			return s
		}
		s = t[1:]
	}
}

// quoteTooDeep returns the first line (1-based) whose quote markers
// nest deeper than MaxQuoteDepth, and its depth; 0 when there is none.
func quoteTooDeep(src string) (line, depth int) {
	for no, l := range strings.Split(src, "\n") {
		n := 0
		for t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, ">"); t = strings.TrimLeft(t[1:], " \t") {
			n++
		}
		if n > MaxQuoteDepth {
			return no + 1, n
		}
	}
	return 0, 0
}
