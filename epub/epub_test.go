package epub

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/paiban/paiban/model"
)

var keep = flag.String("keep", "", "write the hand-made test book to this file")

func TestWriteHandIsWellFormed(t *testing.T) {
	u := build(t, handIssue(), nil)
	if *keep != "" {
		os.WriteFile(*keep, u.raw, 0o644)
	}
	if u.order[0] != "mimetype" || string(u.files["mimetype"]) != "application/epub+zip" {
		t.Errorf("first entry %q", u.order[0])
	}
	rootRE := regexp.MustCompile(`<html [^>]*>`)
	for name, data := range u.files {
		if !strings.HasSuffix(name, ".xhtml") {
			continue
		}
		bodyText(t, name, data)
		root := rootRE.FindString(string(data))
		if !strings.Contains(root, ` lang="zh-CN"`) || !strings.Contains(root, ` xml:lang="zh-CN"`) {
			t.Errorf("%s: root without lang and xml:lang: %s", name, root)
		}
	}
	for _, name := range []string{"EPUB/package.opf", "EPUB/toc.ncx", "META-INF/container.xml", "META-INF/encryption.xml"} {
		var v any
		if err := xml.Unmarshal(u.files[name], &v); err != nil && !strings.Contains(err.Error(), "unknown type") {
			t.Errorf("%s: %v", name, err)
		}
	}
	want := []string{"xhtml/_cover.xhtml", "xhtml/_contents.xhtml", "xhtml/s01.xhtml", "xhtml/a001.xhtml",
		"xhtml/s02.xhtml", "xhtml/s02-g01.xhtml", "xhtml/a002.xhtml", "xhtml/a003.xhtml", "xhtml/a004.xhtml",
		"xhtml/s03.xhtml", "xhtml/a005.xhtml", "xhtml/_colophon.xhtml"}
	if !reflect.DeepEqual(u.spine, want) {
		t.Errorf("spine:\n got %v\nwant %v", u.spine, want)
	}
}

func TestSemantics(t *testing.T) {
	u := build(t, handIssue(), nil)
	a1 := u.file(t, "EPUB/xhtml/a001.xhtml")
	for _, s := range []string{
		`<section epub:type="chapter" class="article" id="a001">`,
		`<h1 class="title">中共天津市委十二届六次全会举行</h1>`,
		`<p class="deck">市委常委会主持全会 陈敏尔讲话</p>`,
		`<p class="byline">文/本刊记者 李圆圆</p>`,
		`<strong>五四运动席卷津城。</strong>1919年`,
		`<span class="nobr">——</span>`, `<span class="nobr">……</span>`,
		`<h2 id="a001-h01">一、`, `<h3 id="a001-h02">（一）`,
		`<p class="caption">全会现场 <span class="credit">本刊记者 摄</span></p>`,
		`周围。<span class="end-mark" aria-hidden="true">■</span></p>`,
	} {
		if !strings.Contains(a1, s) {
			t.Errorf("a001.xhtml lacks %s", s)
		}
	}
	a2 := u.file(t, "EPUB/xhtml/a002.xhtml")
	for _, s := range []string{`<footer class="author-note"><p>（作者系中共天津市委党校教授）</p></footer>`,
		`<blockquote><p>“为中华之崛起而读书。”</p></blockquote>`, `<ol><li><p>第一点。</p></li>`,
		`<p class="end"><span class="end-mark" aria-hidden="true">文</span></p>`} {
		if !strings.Contains(a2, s) {
			t.Errorf("a002.xhtml lacks %s", s)
		}
	}
	a4 := u.file(t, "EPUB/xhtml/a004.xhtml")
	for _, s := range []string{`<p class="column-label">·我讲我心·</p>`, `<p class="lines">春风十里，<br/>不如你。</p>`,
		`<a href="https://example.org/a?b=1&amp;c=2">网站</a>`, `<em>重点</em>`} {
		if !strings.Contains(a4, s) {
			t.Errorf("a004.xhtml lacks %s", s)
		}
	}
	col := u.file(t, "EPUB/xhtml/_colophon.xhtml")
	for _, s := range []string{`<p class="masthead-line">每月1日出版</p><dl class="masthead"><dt>主管</dt><dd>中共天津市委</dd>`, `<h2 id="notices-title">声明</h2>`,
		`&amp; 邮编 &lt;请勿一稿多投&gt;`, `会师金汤桥塑像`} {
		if !strings.Contains(col, s) {
			t.Errorf("colophon lacks %s", s)
		}
	}
	css := u.file(t, "EPUB/css/book.css")
	for _, s := range []string{"text-indent: 2em", "text-align: justify", "line-break: strict", "serif;", "sans-serif;",
		`@font-face { font-family: "paiban-body"`, ".nobr { white-space: nowrap; }"} {
		if !strings.Contains(css, s) {
			t.Errorf("CSS lacks %s", s)
		}
	}
}

func TestNav(t *testing.T) {
	u := build(t, handIssue(), nil)
	nav := u.file(t, "EPUB/nav.xhtml")
	bodyText(t, "nav", []byte(nav))
	for _, s := range []string{`lang="zh-CN" xml:lang="zh-CN"`, `<h1>目录</h1>`,
		`<li><a href="xhtml/s02.xhtml">■理论</a><ol><li><a href="xhtml/s02-g01.xhtml">百年奋斗 百年辉煌</a><ol><li><a href="xhtml/a002.xhtml">觉醒年代的天津</a></li>`,
		`<a href="xhtml/a001.xhtml#a001-h01">一、深刻领会进一步全面深化改革的重大意义</a><ol><li><a href="xhtml/a001.xhtml#a001-h02">（一）总体要求</a>`,
		`<a epub:type="cover" href="xhtml/_cover.xhtml">`, `<a epub:type="toc" href="xhtml/_contents.xhtml">`,
		`<a epub:type="bodymatter" href="xhtml/s01.xhtml">`} {
		if !strings.Contains(nav, s) {
			t.Errorf("nav lacks %s", s)
		}
	}
	if strings.Contains(nav, "page-list") {
		t.Error("page-list without a page map")
	}
	// The NCX has the same entries as the nav's toc, in the same order.
	navLinks := regexp.MustCompile(`<a href="([^"]+)">`).FindAllStringSubmatch(nav, -1)
	ncx := u.file(t, "EPUB/toc.ncx")
	ncxLinks := regexp.MustCompile(`<content src="([^"]+)"/>`).FindAllStringSubmatch(ncx, -1)
	if len(navLinks) != len(ncxLinks) {
		t.Fatalf("nav has %d links, NCX %d", len(navLinks), len(ncxLinks))
	}
	for i := range navLinks {
		if navLinks[i][1] != ncxLinks[i][1] {
			t.Errorf("entry %d: nav %s, NCX %s", i, navLinks[i][1], ncxLinks[i][1])
		}
	}
	// Every link target exists.
	for _, l := range navLinks {
		file, frag, _ := strings.Cut(l[1], "#")
		doc, ok := u.files["EPUB/"+file]
		if !ok {
			t.Errorf("nav links to missing %s", file)
		} else if frag != "" && !strings.Contains(string(doc), `id="`+frag+`"`) {
			t.Errorf("nav links to missing anchor %s", l[1])
		}
	}
	// Contents page links the articles with their authors.
	contents := u.file(t, "EPUB/xhtml/_contents.xhtml")
	if !strings.Contains(contents, `<a href="a003.xhtml">会师金汤桥</a> <span class="toc-authors">李四 王五</span>`) {
		t.Errorf("contents page lacks the a003 entry:\n%s", contents)
	}
}

func TestMetadata(t *testing.T) {
	u := build(t, handIssue(), nil)
	opf := u.file(t, "EPUB/package.opf")
	is := handIssue()
	uid := "urn:uuid:" + uuidV5(namespaceURL, "urn:issn:0412-0892/2024年第09期/上半月")
	for _, s := range []string{
		`<dc:identifier id="pub-id">` + uid + `</dc:identifier>`,
		`<dc:identifier id="issn">urn:issn:0412-0892</dc:identifier>`,
		`<dc:title id="title">天津支部生活 2024年第09期（上半月）</dc:title>`,
		`<dc:language>zh-CN</dc:language>`, `<dc:publisher>中共天津市委支部生活社</dc:publisher>`,
		`<dc:date>2024-09-01</dc:date>`, `<meta property="dcterms:modified">2024-09-01T00:00:00Z</meta>`,
		`<dc:contributor id="ctb002">张三</dc:contributor>`,
		`<meta property="belongs-to-collection" id="c01">天津支部生活</meta>`,
		`<meta refines="#c01" property="collection-type">series</meta>`,
		`<meta refines="#c01" property="group-position">1143</meta>`,
		`<meta property="schema:issueNumber">9</meta>`, `<meta property="schema:volumeNumber">2024</meta>`,
		`<meta property="schema:accessMode">textual</meta>`,
		`<meta property="schema:accessibilityFeature">tableOfContents</meta>`,
		`<meta property="schema:accessibilityHazard">noFlashingHazard</meta>`,
		`<meta property="schema:accessibilitySummary">`,
		`properties="cover-image"`, `href="fonts/paiban-body.ttf" media-type="font/ttf"`,
	} {
		if !strings.Contains(opf, s) {
			t.Errorf("package.opf lacks %s", s)
		}
	}
	if strings.Count(opf, "<dc:contributor") != 6 {
		t.Errorf("want 6 contributors (张三 once):\n%s", opf)
	}
	for _, s := range []string{"pageBreakMarkers", "printPageNumbers", "dc:source"} {
		if strings.Contains(opf, s) {
			t.Errorf("package.opf has %s without a page map", s)
		}
	}
	// Meta.Identifier wins; another issue number gives another UUID.
	is.Meta.Identifier = "urn:isbn:9787000000000"
	if got := identifier(&is.Meta); got != "urn:isbn:9787000000000" {
		t.Errorf("identifier = %s", got)
	}
	is.Meta.Identifier, is.Meta.Number = "", "2024年第10期"
	if identifier(&is.Meta) == uid {
		t.Error("two issues share one identifier")
	}
}

func TestUUIDv5(t *testing.T) {
	dns := [16]byte{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	// The RFC 4122 / Python uuid5 example.
	if got := uuidV5(dns, "python.org"); got != "886313e1-3b8a-5372-9b90-0c9aee199e5d" {
		t.Errorf("uuidV5 = %s", got)
	}
}

// modelText lists the model's texts in reading order, as the book must
// show them.
func modelText(is *model.Issue) []string {
	var out []string
	for si := range is.Sections {
		s := &is.Sections[si]
		out = append(out, s.Name)
		for _, b := range s.Intro {
			out = append(out, b.Text())
		}
		done := map[string]bool{}
		for _, a := range s.Articles {
			if g := s.SeriesByName(a.Series); g != nil && !done[g.Name] {
				done[g.Name] = true
				out = append(out, g.Name, g.Credit)
				for _, b := range g.Intro {
					out = append(out, b.Text())
				}
			}
			out = append(out, a.ColumnLabel, a.Title, a.Subtitle, a.Byline)
			for _, b := range a.Blocks {
				out = append(out, b.Text())
			}
			out = append(out, a.EndMark, a.AuthorNote)
		}
	}
	for _, p := range is.Meta.Masthead {
		out = append(out, p.Key(), p.Value())
	}
	if c := is.Meta.Cover; c != nil {
		out = append(out, c.Caption, c.Credit)
	}
	for _, b := range is.Meta.Notices {
		out = append(out, b.Text())
	}
	return out
}

// checkFidelity fails unless every non-space character of the model's
// text appears, in order, in the spine's text.
func checkFidelity(t *testing.T, is *model.Issue, u *unpacked) {
	t.Helper()
	book := []rune(u.spineText(t))
	i := 0
	for _, s := range modelText(is) {
		for _, r := range s {
			if unicode.IsSpace(r) {
				continue
			}
			for i < len(book) && book[i] != r {
				i++
			}
			if i == len(book) {
				t.Fatalf("character %q of %q missing from the book (or out of order)", r, s)
			}
			i++
		}
	}
}

func TestTextFidelity(t *testing.T) {
	is := handIssue()
	checkFidelity(t, is, build(t, is, nil))
}

func TestDeterministic(t *testing.T) {
	for _, o := range []*Options{nil, {NoFont: true}, {PageMap: handPageMap()}} {
		a := build(t, handIssue(), o)
		b := build(t, handIssue(), o)
		if !bytes.Equal(a.raw, b.raw) {
			t.Errorf("options %+v: two builds differ", o)
		}
	}
}

func TestIssueNotModified(t *testing.T) {
	is := handIssue()
	var buf bytes.Buffer
	if err := Write(&buf, is, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(is, handIssue()) {
		t.Error("Write changed the caller's issue")
	}
}

func TestRefusesBadInput(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nil, nil); err == nil {
		t.Error("nil issue accepted")
	}
	is := handIssue()
	is.Meta.Title = ""
	if err := Write(&buf, is, nil); err == nil || !strings.Contains(err.Error(), "no title") {
		t.Errorf("untitled issue: %v", err)
	}
	is = handIssue()
	is.Sections[0].Articles[0].Blocks[7] = model.Block{Type: model.Figure, Image: "missing.png", Caption: "图"}
	err := Write(&buf, is, &Options{BaseDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "epub: article a001 block 8: image") {
		t.Errorf("missing image: %v", err)
	}
}
