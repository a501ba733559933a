package importer

import (
	"strings"
)

// passInterleave moves back text that the conversion interleaved into the
// next article (facing pages read in the wrong order). The signature: an
// article A whose last paragraph stops mid-sentence, followed by an
// article B that holds an end mark in its middle — B goes on after it.
// The run of B's paragraphs that ends with that end mark (and the author
// notes right after it) is A's tail. It begins after a paragraph X of B
// that stops mid-sentence; of the candidates, the one whose natural join
// with its successor is least plausible wins — judged by how often the two
// characters at the cut occur side by side elsewhere in the issue, and
// excluding a cut right before a single character and a punctuation mark
// (国之重|器，), which completes a word. Ties go to the earliest X.
func (d *doc) passInterleave(works []*work) {
	for k := 1; k < len(works); k++ {
		a, b := works[k-1], works[k]
		for d.interleaveOnce(a, b) {
		}
	}
}

func (d *doc) interleaveOnce(a, b *work) bool {
	last := lastText(a.raws)
	if last == nil || last.mark != "" || !unfinished(last.text()) {
		return false
	}
	j := -1
	for i, r := range b.raws {
		if r.mark != "" {
			if lastText(b.raws[i+1:]) != nil {
				j = i
			}
			break
		}
	}
	if j < 0 {
		return false
	}
	best, bestScore := -1, 0
	for i := 0; i < j; i++ {
		x := b.raws[i]
		if x.kind != rawPara || x.role != roleText || !unfinished(x.text()) {
			continue
		}
		y := nextText(b.raws, i+1, j)
		if y == nil {
			continue
		}
		yt := strings.TrimSpace(y.text())
		if rs := []rune(yt); len(rs) >= 2 && isHan(rs[0]) && strings.ContainsRune("，。、；：！？", rs[1]) {
			continue
		}
		s := d.pairCount(lastRune(x.text()), firstRune(yt))
		if best < 0 || s < bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return false
	}
	end := j + 1
	for end < len(b.raws) && b.raws[end].kind == rawPara && b.raws[end].role == roleText && isAuthorNote(b.raws[end].text()) {
		end++
	}
	run := append([]*raw{}, b.raws[best+1:end]...)
	// Corroboration: A's text must read on into the run. A paragraph that
	// stops on a URL, a number or Latin text is a finished line that
	// merely lacks a full stop, not half a sentence.
	la := lastRune(last.text())
	if !isCJK(la) && d.pairCount(la, firstRune(run[0].text())) == 0 {
		return false
	}
	// Moving text between articles is a guess a person should check.
	d.warn("interleave", run[0].line, "", "", "lines %d–%d of %q belong to the end of %q (its last paragraph stops at %q): moved back",
		run[0].line, run[len(run)-1].end, b.art.Title, a.art.Title, tail(last.text(), 6))
	b.raws = append(b.raws[:best+1:best+1], b.raws[end:]...)
	a.raws = append(a.raws, run...)
	return true
}

// lastText returns the last body-text paragraph of rs.
func lastText(rs []*raw) *raw {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].kind == rawPara && rs[i].role == roleText {
			return rs[i]
		}
	}
	return nil
}

// nextText returns the first raw of rs[from:to+1] if it is a body-text
// paragraph, skipping figures and removed lines.
func nextText(rs []*raw, from, to int) *raw {
	for i := from; i <= to && i < len(rs); i++ {
		switch {
		case rs[i].role == roleFigure || rs[i].role == roleRemoved:
		case rs[i].kind == rawPara:
			return rs[i]
		default:
			return nil
		}
	}
	return nil
}

// pairCount returns how often the ideographs a and b stand side by side
// in the document's paragraphs: a small model of what text is plausible,
// used to judge cuts. The counts are made on first use.
func (d *doc) pairCount(a, b rune) int {
	if !isHan(a) || !isHan(b) {
		return 0
	}
	if d.pairs == nil {
		d.pairs = map[uint64]int32{}
		for i := range d.raws {
			if d.raws[i].kind != rawPara {
				continue
			}
			var prev rune
			for _, r := range d.raws[i].text() {
				if isHan(r) && isHan(prev) {
					d.pairs[uint64(prev)<<32|uint64(r)]++
				}
				prev = r
			}
		}
	}
	return int(d.pairs[uint64(a)<<32|uint64(b)])
}
