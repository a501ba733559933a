package linebreak

import (
	"testing"
	"unicode/utf8"
)

// fuzzAlphabet biases random text toward the runes the rules care about.
var fuzzAlphabet = []rune("汉字天津，。、；：！？“”‘’（）《》「」『』——……–～·／%℃￥$々aZ09.-/_@& \u0301\u200d\u2060\u3000■")

// FuzzBreak breaks random paragraphs at random widths and checks the
// invariants: no error for valid input, text preserved, no GB-tier break
// unless forced, justified lines exact, nothing wider than the measure
// except a one-rune rescue line.
func FuzzBreak(f *testing.F) {
	f.Add([]byte("全会认为，“两个确立”——决定性意义……50%"), uint16(200), uint8(2), uint8(0))
	f.Add([]byte("http://cpc.people.com.cn/n1/2024/0901/c64094.html"), uint16(60), uint8(0), uint8(1))
	f.Add([]byte{0, 1, 2, 3, 40, 41, 42, 200, 201}, uint16(7), uint8(0), uint8(2))
	f.Add([]byte("   "), uint16(1), uint8(0), uint8(4))
	f.Fuzz(func(t *testing.T, data []byte, width uint16, indent uint8, flags uint8) {
		if len(data) > 600 {
			data = data[:600]
		}
		var rs []rune
		var ws []float64
		if utf8.Valid(data) && flags&8 != 0 {
			for _, r := range string(data) {
				rs = append(rs, r)
				ws = append(ws, roughWidth(r, testEm))
			}
		} else {
			for i, b := range data {
				r := fuzzAlphabet[int(b)%len(fuzzAlphabet)]
				rs = append(rs, r)
				w := roughWidth(r, testEm)
				if ClassOf(r) == ClassCombining {
					w = 0
				} else if i%7 == 3 {
					w *= float64(b%5+1) / 3 // odd widths: narrow quotes, wide Latin
				}
				ws = append(ws, w)
			}
		}
		em := make([]float64, len(rs))
		for i := range em {
			em[i] = testEm
			if flags&16 != 0 && i%5 == 0 {
				em[i] = 7 // mixed sizes
			}
		}
		w := float64(width%600) + 1
		p := &Para{Runes: rs, Widths: ws, Em: em, Indent: float64(indent) * testEm / 4}
		o := &Options{Width: w, Strict: flags&1 != 0, Greedy: flags&2 != 0, Ragged: flags&4 != 0}
		lines, err := Break(p, o)
		if p.Indent >= o.Width {
			if err == nil {
				t.Fatal("no error for an indent wider than the measure")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		var rep report
		checkFuzz(t, p, o, lines, &rep)
	})
}

// checkFuzz asserts the invariants that hold for any input (the sample
// checks also demand that no rule is broken, which random text can force).
func checkFuzz(t *testing.T, p *Para, o *Options, lines []Line, rep *report) {
	t.Helper()
	n := len(p.Runes)
	if n == 0 {
		if len(lines) != 0 {
			t.Fatalf("empty paragraph gave lines")
		}
		return
	}
	pos := 0
	for k, l := range lines {
		if l.Start < pos || l.End <= l.Start || l.End > n || len(l.X) != l.End-l.Start {
			t.Fatalf("line %d: bad range [%d,%d) after %d", k, l.Start, l.End, pos)
		}
		for i := pos; i < l.Start; i++ {
			if p.Runes[i] != ' ' {
				t.Fatalf("line %d: dropped %q", k, p.Runes[i])
			}
		}
		pos = l.End
		visible := 0
		for i := l.Start; i < l.End; i++ {
			if p.Widths[i] > 0 && p.Runes[i] != ' ' {
				visible++
			}
		}
		if l.Width > o.Width+1e-6 && visible > 1 {
			t.Fatalf("line %d (%q) is %.4f wide in %.4f", k, l.Text(p), l.Width, o.Width)
		}
		if l.Justified && (l.Width-o.Width > 1e-6 || o.Width-l.Width > 1e-6) {
			t.Fatalf("justified line %d ends at %.9f, not %.9f", k, l.Width, o.Width)
		}
		if l.Justified && (k == len(lines)-1 || o.Ragged) {
			t.Fatalf("line %d justified but last or ragged", k)
		}
		for i, x := range l.X {
			if x != x || x < -testEm || x > o.Width+float64(n)*2*testEm {
				t.Fatalf("line %d: rune %d at %v", k, i, x)
			}
		}
	}
	if pos != n || lines[0].Start != 0 {
		t.Fatalf("text not covered: ends at %d of %d", pos, n)
	}
	// A GB-tier break needs a reason: the line before it could not have
	// taken the next rune. We check the cheap part: no GB break when the
	// whole paragraph fits on one line.
	if len(lines) > 1 && !o.Greedy {
		total := 0.0
		for _, w := range p.Widths {
			total += w
		}
		if total+p.Indent <= o.Width/2 {
			t.Fatalf("paragraph of %.1f pt broken in a measure of %.1f", total, o.Width)
		}
	}
}
