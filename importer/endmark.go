package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// endMarks are the decorative marks that end an article in print.
const endMarks = "文支★■▲图☒☆◆●□"

// sentenceFinal are the marks after which a sentence is complete.
const sentenceFinal = "。！？…”’』」）)!?．"

// markKind says how sure endMarkOf is that a trailing character is a mark.
type markKind uint8

const (
	noMark      markKind = iota
	markAlone            // a usual mark alone on the last line, or bold
	markAfter            // a usual mark right after sentence-final punctuation
	markUnusual          // another single character after sentence-final punctuation
)

// endMarkOf returns the character at the end of a paragraph that may be
// an end mark, and how sure that is: a usual mark (文 支 ★ ■ ▲ 图 ☒) alone
// on the paragraph's last line or in bold is one; after sentence-final
// punctuation it probably is; any other single character after
// sentence-final punctuation (a garbled 文 such as 五, or ③, never a
// digit) may be one.
func endMarkOf(ins []model.Inline) (string, markKind) {
	if lastIsLink(ins) {
		// A link's text is content, and lifting its last character would
		// take the link (and its address) with it.
		return "", noMark
	}
	s := strings.TrimRightFunc(plain(ins), unicode.IsSpace)
	last, size := utf8.DecodeLastRuneInString(s)
	if s == "" || last == utf8.RuneError {
		return "", noMark
	}
	usual := strings.ContainsRune(endMarks, last)
	before := strings.TrimRightFunc(s[:len(s)-size], func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	if usual && (before == "" || strings.HasSuffix(before, "\n") || lastIsBold(ins, last)) {
		return string(last), markAlone
	}
	if before == "" || !strings.ContainsRune(sentenceFinal, lastRune(before)) {
		return "", noMark
	}
	if usual {
		return string(last), markAfter
	}
	if unicode.IsDigit(last) || unicode.IsPunct(last) || unicode.IsSpace(last) || last < 0x80 {
		return "", noMark
	}
	return string(last), markUnusual
}

// lastIsLink reports whether the paragraph ends inside a link (trailing
// spaces and breaks aside), at any depth of strong or emphasis.
func lastIsLink(ins []model.Inline) bool {
	for i := len(ins) - 1; i >= 0; i-- {
		in := ins[i]
		switch {
		case in.Type == model.Text && strings.TrimSpace(in.Text) == "", in.Type == model.LineBreak:
			continue
		case in.Type == model.Link:
			return true
		case in.Type == model.Strong || in.Type == model.Emphasis:
			return lastIsLink(in.Children)
		}
		return false
	}
	return false
}

// lastIsBold reports whether the last inline is a strong holding only r.
func lastIsBold(ins []model.Inline, r rune) bool {
	for i := len(ins) - 1; i >= 0; i-- {
		in := ins[i]
		if in.Type == model.Text && strings.TrimSpace(in.Text) == "" || in.Type == model.LineBreak {
			continue
		}
		return in.Type == model.Strong && strings.TrimSpace(plain(in.Children)) == string(r)
	}
	return false
}

// passEndMarks lifts end marks off paragraphs; settleEndMark then makes
// the last one the article's EndMark. A mark that is an ideograph (文)
// right after a full stop may instead begin a sentence cut at a page end
// (…。文 | 化产业…): it is a mark only in the article's last paragraph or
// when the two characters never stand together elsewhere in the issue.
// An unusual mark is taken only in the article's last paragraph.
func (d *doc) passEndMarks(w *work) {
	for i, r := range w.raws {
		if r.kind != rawPara || r.role != roleText {
			continue
		}
		mark, kind := endMarkOf(r.inl)
		if kind == noMark {
			continue
		}
		next := nextTextAfter(w.raws, i)
		if kind == markUnusual && next != nil {
			continue
		}
		if kind == markAfter && next != nil && isHan([]rune(mark)[0]) {
			if f := firstRune(next.text()); d.pairCount([]rune(mark)[0], f) > 0 {
				continue
			}
		}
		r.mark = mark
		r.inl, _ = trimEndRunes(r.inl, 1)
		if len(r.inl) == 0 {
			r.role = roleRemoved
		}
		if kind == markUnusual {
			d.warn("endmark", r.end, "", "", "unusual end mark %q after the article's last sentence lifted into the article", mark)
		} else {
			d.info("endmark", r.end, "", "", "end mark %q lifted into the article", mark)
		}
	}
}

// nextTextAfter returns the next body-text paragraph after rs[i] in the
// article, across headings and figures, or nil.
func nextTextAfter(rs []*raw, i int) *raw {
	for _, r := range rs[i+1:] {
		if r.kind == rawPara && r.role == roleText && !isAuthorNote(r.text()) {
			return r
		}
	}
	return nil
}
