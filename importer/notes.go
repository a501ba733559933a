package importer

import (
	"regexp"
	"strings"
)

var (
	noteParenRE = regexp.MustCompile(`^[（(]\s*(?:作者|本文作者|执笔|撰稿)[^）)]*[）)]$|^[（(][^）)]*供稿\s*[）)]$`)
	noteBareRE  = regexp.MustCompile(`^(?:本文系|本文为|作者系|作者简介|作者单位)`)
)

// isAuthorNote reports whether a paragraph is a note on the author:
// （作者系…）, (执笔人：…), （…供稿）, 本文系…项目成果.
func isAuthorNote(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 600 || !strings.ContainsRune("（(本作", firstRune(s)) {
		return false
	}
	return !strings.Contains(s, "\n") && (noteParenRE.MatchString(s) || noteBareRE.MatchString(s))
}

// passNotes lifts author notes into Article.AuthorNote (several are
// joined by a newline).
func (d *doc) passNotes(w *work) {
	for _, r := range w.raws {
		if r.kind != rawPara || r.role != roleText {
			continue
		}
		t := strings.TrimSpace(r.text())
		if !isAuthorNote(t) {
			continue
		}
		r.role = roleRemoved
		if w.art.AuthorNote != "" {
			w.art.AuthorNote += "\n"
		}
		w.art.AuthorNote += t
		d.info("note", r.line, "", "", "author note %q", t)
	}
}
