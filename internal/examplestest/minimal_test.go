package examplestest

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

// root is the repository's root, seen from this package's folder.
const root = "../.."

var (
	minimalMD   = filepath.Join(root, "examples", "minimal", "issue.md")
	minimalJSON = filepath.Join(root, "examples", "minimal", "issue.json")
)

// importClean imports path and fails on any diagnostic that is not info:
// the examples must show the format as it should be written.
func importClean(t *testing.T, path string) *importer.Result {
	t.Helper()
	res, err := importer.ImportFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity != model.Info {
			t.Errorf("%s", d)
		}
	}
	return res
}

// TestMinimalMarkdown imports examples/minimal/issue.md and checks that
// every construct docs/format.md describes landed where it says.
func TestMinimalMarkdown(t *testing.T) {
	res := importClean(t, minimalMD)
	is := res.Issue
	src, err := os.ReadFile(minimalMD)
	if err != nil {
		t.Fatal(err)
	}
	if err := importer.CheckAccounting(string(src), res); err != nil {
		t.Error(err)
	}

	m := is.Meta
	meta := []string{m.Title, m.HalfMonth, m.Number, m.TotalNumber, m.Date, m.ISSN, m.CN, m.Publisher}
	if want := []string{"海河月刊", "上半月", "2025年第04期", "总第88期", "2025-04-05", "2049-3630", "12-1234/G", "海河月刊社"}; !reflect.DeepEqual(meta, want) {
		t.Errorf("meta = %q\nwant   %q", meta, want)
	}
	if v, _ := m.MastheadValue("主编"); v != "王大海" {
		t.Errorf("masthead 主编 = %q", v)
	}
	if v, _ := m.MastheadValue("定价"); v != "8.00元" {
		t.Errorf("masthead 定价 = %q", v)
	}
	if m.Cover == nil || m.Cover.Caption != "海河夜色" || m.Cover.Credit != "张三" {
		t.Errorf("cover = %+v", m.Cover)
	}
	if len(m.Notices) != 2 || m.Notices[0].Type != model.Heading || m.Notices[1].Type != model.Paragraph {
		t.Errorf("notices = %+v", m.Notices)
	}

	var secs []string
	for _, s := range is.Sections {
		secs = append(secs, s.Name)
	}
	if want := []string{"■要闻", "■观察", "■理论"}; !reflect.DeepEqual(secs, want) {
		t.Fatalf("sections = %q, want %q", secs, want)
	}
	g := is.Sections[0].SeriesByName("城市记忆")
	if g == nil || g.Credit != "海河文化研究会 海河月刊社 合办" || len(g.Intro) != 1 {
		t.Errorf("series = %+v", g)
	}
	arts := is.Articles()
	if len(arts) != 4 {
		t.Fatalf("%d articles, want 4", len(arts))
	}
	a1, a2, a3, a4 := arts[0], arts[1], arts[2], arts[3]

	// Article 1: label, byline, a paragraph re-joined across a page end,
	// heading levels from the numbering, end mark.
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	check("a1 series", a1.Series, "城市记忆")
	check("a1 label", a1.ColumnLabel, "·我讲我心·")
	check("a1 byline", a1.Byline, "文/本刊记者 王小明")
	check("a1 end", a1.EndMark, "■")
	check("a1 first paragraph", a1.Blocks[0].Text(), "晨光。清晨六点，老街上的早点铺已经开门，油条在锅里翻滚，豆浆的香气飘满了整条街道。")
	if in := a1.Blocks[0].Inlines[0]; in.Type != model.Strong || model.InlineText(in.Children) != "晨光。" {
		t.Errorf("run-in head = %+v", in)
	}
	var levels []int
	for _, b := range a1.Blocks {
		if b.Type == model.Heading {
			levels = append(levels, b.Level)
		}
	}
	if want := []int{1, 2, 1}; !reflect.DeepEqual(levels, want) {
		t.Errorf("a1 heading levels = %v, want %v", levels, want)
	}
	check("a1 last paragraph", a1.Blocks[len(a1.Blocks)-1].Text(), "豆浆是现磨的，不加一滴水。")

	// Article 2: quote, image with its caption and credit, line block,
	// end mark, a caption standing in an image gap.
	types := func(a *model.Article) string {
		var ts []string
		for _, b := range a.Blocks {
			ts = append(ts, string(b.Type))
		}
		return strings.Join(ts, " ")
	}
	check("a2 blocks", types(a2), "paragraph quote figure lines paragraph figure")
	fig := a2.Blocks[2]
	check("a2 figure", strings.Join([]string{fig.Image, fig.Alt, fig.Caption, fig.Credit}, "|"), "images/haihe.png|海河夜色|海河夜色|张三 摄")
	check("a2 gap figure", a2.Blocks[5].Caption+"|"+a2.Blocks[5].Image, "傍晚的河岸|")
	check("a2 end", a2.EndMark, "★")
	if n := len(a2.Blocks[3].LineItems); n != 3 {
		t.Errorf("a2 line block has %d lines", n)
	}

	// Article 3: title over two contents lines, author line, list, table,
	// a bracketed credit, folded punctuation, bold end mark, author note.
	check("a3 title", a3.Title, "数字乡村建设绘出发展新图景")
	check("a3 authors", strings.Join(a3.Authors, " "), "王小明 李红")
	check("a3 blocks", types(a3), "paragraph list table figure paragraph")
	check("a3 credit", a3.Blocks[3].Caption+"|"+a3.Blocks[3].Credit, "村口的快递点|新华社供图")
	check("a3 folded", a3.Blocks[4].Text(), "数字技术让乡村焕发了新的生机，更多年轻人回到了家乡。")
	check("a3 end", a3.EndMark, "文")
	check("a3 note", a3.AuthorNote, "（作者系本刊记者）")
	if a3.Audio {
		t.Error("a3: the audio marker before the next title belongs to a4")
	}
	if tb := a3.Blocks[2]; tb.HeaderRows != 1 || len(tb.Rows) != 3 {
		t.Errorf("a3 table: %d header rows, %d rows", tb.HeaderRows, len(tb.Rows))
	}

	// Article 4: title and subtitle, organisation byline, audio marker.
	check("a4 title", a4.Title, "学在深处 干在实处")
	check("a4 subtitle", a4.Subtitle, "把嘱托落实到海河两岸")
	check("a4 authors", strings.Join(a4.Authors, " "), "河东区委理论学习中心组")
	if !a4.Audio {
		t.Error("a4: audio marker not found")
	}
	check("a4 blocks", types(a4), "paragraph heading paragraph heading paragraph")
}

// TestMinimalJSON reads examples/minimal/issue.json with model.ReadJSON,
// validates it, checks the short form and round-trips it.
func TestMinimalJSON(t *testing.T) {
	data, err := os.ReadFile(minimalJSON)
	if err != nil {
		t.Fatal(err)
	}
	is, err := model.ReadJSON(bytes.NewReader(data), minimalJSON)
	if err != nil {
		t.Fatal(err)
	}
	if err := model.Validate(is); err != nil {
		t.Fatal(err)
	}
	arts := is.Articles()
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	// The short form: "text" alone becomes one text inline.
	if b := arts[0].Blocks[1]; b.Type != model.Heading || !reflect.DeepEqual(b.Inlines, []model.Inline{model.Txt("一、早点铺")}) {
		t.Errorf("short-form heading = %+v", b)
	}
	model.AssignIDs(is)
	if got := arts[1].ID; got != "evening" {
		t.Errorf("an ID chosen in the JSON is kept by AssignIDs: got %q", got)
	}
	if got := arts[2].ID; got != "a003" {
		t.Errorf("third article ID = %q, want a003", got)
	}
	var kinds []string
	model.WalkNodes(model.TOC(is), func(n *model.Node, d int) error {
		kinds = append(kinds, strings.Repeat(" ", d)+string(n.Kind))
		return nil
	})
	if got, want := strings.Join(kinds, ","), "section, series,  article,   heading,    heading,  article,section, article"; got != want {
		t.Errorf("TOC = %q\nwant  %q", got, want)
	}

	var a, b bytes.Buffer
	if err := model.WriteJSON(&a, is); err != nil {
		t.Fatal(err)
	}
	back, err := model.ReadJSON(bytes.NewReader(a.Bytes()), "round trip")
	if err != nil {
		t.Fatal(err)
	}
	model.WriteJSON(&b, back)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the JSON does not survive a write/read round trip")
	}
	if !reflect.DeepEqual(is, back) {
		t.Error("the model does not survive a write/read round trip")
	}

	// The importer takes the same file and reports nothing.
	res := importClean(t, minimalJSON)
	if len(res.Diagnostics) != 0 {
		t.Errorf("JSON import made %d diagnostics", len(res.Diagnostics))
	}
}
