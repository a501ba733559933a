package epub

import (
	"bytes"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

func handPageMap() model.PageMap {
	return model.PageMap{
		{Label: "1"}, // cover/contents: front matter
		{Label: "2", ArticleID: "a001", Block: -1},           // the title
		{Label: "3", ArticleID: "a001", Block: 1, Offset: 6}, // inside the run-in head
		{Label: "4"}, // a page of pictures between articles
		{Label: "5", ArticleID: "a002", Block: 0},
		{Label: "6", ArticleID: "a002", Block: 99},             // past the end: the article's end
		{Label: "7", ArticleID: "a004", Block: 1, Offset: 3},   // inside the link
		{Label: "8", ArticleID: "a004", Block: 0, Offset: 5},   // at the line break
		{Label: "9", ArticleID: "a005", Block: 0, Offset: 500}, // offset past the text: block start
		{Label: "iv"}, // back matter
	}
}

func span(id, label string) string {
	return `<span epub:type="pagebreak" role="doc-pagebreak" id="` + id + `" aria-label="` + label + `"/>`
}

func TestPageMap(t *testing.T) {
	u := build(t, handIssue(), &Options{PageMap: handPageMap()})
	checks := map[string][]string{
		"EPUB/xhtml/_contents.xhtml": {`<section class="contents" aria-labelledby="contents-title">` + span("page1", "1") + `<h1`},
		"EPUB/xhtml/a001.xhtml": {`id="a001">` + span("page2", "2") + `<header>`,
			`<strong>五四运动席卷` + span("page3", "3") + `津城。</strong>`},
		"EPUB/xhtml/a002.xhtml": {`<p>` + span("page4", "4") + span("page5", "5") + `天津是`,
			span("page6", "6") + `</section>`},
		"EPUB/xhtml/a004.xhtml": {`<a href="https://example.org/a?b=1&amp;c=2">网` + span("page7", "7") + `站</a>`,
			`春风十里，` + span("page8", "8") + `<br/>不如你。`},
		"EPUB/xhtml/a005.xhtml":      {`<p>` + span("page9", "9") + `一段很长`},
		"EPUB/xhtml/_colophon.xhtml": {`aria-labelledby="colophon-title">` + span("pageiv", "iv") + `<h1`},
	}
	for file, wants := range checks {
		doc := u.file(t, file)
		bodyText(t, file, []byte(doc))
		for _, w := range wants {
			if !strings.Contains(doc, w) {
				t.Errorf("%s lacks %s", file, w)
			}
		}
	}
	nav := u.file(t, "EPUB/nav.xhtml")
	for _, w := range []string{`<nav epub:type="page-list" id="page-list" hidden="">`,
		`<li><a href="xhtml/_contents.xhtml#page1">1</a></li>`, `<li><a href="xhtml/a002.xhtml#page4">4</a></li>`,
		`<li><a href="xhtml/_colophon.xhtml#pageiv">iv</a></li>`} {
		if !strings.Contains(nav, w) {
			t.Errorf("nav lacks %s", w)
		}
	}
	if i, j := strings.Index(nav, "#page3"), strings.Index(nav, "#page4"); i < 0 || j < i {
		t.Error("page-list not in page-map order")
	}
	// Page 8 is listed after 7 but comes first in the text: reading order wins.
	if i, j := strings.Index(nav, "#page8"), strings.Index(nav, "#page7"); i < 0 || j < i {
		t.Error("page-list not in reading order")
	}
	ncx := u.file(t, "EPUB/toc.ncx")
	if n := strings.Count(ncx, "<pageTarget "); n != 10 {
		t.Errorf("NCX has %d pageTargets, want 10", n)
	}
	if !strings.Contains(ncx, `value="10"><navLabel><text>iv</text>`) {
		t.Error("NCX pageTarget of a roman label should carry its position as value")
	}
	opf := u.file(t, "EPUB/package.opf")
	for _, w := range []string{`<dc:source id="src">urn:issn:0412-0892</dc:source>`,
		`<meta refines="#src" property="source-of">pagination</meta>`,
		`<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>`,
		`<meta property="schema:accessibilityFeature">pageNavigation</meta>`} {
		if !strings.Contains(opf, w) {
			t.Errorf("package.opf lacks %s", w)
		}
	}
	// Markers add no text: the model's text is still all there, in order.
	checkFidelity(t, handIssue(), u)
}

func TestPageMapDuplicateLabelsAndIDs(t *testing.T) {
	is := handIssue()
	is.Sections[2].Articles[0].ID = "page5" // a chosen ID that a marker would take
	pm := model.PageMap{{Label: "5", ArticleID: "a001", Block: 0}, {Label: "5", ArticleID: "a001", Block: 2}}
	u := build(t, is, &Options{PageMap: pm})
	doc := u.file(t, "EPUB/xhtml/a001.xhtml")
	if !strings.Contains(doc, span("page5-2", "5")) || !strings.Contains(doc, span("page5-3", "5")) {
		t.Errorf("marker IDs not made unique:\n%s", doc)
	}
}

func TestPageMapErrors(t *testing.T) {
	for _, tc := range []struct {
		pm   model.PageMap
		want string
	}{
		{model.PageMap{{Label: "3", ArticleID: "a999"}}, `page "3": no article with ID "a999"`},
		{model.PageMap{{Label: "3", ArticleID: "a001", Block: -2}}, `page "3": block index -2`},
		{model.PageMap{{Label: " ", ArticleID: "a001"}}, `page map entry 1: empty label`},
	} {
		var buf bytes.Buffer
		err := Write(&buf, handIssue(), &Options{PageMap: tc.pm, NoFont: true})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want %s", err, tc.want)
		}
	}
}
