package linebreak_test

import (
	"fmt"

	"github.com/paiban/paiban/layout/linebreak"
)

// para prepares text for Break with monospaced stand-in metrics: every
// ideograph and full-width mark one em, every ASCII character half an em.
// A real caller takes the widths from its font (fonts.Font.AdvanceEm).
func para(text string, em, indentEm float64) *linebreak.Para {
	rs := []rune(text)
	p := &linebreak.Para{Runes: rs, Widths: make([]float64, len(rs)), Em: make([]float64, len(rs)), Indent: indentEm * em}
	for i, r := range rs {
		p.Em[i] = em
		p.Widths[i] = em
		if r < 0x80 {
			p.Widths[i] = em / 2
		}
	}
	return p
}

// Break a body paragraph into lines twelve characters wide with the usual
// two-character first-line indent. No line starts with a stop such as ，
// or 。, and no line ends with an opening mark such as “; the full lines
// are justified to exactly twelve ems, and the last line is not (its
// final 。 is set in half an em).
func ExampleBreak() {
	const em = 10.0 // 10 pt type
	p := para("1919年，五四运动在北京爆发，拉开了中国新民主主义革命序幕。消息传到天津，爱国青年迅速响应，以“集会、演讲”等方式声援北京学生。", em, 2)
	lines, err := linebreak.Break(p, &linebreak.Options{Width: 12 * em})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range lines {
		fmt.Printf("%-4s|%s\n", fmt.Sprintf("%.1f", l.Width/em), l.Text(p))
	}
	// Output:
	// 12.0|1919年，五四运动在北
	// 12.0|京爆发，拉开了中国新民主
	// 12.0|主义革命序幕。消息传到天
	// 12.0|津，爱国青年迅速响应，以
	// 12.0|“集会、演讲”等方式声援北
	// 3.5 |京学生。
}

// A ragged (unjustified) break keeps the natural spacing, as for a
// centred heading; CanStartLine tells whether a character may open a line.
func ExampleBreak_ragged() {
	const em = 10.0
	p := para("推动京津冀协同发展不断迈上新台阶", em, 0)
	lines, err := linebreak.Break(p, &linebreak.Options{Width: 10 * em, Ragged: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range lines {
		fmt.Printf("%q justified=%v\n", l.Text(p), l.Justified)
	}
	fmt.Println(linebreak.CanStartLine('，', false), linebreak.CanStartLine('天', false))
	// Output:
	// "推动京津冀协同发展不" justified=false
	// "断迈上新台阶" justified=false
	// false true
}
