package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// paraFinal are the marks that may end a paragraph: sentence ends, and
// the colon and semicolon that end list items and lead-ins. A dash (——)
// does not: a page may end right after it.
const paraFinal = sentenceFinal + "；：;:."

// closers cannot begin a paragraph: text that starts with one continues
// the paragraph before it, whatever that ends with.
const closers = "”’』」）)，,、。．；：！？!?;:…"

// unfinished reports whether a paragraph stops mid-sentence, as one cut at
// a page or column end does: it does not end with final punctuation and
// is not a title-like line (no punctuation at all, words separated by
// spaces, as in a deck: 市委常委会主持全会 陈敏尔讲话).
func unfinished(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if strings.ContainsRune(paraFinal, lastRune(s)) {
		return false
	}
	if !hasPunct(s) && strings.ContainsAny(s, " \u3000") {
		return false
	}
	return true
}

// hasPunct reports whether s holds any punctuation.
func hasPunct(s string) bool {
	for _, r := range s {
		if unicode.IsPunct(r) {
			return true
		}
	}
	return false
}

// continues reports whether b can be the second half of a paragraph cut
// before it: it holds punctuation or is long (a short line without any is
// a title or a caption), and it is not a whole bracketed line (a note
// such as （2024年8月25日…通过）).
func continues(b string) bool {
	b = strings.TrimSpace(b)
	if b == "" {
		return false
	}
	if f := firstRune(b); (f == '（' || f == '(') && strings.ContainsRune("）)", lastRune(b)) {
		return false
	}
	return hasPunct(b) || utf8.RuneCountInString(b) >= 30
}

// joinInl concatenates two paragraphs' inlines, with a space only between
// two Latin letters.
func joinInl(a, b []model.Inline) []model.Inline {
	la, fb := lastRune(plain(a)), firstRune(plain(b))
	out := cloneInl(a)
	if la < 0x80 && fb < 0x80 && unicode.IsLetter(la) && unicode.IsLetter(fb) {
		out = append(out, model.Txt(" "))
	}
	return normInl(append(out, cloneInl(b)...))
}

// passJoin re-joins paragraphs split at page ends: a paragraph that stops
// mid-sentence is continued by the next text paragraph, even when
// captions, credits, QR markers or removed lines stand between them (they
// then follow the joined paragraph); and a paragraph that begins with a
// closing mark (” ，) continues the one before whatever that ends with.
// It never joins across a heading or another block.
func (d *doc) passJoin(w *work) {
	for i := 0; i < len(w.raws); i++ {
		a := w.raws[i]
		if a.kind != rawPara || a.role != roleText || a.mark != "" {
			continue
		}
		for {
			j := i + 1
			for j < len(w.raws) && w.raws[j].kind != rawHeading && (w.raws[j].role == roleFigure || w.raws[j].role == roleRemoved) {
				j++
			}
			if j >= len(w.raws) {
				break
			}
			b := w.raws[j]
			if b.kind != rawPara || b.role != roleText {
				break
			}
			at, bt := a.text(), b.text()
			lead := strings.ContainsRune(closers, firstRune(bt))
			if !(lead || unfinished(at) && continues(bt)) {
				break
			}
			between := ""
			for _, m := range w.raws[i+1 : j] {
				if !m.merged {
					between = " (across a caption or marker)"
				}
			}
			d.info("join", a.end, "", "", "joined paragraph split at a page end%s: %q + %q (line %d)", between, tail(at, 8), head(bt, 8), b.line)
			a.inl = joinInl(a.inl, b.inl)
			a.end = max(a.end, b.end)
			a.mark = b.mark
			b.role = roleRemoved
			b.merged = true
			b.mark = ""
			b.inl = nil
			// Figures between a and b now follow the joined paragraph:
			// b is gone, they stay where they are.
			if a.mark != "" {
				break
			}
		}
	}
}

// tail returns the last n runes of s, with an ellipsis.
func tail(s string, n int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) <= n {
		return string(rs)
	}
	return "…" + string(rs[len(rs)-n:])
}

// head returns the first n runes of s, with an ellipsis.
func head(s string, n int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}
