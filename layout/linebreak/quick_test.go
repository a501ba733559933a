package linebreak

import "testing"

func TestQuickDump(t *testing.T) {
	for _, s := range []string{
		"全会认为，党的二十届三中全会是新的历史起点上进一步全面深化改革、推进中国式现代化的总动员、总部署，全会通过的《决定》是指导新征程上进一步全面深化改革的纲领性文件。深刻领悟“两个确立”的决定性意义、坚决做到“两个维护”。",
		"1924年9月，党在天津的第一个地方组织——中共天津地方执行委员会（以下简称“中共天津地委”）成立，开启了天津历史新篇章。",
		"网络地址/www.tjzbsh.cn 合作媒体/人民网·中国共产党新闻网 http://cpc.people.com.cn/abcdefghijklmnopqrstuvwxyz/index.html 完",
	} {
		p := mkPara(s, 2)
		ls, err := Break(p, &Options{Width: 20 * testEm})
		if err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + dump(p, ls))
	}
}
