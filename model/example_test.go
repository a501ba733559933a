package model_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/paiban/paiban/model"
)

// smallIssue builds a two-article issue in code, the way a program that
// does not start from a Markdown file would.
func smallIssue() *model.Issue {
	return &model.Issue{
		Meta: model.Meta{
			Title:       "海河月刊",
			Number:      "2025年第04期",
			TotalNumber: "总第88期",
			Date:        "2025-04-05",
			ISSN:        "2049-3630",
			Publisher:   "海河月刊社",
			Masthead:    []model.Pair{{"主办", "海河月刊社"}, {"编辑出版", "海河月刊社"}},
		},
		Sections: []model.Section{{
			Name:   "■要闻",
			Series: []model.Series{{Name: "城市记忆", Credit: "海河文化研究会 合办"}},
			Articles: []model.Article{{
				Title:   "老街的早晨",
				Series:  "城市记忆",
				Byline:  "文/本刊记者 王小明",
				Authors: []string{"王小明"},
				Blocks: []model.Block{
					{Type: model.Paragraph, Inlines: []model.Inline{model.Bold("晨光。"), model.Txt("清晨六点，早点铺已经开门。")}},
					model.Head(1, "一、早点铺"),
					model.Para("老板姓张，在这里经营了三十年。"),
					model.Head(2, "（一）油条"),
					model.Para("油条在锅里翻滚。"),
					model.Head(1, "二、豆浆"),
					model.Para("豆浆的香气飘满了整条街道。"),
				},
				EndMark: "■",
			}, {
				Title:  "河边的晚霞",
				Series: "城市记忆",
				Blocks: []model.Block{model.Para("傍晚时分，河边散步的人渐渐多了起来。")},
			}},
		}},
	}
}

// Build an issue in code, give it IDs and check it. IDs depend only on
// position, so the same issue always gets the same ones.
func Example() {
	is := smallIssue()
	model.AssignIDs(is)
	if err := model.Validate(is); err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range is.Articles() {
		fmt.Println(a.ID, a.Title, len(a.Blocks), "blocks")
	}
	fmt.Println(is.Sections[0].Articles[0].Blocks[0].Text())
	// Output:
	// a001 老街的早晨 7 blocks
	// a002 河边的晚霞 1 blocks
	// 晨光。清晨六点，早点铺已经开门。
}

// Validate finds every structural problem at once and names its place.
func ExampleValidate() {
	is := smallIssue()
	is.Meta.Date = "2025-4-5"
	a := &is.Sections[0].Articles[1]
	a.Series = "城市往事"
	a.Blocks = append(a.Blocks, model.Head(9, "太深"), model.Para(" "))
	err := model.Validate(is)
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println(line)
	}
	// Output:
	// issue: date "2025-4-5" is not YYYY-MM-DD
	// section 1 article 2 河边的晚霞: series "城市往事" is not declared by the section
	// section 1 article 2 河边的晚霞 block 2 (heading): heading level 9 not in 1..6
	// section 1 article 2 河边的晚霞 block 3 (paragraph): empty paragraph
}

// Walk the structure tree that drives the EPUB nav, the PDF outline and
// the printed contents page: section → series → article → heading.
func ExampleTOC() {
	is := smallIssue()
	model.AssignIDs(is)
	model.WalkNodes(model.TOC(is), func(n *model.Node, depth int) error {
		fmt.Printf("%s%s %s %s\n", strings.Repeat("  ", depth), n.Kind, n.ID, n.Title)
		return nil
	})
	// Output:
	// section s01 ■要闻
	//   series s01-g01 城市记忆
	//     article a001 老街的早晨
	//       heading a001-h01 一、早点铺
	//         heading a001-h02 （一）油条
	//       heading a001-h03 二、豆浆
	//     article a002 河边的晚霞
}

// Walk visits every block in reading order, with its place.
func ExampleWalk() {
	is := smallIssue()
	n := 0
	model.Walk(is, func(p model.Place, b *model.Block) error {
		if b.Type == model.Paragraph {
			n += len([]rune(b.Text()))
		}
		return nil
	})
	fmt.Println(n, "characters of paragraph text")
	// Output:
	// 70 characters of paragraph text
}

// The JSON form is the one `paiban inspect --json` prints and
// `paiban build` reads. It round-trips: reading what WriteJSON wrote gives
// the same issue back.
func ExampleWriteJSON() {
	is := smallIssue()
	model.AssignIDs(is)
	var buf bytes.Buffer
	if err := model.WriteJSON(&buf, is); err != nil {
		fmt.Println(err)
		return
	}
	back, err := model.ReadJSON(bytes.NewReader(buf.Bytes()), "issue.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	var again bytes.Buffer
	model.WriteJSON(&again, back)
	fmt.Println("same JSON after a round trip:", bytes.Equal(again.Bytes(), buf.Bytes()))
	fmt.Println(back.Sections[0].Articles[0].Blocks[1].ID, back.Sections[0].Articles[0].Blocks[1].Text())
	// Output:
	// same JSON after a round trip: true
	// a001-h01 一、早点铺
}

// Hand-written JSON may give a paragraph or heading as plain "text"
// instead of "inlines"; misspelt keys are refused with their line.
func ExampleReadJSON() {
	src := `{
  "issue": {"title": "海河月刊", "date": "2025-04-05"},
  "sections": [{"name": "■要闻", "articles": [{"title": "老街的早晨", "blocks": [
    {"type": "heading", "level": 1, "text": "一、早点铺"},
    {"type": "paragraph", "text": "老板姓张，在这里经营了三十年。"}
  ]}]}]
}`
	is, err := model.ReadJSON(strings.NewReader(src), "issue.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(model.Validate(is) == nil, is.Sections[0].Articles[0].Blocks[1].Text())

	_, err = model.ReadJSON(strings.NewReader("{\"issue\": {\n  \"titel\": \"海河月刊\"}}"), "bad.json")
	fmt.Println(err)
	// Output:
	// true 老板姓张，在这里经营了三十年。
	// model: bad.json:2:3: issue: unknown key "titel"
}
