package importer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// issueMD wraps article bodies in a minimal issue: a contents block with
// one section listing the titles (and authors), a masthead, and the
// articles. bodies alternate title, body.
func issueMD(bodies ...string) string {
	var toc, body strings.Builder
	toc.WriteString("# 目录\n\n## ■测试\n\n")
	for i := 0; i+1 < len(bodies); i += 2 {
		fmt.Fprintf(&toc, "%s\n\n", bodies[i])
		fmt.Fprintf(&body, "# %s\n\n%s\n\n", bodies[i], bodies[i+1])
	}
	return toc.String() + "# 测试月刊\n\n2025年第03期·总第100期\n\n每月1日出版\n\n" + body.String()
}

func imp(t *testing.T, md string) *Result {
	t.Helper()
	res, err := Markdown(strings.NewReader(md), "t.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// texts returns the article's blocks as short strings: P:text, H2:text,
// F:caption|credit.
func texts(a *model.Article) []string {
	var out []string
	for _, b := range a.Blocks {
		switch b.Type {
		case model.Heading:
			out = append(out, fmt.Sprintf("H%d:%s", b.Level, b.Text()))
		case model.Figure:
			out = append(out, "F:"+b.Caption+"|"+b.Credit)
		default:
			out = append(out, "P:"+b.Text())
		}
	}
	return out
}

func first(t *testing.T, md string) *model.Article {
	t.Helper()
	res := imp(t, md)
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
	return res.Issue.Articles()[0]
}

func eq(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

func TestJoin(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"mid-sentence", "第一段没有写\n\n完的句子。", []string{"P:第一段没有写完的句子。"}},
		{"after dash", "形成了产融结合范例——\n\n甲公司以数字科技赋能航旅业务；\n\n乙公司赋能三农业务；", []string{"P:形成了产融结合范例——甲公司以数字科技赋能航旅业务；", "P:乙公司赋能三农业务；"}},
		{"before a number", "这对于新区具有重大意义。2013\n\n年，市委批复了总体方案。", []string{"P:这对于新区具有重大意义。2013年，市委批复了总体方案。"}},
		{"number then unit", "拥有 41 个工业大类、207\n\n个工业中类。", []string{"P:拥有 41 个工业大类、207个工业中类。"}},
		{"closing quote first", "他说：“这里是我的第二故乡。\n\n”我暗下决心。", []string{"P:他说：“这里是我的第二故乡。”我暗下决心。"}},
		{"comma first", "天津解放后，市委在原有行政区\n\n，建立了街道人民政权。", []string{"P:天津解放后，市委在原有行政区，建立了街道人民政权。"}},
		{"across caption and QR", "他是贫困户，在政府的\n\n\n\n张三（左）与李四交流\n\n\n\n扫码听音频\n\n帮助下，日子越过越好。",
			[]string{"P:他是贫困户，在政府的帮助下，日子越过越好。", "F:张三（左）与李四交流|"}},
		{"deck is not cut", "市委常委会主持全会 陈敏尔讲话\n\n全会听取了工作报告。", []string{"P:市委常委会主持全会 陈敏尔讲话", "P:全会听取了工作报告。"}},
		{"title-like second half", "审议通过了《决定》\n\n天津市第六次全体会议决议\n\n（2024年8月25日通过）\n\n会议于8月25日召开。",
			[]string{"P:审议通过了《决定》", "P:天津市第六次全体会议决议", "P:（2024年8月25日通过）", "P:会议于8月25日召开。"}},
		{"not across a heading", "这一段没有写完\n\n## 小标题\n\n下一段。", []string{"P:这一段没有写完", "H1:小标题", "P:下一段。"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			eq(t, c.name, texts(first(t, issueMD("标题", c.body))), c.want...)
		})
	}
}

func TestEndMarks(t *testing.T) {
	cases := []struct{ body, mark, last string }{
		{"全文结束。**文**", "文", "全文结束。"},
		{"全文结束。  \n文", "文", "全文结束。"},
		{"全文结束。\n▲", "▲", "全文结束。"},
		{"全文结束。★", "★", "全文结束。"},
		{"全文结束。\n\n■", "■", "全文结束。"},
		{"全文结束。☒", "☒", "全文结束。"},
		{"任务圆满完成。五", "五", "任务圆满完成。"},
		{"数字 2024。", "", "数字 2024。"},
	}
	for _, c := range cases {
		a := first(t, issueMD("标题", "第一段。\n\n"+c.body))
		if a.EndMark != c.mark || texts(a)[len(a.Blocks)-1] != "P:"+c.last {
			t.Errorf("%q: mark %q, last %q", c.body, a.EndMark, texts(a)[len(a.Blocks)-1])
		}
	}
	// 。深 | 化改革: a sentence cut at a page end, not a mark, when 深化
	// stands together elsewhere.
	a := first(t, issueMD("标题", "推进绿色低碳发展。深\n\n化民生领域改革。\n\n全面深化改革。"))
	eq(t, "cut after a full stop", texts(a), "P:推进绿色低碳发展。深化民生领域改革。", "P:全面深化改革。")
	if a.EndMark != "" {
		t.Errorf("mark %q", a.EndMark)
	}
}

func TestFiguresBylinesNotes(t *testing.T) {
	a := first(t, issueMD("标题", "文／本刊记者 李圆圆\n\n·我讲我心·\n\n正文第一段。\n\n\n\n殷亚辉 摄\n\n第二段。\n\n\n\n人民解放军会师场景壁画(平津战役纪念馆供图)\n\n第三段。\n\n短行不是图说\n\n（作者系天津市某研究中心研究员）"))
	eq(t, "blocks", texts(a), "P:正文第一段。", "F:|殷亚辉 摄", "P:第二段。", "F:人民解放军会师场景壁画|平津战役纪念馆供图", "P:第三段。", "P:短行不是图说")
	if a.Byline != "文／本刊记者 李圆圆" || strings.Join(a.Authors, ",") != "李圆圆" || a.ColumnLabel != "·我讲我心·" || a.AuthorNote != "（作者系天津市某研究中心研究员）" {
		t.Errorf("byline %q authors %v label %q note %q", a.Byline, a.Authors, a.ColumnLabel, a.AuthorNote)
	}
	for _, c := range []struct{ by, want string }{
		{"文 / 刘艳梅 魏怡雪", "刘艳梅,魏怡雪"},
		{"文/中共东丽区委书记 贾堤", "贾堤"},
		{"文/天津市财政局党组书记、局长 吴丽祥", "吴丽祥"},
		{"文 / 河东区委理论学习中心组", "河东区委理论学习中心组"},
	} {
		a := first(t, issueMD("标题", c.by+"\n\n正文。"))
		if got := strings.Join(a.Authors, ","); got != c.want {
			t.Errorf("%s: authors %s", c.by, got)
		}
	}
	for _, n := range []string{"(西青区中小学“红色少年”宣讲团 供稿)", "本文系某项目的阶段性成果。作者系某大学教授", "（执笔人：王磊、孟罡）"} {
		if a := first(t, issueMD("标题", "正文。\n\n"+n)); a.AuthorNote == "" {
			t.Errorf("%s: not an author note", n)
		}
	}
}

func TestFoldPunct(t *testing.T) {
	for in, want := range map[string]string{
		"2014年2月,以习近平":        "2014年2月，以习近平",
		"达到120,并且":            "达到120，并且",
		"1,000 元":             "1,000 元",
		"圆周率3.14。":            "圆周率3.14。",
		"见 http://a.cn/x,y 页": "见 http://a.cn/x,y 页",
		"写信到a@b.cn,谢谢":        "写信到a@b.cn,谢谢",
		"Hello, world!":       "Hello, world!",
		"公司(以下简称“中船保理”)成立":    "公司（以下简称“中船保理”）成立",
		"(一) 加强顶层设计":          "（一）加强顶层设计",
		"时间:10:30":            "时间：10:30",
		"真的吗?好!":              "真的吗？好！",
		"甲;乙":                 "甲；乙",
		".....":               "……",
		"等等...":               "等等……",
		"f(x) = 1":            "f(x) = 1",
		"2019 年":              "2019 年",
	} {
		got, before, after := foldPunct(in)
		if got != want {
			t.Errorf("foldPunct(%q) = %q, want %q", in, got, want)
		}
		if (got == in) != (before == "" && after == "") {
			t.Errorf("foldPunct(%q): before %q after %q", in, before, after)
		}
	}
}

func TestLevels(t *testing.T) {
	a := first(t, issueMD("标题", "导语。\n\n## 一、甲\n\n正文。\n\n### (一)子\n\n正文。\n\n#### (二)子\n\n正文。\n\n### 二、乙\n\n正文。"))
	eq(t, "numbered", texts(a), "P:导语。", "H1:一、甲", "P:正文。", "H2:（一）子", "P:正文。", "H2:（二）子", "P:正文。", "H1:二、乙", "P:正文。")
	a = first(t, issueMD("标题", "## 甲\n\n正文。\n\n### 乙\n\n正文。\n\n#### 丙\n\n正文。"))
	eq(t, "unnumbered siblings", texts(a), "H1:甲", "P:正文。", "H1:乙", "P:正文。", "H1:丙", "P:正文。")
}

func TestContentsMatching(t *testing.T) {
	md := `# 先行文章

先行文章的正文。

# 目录 CONTENTS

## ■卷首

先行文章

## ■理论

同“甘”共苦谱“山海”真情

周红炳

因地制宜发展新质生产力

塑造东丽区高质量发展新动能

贾堤

学在深处 谋在新处

把嘱托全面落实到直沽大地上

河东区委中心组

激发数据要素活力

来江

根本不存在的文章

某某

12

封面:会师金汤桥塑像 摄影 / 杨春治

### 声 明

本刊声明一。

# 测试月刊

下半月 2025年第17期·总第101期

每月1日、16日出版

国际标准刊号/ISSN 0412-0892

# 同『甘』共苦谱『山海』真情

文/周红炳

正文一。

# 因地制宜发展新质生产力 塑造东丽区高质量发展新动能

文/贾堤

正文二。

# 学在深处 谋在新处

## 把嘱托全面落实到直沽大地上

文 / 河东区委中心组

正文三。

## 激发数据要素活力

文 / 栾江

正文四。
`
	res := imp(t, md)
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
	var got []string
	for _, s := range res.Issue.Sections {
		for _, a := range s.Articles {
			got = append(got, fmt.Sprintf("%s|%s|%s|%s", s.Name, a.Title, a.Subtitle, strings.Join(a.Authors, ",")))
		}
	}
	eq(t, "articles", got,
		"■卷首|先行文章||",
		"■理论|同『甘』共苦谱『山海』真情||周红炳",
		"■理论|因地制宜发展新质生产力 塑造东丽区高质量发展新动能||贾堤",
		"■理论|学在深处 谋在新处|把嘱托全面落实到直沽大地上|河东区委中心组",
		"■理论|激发数据要素活力||栾江")
	var warns []string
	for _, d := range res.Diagnostics {
		if d.Severity == model.Warning {
			warns = append(warns, d.Msg)
		}
	}
	all := strings.Join(warns, "\n")
	for _, w := range []string{"differs from body heading", "differ from the contents'", "根本不存在的文章\" has no article"} {
		if !strings.Contains(strings.ReplaceAll(all, `"`, "“"), strings.ReplaceAll(w, `"`, "“")) && !strings.Contains(all, w) {
			t.Errorf("no warning %q in:\n%s", w, all)
		}
	}
	m := res.Issue.Meta
	if m.Date != "2025-09-16" || m.HalfMonth != "下半月" || m.ISSN != "0412-0892" || len(m.Notices) != 2 || m.Cover == nil {
		t.Errorf("meta: %+v", m)
	}
}

func TestNoContents(t *testing.T) {
	md := "# 甲文\n\n正文一。\n\n## 小标题\n\n正文二。\n\n# 乙文\n\n正文三。"
	res := imp(t, md)
	if n := len(res.Issue.Articles()); n != 2 {
		t.Errorf("%d articles", n)
	}
	found := false
	for _, d := range res.Diagnostics {
		found = found || strings.Contains(d.Msg, "no contents block") && d.Severity == model.Warning
	}
	if !found {
		t.Errorf("no warning about the missing contents in %v", res.Diagnostics)
	}
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}

func TestBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		in   string
		want string
	}{
		"empty":     {"", "t.md: the file is empty"},
		"blank":     {" \n\n", "empty"},
		"utf16le":   {"\xff\xfe#\x00", "UTF-16"},
		"utf16be":   {"\xfe\xff\x00#", "UTF-16"},
		"bad utf-8": {"# 目录\n\n第二行\n\xc3\x28 第四行\n", "t.md:4: invalid UTF-8"},
	} {
		_, err := Markdown(strings.NewReader(c.in), "t.md", nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", name, err, c.want)
		}
	}
	base := issueMD("标题", "第一段没有写\n\n完的句子。")
	want := texts(first(t, base))
	for name, in := range map[string]string{
		"crlf":     strings.ReplaceAll(base, "\n", "\r\n"),
		"cr":       strings.ReplaceAll(base, "\n", "\r"),
		"utf8 bom": "\xef\xbb\xbf" + base,
	} {
		res, err := Markdown(strings.NewReader(in), "t.md", nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		eq(t, name, texts(res.Issue.Articles()[0]), want...)
	}
}

func TestValidISSN(t *testing.T) {
	for s, ok := range map[string]bool{"0412-0892": true, "0412-0891": false, "2049-3630": true, "0000-006X": true, "0000-0061": false, "0317-8471": true} {
		if validISSN(s) != ok {
			t.Errorf("validISSN(%s) = %v", s, !ok)
		}
	}
}

func TestNoNormalize(t *testing.T) {
	md := issueMD("标题", "第一段没有写\n\n完的句子,结束。**文**")
	res, err := Markdown(strings.NewReader(md), "t.md", &Options{NoNormalize: true})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Issue.Articles()[0]
	eq(t, "untouched", texts(a), "P:第一段没有写", "P:完的句子,结束。文")
	if err := CheckAccounting(md, res); err != nil {
		t.Error(err)
	}
}
