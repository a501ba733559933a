package importer

import (
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// foldBreaksKeep folds the line breaks of a paragraph: a soft break
// disappears between ideographs (and becomes a space between Latin
// letters or digits); a hard break does the same unless keep is set.
func foldBreaksKeep(ins []model.Inline, keep bool) []model.Inline {
	var out []model.Inline
	var walk func([]model.Inline) []model.Inline
	walk = func(ins []model.Inline) []model.Inline {
		var res []model.Inline
		for i, in := range ins {
			soft := in.Type == model.Text && in.Text == "\n"
			if soft || in.Type == model.LineBreak && !keep {
				before := plain(res)
				if before == "" && i > 0 {
					before = plain(ins[:i])
				}
				after := plain(ins[i+1:])
				if needsSpace(lastRune(before), firstRune(after)) {
					res = append(res, model.Txt(" "))
				}
				continue
			}
			if len(in.Children) > 0 {
				in.Children = walk(in.Children)
			}
			res = append(res, in)
		}
		return res
	}
	out = walk(cloneInl(ins))
	out = normInl(out)
	// Trim spaces at the ends.
	if n := len(out); n > 0 && out[n-1].Type == model.Text {
		out[n-1].Text = strings.TrimRightFunc(out[n-1].Text, unicode.IsSpace)
	}
	if len(out) > 0 && out[0].Type == model.Text {
		out[0].Text = strings.TrimLeftFunc(out[0].Text, unicode.IsSpace)
	}
	return normInl(out)
}

// needsSpace reports whether two runes joined across a line break need a
// space between them: only two Latin letters or digits do.
func needsSpace(a, b rune) bool {
	return a != 0 && b != 0 && a < 0x80 && b < 0x80 && (unicode.IsLetter(a) || unicode.IsDigit(a)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

// isLineBlock reports whether a paragraph is a line block (poetry, an
// address): at least two lines, all separated by hard breaks, all short.
func isLineBlock(ins []model.Inline) bool {
	hard := 0
	for _, in := range ins {
		switch {
		case in.Type == model.LineBreak:
			hard++
		case in.Type == model.Text && in.Text == "\n":
			return false
		}
	}
	if hard == 0 {
		return false
	}
	for _, l := range strings.Split(plain(ins), "\n") {
		if len([]rune(strings.TrimSpace(l))) > 25 {
			return false
		}
	}
	return true
}

// paraBlock converts a raw paragraph into a paragraph or line block.
func paraBlock(r *raw) model.Block {
	if isLineBlock(r.inl) {
		var lines [][]model.Inline
		var cur []model.Inline
		for _, in := range r.inl {
			if in.Type == model.LineBreak {
				lines = append(lines, normInl(cur))
				cur = nil
				continue
			}
			cur = append(cur, in)
		}
		lines = append(lines, normInl(cur))
		return model.Block{Type: model.Lines, LineItems: lines, Line: r.line, EndLine: r.end}
	}
	return model.Block{Type: model.Paragraph, Inlines: foldBreaksKeep(r.inl, false), Line: r.line, EndLine: r.end}
}

// noteFoldedBreaks reports the hard line breaks that paraBlock will fold
// away: in a paragraph with a long line the break cannot make a line
// block, and a forced break inside justified text is most often
// conversion noise, but the source asked for it, so the fold is said.
func (d *doc) noteFoldedBreaks(r *raw) {
	if isLineBlock(r.inl) {
		return
	}
	line := r.line
	for _, in := range r.inl {
		switch {
		case in.Type == model.LineBreak:
			d.info("breaks", min(line, r.end), "\n", "", "hard line break inside a paragraph of long lines folded (only paragraphs of lines of 25 characters or fewer keep their breaks, as a line block)")
			line++
		case in.Type == model.Text && in.Text == "\n":
			line++
		}
	}
}
