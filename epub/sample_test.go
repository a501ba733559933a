package epub

import "github.com/paiban/paiban/model"

// handIssue is a small but realistic issue built by hand: several
// sections, a series with intro and credit, headings at three levels,
// figures with and without pictures, run-in heads, a line block, a list,
// a table, a quote, notices and a masthead.
func handIssue() *model.Issue {
	p := model.Para
	return &model.Issue{
		Meta: model.Meta{
			Title: "天津支部生活", Number: "2024年第09期", TotalNumber: "总第1143期",
			HalfMonth: "上半月", Date: "2024-09-01", ISSN: "0412-0892", CN: "12-1001/D",
			Publisher: "中共天津市委支部生活社",
			Masthead: []model.Pair{{"", "每月1日出版"}, {"主管", "中共天津市委"}, {"主办", "中共天津市委支部生活社"},
				{"出版日期", "每月1日"}, {"国际标准连续出版物号", "ISSN 0412-0892"}},
			Notices: []model.Block{p("本刊所发作品，版权归本刊所有。未经许可，不得转载。"),
				p("来稿请注明真实姓名、地址和联系电话 & 邮编 <请勿一稿多投>。")},
			Cover: &model.Cover{Caption: "会师金汤桥塑像", Credit: "本刊记者 摄"},
		},
		Sections: []model.Section{
			{
				Name: "■特别关注",
				Articles: []model.Article{{
					Title: "中共天津市委十二届六次全会举行", Subtitle: "市委常委会主持全会 陈敏尔讲话",
					Byline: "文/本刊记者 李圆圆", Authors: []string{"李圆圆"}, EndMark: "■",
					Blocks: []model.Block{
						p("中国共产党天津市第十二届委员会第六次全体会议，于2024年8月25日召开。"),
						{Type: model.Paragraph, Inlines: []model.Inline{model.Bold("五四运动席卷津城。"),
							model.Txt("1919年，五四运动爆发——天津各界积极响应……这是一段“历史”。")}},
						model.Head(1, "一、深刻领会进一步全面深化改革的重大意义"),
						p("全会认为，党的二十届三中全会是新的历史起点上进一步全面深化改革的总动员。"),
						model.Head(2, "（一）总体要求"),
						p("全市上下要把学习好贯彻好全会精神作为重大政治任务。"),
						model.Head(1, "二、奋力谱写中国式现代化天津篇章"),
						{Type: model.Figure, Caption: "全会现场", Credit: "本刊记者 摄"},
						p("全会号召，全市各级党组织和广大党员干部要更加紧密地团结在党中央周围。"),
					},
				}},
			},
			{
				Name:  "■理论",
				Intro: []model.Block{p("本栏目刊发理论文章。")},
				Series: []model.Series{{Name: "百年奋斗 百年辉煌", Credit: "中共天津市委党校 中共天津市委支部生活社 合办",
					Intro: []model.Block{p("为庆祝建党百年，本刊推出系列文章。")}}},
				Articles: []model.Article{
					{Title: "觉醒年代的天津", Series: "百年奋斗 百年辉煌", Byline: "文/张三", Authors: []string{"张三"},
						AuthorNote: "（作者系中共天津市委党校教授）", EndMark: "文",
						Blocks: []model.Block{
							p("天津是中国近代工业的发源地之一。"),
							{Type: model.Quote, Children: []model.Block{p("“为中华之崛起而读书。”")}},
							{Type: model.List, Ordered: true, Items: [][]model.Block{{p("第一点。")}, {p("第二点。")}}},
						}},
					{Title: "会师金汤桥", Series: "百年奋斗 百年辉煌", Byline: "文/李四 王五", Authors: []string{"李四", "王五"},
						Blocks: []model.Block{
							model.Head(1, "解放天津"),
							p("1949年1月15日，天津解放。"),
							{Type: model.Table, HeaderRows: 1, Rows: [][]model.Cell{
								{{Inlines: []model.Inline{model.Txt("年份")}}, {Inlines: []model.Inline{model.Txt("事件")}}},
								{{Inlines: []model.Inline{model.Txt("1949")}}, {Inlines: []model.Inline{model.Txt("天津解放")}}},
							}},
						}},
					{Title: "我的宣讲我的团", ColumnLabel: "·我讲我心·", Byline: "文/赵六", Authors: []string{"赵六", "张三"},
						Blocks: []model.Block{
							{Type: model.Lines, LineItems: [][]model.Inline{{model.Txt("春风十里，")}, {model.Txt("不如你。")}}},
							{Type: model.Paragraph, Inlines: []model.Inline{model.Txt("详见"),
								{Type: model.Link, URL: "https://example.org/a?b=1&c=2", Children: []model.Inline{model.Txt("网站")}},
								model.Txt("，以及"), {Type: model.Emphasis, Children: []model.Inline{model.Txt("重点")}},
								model.Txt("。"), {Type: model.LineBreak}, model.Txt("换行后的文字。")}},
						}},
				},
			},
			{
				Name: "■党建",
				Articles: []model.Article{{Title: "基层党建新实践", Byline: "文/钱七", Authors: []string{"钱七"},
					Blocks: []model.Block{p("一段很长的正文，讲述基层党组织如何开展工作。"), p("第二段正文。")}}},
			},
		},
	}
}
