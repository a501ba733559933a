package importer

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

var (
	issueNoRE = regexp.MustCompile(`^(?:(上半月|下半月)\s*)?(\d{4}\s*年\s*第\s*\d+\s*期)\s*[·・.•]?\s*(总第\s*\d+\s*期)?`)
	dayRE     = regexp.MustCompile(`^每月\s*(\d{1,2})\s*日(?:\s*[、和,，]\s*(\d{1,2})\s*日)?\s*出版$`)
	issnRE    = regexp.MustCompile(`ISSN\s*(\d{4}-\d{3}[\dXx])`)
	cnRE      = regexp.MustCompile(`CN\s*(\d{2}-\d{4}/[A-Z]{1,2})`)
	urlOnlyRE = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)
	hanKeyRE  = regexp.MustCompile(`^\p{Han}{2,10}$`)
	nameTokRE = regexp.MustCompile(`^\p{Han}{2,4}$`)
	// mastheadKeyRE recognises the end of a masthead key (总编辑, 副社长,
	// 责任校对 …), to tell a new key/value line from more names.
	mastheadKeyRE = regexp.MustCompile(`(编辑|主编|社长|总编|校对|采编|记者|设计|编|长|监|人|顾问|主任|员|师|办|版|位|话|址|码|箱|价|刷|号|围|体)$`)
	publisherK    = []string{"编辑出版", "出版", "出版单位", "出版者"}
)

// isMastheadStart reports whether raws[i] is the masthead's heading: a
// heading followed by a paragraph that begins with the issue number.
func (d *doc) isMastheadStart(i int) bool {
	if d.raws[i].kind != rawHeading || i+1 >= len(d.raws) || d.raws[i+1].kind != rawPara {
		return false
	}
	first := strings.TrimSpace(splitLines(d.raws[i+1].inl)[0])
	return utf8.RuneCountInString(first) <= 60 && issueNoRE.MatchString(first)
}

// findMasthead reads the masthead block (the magazine's name as a heading,
// then the issue number, the publication day and key/value lines) into the
// issue's meta and marks its raws used.
func (d *doc) findMasthead(used []bool) {
	start := -1
	for i := range d.raws {
		if !used[i] && d.isMastheadStart(i) {
			start = i
			break
		}
	}
	if start < 0 {
		name := strings.TrimSuffix(filepath.Base(d.name), filepath.Ext(d.name))
		if name == "" || name == "." {
			name = "untitled"
		}
		d.is.Meta.Title = name
		d.warn("masthead", 0, "", name, "no masthead (magazine name heading followed by the issue number): the title is taken from the file name")
		return
	}
	m := &d.is.Meta
	m.Title = d.raws[start].text()
	m.Line = d.raws[start].line
	used[start] = true
	var days [2]int
	for i := start + 1; i < len(d.raws) && d.raws[i].kind != rawHeading; i++ {
		r := &d.raws[i]
		used[i] = true
		if r.kind != rawPara {
			d.lose(r)
			continue
		}
		for k, l := range splitLines(r.inl) {
			line := r.line + k
			t := strings.TrimSpace(l)
			if t == "" {
				continue
			}
			if sm := issueNoRE.FindStringSubmatch(t); sm != nil && m.Number == "" {
				m.HalfMonth, m.Number, m.TotalNumber = sm[1], sm[2], sm[3]
				rest := strings.TrimSpace(t[len(sm[0]):])
				removed := strings.NewReplacer(sm[1], "", sm[2], "", sm[3], "").Replace(sm[0])
				d.info("masthead", line, strings.TrimSpace(removed), "", "issue number %s %s %s", sm[1], sm[2], sm[3])
				if rest != "" {
					m.Masthead = append(m.Masthead, model.Pair{"", rest})
				}
				continue
			}
			if sm := dayRE.FindStringSubmatch(t); sm != nil {
				days[0], _ = strconv.Atoi(sm[1])
				days[1], _ = strconv.Atoi(sm[2])
			}
			d.mastheadLine(t, line)
		}
	}
	for _, p := range m.Masthead {
		if sm := issnRE.FindStringSubmatch(p[0] + " " + p[1]); sm != nil && m.ISSN == "" {
			m.ISSN = strings.ToUpper(sm[1])
		}
		if sm := cnRE.FindStringSubmatch(p[0] + " " + p[1]); sm != nil && m.CN == "" {
			m.CN = sm[1]
		}
	}
	for _, k := range publisherK {
		if v, ok := m.MastheadValue(k); ok && m.Publisher == "" {
			m.Publisher = v
		}
	}
	m.Date = issueDate(m, days)
	if m.ISSN != "" && !validISSN(m.ISSN) {
		d.warn("masthead", m.Line, "", "", "ISSN %s has a wrong check digit", m.ISSN)
	}
}

// mastheadLine adds one line of the masthead: "key/value", "key value",
// a continuation of the previous value (more names, a URL), or a line
// with no key.
func (d *doc) mastheadLine(t string, line int) {
	m := &d.is.Meta
	fields := strings.Fields(t)
	if n := len(m.Masthead); n > 0 && m.Masthead[n-1][0] != "" {
		prev := &m.Masthead[n-1]
		if urlOnlyRE.MatchString(t) || allNames(fields) && allNames(strings.Fields(prev[1])) && !mastheadKeyRE.MatchString(fields[0]) {
			prev[1] += " " + t
			return
		}
	}
	if k := strings.IndexAny(t, "/／"); k > 0 && hanKeyRE.MatchString(strings.TrimSpace(t[:k])) {
		sep := "/"
		if strings.HasPrefix(t[k:], "／") {
			sep = "／"
		}
		m.Masthead = append(m.Masthead, model.Pair{strings.TrimSpace(t[:k]), strings.TrimSpace(t[k+len(sep):])})
		d.info("masthead", line, sep, "", "masthead key/value separator")
		return
	}
	if len(fields) >= 2 && hanKeyRE.MatchString(fields[0]) && utf8.RuneCountInString(fields[0]) <= 8 {
		m.Masthead = append(m.Masthead, model.Pair{fields[0], strings.TrimSpace(strings.TrimPrefix(t, fields[0]))})
		return
	}
	m.Masthead = append(m.Masthead, model.Pair{"", t})
}

// allNames reports whether every field looks like a personal name (two to
// four ideographs).
func allNames(fields []string) bool {
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !nameTokRE.MatchString(f) {
			return false
		}
	}
	return true
}

// issueDate derives the cover date from the issue number and the
// publication days: a number of at most 12 is the month; above 12 the
// issues are half-monthly and the month is (number+1)/2. The day is the
// first day given for 上半月 editions (or none), the second for 下半月,
// else the 1st (上半月) or 16th (下半月).
func issueDate(m *model.Meta, days [2]int) string {
	year, no := m.YearIssue()
	if year == 0 || no < 1 || no > 24 {
		return ""
	}
	month := no
	if no > 12 {
		month = (no + 1) / 2
	}
	day := days[0]
	if m.HalfMonth == "下半月" {
		day = days[1]
		if day == 0 {
			day = 16
		}
	}
	if day < 1 || day > 28 {
		day = 1
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

// validISSN checks an ISSN's check digit.
func validISSN(s string) bool {
	s = strings.ReplaceAll(s, "-", "")
	if len(s) != 8 {
		return false
	}
	sum := 0
	for i := 0; i < 7; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		sum += int(s[i]-'0') * (8 - i)
	}
	c := (11 - sum%11) % 11
	want := byte('0' + c)
	if c == 10 {
		want = 'X'
	}
	return s[7] == want || c == 10 && s[7] == 'x'
}
