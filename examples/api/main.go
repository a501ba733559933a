// Command api builds a small magazine issue in Go code through the model
// API, without any source file, and typesets it into both editions:
// DIR/api.epub and DIR/api.pdf.
//
//	go run ./examples/api -o out
//
// It shows the whole library path a program takes: fill a model.Issue,
// give it IDs (model.AssignIDs), check it (model.Validate), then hand the
// same issue to epub.Write and pdf.Write. Both writers are deterministic:
// the same issue gives the same bytes on every run.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/model"
	"github.com/paiban/paiban/pdf"
)

func main() {
	out := flag.String("o", "out", "output `directory`")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/api [-o DIR]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "api:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	is := issue()
	// IDs name the EPUB's files and the anchors of both editions; they
	// depend only on position, so rebuilding gives the same names.
	model.AssignIDs(is)
	if err := model.Validate(is); err != nil {
		return fmt.Errorf("the issue is not valid:\n%w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(dir, "api.epub"), func(w io.Writer) error {
		return epub.Write(w, is, nil)
	}); err != nil {
		return err
	}
	popts := &pdf.Options{Warn: func(err error) { fmt.Fprintln(os.Stderr, "api: warning:", err) }}
	return writeFile(filepath.Join(dir, "api.pdf"), func(w io.Writer) error {
		return pdf.Write(w, is, popts)
	})
}

// issue returns the issue: one section with a series of two articles and
// a second section with a single article.
func issue() *model.Issue {
	return &model.Issue{
		Meta: model.Meta{
			Title:       "海河月刊",
			Number:      "2025年第04期",
			TotalNumber: "总第88期",
			// Date is the only date the writers use (EPUB modified
			// date, PDF dates): never the clock.
			Date:      "2025-04-05",
			ISSN:      "2049-3630",
			Publisher: "海河月刊社",
			Masthead: []model.Pair{
				{"主办", "海河月刊社"},
				{"编辑出版", "海河月刊社"},
				{"主编", "王大海"},
				{"国际标准刊号", "ISSN 2049-3630"},
			},
			Notices: []model.Block{
				model.Head(1, "声 明"),
				model.Para("本刊刊发的文字、图片均向作者支付稿酬。"),
			},
		},
		Sections: []model.Section{
			{
				Name: "■要闻",
				Series: []model.Series{{
					Name:   "城市记忆",
					Credit: "海河文化研究会 海河月刊社 合办",
					Intro:  []model.Block{model.Para("这个系列讲述城市的往事。")},
				}},
				Articles: []model.Article{
					{
						Title:       "老街的早晨",
						Series:      "城市记忆",
						ColumnLabel: "·我讲我心·",
						Byline:      "文/本刊记者 王小明",
						Authors:     []string{"王小明"},
						EndMark:     "■",
						Blocks: []model.Block{
							// A run-in head: a strong inline at the start
							// of a paragraph.
							{Type: model.Paragraph, Inlines: []model.Inline{
								model.Bold("晨光。"),
								model.Txt("清晨六点，老街上的早点铺已经开门，油条在锅里翻滚，豆浆的香气飘满了整条街道。"),
							}},
							// Heading levels are relative to the article:
							// 1 is its first level of subheadings.
							model.Head(1, "一、早点铺"),
							model.Para("早点铺的老板姓张，在这里经营了三十年。每天凌晨三点，他就开始和面、生火。"),
							model.Head(2, "（一）油条"),
							model.Para("油条要炸两遍，外脆里软。"),
							model.Head(1, "二、豆浆"),
							model.Para("豆浆是现磨的，不加一滴水。"),
						},
					},
					{
						Title:  "河边的晚霞",
						Series: "城市记忆",
						Blocks: []model.Block{
							model.Para("傍晚时分，河边散步的人渐渐多了起来。"),
							{Type: model.Quote, Children: []model.Block{model.Para("河水静静流淌，带走了一天的疲惫。")}},
							{Type: model.Lines, LineItems: [][]model.Inline{
								{model.Txt("海河水，")},
								{model.Txt("向东流，")},
								{model.Txt("流过千家万户口。")},
							}},
							// A figure without an image keeps its caption
							// and credit where the picture was.
							{Type: model.Figure, Caption: "傍晚的河岸", Credit: "李四 摄"},
						},
						EndMark: "★",
					},
				},
			},
			{
				Name: "■观察",
				Articles: []model.Article{{
					Title:      "数字乡村建设绘出发展新图景",
					Byline:     "文/本刊记者 王小明 李红",
					Authors:    []string{"王小明", "李红"},
					AuthorNote: "（作者系本刊记者）",
					EndMark:    "文",
					Blocks: []model.Block{
						model.Para("乡村的变化，首先体现在网络上："),
						{Type: model.List, Items: [][]model.Block{
							{model.Para("光纤通到了每个村；")},
							{model.Para("快递点开到了村口。")},
						}},
						{Type: model.Table, HeaderRows: 1, Rows: [][]model.Cell{
							{cell("项目"), cell("2020年"), cell("2024年")},
							{cell("宽带用户"), cell("120户"), cell("860户")},
							{cell("网店"), cell("3家"), cell("41家")},
						}},
						model.Para("数字技术让乡村焕发了新的生机，更多年轻人回到了家乡。"),
					},
				}},
			},
		},
	}
}

func cell(s string) model.Cell { return model.Cell{Inlines: []model.Inline{model.Txt(s)}} }

// writeFile writes path through a buffer and reports the first error of
// writing, flushing or closing.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Println(path)
	return nil
}
