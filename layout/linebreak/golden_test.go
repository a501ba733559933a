package linebreak

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenCases are paragraphs whose breaks are pinned: each is a hard case
// for one or more rules.
var goldenCases = []struct {
	name     string
	text     string
	widthEm  float64
	indentEm float64
	opts     Options
}{
	{"mixed-latin-digits", "2024年我市GDP增长5.2%，其中R&D投入达到1,000亿元，open-source项目超过300个，Go语言和Rust语言的使用者都在增加。", 20, 2, Options{}},
	{"quotes-in-quotes", "他说：“大家要深刻领悟‘两个确立’的决定性意义，坚决做到‘两个维护’。”随后全场响起热烈的掌声，“‘五老’牵手萌娃”活动也随之开始。", 20, 2, Options{}},
	{"dash-line-end", "1924年9月，党在天津的第一个地方组织——中共天津地方执行委员会（以下简称“中共天津地委”）成立，开启了天津历史新篇章。", 20, 2, Options{}},
	{"ellipsis-line-end", "那一刻，我嚎啕大哭，和母亲相处的许多画面一幕幕在我眼前闪现……处理完母亲的后事，我很快便返回了工作岗位。", 20, 2, Options{}},
	{"long-url", "合作媒体/人民网·中国共产党新闻网 http://cpc.people.com.cn/n1/2024/0901/c64094-40000000.html，电子邮箱tjzbsh@163.com。", 20, 2, Options{}},
	{"four-ellipses", "全会号召，全市各级党组织和广大党员干部群众，更加紧密地团结在一起…………凝心聚力、奋发进取、善作善成。", 20, 2, Options{}},
	{"percent", "至1936年年底，华北党员数量由不足千人发展到5000人以上，增幅超过400%，其中天津党员数量由不足30人增至500人左右，占比约10%。", 20, 2, Options{}},
	{"date", "天津市首届各界代表会议于2024-09-01举行，会议听取了工作报告，定价￥8.00元，会期自2024-09-01至2024-09-05，共5天。", 20, 2, Options{}},
	{"connector-dash", "深入推进京津冀协同发展，打造滨海—中关村科技园、宝坻京津中关村科技城等合作平台，推动北京—天津—河北产业链协同。", 20, 2, Options{}},
	{"closing-run", "他在日记里写道：「母亲说『好好工作，不用惦记我。』」那是她最后的嘱托，也是他坚持下去的力量源泉。", 19, 2, Options{}},
	{"orphan", "全会强调，发展出题目，改革做文章，在实施市委决定中要突出重点、抓住关键，推进京津冀协同发展与改革。", 20, 2, Options{}},
	{"narrow-column-23em", "天津市军管会发布军字第一号布告，宣布“天津市并东至塘沽、大沽，南至静海，西至杨柳青，北至杨村所辖区内，实行军事管制。”", 23, 2, Options{}},
	{"ragged-heading", "相约内蒙古赤峰 触摸高质量发展强劲脉搏", 10, 0, Options{Ragged: true}},
	{"strict", "中共天津地委的成立——是中共天津历史上的重大事件……也是近代天津革命历史上的重大事件——天津人民的革命斗争从此有了领导核心。", 12, 2, Options{Strict: true}},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			o := c.opts
			p, lines, _ := breakText(t, c.text, c.widthEm, c.indentEm, &o)
			got := fmt.Sprintf("# %s\n# width %gem, indent %gem, strict %v, ragged %v, greedy %v\n%s",
				c.text, c.widthEm, c.indentEm, c.opts.Strict, c.opts.Ragged, c.opts.Greedy, dump(p, lines))
			path := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("breaks changed; run with -update if intended.\ngot:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
