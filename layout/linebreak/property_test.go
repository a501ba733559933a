package linebreak

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
)

// report collects what the property checks found over many paragraphs.
type report struct {
	lines, justified, tight int // tight: justified lines whose ideograph gaps stay ≤ ¼ em
	gbStart, gbEnd          int
	strictStart, strictEnd  int
	strictExamples          []string
}

var (
	numTail  = regexp.MustCompile(`\d[.,:/\-]?$`)
	numHead  = regexp.MustCompile(`^[.,:\-]?\d`)
	postHead = regexp.MustCompile(`^[%％‰‱℃℉°′″]`)
	preTail  = regexp.MustCompile(`[$＄£￡¥￥€₩#＃№]$`)
)

// checkLines asserts the invariants of Break's output for p at width w and
// adds to rep. It reports through t.Errorf so that one run lists every
// failure.
func checkLines(t testing.TB, p *Para, o *Options, lines []Line, rep *report) {
	t.Helper()
	n := len(p.Runes)
	src := string(p.Runes)
	if n == 0 {
		if len(lines) != 0 {
			t.Errorf("empty paragraph gave %d lines", len(lines))
		}
		return
	}
	if len(lines) == 0 {
		t.Errorf("%q: no lines", src)
		return
	}
	// 1. text is preserved: lines plus dropped spaces give the paragraph back
	var b strings.Builder
	pos := 0
	for k, l := range lines {
		if l.Start < pos || l.End <= l.Start || l.End > n || len(l.X) != l.End-l.Start {
			t.Errorf("%q: line %d has range [%d,%d) after %d, %d offsets", src, k, l.Start, l.End, pos, len(l.X))
			return
		}
		for _, r := range p.Runes[pos:l.Start] {
			if r != ' ' {
				t.Errorf("%q: line %d: dropped %q, not a space", src, k, r)
			}
		}
		b.WriteString(string(p.Runes[pos:l.End]))
		pos = l.End
	}
	if pos != n || b.String() != src || lines[0].Start != 0 {
		t.Errorf("text not preserved:\n got %q\nwant %q", b.String(), src)
	}
	last := len(lines) - 1
	for k, l := range lines {
		text := p.Runes[l.Start:l.End]
		rep.lines++
		// 2. kinsoku at every break
		if k > 0 {
			switch LineStartLevel(text) {
			case GB:
				rep.gbStart++
				t.Errorf("%q: line %d starts with a GB-prohibited rune: %q", src, k, string(text))
			case Strict:
				rep.strictStart++
				rep.strictExamples = append(rep.strictExamples, "|"+string(text))
			}
		}
		if k < last {
			switch LineEndLevel(text) {
			case GB:
				rep.gbEnd++
				t.Errorf("%q: line %d ends with a GB-prohibited rune: %q", src, k, string(text))
			case Strict:
				rep.strictEnd++
				rep.strictExamples = append(rep.strictExamples, string(text)+"|")
			}
			// 3. no split ——, ……, number or Latin word
			nx := lines[k+1]
			ta, tb := string(text), string(p.Runes[nx.Start:nx.End])
			ra, rb := text[len(text)-1], p.Runes[nx.Start]
			spaced := nx.Start > l.End
			switch {
			case (ra == '—' || ra == '―' || ra == '…' || ra == '⋯') && rb == ra:
				t.Errorf("%q: split %c%c", src, ra, rb)
			case numTail.MatchString(ta) && numHead.MatchString(tb) && !(spaced && !strings.ContainsAny(ta[len(ta)-1:], "0123456789")):
				if !spaced || (ra >= '0' && ra <= '9' && rb >= '0' && rb <= '9') {
					t.Errorf("%q: number split: %q | %q", src, ta, tb)
				}
			case ra >= '0' && ra <= '9' && postHead.MatchString(tb) && !spaced:
				t.Errorf("%q: number split from its sign: %q | %q", src, ta, tb)
			case preTail.MatchString(ta) && rb >= '0' && rb <= '9' && !spaced:
				t.Errorf("%q: sign split from its number: %q | %q", src, ta, tb)
			case isLatinLetter(ra) && isLatinLetter(rb) && !spaced:
				t.Errorf("%q: Latin word split: %q | %q", src, ta, tb)
			}
		}
		avail := o.Width
		if k == 0 {
			avail -= p.Indent
		}
		// 4. nothing wider than the measure, and justified lines exact
		if l.Width > o.Width+1e-6 && l.End-l.Start > 1 {
			t.Errorf("%q: line %d is %.3f wide, measure %.3f: %q", src, k, l.Width, o.Width, string(text))
		}
		if l.Justified {
			rep.justified++
			if math.Abs(l.Width-o.Width) > 1e-6 {
				t.Errorf("%q: justified line %d ends at %.9f, not %.9f", src, k, l.Width, o.Width)
			}
			if k == last || o.Ragged {
				t.Errorf("%q: line %d justified but last or ragged", src, k)
			}
		}
		_ = avail
		// 5. ideographs never closer than solid; expansion per gap
		maxGap := 0.0
		for i := 1; i < len(text); i++ {
			a, c := l.Start+i-1, l.Start+i
			if ClassOf(p.Runes[a]) == ClassIdeo && ClassOf(p.Runes[c]) == ClassIdeo {
				g := l.X[i] - l.X[i-1] - p.Widths[a]
				if g < -1e-9 {
					t.Errorf("%q: line %d: negative gap %.4f between %c%c", src, k, g, p.Runes[a], p.Runes[c])
				}
				maxGap = max(maxGap, g/p.Em[a])
			}
			if l.X[i] < l.X[i-1]-0.5*p.Em[c]-1e-9 {
				t.Errorf("%q: line %d: rune %d placed before rune %d", src, k, c, a)
			}
		}
		if l.Justified && maxGap <= 0.25+1e-9 {
			rep.tight++
		}
	}
}

func isLatinLetter(r rune) bool { return r < 0x250 && (r|0x20 >= 'a' && r|0x20 <= 'z') }

// TestSampleProperties breaks every paragraph of the sample issue at 20 and
// 23 em and checks the invariants of typesetting.md A.2–A.6 and A.9.
func TestSampleProperties(t *testing.T) {
	paras := sampleParas(t)
	if len(paras) < 100 {
		t.Fatalf("only %d paragraphs in the sample", len(paras))
	}
	for _, wEm := range []float64{20, 23} {
		for _, greedy := range []bool{false, true} {
			t.Run(fmt.Sprintf("%gem/greedy=%v", wEm, greedy), func(t *testing.T) {
				var rep report
				o := &Options{Width: wEm * testEm, Greedy: greedy}
				for _, s := range paras {
					p := mkPara(s, 2)
					lines, err := Break(p, o)
					if err != nil {
						t.Fatalf("%q: %v", s, err)
					}
					checkLines(t, p, o, lines, &rep)
				}
				share := float64(rep.tight) / float64(rep.justified)
				t.Logf("%d paragraphs, %d lines, %d justified; expansion ≤ ¼ em on %.2f%% of justified lines; strict-tier breaks: %d start, %d end %q",
					len(paras), rep.lines, rep.justified, 100*share, rep.strictStart, rep.strictEnd, rep.strictExamples)
				if rep.strictStart+rep.strictEnd > 0 && !greedy {
					t.Errorf("strict-tier breaks on the sample: %q", rep.strictExamples)
				}
				if share < 0.99 && !greedy {
					t.Errorf("expansion ≤ ¼ em on only %.2f%% of lines", 100*share)
				}
			})
		}
	}
}
