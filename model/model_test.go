package model

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func sample() *Issue {
	return &Issue{
		Meta: Meta{Title: "测试月刊", Number: "2025年第03期", TotalNumber: "总第12期", Date: "2025-03-01",
			ISSN: "1234-5679", Masthead: []Pair{{"主编", "张三"}, {"定价", "8.00元"}},
			Notices: []Block{Para("本刊声明。")}},
		Sections: []Section{{
			Name:   "■理论",
			Series: []Series{{Name: "系列一", Intro: []Block{Para("系列导语。")}, Credit: "某某 合办"}},
			Articles: []Article{
				{Title: "第一篇", Series: "系列一", Authors: []string{"李四"}, Blocks: []Block{
					Para("正文一。"), Head(1, "一、大标题"), Head(2, "（一）小标题"),
					{Type: Paragraph, Inlines: []Inline{Bold("要点。"), Txt("说明"), {Type: LineBreak}, {Type: Link, URL: "http://x.cn", Children: []Inline{Txt("链接")}}}},
					Head(1, "二、大标题"),
					{Type: Figure, Image: "img/a.jpg", Caption: "图说", Credit: "王五 摄"},
					{Type: Quote, Children: []Block{Para("引文")}},
					{Type: List, Ordered: true, Items: [][]Block{{Para("甲")}, {Para("乙")}}},
					{Type: Table, HeaderRows: 1, Rows: [][]Cell{{{Inlines: []Inline{Txt("年")}}, {Inlines: []Inline{Txt("值")}}}, {{Inlines: []Inline{Txt("2024")}}, {Inlines: []Inline{Txt("5%")}}}}},
					{Type: Lines, LineItems: [][]Inline{{Txt("床前明月光")}, {Txt("疑是地上霜")}}},
				}, EndMark: "■"},
				{Title: "第二篇", Series: "系列一", Blocks: []Block{Para("正文二。")}},
				{Title: "第三篇", Blocks: []Block{Para("正文三。")}},
			},
		}},
	}
}

func TestJSONRoundTrip(t *testing.T) {
	is := sample()
	AssignIDs(is)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, is); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSON(bytes.NewReader(buf.Bytes()), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(is, got) {
		t.Fatalf("round trip differs:\n%s", buf.String())
	}
	for _, key := range []string{`"issue"`, `"sections"`, `"masthead": [`, `"text": "要点。说明\n链接"`, `"type": "figure"`, `"caption": "图说"`, `"total_number"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestReadJSONShortTextAndErrors(t *testing.T) {
	src := `{"issue":{"title":"刊"},"sections":[{"name":"栏","articles":[{"title":"文","blocks":[{"type":"paragraph","text":"只有文字。"}]}]}]}`
	is, err := ReadJSON(strings.NewReader(src), "in.json")
	if err != nil {
		t.Fatal(err)
	}
	if got := is.Sections[0].Articles[0].Blocks[0].Text(); got != "只有文字。" {
		t.Errorf("text-only paragraph: got %q", got)
	}
	_, err = ReadJSON(strings.NewReader("{\n \"issue\": {\"title\": \"x\",\n \"titel\": 1}}"), "bad.json")
	if err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), "titel") {
		t.Errorf("unknown key: got %v", err)
	}
	_, err = ReadJSON(strings.NewReader("{\n\"issue\": {\"title\": 3}}"), "bad.json")
	if err == nil || !strings.Contains(err.Error(), "bad.json:2:") {
		t.Errorf("type error should name line 2: got %v", err)
	}
	_, err = ReadJSON(strings.NewReader(`{"issue":{}} {}`), "two.json")
	if err == nil {
		t.Error("trailing data accepted")
	}
}

func TestAssignIDsStableAndUnique(t *testing.T) {
	a, b := sample(), sample()
	AssignIDs(a)
	AssignIDs(b)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("AssignIDs not deterministic")
	}
	if got := a.Sections[0].Articles[2].ID; got != "a003" {
		t.Errorf("third article ID = %q", got)
	}
	if got := a.Sections[0].Articles[0].Blocks[1].ID; got != "a001-h01" {
		t.Errorf("heading ID = %q", got)
	}
	c := sample()
	c.Sections[0].Articles[1].ID = "dup"
	c.Sections[0].Articles[2].ID = "dup"
	AssignIDs(c)
	if c.Sections[0].Articles[1].ID != "dup" || c.Sections[0].Articles[2].ID == "dup" {
		t.Errorf("duplicate IDs not resolved: %q %q", c.Sections[0].Articles[1].ID, c.Sections[0].Articles[2].ID)
	}
	if err := Validate(c); err != nil {
		t.Errorf("after AssignIDs: %v", err)
	}
}

func TestTOC(t *testing.T) {
	is := sample()
	AssignIDs(is)
	var lines []string
	WalkNodes(TOC(is), func(n *Node, d int) error {
		lines = append(lines, strings.Repeat("  ", d)+string(n.Kind)+" "+n.Title)
		return nil
	})
	want := []string{
		"section ■理论",
		"  series 系列一",
		"    article 第一篇",
		"      heading 一、大标题",
		"        heading （一）小标题",
		"      heading 二、大标题",
		"    article 第二篇",
		"  article 第三篇",
	}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("TOC:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestValidate(t *testing.T) {
	if err := Validate(sample()); err != nil {
		t.Fatalf("valid sample: %v", err)
	}
	is := sample()
	is.Meta.Title = ""
	is.Meta.Date = "2025-3-1"
	a := &is.Sections[0].Articles[0]
	a.Series = "没有"
	a.Blocks = append(a.Blocks, Block{Type: Paragraph, Line: 42}, Block{Type: "poem"}, Head(9, "深"),
		Block{Type: List}, Block{Type: Figure})
	err := Validate(is)
	if err == nil {
		t.Fatal("no problems found")
	}
	for _, want := range []string{"no title", "not YYYY-MM-DD", "series \"没有\"", "line 42:", "empty paragraph", "unknown block type \"poem\"", "level 9", "list without items", "neither image nor caption"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing problem %q in:\n%v", want, err)
		}
	}
}

func TestWalkOrder(t *testing.T) {
	var texts []string
	Walk(sample(), func(p Place, b *Block) error {
		if b.Type == Paragraph {
			texts = append(texts, b.Text())
		}
		return nil
	})
	got := strings.Join(texts, "|")
	want := "系列导语。|正文一。|要点。说明\n链接|引文|甲|乙|正文二。|正文三。|本刊声明。"
	if got != want {
		t.Errorf("walk order:\n got %s\nwant %s", got, want)
	}
}

func TestMetaParsing(t *testing.T) {
	m := Meta{Number: "2024年第09期", TotalNumber: "总第1143期"}
	if y, n := m.YearIssue(); y != 2024 || n != 9 {
		t.Errorf("YearIssue = %d, %d", y, n)
	}
	if m.Total() != 1143 {
		t.Errorf("Total = %d", m.Total())
	}
	if m.Lang() != "zh-CN" {
		t.Errorf("Lang = %s", m.Lang())
	}
}

// Errors inside blocks name their line, column and path too (the block
// type has its own UnmarshalJSON, where encoding/json gives no position).
func TestReadJSONErrorsInsideBlocks(t *testing.T) {
	src := "{\"issue\": {\"title\": \"刊\"},\n \"sections\": [{\"name\": \"栏\", \"articles\": [{\"title\": \"文\", \"blocks\": [\n  {\"type\": \"paragraph\", \"text\": \"好\"},\n  {\"type\": \"paragraph\", \"txt\": \"错\"}]}]}]}"
	_, err := ReadJSON(strings.NewReader(src), "b.json")
	if err == nil || !strings.Contains(err.Error(), "b.json:4:25:") || !strings.Contains(err.Error(), "sections[0].articles[0].blocks[1]") || !strings.Contains(err.Error(), `"txt"`) {
		t.Errorf("unknown key in a block: %v", err)
	}
	src = "{\"issue\": {\"title\": \"刊\"},\n \"sections\": [{\"name\": \"栏\", \"articles\": [{\"title\": \"文\", \"blocks\": [\n  {\"type\": \"heading\", \"level\": \"一\"}]}]}]}"
	_, err = ReadJSON(strings.NewReader(src), "b.json")
	if err == nil || !strings.Contains(err.Error(), "b.json:3:") || !strings.Contains(err.Error(), "blocks[0].level") {
		t.Errorf("wrong kind in a block: %v", err)
	}
	src = `{"issue": {"title": "刊", "masthead": [["a", "b", "c"]]}, "sections": []}`
	if _, err = ReadJSON(strings.NewReader(src), "m.json"); err == nil || !strings.Contains(err.Error(), "masthead[0]") {
		t.Errorf("three-element pair: %v", err)
	}
}

// WithIDs assigns IDs on a copy and leaves the caller's issue alone.
func TestWithIDs(t *testing.T) {
	is := sample()
	c := WithIDs(is)
	if is.Sections[0].Articles[0].ID != "" || is.Sections[0].Articles[0].Blocks[1].ID != "" {
		t.Error("WithIDs wrote to the caller's issue")
	}
	if c.Sections[0].Articles[0].ID != "a001" || c.Sections[0].Articles[0].Blocks[1].ID != "a001-h01" {
		t.Errorf("copy IDs: %q %q", c.Sections[0].Articles[0].ID, c.Sections[0].Articles[0].Blocks[1].ID)
	}
}

func TestReadingText(t *testing.T) {
	got := ReadingText(sample())
	want := "■理论\n系列一\n某某 合办\n系列导语。\n第一篇\n正文一。\n一、大标题\n（一）小标题\n要点。说明\n链接\n二、大标题\n图说 王五 摄\n引文\n甲\n乙\n年\t值\n2024\t5%\n床前明月光\n疑是地上霜\n■\n第二篇\n正文二。\n第三篇\n正文三。\n测试月刊\n2025年第03期 总第12期\n主编 张三\n定价 8.00元\n本刊声明。\n"
	if got != want {
		t.Errorf("ReadingText:\n%s\nwant:\n%s", got, want)
	}
}

// Nesting is bounded: a hostile file cannot make the block decoder's
// repeated subtree decoding quadratic.
func TestReadJSONDepth(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`{"issue":{"title":"刊"},"sections":[{"name":"栏","articles":[{"title":"文","blocks":[`)
	for i := 0; i < 500; i++ {
		sb.WriteString(`{"type":"quote","children":[`)
	}
	sb.WriteString(`{"type":"paragraph","text":"深"}`)
	for i := 0; i < 500; i++ {
		sb.WriteString(`]}`)
	}
	sb.WriteString(`]}]}]}`)
	_, err := ReadJSON(strings.NewReader(sb.String()), "deep.json")
	if err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("500 levels: %v", err)
	}
}
