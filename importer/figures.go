package importer

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

var (
	// creditRE matches a credit line alone: 殷亚辉 摄, 新华社供图, (…供图).
	creditRE = regexp.MustCompile(`^[（(]?\s*(\S.{0,30}?(?:\s*摄影?|供图|供稿图|/摄))\s*[）)]?$`)
	// captionCreditRE matches a caption ending in a bracketed credit.
	captionCreditRE = regexp.MustCompile(`^(.+?)\s*[（(]([^（）()]{1,30}(?:摄影?|供图))[）)]$`)
	// captionNameRE matches a caption followed by a name and 摄.
	captionNameRE = regexp.MustCompile(`^(\S.{3,}?)\s+(\S{2,4}\s*摄影?)$`)
)

const maxCaption = 45

// isCaptionLike reports whether a paragraph could be a caption: one short
// line that does not end a sentence.
func isCaptionLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "\n") || utf8.RuneCountInString(s) > maxCaption {
		return false
	}
	return !strings.ContainsRune(sentenceFinal+"；：;:，,、—", lastRune(s)) || strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）")
}

// splitCredit returns the caption and credit of a caption line and the
// characters dropped (the brackets around a credit).
func splitCredit(s string) (caption, credit, dropped string) {
	s = strings.TrimSpace(s)
	if m := captionCreditRE.FindStringSubmatch(s); m != nil {
		return m[1], m[2], bracketsOf(s, m[1], m[2])
	}
	if m := captionNameRE.FindStringSubmatch(s); m != nil && !roleWordRE.MatchString(m[1]) {
		return m[1], m[2], ""
	}
	if m := creditRE.FindStringSubmatch(s); m != nil && (strings.HasSuffix(m[1], "摄") || strings.HasSuffix(m[1], "摄影") || strings.HasSuffix(m[1], "供图")) {
		return "", m[1], bracketsOf(s, m[1])
	}
	return s, "", ""
}

// bracketsOf returns what is left of s once parts are removed, without
// spaces: the brackets a split dropped.
func bracketsOf(s string, parts ...string) string {
	for _, p := range parts {
		s = strings.Replace(s, p, "", 1)
	}
	return strings.Join(strings.Fields(s), "")
}

// passFigures turns the captions and credits that stand where images were
// (short lines after a gap of blank lines, or after the paragraph that
// ends the article) into figure blocks without an image, and attaches a
// caption line that follows an image to that image.
func (d *doc) passFigures(w *work) {
	var prev *raw
	for _, r := range w.raws {
		if r.kind == rawBlock && r.blk.Type == model.Figure && r.blk.Caption == "" && r.role == roleText {
			r.role = roleFigure
			b := r.blk
			r.fig = &b
			prev = r
			continue
		}
		if r.kind != rawPara || r.role != roleText {
			if r.role != roleRemoved {
				prev = r
			}
			continue
		}
		t := strings.TrimSpace(plain(r.inl))
		if isAuthorNote(t) || utf8.RuneCountInString(t) > 2*maxCaption {
			prev = r
			continue
		}
		caption, credit, dropped := splitCredit(t)
		afterImage := prev != nil && prev.role == roleFigure && !prev.inlineFig && prev.fig.Image != "" && prev.fig.Caption == "" && prev.fig.Credit == ""
		afterEnd := prev != nil && prev.mark != ""
		switch {
		case !isCaptionLike(t) && credit == "", r.tableCap:
		case afterImage:
			prev.fig.Caption, prev.fig.Credit = caption, credit
			prev.fig.EndLine = r.end
			r.role = roleRemoved
			d.info("figure", r.line, dropped, "", "caption %q attached to the image above", t)
			continue
		case credit != "" || r.gap >= 2 || afterEnd:
			r.role = roleFigure
			r.fig = &model.Block{Type: model.Figure, Caption: caption, Credit: credit, Line: r.line, EndLine: r.end}
			d.info("figure", r.line, dropped, "", "caption/credit %q where an image was → figure without image", t)
		}
		prev = r
	}
}
