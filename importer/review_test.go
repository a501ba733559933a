package importer

import (
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// titles returns the titles of the issue's articles, in order.
func titles(is *model.Issue) []string {
	var out []string
	for _, a := range is.Articles() {
		out = append(out, a.Title)
	}
	return out
}

// warnings returns the messages of the warnings.
func warnings(res *Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		if d.Severity == model.Warning {
			out = append(out, d.Msg)
		}
	}
	return out
}

// TestContentsEndsAtBody checks that a contents block whose body's
// article headings are one level below its own heading stops where the
// body begins instead of swallowing it.
func TestContentsEndsAtBody(t *testing.T) {
	for name, md := range map[string]string{
		"heading matches an entry":   "# 目录\n\n## ■甲栏目\n\n第一篇文章标题\n\n第二篇文章标题\n\n## 第一篇文章标题\n\n正文第一段内容。\n\n## 第二篇文章标题\n\n正文第二段内容。\n",
		"title split over two lines": "# 目录\n\n## ■甲栏目\n\n第一篇文章\n标题的后半\n\n第二篇文章标题\n\n## 第一篇文章标题的后半\n\n正文第一段内容。\n\n## 第二篇文章标题\n\n正文第二段内容。\n",
	} {
		t.Run(name, func(t *testing.T) {
			res := imp(t, md)
			if n := len(res.Issue.Articles()); n != 2 {
				t.Errorf("%d articles %q, want 2", n, titles(res.Issue))
			}
			if err := CheckAccounting(md, res); err != nil {
				t.Error(err)
			}
		})
	}
	// Body text that matches no entry ends the block too, with the
	// heading over it: both stay text of the issue.
	long := "正文第一段的内容相当长，一直写到三十个字以上才结束这个句子。"
	md := "# 目录\n\n## ■甲栏目\n\n第一篇文章标题\n\n## 不在目录里的小标题\n\n" + long + "\n\n# 第一篇文章标题\n\n正文。\n"
	res := imp(t, md)
	if got := titles(res.Issue); len(got) != 1 || got[0] != "第一篇文章标题" {
		t.Errorf("articles %q", got)
	}
	text := ModelText(res.Issue)
	for _, w := range []string{long, "不在目录里的小标题"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q is not in the model; warnings %q", w, warnings(res))
		}
	}
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}

// TestNoArticleIsAnError checks that an issue in which no article
// survives is refused with the file's name rather than built empty.
func TestNoArticleIsAnError(t *testing.T) {
	for name, md := range map[string]string{
		"contents only":       "# 目录\n",
		"contents, no match":  "# 目录\n\n## ■甲栏目\n\n甲文\n\n## 乙文\n\n正文。\n",
		"paragraphs only":     "只有一段正文。\n\n又一段。\n",
		"contents and a line": "# 目录\n\n## ■甲\n\n甲文\n\n正文没有标题。\n",
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			res, err := Markdown(strings.NewReader(md), "none.md", nil)
			if err == nil {
				t.Fatalf("imported %d sections, %q; want an error", len(res.Issue.Sections), titles(res.Issue))
			}
			if !strings.Contains(err.Error(), "none.md") || !strings.Contains(err.Error(), "no article") {
				t.Errorf("error %q names neither the file nor the fault", err)
			}
		})
	}
}

// TestContentsHeading checks that only a heading that is a name of the
// contents opens it, not one that merely holds 目录.
func TestContentsHeading(t *testing.T) {
	for s, want := range map[string]bool{
		"目录": true, "目 录": true, "目录 CONTENTS": true, "CONTENTS": true, "Contents": true,
		"目次": true, "本期目录": true, "■目录": true, "CONTENTS / 目录": true, "目录（CONTENTS）": true,
		"新版产业目录发布": false, "目录之外": false, "产业目录": false, "CONTENTS OF THE YEAR": false, "": false,
	} {
		if got := isContentsHeading(s); got != want {
			t.Errorf("isContentsHeading(%q) = %v", s, got)
		}
	}
	md := "# 新版产业目录发布\n\n文章正文一。\n\n# 目录\n\n## ■甲栏目\n\n新版产业目录发布\n\n第二篇\n\n# 第二篇\n\n正文二。\n"
	res := imp(t, md)
	if got := titles(res.Issue); strings.Join(got, "|") != "新版产业目录发布|第二篇" {
		t.Errorf("articles %q, want 新版产业目录发布 and 第二篇", got)
	}
	if got := res.Issue.Sections[0].Name; got != "■甲栏目" {
		t.Errorf("section %q, want ■甲栏目", got)
	}
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}

// TestHTMLNothingDroppedSilently checks that pictures inside paragraphs,
// table captions, the other children of a figure and site navigation are
// kept or reported, not lost without a word.
func TestHTMLNothingDroppedSilently(t *testing.T) {
	page := `<html><body>
<h1>文章一</h1>
<p>正文开头<img src="a.png" alt="示意图">正文结尾。</p>
<table><caption>表一 统计数据</caption><tr><td>1</td><td>2</td></tr></table>
<nav><p>导航里的文字</p><ul><li><a href="/">首页</a></li></ul></nav>
<figure><img src="b.png"><p>图中说明段落。</p><img src="c.png" alt="第二幅"><figcaption>图注文字 张三 摄</figcaption></figure>
<div>容器里的一段文字。<a href="x"><img src="d.png" alt="链接里的图"></a></div>
</body></html>`
	res, err := HTML(strings.NewReader(page), "h.html", nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range res.Issue.Articles()[0].Blocks {
		switch b.Type {
		case model.Figure:
			got = append(got, "F:"+b.Image+"|"+b.Alt+"|"+b.Caption+"|"+b.Credit)
		case model.Table:
			got = append(got, "T:"+b.Text())
		default:
			got = append(got, "P:"+b.Text())
		}
	}
	eq(t, "blocks", got,
		"P:正文开头正文结尾。", "F:a.png|示意图||",
		"P:表一 统计数据", "T:1\t2",
		"F:b.png||图注文字|张三 摄", "P:图中说明段落。", "F:c.png|第二幅||",
		"P:容器里的一段文字。", "F:d.png|链接里的图||")
	nav := false
	for _, d := range res.Diagnostics {
		nav = nav || strings.Contains(d.Before, "导航里的文字") && strings.Contains(d.Before, "首页")
	}
	if !nav {
		t.Errorf("no diagnostic holds the navigation's text: %v", res.Diagnostics)
	}
}

// TestAuthorLinesAreNames checks that a contents line matching no article
// becomes the previous article's author only when it reads as names.
func TestAuthorLinesAreNames(t *testing.T) {
	for s, want := range map[string]bool{
		"张三": true, "刘艳梅 魏怡雪": true, "张三、李四": true, "本刊记者 张三": true, "本刊记者张三": true,
		"河东区委理论学习中心组": true, "西青区中小学“红色少年”宣讲团": true, "张三 整理": true, "阿依古丽·买买提": true,
		"遗失的文章标题": false, "新质生产力的先进性 归根到底是社会主义先进性": false, "学在深处 谋在新处": false, "欧阳修远": true,
		"坚持守正创新": false, "": false, "第3期": false,
	} {
		if got := isNameLike(s); got != want {
			t.Errorf("isNameLike(%q) = %v", s, got)
		}
	}
	md := "# 目录\n\n## ■甲栏目\n\n文章一\n\n张三\n\n文章二\n\n遗失的文章标题\n\n文章三\n\n李四 王五\n\n# 文章一\n\n文/张三\n\n正文一。\n\n# 文章二\n\n正文二。\n\n# 文章三\n\n正文三。\n"
	res := imp(t, md)
	var got []string
	for _, a := range res.Issue.Articles() {
		got = append(got, a.Title+"|"+strings.Join(a.Authors, ","))
	}
	eq(t, "articles", got, "文章一|张三", "文章二|", "文章三|李四,王五")
	found := false
	for _, w := range warnings(res) {
		found = found || strings.Contains(w, "遗失的文章标题") && strings.Contains(w, "no article in the body")
	}
	if !found {
		t.Errorf("no warning for the missing article; warnings %q", warnings(res))
	}
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}

// TestFoldedBreakReported checks that a hard line break folded away in a
// paragraph of long lines is reported, and one in a line block is kept.
func TestFoldedBreakReported(t *testing.T) {
	long := "第二行很长很长很长很长很长很长很长很长很长很长很长很长很长。"
	for name, c := range map[string]struct {
		body  string
		notes int
		typ   model.BlockType
	}{
		"backslash":  {"第一行\\\n" + long, 1, model.Paragraph},
		"two spaces": {"第一行  \n" + long, 1, model.Paragraph},
		"line block": {"短的第一行\\\n短的第二行", 0, model.Lines},
		"soft only":  {"第一行\n" + long, 0, model.Paragraph},
		"two breaks": {"第一行\\\n" + long + "\\\n第三行", 2, model.Paragraph},
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			md := issueMD("标题", c.body)
			res := imp(t, md)
			n := 0
			for _, d := range res.Diagnostics {
				if d.Pass == "breaks" {
					n++
				}
			}
			if n != c.notes {
				t.Errorf("%d breaks diagnostics, want %d", n, c.notes)
			}
			if b := res.Issue.Articles()[0].Blocks; len(b) != 1 || b[0].Type != c.typ {
				t.Errorf("blocks %+v, want one %s", b, c.typ)
			}
		})
	}
}

// TestInlineImages checks that a picture inside a paragraph becomes a
// figure after it without hiding the links after it, and that a picture
// left as Markdown (in a table cell) keeps its half-width !.
func TestInlineImages(t *testing.T) {
	md := issueMD("标题", "看图 ![示意](x.png) 之后 [链接](http://a.b) 完。\n\n短行\n\n| 甲 | 乙 |\n|---|---|\n| 见![图](y.png)与[链接](http://c.d) | 2 |")
	res := imp(t, md)
	bs := res.Issue.Articles()[0].Blocks
	if len(bs) < 3 {
		t.Fatalf("blocks %+v", bs)
	}
	if bs[0].Type != model.Paragraph || bs[0].Text() != "看图 之后 链接 完。" {
		t.Errorf("paragraph %q", bs[0].Text())
	}
	var urls []string
	for _, b := range bs {
		for _, row := range b.Rows {
			for _, c := range row {
				for _, in := range c.Inlines {
					urls = append(urls, in.URL)
				}
			}
		}
		for _, in := range b.Inlines {
			urls = append(urls, in.URL)
		}
	}
	if u := strings.Join(urls, " "); !strings.Contains(u, "http://a.b") || !strings.Contains(u, "http://c.d") {
		t.Errorf("links %q, want both parsed", u)
	}
	if f := bs[1]; f.Type != model.Figure || f.Image != "x.png" || f.Alt != "示意" || f.Caption != "" {
		t.Errorf("figure %+v", f)
	}
	if bs[2].Type != model.Paragraph || bs[2].Text() != "短行" {
		t.Errorf("the line after the picture is %+v, want a paragraph (not its caption)", bs[2])
	}
	cell := bs[len(bs)-1].Rows[1][0]
	if txt := plain(cell.Inlines); !strings.Contains(txt, "![图](y.png)") {
		t.Errorf("cell %q: the picture's ! was folded", txt)
	}
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}

// TestSourceTextFollowsParser checks the accounting on the Markdown the
// parser reads in its own way: headings in quotes, empty and unpaired
// strong marks, hard-break backslashes, unparsed links and closing #s.
func TestSourceTextFollowsParser(t *testing.T) {
	for name, body := range map[string]string{
		"heading in quote": "> 引用 **粗** 文字\n> ## 引用里的标题",
		"empty strong":     "a****b 的文字。",
		"unpaired strong":  "**未配对 粗体 与 结尾 **",
		"hard break":       "第一行\\\n第二行很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
		"unparsed link":    "空的[](http://a.b)链接与[文字](http://c.d)。",
		"picture in list":  "- 项 ![图](x.png) 与 [链接](http://e.f)\n- 二",
		"closing hashes":   "## 小标题 ##\n\n正文。",
		"backslash alone":  "末尾的反斜杠\\",
	} {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			md := issueMD("标题", body)
			res := imp(t, md)
			if err := CheckAccounting(md, res); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestWriteTreeUnlistedSeries checks that WriteTree survives an article
// naming a series its section does not list.
func TestWriteTreeUnlistedSeries(t *testing.T) {
	is := &model.Issue{Sections: []model.Section{{Name: "甲", Articles: []model.Article{{Title: "文", Series: "无此系列"}}}}}
	var sb strings.Builder
	WriteTree(&sb, is)
	if !strings.Contains(sb.String(), "无此系列") {
		t.Errorf("tree:\n%s", sb.String())
	}
}

// TestInterleaveNeedsCorroboration checks that text moves between
// articles only when the first article's end reads on into it, and that
// a move is a warning.
func TestInterleaveNeedsCorroboration(t *testing.T) {
	url := "# 目录\n\n## ■甲栏目\n\n文章甲\n\n文章乙\n\n# 文章甲\n\n甲的正文，说明如下：\n\n详情请见网站 www.example.com\n\n# 文章乙\n\n乙的第一段，讲到一半\n\n乙的第二段讲的是另一件事。■\n\n乙的第三段，在小节之后继续。\n"
	res := imp(t, url)
	for _, d := range res.Diagnostics {
		if d.Pass == "interleave" {
			t.Errorf("moved after a URL: %s", d.Msg)
		}
	}
	if n := len(res.Issue.Articles()[1].Blocks); n < 2 {
		t.Errorf("文章乙 has %d blocks left", n)
	}
	half := strings.Replace(url, "详情请见网站 www.example.com", "详情请见我们在这里继续说明的那些", 1)
	res = imp(t, half)
	moved := false
	for _, d := range res.Diagnostics {
		if d.Pass == "interleave" {
			moved = true
			if d.Severity != model.Warning {
				t.Errorf("move reported as %s, want a warning", d.Severity)
			}
		}
	}
	if !moved {
		t.Error("no move after a paragraph that stops mid-sentence")
	}
	if err := CheckAccounting(half, res); err != nil {
		t.Error(err)
	}
}

// TestSeriesCreditLine checks that only a line naming the column's
// makers becomes a series' credit line.
func TestSeriesCreditLine(t *testing.T) {
	for s, want := range map[string]bool{
		"中共天津市委党校 中共天津市委支部生活社 合办": true, "本刊与市档案馆联合出品": true,
		"回望百年征程": false, "": false, "某某合办，欢迎投稿": false,
	} {
		if got := isCreditLine(s); got != want {
			t.Errorf("isCreditLine(%q) = %v", s, got)
		}
	}
}

// TestSourceTextDeepQuotes checks that SourceText follows the parser's
// cap on quote depth and stays fast on stacked markers.
func TestSourceTextDeepQuotes(t *testing.T) {
	md := issueMD("标题", strings.Repeat(">", 40)+" 最深处的引文。\n\n引文之后。")
	res := imp(t, md)
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
	deep := strings.Repeat("> ", 20000) + "字"
	if got := strings.TrimSpace(SourceText(deep)); got != "字" {
		t.Errorf("SourceText of 20,000 markers = %.40q", got)
	}
}
