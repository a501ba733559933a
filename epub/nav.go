package epub

import (
	"fmt"
	"strings"

	"github.com/paiban/paiban/model"
)

// xhtmlHead opens a content document the way every file of the book does:
// both lang and xml:lang, since CSS applies Chinese line breaking and font
// choice only to content whose language is declared.
func xhtmlHead(lang, title, css string) string {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html>\n")
	sb.WriteString(`<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="` +
		esc(lang) + `" xml:lang="` + esc(lang) + `">` + "\n")
	sb.WriteString("<head>\n<title>" + esc(title) + "</title>\n")
	if css != "" {
		sb.WriteString(`<link rel="stylesheet" type="text/css" href="` + css + `"/>` + "\n")
	}
	sb.WriteString("</head>\n")
	return sb.String()
}

// navDoc is the EPUB 3 navigation document: the nested toc (section →
// series → article → heading, then the colophon), landmarks and, with a
// page map, the page-list.
func (b *book) navDoc() string {
	var sb strings.Builder
	sb.WriteString(xhtmlHead(b.lang, wordContents, "css/"+cssFile))
	sb.WriteString("<body>\n")
	sb.WriteString(`<nav epub:type="toc" id="toc" role="doc-toc"><h1>` + wordContents + "</h1>\n<ol>")
	var list func(ns []*model.Node)
	list = func(ns []*model.Node) {
		for _, n := range ns {
			sb.WriteString(`<li><a href="` + esc(b.navHref[n]) + `">` + esc(nonEmpty(n.Title)) + "</a>")
			if len(n.Children) > 0 {
				sb.WriteString("<ol>")
				list(n.Children)
				sb.WriteString("</ol>")
			}
			sb.WriteString("</li>\n")
		}
	}
	list(b.toc)
	sb.WriteString(`<li><a href="xhtml/` + colophonFile + `">` + wordColophon + "</a></li>\n")
	sb.WriteString("</ol></nav>\n")

	sb.WriteString(`<nav epub:type="landmarks" id="landmarks" hidden=""><h2>` + wordGuide + "</h2>\n<ol>")
	sb.WriteString(`<li><a epub:type="cover" href="xhtml/` + coverFile + `">` + wordCover + "</a></li>")
	sb.WriteString(`<li><a epub:type="toc" href="xhtml/` + contentsFile + `">` + wordContents + "</a></li>")
	if body := b.bodyStart(); body != "" {
		sb.WriteString(`<li><a epub:type="bodymatter" href="` + body + `">` + wordBody + "</a></li>")
	}
	sb.WriteString("</ol></nav>\n")

	if len(b.pageList) > 0 {
		sb.WriteString(`<nav epub:type="page-list" id="page-list" hidden=""><h2>` + wordPages + "</h2>\n<ol>")
		for _, p := range b.pageList {
			sb.WriteString(`<li><a href="` + esc(p.href) + `">` + esc(p.label) + "</a></li>\n")
		}
		sb.WriteString("</ol></nav>\n")
	}
	sb.WriteString("</body>\n</html>\n")
	return sb.String()
}

// bodyStart is the address of the first section opener, or "" for an
// issue without sections.
func (b *book) bodyStart() string {
	if len(b.is.Sections) == 0 {
		return ""
	}
	return "xhtml/" + b.is.Sections[0].ID + ".xhtml"
}

// ncxDoc is the EPUB 2 NCX with the same tree as the nav and, with a page
// map, a pageList. navPoint IDs are numbered in document order.
func (b *book) ncxDoc() string {
	var sb strings.Builder
	depth := 1
	model.WalkNodes(b.toc, func(_ *model.Node, d int) error {
		depth = max(depth, d+1)
		return nil
	})
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	sb.WriteString(`<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="` + esc(b.lang) + `">` + "\n<head>\n")
	sb.WriteString(`<meta name="dtb:uid" content="` + esc(b.uid) + `"/>` + "\n")
	fmt.Fprintf(&sb, `<meta name="dtb:depth" content="%d"/>`+"\n", depth)
	sb.WriteString(`<meta name="dtb:totalPageCount" content="0"/>` + "\n" + `<meta name="dtb:maxPageNumber" content="0"/>` + "\n")
	sb.WriteString("</head>\n<docTitle><text>" + esc(b.title) + "</text></docTitle>\n<navMap>\n")
	id := 0
	point := func(label, href string) {
		id++
		fmt.Fprintf(&sb, `<navPoint id="navPoint-%d"><navLabel><text>%s</text></navLabel><content src="%s"/>`, id, esc(nonEmpty(label)), esc(href))
	}
	var list func(ns []*model.Node)
	list = func(ns []*model.Node) {
		for _, n := range ns {
			point(n.Title, b.navHref[n])
			list(n.Children)
			sb.WriteString("</navPoint>\n")
		}
	}
	list(b.toc)
	point(wordColophon, "xhtml/"+colophonFile)
	sb.WriteString("</navPoint>\n</navMap>\n")
	if len(b.pageList) > 0 {
		sb.WriteString("<pageList><navLabel><text>" + wordPages + "</text></navLabel>\n")
		for i, p := range b.pageList {
			fmt.Fprintf(&sb, `<pageTarget id="pageTarget-%d" type="normal" value="%s"><navLabel><text>%s</text></navLabel><content src="%s"/></pageTarget>`+"\n",
				i+1, esc(pageValue(p.label, i+1)), esc(p.label), esc(p.href))
		}
		sb.WriteString("</pageList>\n")
	}
	sb.WriteString("</ncx>\n")
	return sb.String()
}

// pageValue is the NCX pageTarget value, which must be a number: the
// label when it is one, else the page's position in the list.
func pageValue(label string, pos int) string {
	for _, r := range label {
		if r < '0' || r > '9' {
			return fmt.Sprint(pos)
		}
	}
	if label == "" {
		return fmt.Sprint(pos)
	}
	return label
}
