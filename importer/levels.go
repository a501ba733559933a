package importer

import (
	"regexp"
	"strings"
)

// numbering patterns of subheadings, most significant first.
var numberingRE = []*regexp.Regexp{
	regexp.MustCompile(`^[一二三四五六七八九十百]+\s*[、.．]`),       // 一、
	regexp.MustCompile(`^[（(]\s*[一二三四五六七八九十百]+\s*[）)]`), // （一）
	regexp.MustCompile(`^\d+\s*[、.．]\s*\D`),             // 1.
	regexp.MustCompile(`^[（(]\s*\d+\s*[）)]`),            // （1）
	regexp.MustCompile(`^第[一二三四五六七八九十百\d]+[章节部分篇]`),     // 第一部分
}

// numbering returns the index of a heading's numbering pattern, or -1.
func numbering(s string) int {
	s = strings.TrimSpace(s)
	for i, re := range numberingRE {
		if re.MatchString(s) {
			return i
		}
	}
	return -1
}

// passLevels gives an article's subheadings levels by their numbering
// rather than by the Markdown level the conversion left: the kinds of
// numbering (一、, （一）, 1. …, or none) are ranked in the order they first
// appear in the article, and that rank is the level, so siblings get the
// same level wherever they sit in the source (##, ### or ####).
func (d *doc) passLevels(w *work) {
	rank := map[int]int{}
	base := 7 // the article's shallowest Markdown level
	for _, r := range w.raws {
		if r.kind == rawHeading && r.role == roleText {
			base = min(base, r.level)
		}
	}
	for _, r := range w.raws {
		if r.kind != rawHeading || r.role != roleText {
			continue
		}
		p := numbering(r.text())
		lv, ok := rank[p]
		if !ok {
			lv = len(rank) + 1
			rank[p] = lv
		}
		if lv > 6 {
			lv = 6
		}
		if lv != r.level-base+1 {
			d.info("levels", r.line, "", "", "heading %q: Markdown level %d → level %d by its numbering", r.text(), r.level, lv)
		}
		r.level = lv
	}
}
