package layout

import (
	"math"
	"strings"
	"testing"
	"unicode"
)

const sample = "../examples/tianjin-2024-09/issue.md"

func fakeDoc(t testing.TB, o *Options) (*Document, *grid) {
	t.Helper()
	is := sampleIssue(t)
	r, err := o.resolved()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &r)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := newGrid(&r)
	return doc, g
}

// checkLines asserts the properties every set line must have: the lines
// of a paragraph give back its text, no kinsoku violation at a wrap, no
// split dash, ellipsis, number or Latin word, no line wider than its
// measure, justified lines flush with it, body baselines on the grid.
func checkLines(t *testing.T, doc *Document, g *grid, canStart, canEnd func(rune) bool, splits bool) {
	t.Helper()
	byPara := make([][]*lineRec, len(doc.paras))
	for _, r := range doc.lines {
		byPara[r.para] = append(byPara[r.para], r)
	}
	bad := 0
	fail := func(format string, args ...any) {
		bad++
		if bad <= 20 {
			t.Errorf(format, args...)
		}
	}
	bodyLines := 0
	for pi, ls := range byPara {
		para := doc.paras[pi]
		var sb strings.Builder
		pos := 0
		for k, l := range ls {
			if strings.TrimSpace(string(para[pos:l.start])) != "" {
				fail("para %d: text %q dropped between lines", pi, string(para[pos:l.start]))
			}
			sb.WriteString(string(para[pos:l.start]))
			if string(l.text) != string(para[l.start:l.end]) {
				fail("para %d line %d: runs %q, want %q", pi, k, string(l.text), string(para[l.start:l.end]))
			}
			sb.WriteString(string(l.text))
			pos = l.end
			if l.width > l.max+1e-6 {
				fail("para %d line %d %q: width %.3f > measure %.3f", pi, k, string(l.text), l.width, l.max)
			}
			if l.justified && math.Abs(l.width-l.max) > 1e-6 {
				fail("para %d line %d %q: justified to %.4f, measure %.4f", pi, k, string(l.text), l.width, l.max)
			}
			if l.body {
				bodyLines++
				if l.page == 0 {
					fail("para %d line %d %q: never placed", pi, k, string(l.text))
				}
				q := (l.y - g.top - ascent*g.body) / g.pitch
				if math.Abs(q-math.Round(q)) > 1e-6 {
					fail("para %d line %d %q: baseline %.3f off the grid", pi, k, string(l.text), l.y)
				}
			}
			if k == len(ls)-1 || len(l.text) == 0 {
				continue
			}
			next := ls[k+1]
			if !canEnd(l.text[len(l.text)-1]) {
				fail("para %d line %d ends with prohibited %q: %q", pi, k, l.text[len(l.text)-1], string(l.text))
			}
			if len(next.text) > 0 && !canStart(next.text[0]) {
				fail("para %d line %d starts with prohibited %q: %q", pi, k+1, next.text[0], string(next.text))
			}
			if splits && len(next.text) > 0 && next.start == l.end {
				a, b := l.text[len(l.text)-1], next.text[0]
				switch {
				case a == b && (a == '—' || a == '…'):
					fail("para %d: %c%c split at a line end", pi, a, b)
				case isDigit(a) && isDigit(b), isLatin(a) && isLatin(b):
					fail("para %d: %q|%q split at a line end: %q", pi, a, b, string(l.text))
				}
			}
		}
		sb.WriteString(string(para[pos:]))
		if strings.TrimSpace(string(para[pos:])) != "" {
			fail("para %d: tail %q not set", pi, string(para[pos:]))
		}
		if sb.String() != string(para) {
			fail("para %d: lines give %q, want %q", pi, sb.String(), string(para))
		}
	}
	if bodyLines < 1000 {
		t.Errorf("only %d body lines", bodyLines)
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }
func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

func fakeCanStart(r rune) bool { return !strings.ContainsRune(noStart, r) }
func fakeCanEnd(r rune) bool   { return !strings.ContainsRune(noEnd, r) }

func TestPropertiesFake(t *testing.T) {
	doc, g := fakeDoc(t, nil)
	// The greedy stand-in splits numbers; the real breaker must not.
	checkLines(t, doc, g, fakeCanStart, fakeCanEnd, false)
}
