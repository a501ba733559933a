package layout

import (
	"os"
	"strings"
	"testing"

	"github.com/paiban/paiban/importer"
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

// sampleIssue is the sample issue as the tests read it.
func sampleIssue(t testing.TB) *model.Issue {
	t.Helper()
	r, err := importer.ImportFile(sample, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Issue
}

func TestMain(m *testing.M) {
	traceLines = true
	os.Exit(m.Run())
}
