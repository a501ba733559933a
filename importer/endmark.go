package importer

import (
	"strings"
	"unicode"
)

// endMarks are the decorative marks that end an article in print.
const endMarks = "文支★■▲图☒☆◆●□"

// sentenceFinal are the marks after which a paragraph is complete.
const sentenceFinal = "。！？…”’』」）)!?．"

// endMarkOf looks at a paragraph's text and returns the end mark at its
// end, if any, and whether it is one of the usual marks: a mark alone on
// the paragraph's last line (after a soft or hard break), the whole
// paragraph, or a mark right after sentence-final punctuation. A single
// other character after sentence-final punctuation is taken as an
// unusual mark (a garbled 文 such as 五, or ③), never a digit.
func endMarkOf(s string) (mark string, usual bool) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	rs := []rune(s)
	if len(rs) == 0 {
		return "", false
	}
	last := rs[len(rs)-1]
	isMark := strings.ContainsRune(endMarks, last)
	before := strings.TrimRightFunc(string(rs[:len(rs)-1]), func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	switch {
	case isMark && (before == "" || strings.HasSuffix(before, "\n")):
		return string(last), true
	case before == "":
		return "", false
	}
	prev := lastRune(before)
	if !strings.ContainsRune(sentenceFinal, prev) {
		return "", false
	}
	if isMark {
		return string(last), true
	}
	if unicode.IsDigit(last) || unicode.IsPunct(last) || unicode.IsSpace(last) || last < 0x80 {
		return "", false
	}
	return string(last), false
}

// passEndMarks lifts end marks off paragraphs; settleEndMark then makes
// the last one the article's EndMark.
func (d *doc) passEndMarks(w *work) {
	for _, r := range w.raws {
		if r.kind != rawPara || r.role != roleText {
			continue
		}
		mark, usual := endMarkOf(r.text())
		if mark == "" {
			continue
		}
		r.mark = mark
		r.inl, _ = trimEndRunes(r.inl, 1)
		if len(r.inl) == 0 {
			r.role = roleRemoved
		}
		if usual {
			d.info("endmark", r.end, "", "", "end mark %q lifted into the article", mark)
		} else {
			d.warn("endmark", r.end, "", "", "unusual end mark %q after the last sentence lifted into the article", mark)
		}
	}
}
