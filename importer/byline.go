package importer

import (
	"regexp"
	"strings"
)

var roleWordRE = regexp.MustCompile(`(记者|通讯员|编辑|书记|局长|主任|部长|校长|院长|教授|研究员|委员|主席|代表|员|长)$`)

// parseAuthors returns the names of a byline (the part after 文/): the
// trailing tokens that are not roles (本刊记者, …书记), or the whole byline
// when it is one token (an organisation such as 河东区委理论学习中心组).
func parseAuthors(s string) []string {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return nil
	}
	if len(fields) == 1 {
		return fields
	}
	var names []string
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		n := len([]rune(f))
		if n < 2 || n > 4 || roleWordRE.MatchString(f) && n > 3 || strings.ContainsAny(f, "、，,") {
			break
		}
		names = append([]string{f}, names...)
	}
	if len(names) == 0 {
		names = fields[len(fields)-1:]
	}
	return names
}

// passByline lifts the byline (文/…, 文 / …, 文／本刊记者 …) among the first
// paragraphs of an article into Article.Byline and Authors.
func (d *doc) passByline(w *work) {
	seen := 0
	for _, r := range w.raws {
		if r.kind == rawHeading || seen >= 3 {
			return
		}
		if r.kind != rawPara || r.role != roleText {
			continue
		}
		seen++
		t := strings.TrimSpace(r.text())
		m := bylineRE.FindStringSubmatch(t)
		if m == nil || strings.Contains(t, "\n") {
			continue
		}
		r.role = roleRemoved
		w.art.Byline = t
		names := parseAuthors(m[1])
		if len(w.art.Authors) > 0 && strings.Join(w.art.Authors, "") != strings.Join(names, "") {
			d.warn("byline", r.line, "", "", "byline authors %v differ from the contents' %v; the byline wins", names, w.art.Authors)
		}
		w.art.Authors = names
		d.info("byline", r.line, "", "", "byline %q → authors %v", t, names)
		return
	}
}
