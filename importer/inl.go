package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// plain returns the text of inlines; both kinds of line break are "\n".
func plain(ins []model.Inline) string { return model.InlineText(ins) }

// lastRune returns the last non-space rune of s, or 0.
func lastRune(s string) rune {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstRune returns the first non-space rune of s, or 0.
func firstRune(s string) rune {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// cloneInl deep-copies inlines.
func cloneInl(ins []model.Inline) []model.Inline {
	if ins == nil {
		return nil
	}
	out := make([]model.Inline, len(ins))
	for i, in := range ins {
		out[i] = in
		out[i].Children = cloneInl(in.Children)
	}
	return out
}

// normInl merges adjacent text inlines and drops empty ones, so that
// equal content has one shape whatever the edits that made it.
func normInl(ins []model.Inline) []model.Inline {
	var out []model.Inline
	for _, in := range ins {
		switch in.Type {
		case model.Text:
			if in.Text == "" {
				continue
			}
			if n := len(out); n > 0 && out[n-1].Type == model.Text && out[n-1].Text != "\n" && in.Text != "\n" {
				out[n-1].Text += in.Text
				continue
			}
		case model.Strong, model.Emphasis, model.Link:
			in.Children = normInl(in.Children)
			if len(in.Children) == 0 {
				continue
			}
		}
		out = append(out, in)
	}
	return out
}

// trimEndRunes removes the last n runes of text (ignoring trailing spaces
// and breaks, which are removed too) from ins, descending into strong and
// emphasis. It returns the new inlines and the removed text.
func trimEndRunes(ins []model.Inline, n int) ([]model.Inline, string) {
	ins = cloneInl(ins)
	var removed []rune
	var walk func(ins []model.Inline) []model.Inline
	walk = func(ins []model.Inline) []model.Inline {
		for len(ins) > 0 && n > 0 {
			last := &ins[len(ins)-1]
			switch last.Type {
			case model.LineBreak:
				ins = ins[:len(ins)-1]
				continue
			case model.Text:
				rs := []rune(strings.TrimRightFunc(last.Text, unicode.IsSpace))
				for len(rs) > 0 && n > 0 {
					removed = append([]rune{rs[len(rs)-1]}, removed...)
					rs = rs[:len(rs)-1]
					n--
					for len(rs) > 0 && unicode.IsSpace(rs[len(rs)-1]) {
						rs = rs[:len(rs)-1]
					}
				}
				last.Text = string(rs)
			default:
				last.Children = walk(last.Children)
			}
			if last.Type == model.Text && last.Text == "" || last.Type != model.Text && last.Type != model.LineBreak && len(last.Children) == 0 {
				ins = ins[:len(ins)-1]
			} else if n > 0 {
				break
			}
		}
		return ins
	}
	ins = walk(ins)
	// Drop breaks and spaces left dangling at the end.
	for len(ins) > 0 {
		last := &ins[len(ins)-1]
		if last.Type == model.LineBreak || last.Type == model.Text && strings.TrimSpace(last.Text) == "" {
			ins = ins[:len(ins)-1]
			continue
		}
		if last.Type == model.Text {
			last.Text = strings.TrimRightFunc(last.Text, unicode.IsSpace)
		}
		break
	}
	return normInl(ins), string(removed)
}

// textNodes returns pointers to every text inline, in reading order.
func textNodes(ins []model.Inline) []*model.Inline {
	var out []*model.Inline
	var walk func([]model.Inline)
	walk = func(ins []model.Inline) {
		for i := range ins {
			switch ins[i].Type {
			case model.Text:
				out = append(out, &ins[i])
			default:
				walk(ins[i].Children)
			}
		}
	}
	walk(ins)
	return out
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isCJK reports whether r is a CJK ideograph or a punctuation mark used
// in Chinese text (full-width forms, CJK symbols, curly quotes, dashes,
// ellipsis, middle dot).
func isCJK(r rune) bool {
	switch {
	case isHan(r):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	case r == '“', r == '”', r == '‘', r == '’', r == '—', r == '…', r == '·', r == '『', r == '』', r == '「', r == '」':
		return true
	}
	return false
}

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
