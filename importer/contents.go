package importer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// contents is what the contents block (目录) says.
type contents struct {
	sections []tocSection
	entries  []tocEntry
}

type tocSection struct {
	name   string
	line   int
	series []tocSeries
}

type tocSeries struct {
	name string
	line int
}

// tocEntry is one line of the contents under a section or series: a
// title, part of one, or an author line, decided by matching the body.
type tocEntry struct {
	text   string
	line   int
	sec    int
	series string
}

var (
	pageNoRE = regexp.MustCompile(`^\d{1,3}$`)
	// pageRefRE splits an entry that ends in a page number set off by
	// leader dots: title, leader, number. The caller requires two dots or
	// more: digits after a space or a single mark may be the title's own
	// (Apollo 11, 北京 798, 旧城·3), and an entry "标题 3" still matches
	// its heading tolerantly, with a warning.
	pageRefRE = regexp.MustCompile(`^(.*[^\s.…·．⋯_])([\s.…·．⋯_]+)(\d{1,3})$`)
	coverRE   = regexp.MustCompile(`^封面\s*[:：]\s*(.*?)\s*(?:(摄影|摄|绘图|绘|图)\s*[/／:：]?\s*(\S.*))?$`)
)

// isContentsHeading reports whether a heading opens the contents block:
// the whole heading, less spaces, decoration and separators, must be a
// name of the contents (目录, 目次, CONTENTS, 本期目录, 目录 CONTENTS …),
// so that an article such as 新版产业目录发布 is not taken for it.
func isContentsHeading(s string) bool {
	n := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("■□◆◇●○▲△★☆·•/|｜／-—:：()（）【】[]", r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s)
	for _, p := range []string{"本期", "本刊"} {
		n = strings.TrimPrefix(n, p)
	}
	found := false
	for _, names := range [][]string{{"目录", "目次"}, {"CONTENTS", "CONTENT"}} {
		for _, w := range names {
			if strings.HasPrefix(n, w) {
				n, found = n[len(w):], true
				break
			}
			if strings.HasSuffix(n, w) {
				n, found = n[:len(n)-len(w)], true
				break
			}
		}
	}
	return found && n == ""
}

// isNoticeHeading reports whether a heading opens the notices (声明).
func isNoticeHeading(s string) bool {
	n := strings.Join(strings.Fields(s), "")
	return strings.Contains(n, "声明") || strings.Contains(n, "启事")
}

// findContents locates the contents block, marks its raws used and reads
// sections, series and entries; the cover line and the notices in it go
// to the meta. It returns nil when there is no contents block.
func (d *doc) findContents(used []bool) *contents {
	start := -1
	for i := range d.raws {
		if d.raws[i].kind == rawHeading && isContentsHeading(d.raws[i].text()) {
			start = i
			break
		}
	}
	if start < 0 {
		return nil
	}
	end := d.contentsEnd(start)
	secLevel := 0
	for i := start + 1; i < end; i++ {
		if r := &d.raws[i]; r.kind == rawHeading && (secLevel == 0 || r.level < secLevel) {
			secLevel = r.level
		}
	}
	used[start] = true
	d.info("contents", d.raws[start].line, d.raws[start].text(), "", "contents block (lines %d–%d) drives the structure", d.raws[start].line, d.raws[max(start, end-1)].end)
	c := &contents{}
	series := ""
	notices := false
	for i := start + 1; i < end; i++ {
		r := &d.raws[i]
		used[i] = true
		if r.kind == rawHeading {
			t := r.text()
			notices = false
			switch {
			case isNoticeHeading(t):
				notices = true
				d.is.Meta.Notices = append(d.is.Meta.Notices, model.Block{Type: model.Heading, Level: 1, Inlines: foldBreaksKeep(r.inl, false), Line: r.line, EndLine: r.end})
			case r.level == secLevel:
				c.sections = append(c.sections, tocSection{name: t, line: r.line})
				series = ""
			default:
				if len(c.sections) == 0 {
					c.sections = append(c.sections, tocSection{name: t, line: r.line})
					d.warn("contents", r.line, "", "", "series %q before any section: taken as a section", t)
					continue
				}
				s := &c.sections[len(c.sections)-1]
				s.series = append(s.series, tocSeries{name: t, line: r.line})
				series = t
			}
			continue
		}
		if notices {
			if r.kind == rawPara {
				d.is.Meta.Notices = append(d.is.Meta.Notices, model.Block{Type: model.Paragraph, Inlines: foldBreaksKeep(r.inl, false), Line: r.line, EndLine: r.end})
			} else {
				d.is.Meta.Notices = append(d.is.Meta.Notices, r.blk)
			}
			continue
		}
		if r.kind != rawPara {
			d.warn("contents", r.line, "", "", "%s in the contents block ignored", blockName(r))
			d.lose(r)
			continue
		}
		for k, l := range splitLines(r.inl) {
			line := r.line + k
			t := strings.TrimSpace(l)
			switch {
			case t == "":
			case pageNoRE.MatchString(t):
				d.info("contents", line, t, "", "stray page number %s in the contents dropped", t)
			case coverRE.MatchString(t) && d.is.Meta.Cover != nil:
				d.warn("cover", line, t, "", "second cover line dropped (the one at line %d is kept)", d.is.Meta.Cover.Line)
			case coverRE.MatchString(t):
				m := coverRE.FindStringSubmatch(t)
				cv := &model.Cover{Caption: m[1], Credit: m[3], Line: line}
				d.is.Meta.Cover = cv
				removed := strings.TrimSpace(strings.Replace(strings.Replace(t, m[1], "", 1), m[3], "", 1))
				d.info("cover", line, removed, "", "cover credit: caption %q, credit %q", m[1], m[3])
			case len(c.sections) == 0:
				d.warn("contents", line, t, "", "contents line before any section ignored")
			default:
				if m := pageRefRE.FindStringSubmatch(t); m != nil && strings.Count(m[2], ".")+strings.Count(m[2], "…")+strings.Count(m[2], "·")+strings.Count(m[2], "．")+strings.Count(m[2], "⋯")+strings.Count(m[2], "_") >= 2 {
					// A printed contents gives each entry its page: "老街新事……8".
					d.info("contents", line, m[2]+m[3], "", "page number %s after contents entry %q dropped", m[3], m[1])
					t = m[1]
				}
				c.entries = append(c.entries, tocEntry{text: t, line: line, sec: len(c.sections) - 1, series: series})
			}
		}
	}
	return c
}

// splitLines returns the source lines of a paragraph's text.
func splitLines(ins []model.Inline) []string {
	return strings.Split(plain(ins), "\n")
}

// blockName names a raw block for messages.
func blockName(r *raw) string {
	switch r.kind {
	case rawPara:
		return "paragraph"
	case rawHeading:
		return "heading"
	}
	return string(r.blk.Type)
}

// lose records that a raw's text could not be placed in the model.
func (d *doc) lose(r *raw) {
	var t string
	switch r.kind {
	case rawPara, rawHeading:
		t = r.text()
	default:
		t = r.blk.Text() + r.blk.Alt + r.blk.Image
	}
	d.warn("structure", r.line, t, "", "text dropped: it belongs nowhere in the issue")
}
