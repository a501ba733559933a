package importer

import (
	"strings"
	"unicode/utf8"
)

// bodyParaRunes is the length from which a contents line that ends a
// sentence is taken for body text: titles are shorter and seldom end
// with a full stop.
const bodyParaRunes = 30

// contentsEnd returns the index of the first raw after the contents block
// that opens at start. The block ends at a heading at or above the level
// of its own heading; and, because a body whose article headings are one
// level below it would otherwise be swallowed whole, also at the first
// heading that matches an entry already listed (or a section or series
// already named), or at the first long paragraph that ends a sentence,
// together with the headings right before it.
func (d *doc) contentsEnd(start int) int {
	top := d.raws[start].level
	var seen []string // normalised entries listed so far
	var prevEntry string
	notices := false
	for i := start + 1; i < len(d.raws); i++ {
		r := &d.raws[i]
		switch {
		case r.kind == rawHeading:
			if r.level <= top {
				return i
			}
			t := r.text()
			nh := normTitle(t)
			for _, e := range seen {
				if normScore(e, nh) > 0 {
					return d.headingsBefore(start, i)
				}
			}
			notices = isNoticeHeading(t)
			prevEntry = ""
		case r.kind == rawPara && !notices:
			if isBodyPara(r.text()) {
				return d.headingsBefore(start, i)
			}
			for _, l := range splitLines(r.inl) {
				ne := normTitle(l)
				if ne == "" {
					continue
				}
				seen = append(seen, ne)
				// A title may be split over two contents lines.
				if prevEntry != "" && utf8.RuneCountInString(prevEntry) >= 4 && utf8.RuneCountInString(ne) >= 4 {
					seen = append(seen, prevEntry+ne)
				}
				prevEntry = ne
			}
		}
	}
	return len(d.raws)
}

// isBodyPara reports whether a paragraph in the contents block reads as
// body text: a long line that ends a sentence.
func isBodyPara(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) >= bodyParaRunes && strings.ContainsAny(lastRuneStr(l), "。！？!?…") {
			return true
		}
	}
	return false
}

// lastRuneStr returns the last rune of s as a string, looking through a
// closing quotation mark or bracket.
func lastRuneStr(s string) string {
	s = strings.TrimRight(s, "”’」』）)\"' ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// headingsBefore moves the end i of the contents block back over the
// headings right before it: with no entry under them, they belong to the
// body (a section heading, the title of the article whose text ends the
// block), not to the contents.
func (d *doc) headingsBefore(start, i int) int {
	for i > start+1 && d.raws[i-1].kind == rawHeading && !isNoticeHeading(d.raws[i-1].text()) {
		i--
	}
	return i
}
