package importer

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// noLines clears source positions, which differ between formats.
func noLines(is *model.Issue) {
	var blocks func(bs []model.Block)
	blocks = func(bs []model.Block) {
		for i := range bs {
			bs[i].Line, bs[i].EndLine = 0, 0
			blocks(bs[i].Children)
			for _, it := range bs[i].Items {
				blocks(it)
			}
		}
	}
	is.Meta.Source, is.Meta.Line = "", 0
	if is.Meta.Cover != nil {
		is.Meta.Cover.Line = 0
	}
	blocks(is.Meta.Notices)
	for si := range is.Sections {
		s := &is.Sections[si]
		s.Line = 0
		blocks(s.Intro)
		for gi := range s.Series {
			s.Series[gi].Line = 0
			blocks(s.Series[gi].Intro)
		}
		for ai := range s.Articles {
			s.Articles[ai].Line = 0
			blocks(s.Articles[ai].Blocks)
		}
	}
}

func TestHTMLMatchesMarkdown(t *testing.T) {
	md, err := ImportFile("testdata/small.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	ht, err := ImportFile("testdata/small.html", nil)
	if err != nil {
		t.Fatal(err)
	}
	noLines(md.Issue)
	noLines(ht.Issue)
	var a, b bytes.Buffer
	model.WriteJSON(&a, md.Issue)
	model.WriteJSON(&b, ht.Issue)
	if a.String() != b.String() {
		al, bl := strings.Split(a.String(), "\n"), strings.Split(b.String(), "\n")
		for i := range min(len(al), len(bl)) {
			if al[i] != bl[i] {
				t.Fatalf("HTML and Markdown models differ at JSON line %d:\n md   %s\n html %s", i+1, al[i], bl[i])
			}
		}
		t.Fatalf("HTML and Markdown models differ in length: %d vs %d lines", len(al), len(bl))
	}
	src, _ := os.ReadFile("testdata/small.md")
	if err := CheckAccounting(string(src), md); err != nil {
		t.Error(err)
	}
	// What the small issue must hold, whatever the format.
	is := md.Issue
	arts := is.Articles()
	if len(arts) != 3 || arts[0].Series != "城市记忆" || arts[2].EndMark != "文" || arts[0].EndMark != "■" || arts[1].EndMark != "★" {
		t.Fatalf("articles: %+v", arts)
	}
	if g := is.Sections[0].Series[0]; g.Credit != "海河文化研究会 海河月刊社 合办" || len(g.Intro) != 1 {
		t.Errorf("series %+v", g)
	}
	if a := arts[2]; strings.Join(a.Authors, ",") != "王小明,李红" || a.AuthorNote != "（作者系本刊记者）" {
		t.Errorf("authors %v note %q", a.Authors, a.AuthorNote)
	}
	var kinds []string
	for _, b := range arts[2].Blocks {
		kinds = append(kinds, string(b.Type))
	}
	if got := strings.Join(kinds, " "); got != "paragraph list figure table paragraph" {
		t.Errorf("blocks %s", got)
	}
	if f := arts[2].Blocks[2]; f.Image != "images/x.png" || f.Caption != "村口的快递点" || f.Credit != "王小明 摄" {
		t.Errorf("figure %+v", f)
	}
	if is.Meta.Date != "2025-04-05" || is.Meta.ISSN != "2049-3630" || is.Meta.Publisher != "海河月刊社" {
		t.Errorf("meta %+v", is.Meta)
	}
}

func TestHTMLBadInput(t *testing.T) {
	for in, want := range map[string]string{
		"":                           "empty",
		"\xff\xfe<\x00":              "UTF-16",
		"<p>好</p>\n<p>\xc3\x28</p>":  "t.html:2: invalid UTF-8",
		"<html><body></body></html>": "no headings or paragraphs",
	} {
		_, err := HTML(strings.NewReader(in), "t.html", nil)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want %q", in, err, want)
		}
	}
}

func TestImportJSON(t *testing.T) {
	md, err := ImportFile("testdata/small.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/small.json"
	var buf bytes.Buffer
	if err := model.WriteJSON(&buf, md.Issue); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	js, err := ImportFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	WriteText(&a, md.Issue)
	WriteText(&b, js.Issue)
	if a.String() != b.String() {
		t.Error("JSON import differs from the Markdown it was written from")
	}
	if _, err := ImportFile("testdata/small.pdf", nil); err == nil || !strings.Contains(err.Error(), "unknown extension") {
		t.Errorf("pdf: %v", err)
	}
}

// TestHTMLPages reads a CMS export of one page per article: the small
// issue cut into three pages gives the model of the whole page.
func TestHTMLPages(t *testing.T) {
	whole, err := os.ReadFile("testdata/small.html")
	if err != nil {
		t.Fatal(err)
	}
	s := string(whole)
	head := s[:strings.Index(s, "<body>")+len("<body>")]
	cut1, cut2 := strings.Index(s, `<section class="series">`), strings.Index(s, "<article>\n  <h1>河边")
	dir := t.TempDir()
	for i, part := range []string{s[len(head):cut1], s[cut1:cut2], s[cut2:strings.Index(s, "</body>")]} {
		page := head + part + "</body></html>\n"
		if err := os.WriteFile(fmt.Sprintf("%s/%02d.html", dir, i+1), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	one, err := ImportFile("testdata/small.html", nil)
	if err != nil {
		t.Fatal(err)
	}
	many, err := ImportFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	noLines(one.Issue)
	noLines(many.Issue)
	var a, b bytes.Buffer
	WriteText(&a, one.Issue)
	WriteText(&b, many.Issue)
	if a.String() != b.String() {
		t.Errorf("pages differ from the whole:\n%s\n---\n%s", b.String(), a.String())
	}
	if _, err := ImportFile(t.TempDir(), nil); err == nil {
		t.Error("empty directory accepted")
	}
}
