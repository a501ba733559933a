package epub

import (
	"fmt"
	"strings"
)

// fallbackModified is dcterms:modified for an issue without a date: a
// fixed value, since the clock would make every build different.
const fallbackModified = "2000-01-01T00:00:00Z"

// metadata writes the package <metadata> element: titles, identifiers,
// the series collection, schema.org issue numbers, contributors and the
// EPUB Accessibility 1.1 discovery metadata (typesetting.md §B.2–B.4).
func (b *book) metadata() string {
	m := &b.is.Meta
	var sb strings.Builder
	line := func(format string, args ...any) {
		sb.WriteString("    ")
		fmt.Fprintf(&sb, format, args...)
		sb.WriteByte('\n')
	}
	sb.WriteString(`  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` + "\n")
	line(`<dc:identifier id="pub-id">%s</dc:identifier>`, esc(b.uid))
	issn := ""
	if m.ISSN != "" {
		issn = "urn:issn:" + m.ISSN
		line(`<dc:identifier id="issn">%s</dc:identifier>`, esc(issn))
	}
	line(`<dc:title id="title">%s</dc:title>`, esc(b.title))
	line(`<dc:language>%s</dc:language>`, esc(b.lang))
	if m.Publisher != "" {
		line(`<dc:publisher>%s</dc:publisher>`, esc(m.Publisher))
	}
	modified := fallbackModified
	if m.Date != "" {
		line(`<dc:date>%s</dc:date>`, esc(m.Date))
		modified = m.Date + "T00:00:00Z"
	}
	line(`<meta property="dcterms:modified">%s</meta>`, esc(modified))
	for i, a := range b.contributors() {
		line(`<dc:contributor id="ctb%03d">%s</dc:contributor>`, i+1, esc(a))
		line(`<meta refines="#ctb%03d" property="role" scheme="marc:relators">aut</meta>`, i+1)
	}
	if m.Title != "" {
		line(`<meta property="belongs-to-collection" id="c01">%s</meta>`, esc(m.Title))
		line(`<meta refines="#c01" property="collection-type">series</meta>`)
		if n := m.Total(); n > 0 {
			line(`<meta refines="#c01" property="group-position">%d</meta>`, n)
		}
		if issn != "" {
			line(`<meta refines="#c01" property="dcterms:identifier">%s</meta>`, esc(issn))
		}
	}
	if year, no := m.YearIssue(); year > 0 {
		line(`<meta property="schema:issueNumber">%d</meta>`, no)
		line(`<meta property="schema:volumeNumber">%d</meta>`, year)
	}
	b.a11y(line)
	if len(b.pageList) > 0 {
		// EPUBCheck 4.2.6 rejects the newer pageBreakSource property, so
		// the pagination source is named with dc:source + source-of.
		src := issn
		if src == "" {
			src = b.uid
		}
		line(`<dc:source id="src">%s</dc:source>`, esc(src))
		line(`<meta refines="#src" property="source-of">pagination</meta>`)
	}
	if b.coverImage != "" {
		line(`<meta name="cover" content="%s"/>`, coverImageID)
	}
	sb.WriteString("  </metadata>\n")
	return sb.String()
}

// a11y writes the accessibility metadata. The issue asked for
// printPageNumbers; that value is deprecated, so a book with a page-list
// gets its replacements, pageBreakMarkers and pageNavigation.
func (b *book) a11y(line func(string, ...any)) {
	visual := len(b.images) > 0
	prop := func(p, v string) { line(`<meta property="schema:%s">%s</meta>`, p, v) }
	prop("accessMode", "textual")
	if visual {
		prop("accessMode", "visual")
	}
	if !visual || !b.noAlt {
		prop("accessModeSufficient", "textual")
	} else {
		prop("accessModeSufficient", "textual,visual")
	}
	for _, f := range []string{"structuralNavigation", "tableOfContents", "readingOrder"} {
		prop("accessibilityFeature", f)
	}
	if visual && !b.noAlt {
		prop("accessibilityFeature", "alternativeText")
	}
	if len(b.pageList) > 0 {
		prop("accessibilityFeature", "pageBreakMarkers")
		prop("accessibilityFeature", "pageNavigation")
	}
	for _, h := range []string{"noFlashingHazard", "noMotionSimulationHazard", "noSoundHazard"} {
		prop("accessibilityHazard", h)
	}
	summary := "本刊电子版为重排文本，含目录、标题结构与阅读顺序"
	if len(b.pageList) > 0 {
		summary += "，以及印刷版页码导航"
	}
	if visual && !b.noAlt {
		summary += "；图片均有文字说明"
	}
	prop("accessibilitySummary", summary+"。")
}

// contributors are the articles' authors, each once, in reading order.
func (b *book) contributors() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range b.is.Articles() {
		for _, n := range a.Authors {
			if n = strings.TrimSpace(n); n != "" && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}
