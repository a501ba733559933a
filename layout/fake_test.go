package layout

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// fakeMetrics gives every role its own face: 1 em for wide characters,
// ½ em for the rest, and no glyph for U+FFFF-class private runes (U+E000).
type fakeMetrics struct{}

func (fakeMetrics) pick(ro role, r rune) (int, float64, bool) {
	if r >= 0xE000 && r <= 0xF8FF {
		return 0, 0, false
	}
	if r >= 0x2E80 || r == '“' || r == '”' || r == '■' || r == '□' || r == '—' || r == '…' {
		return int(ro), 1, true
	}
	return int(ro), 0.5, true
}

func (fakeMetrics) faces() []Face {
	return []Face{{Name: "Body"}, {Name: "Heading"}, {Name: "Caption"}}
}

const (
	noStart = "，。、；：！？）》”’】〕…—·%"
	noEnd   = "（《“‘【〔"
)

// fakeBreak is a greedy breaker: it breaks between any two characters
// that the short kinsoku lists above allow and justifies by spreading the
// slack over the gaps.
func fakeBreak(p *brPara) ([]brLine, error) {
	var out []brLine
	n := len(p.runes)
	start := 0
	indent := p.indent
	for start < n {
		w := indent
		end := start
		for end < n && w+p.widths[end] <= p.width+1e-9 {
			w += p.widths[end]
			end++
		}
		if end == start {
			end = start + 1
		}
		if end < n {
			b := end
			for b > start+1 && (strings.ContainsRune(noStart, p.runes[b]) || strings.ContainsRune(noEnd, p.runes[b-1])) {
				b--
			}
			end = b
		}
		l := brLine{start: start, end: end, justified: end < n && !p.ragged}
		x := indent
		nat := indent
		for i := start; i < end; i++ {
			nat += p.widths[i]
		}
		gap := 0.0
		if l.justified && end-start > 1 {
			gap = (p.width - nat) / float64(end-start-1)
		}
		for i := start; i < end; i++ {
			l.x = append(l.x, x)
			x += p.widths[i] + gap
		}
		l.width = x - gap
		if !l.justified {
			l.width = nat
		}
		out = append(out, l)
		start, indent = end, 0
	}
	return out, nil
}

// crudeIssue reads the sample issue's Markdown crudely: each "# " line
// starts an article, deeper "#" lines are headings, other lines are
// paragraphs. It stands in for the importer in tests that only need text.
func crudeIssue(path string) (*model.Issue, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	is := &model.Issue{Meta: model.Meta{Title: "天津支部生活", Number: "2024年第09期", Source: path}}
	sec := model.Section{Name: "■全文"}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		t := strings.TrimSpace(strings.ReplaceAll(sc.Text(), "**", ""))
		if t == "" {
			continue
		}
		switch {
		case strings.HasPrefix(t, "# "):
			sec.Articles = append(sec.Articles, model.Article{Title: strings.TrimSpace(t[2:]), Line: ln})
		case strings.HasPrefix(t, "#"):
			if len(sec.Articles) == 0 {
				sec.Articles = append(sec.Articles, model.Article{Title: "（无题）"})
			}
			lvl := len(t) - len(strings.TrimLeft(t, "#"))
			b := model.Head(lvl-1, strings.TrimSpace(strings.TrimLeft(t, "#")))
			b.Line = ln
			a := &sec.Articles[len(sec.Articles)-1]
			a.Blocks = append(a.Blocks, b)
		default:
			if len(sec.Articles) == 0 {
				sec.Articles = append(sec.Articles, model.Article{Title: "（无题）"})
			}
			b := model.Para(t)
			b.Line = ln
			a := &sec.Articles[len(sec.Articles)-1]
			a.Blocks = append(a.Blocks, b)
		}
	}
	is.Sections = append(is.Sections, sec)
	return is, sc.Err()
}

// sampleIssue is the sample issue as the tests read it.
func sampleIssue(t testing.TB) *model.Issue {
	t.Helper()
	is, err := crudeIssue(sample)
	if err != nil {
		t.Fatal(err)
	}
	return is
}
