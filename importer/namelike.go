package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// authorRoles are the role words that may stand before a name in a
// contents author line (本刊记者 张三, 本刊记者张三), longest first.
var authorRoles = []string{"本刊特约评论员", "本刊特约记者", "本刊评论员", "本刊通讯员", "特约撰稿人", "本刊记者", "特约记者", "评论员", "通讯员", "撰稿人", "记者", "本刊"}

// authorTrail are the words that may follow a name (张三 整理).
var authorTrail = []string{"整理", "执笔", "口述", "编译", "翻译", "供稿"}

// groupSuffixes end the names of authoring groups (河东区委理论学习中心组,
// 宣讲团, 编辑部, 课题组).
var groupSuffixes = []string{"组", "团", "部", "委", "会", "局", "室", "院", "处", "办", "社", "所", "队", "站", "厅", "馆", "中心"}

// isNameLike reports whether a contents line reads as an author line
// rather than a title: names of two or three Han characters separated by
// spaces or 、, with role words (本刊记者) allowed; or the name of a group
// (…中心组, …宣讲团). A contents line that matched no article is taken
// for the author of the article before it only when it reads so: a
// missing article's title must be reported, not become an author.
func isNameLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, "。！？；：!?;:") {
		return false
	}
	if !strings.ContainsAny(s, " 　、，,") && utf8.RuneCountInString(s) <= 30 {
		for _, g := range groupSuffixes {
			if strings.HasSuffix(s, g) && utf8.RuneCountInString(s) > utf8.RuneCountInString(g)+1 {
				return true
			}
		}
	}
	toks := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("、，,/／", r) })
	names := 0
	for _, t := range toks {
		role := false
		for _, w := range authorRoles {
			if strings.HasPrefix(t, w) {
				t, role = strings.TrimPrefix(t, w), true
				break
			}
		}
		for _, w := range authorTrail {
			if strings.HasSuffix(t, w) && t != w || t == w {
				t, role = strings.TrimSuffix(t, w), true
				break
			}
		}
		switch {
		case t == "" && role:
		case isHanName(t):
			names++
		default:
			return false
		}
	}
	return names > 0
}

// compoundSurnames are the two-character surnames that make the rare
// four-character names; other four-character runs are read as words
// (学在深处 谋在新处 is a title).
var compoundSurnames = []string{"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "轩辕"}

// isHanName reports whether s is a personal name: two or three Han
// characters, four after a compound surname, or a transliterated name
// joined by a middle dot.
func isHanName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) && r != '·' && r != '•' {
			return false
		}
		n++
	}
	if strings.ContainsAny(s, "·•") {
		return n >= 3 && n <= 12
	}
	if n == 4 {
		for _, c := range compoundSurnames {
			if strings.HasPrefix(s, c) {
				return true
			}
		}
	}
	return n == 2 || n == 3
}
