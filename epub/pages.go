package epub

import (
	"strings"

	"github.com/paiban/paiban/model"
)

// The fixed words of the book, in one place.
const (
	wordContents = "目录"
	wordCover    = "封面"
	wordColophon = "版权信息"
	wordNotices  = "声明"
	wordBody     = "正文"
	wordPages    = "页码"
	wordGuide    = "导览"
)

func (b *book) contentsPage(front []marker) page {
	var sb strings.Builder
	sb.WriteString(`<section class="contents" aria-labelledby="contents-title">`)
	for _, m := range front {
		sb.WriteString(m.html)
	}
	sb.WriteString(`<h1 id="contents-title">` + wordContents + `</h1>`)
	sb.WriteString(`<p class="contents-issue">` + esc(b.title) + `</p>`)
	var list func(ns []*model.Node)
	list = func(ns []*model.Node) {
		sb.WriteString("<ol>")
		for _, n := range ns {
			if n.Kind == model.NodeHeading {
				continue
			}
			sb.WriteString(`<li class="toc-` + string(n.Kind) + `"><a href="` + esc(strings.TrimPrefix(b.navHref[n], "xhtml/")) + `">` + esc(nonEmpty(n.Title)) + "</a>")
			if n.Kind == model.NodeArticle && len(n.Authors) > 0 {
				sb.WriteString(` <span class="toc-authors">` + esc(strings.Join(n.Authors, " ")) + "</span>")
			}
			if n.Kind != model.NodeArticle && len(n.Children) > 0 {
				list(n.Children)
			}
			sb.WriteString("</li>")
		}
		sb.WriteString("</ol>")
	}
	if len(b.toc) > 0 {
		list(b.toc)
	}
	sb.WriteString("</section>")
	return page{name: contentsFile, title: wordContents, body: sb.String()}
}

// nonEmpty keeps links and titles from being empty, which EPUBCheck
// rejects; model.Validate already refuses untitled sections and articles.
func nonEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "（无题）"
	}
	return s
}

func (b *book) sectionPage(bw *blockWriter, s *model.Section) (page, error) {
	var sb strings.Builder
	bw.sb = &sb
	sb.WriteString(`<section epub:type="part" class="section-opener" id="` + esc(s.ID) + `">`)
	sb.WriteString(`<h1 class="section-title">` + esc(s.Name) + "</h1>")
	if err := bw.blocks(s.Intro, nil, "section "+s.Name+" intro"); err != nil {
		return page{}, err
	}
	sb.WriteString("</section>")
	return page{name: s.ID + ".xhtml", title: nonEmpty(s.Name), body: sb.String()}, nil
}

func (b *book) seriesPage(bw *blockWriter, g *model.Series) (page, error) {
	var sb strings.Builder
	bw.sb = &sb
	sb.WriteString(`<section class="series" id="` + esc(g.ID) + `">`)
	sb.WriteString(`<h1 class="series-title">` + esc(g.Name) + "</h1>")
	if g.Credit != "" {
		sb.WriteString(`<p class="series-credit">` + esc(g.Credit) + "</p>")
	}
	if err := bw.blocks(g.Intro, nil, "series "+g.Name+" intro"); err != nil {
		return page{}, err
	}
	sb.WriteString("</section>")
	return page{name: g.ID + ".xhtml", title: nonEmpty(g.Name), body: sb.String()}, nil
}

func (b *book) articlePage(bw *blockWriter, a *model.Article, marks map[int][]marker) (page, error) {
	var sb strings.Builder
	bw.sb = &sb
	sb.WriteString(`<section epub:type="chapter" class="article" id="` + esc(a.ID) + `">`)
	for _, m := range marks[-1] {
		sb.WriteString(m.html)
	}
	sb.WriteString("<header>")
	if a.ColumnLabel != "" {
		sb.WriteString(`<p class="column-label">` + esc(a.ColumnLabel) + "</p>")
	}
	sb.WriteString(`<h1 class="title">` + esc(a.Title) + "</h1>")
	if a.Subtitle != "" {
		sb.WriteString(`<p class="deck">` + esc(a.Subtitle) + "</p>")
	}
	if a.Byline != "" {
		sb.WriteString(`<p class="byline">` + esc(a.Byline) + "</p>")
	}
	sb.WriteString("</header>")
	if err := bw.blocks(a.Blocks, marks, "article "+a.ID); err != nil {
		return page{}, err
	}
	if a.EndMark != "" {
		// Decorative, as in print: at the end of the last paragraph when
		// there is one, and hidden from assistive technology.
		mark := `<span class="end-mark" aria-hidden="true">` + esc(a.EndMark) + "</span>"
		body := sb.String()
		if n := len(a.Blocks); n > 0 && a.Blocks[n-1].Type == model.Paragraph && strings.HasSuffix(body, "</p>") {
			sb.Reset()
			sb.WriteString(body[:len(body)-len("</p>")] + mark + "</p>")
		} else {
			sb.WriteString(`<p class="end">` + mark + "</p>")
		}
	}
	if a.AuthorNote != "" {
		sb.WriteString(`<footer class="author-note"><p>` + esc(a.AuthorNote) + "</p></footer>")
	}
	for _, m := range marks[len(a.Blocks)] {
		sb.WriteString(m.html)
	}
	sb.WriteString("</section>")
	return page{name: a.ID + ".xhtml", title: nonEmpty(a.Title), body: sb.String()}, nil
}

func (b *book) colophonPage(bw *blockWriter, back []marker) (page, error) {
	m := &b.is.Meta
	var sb strings.Builder
	bw.sb = &sb
	sb.WriteString(`<section epub:type="colophon" class="colophon" aria-labelledby="colophon-title">`)
	for _, mk := range back {
		sb.WriteString(mk.html)
	}
	sb.WriteString(`<h1 id="colophon-title">` + wordColophon + "</h1>")
	sb.WriteString(`<p class="colophon-issue">` + esc(b.title) + "</p>")
	// Key/value lines form definition lists; a line without a key (每月1日出版)
	// is a paragraph of its own, since a dd needs a dt.
	inList := false
	for _, p := range m.Masthead {
		if strings.TrimSpace(p.Key()) == "" {
			if inList {
				sb.WriteString("</dl>")
				inList = false
			}
			sb.WriteString(`<p class="masthead-line">` + esc(p.Value()) + "</p>")
			continue
		}
		if !inList {
			sb.WriteString(`<dl class="masthead">`)
			inList = true
		}
		sb.WriteString("<dt>" + esc(p.Key()) + "</dt><dd>" + esc(p.Value()) + "</dd>")
	}
	if inList {
		sb.WriteString("</dl>")
	}
	if c := m.Cover; c != nil && (c.Caption != "" || c.Credit != "") {
		sb.WriteString(`<p class="cover-credit">` + wordCover + "：" + esc(c.Caption))
		if c.Credit != "" {
			sb.WriteString(` <span class="credit">` + esc(c.Credit) + "</span>")
		}
		sb.WriteString("</p>")
	}
	if len(m.Notices) > 0 {
		sb.WriteString(`<section class="notices" aria-labelledby="notices-title"><h2 id="notices-title">` + wordNotices + "</h2>")
		if err := bw.blocks(m.Notices, nil, "notices"); err != nil {
			return page{}, err
		}
		sb.WriteString("</section>")
	}
	sb.WriteString("</section>")
	return page{name: colophonFile, title: wordColophon, body: sb.String()}, nil
}
