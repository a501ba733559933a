package importer

import (
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// TestSecondIssue imports an issue of another magazine in the same
// dialect: nothing in the importer knows its titles.
func TestSecondIssue(t *testing.T) {
	const path = "../examples/second-issue/issue.md"
	res, err := ImportFile(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := os.ReadFile(path)
	if err := CheckAccounting(string(src), res); err != nil {
		t.Error(err)
	}
	is := res.Issue
	m := is.Meta
	if m.Title != "渤海之声" || m.Date != "2025-09-16" || m.ISSN != "1672-3155" || m.CN != "13-1234/G" || m.Publisher != "渤海之声杂志社" || !validISSN(m.ISSN) {
		t.Errorf("meta %+v", m)
	}
	if v, _ := m.MastheadValue("编辑"); v != "冯小雨 陈立 邓佳" {
		t.Errorf("masthead 编辑 = %q", v)
	}
	var got []string
	for _, s := range is.Sections {
		for _, a := range s.Articles {
			got = append(got, s.Name+"|"+a.Series+"|"+a.Title+"|"+strings.Join(a.Authors, ",")+"|"+a.EndMark)
		}
	}
	eq(t, "articles", got,
		"■卷首语||开学第一课||■",
		"■专题|乡村振兴一线行|稻田里的“数字农人”||文",
		"■专题|乡村振兴一线行|海岛上的小学||★",
		"■专题|■基层调研|社区食堂的“烟火气”与幸福感|赵晓东|文",
		"■文化||运河边的老手艺|孙雨桐|▲",
		"■读者来信||一封来自山区的信|钱海燕|☒")
	g := is.Sections[1].Series[0]
	if g.Credit != "渤海市农业农村局 渤海之声杂志社 合办" || len(g.Intro) != 1 {
		t.Errorf("series %+v", g)
	}
	arts := is.Articles()
	eq(t, "headings", texts(arts[1])[1:4], "H1:一、从“看天吃饭”到“看数种田”", "H2:（一）土地托管让小农户搭上快车", "P:东河镇的合作社托管了全镇六成以上的耕地。合作社负责人告诉记者，托管以后，每亩地的成本下降了近两成，产量却提高了一成多。")
	canteen := arts[3]
	if !canteen.Audio || canteen.AuthorNote != "（作者系本刊记者）" || canteen.Byline != "文/本刊记者 赵晓东" {
		t.Errorf("canteen %+v", canteen)
	}
	var kinds []string
	for _, b := range canteen.Blocks {
		kinds = append(kinds, string(b.Type))
	}
	if got := strings.Join(kinds, " "); got != "paragraph figure paragraph table paragraph list paragraph figure" {
		t.Errorf("canteen blocks: %s", got)
	}
	fig := canteen.Blocks[1]
	if fig.Image != "images/x.png" || fig.Caption != "社区食堂的午餐" || fig.Credit != "赵晓东 摄" {
		t.Errorf("figure %+v", fig)
	}
	if _, err := os.Stat("../examples/second-issue/" + fig.Image); err != nil {
		t.Error(err)
	}
	if last := canteen.Blocks[6].Text(); !strings.HasSuffix(last, "邻里交流的平台。") {
		t.Errorf("page-split paragraph not joined across the caption: %s", last)
	}
	if q := arts[2].Blocks[1]; q.Type != model.Quote {
		t.Errorf("quote: %+v", q)
	}
	if arts[4].ColumnLabel != "·非遗传承·" {
		t.Errorf("label %q", arts[4].ColumnLabel)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == model.Warning && !strings.Contains(d.Msg, "differs from body heading") {
			t.Errorf("unexpected warning: %s", d)
		}
	}
}
