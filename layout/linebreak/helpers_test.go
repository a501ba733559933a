package linebreak

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// testEm is the font size of the rough test widths.
const testEm = 10.0

// roughWidth is a stand-in for font metrics: 1 em for ideographs and
// full-width marks, ½ em for ASCII and other narrow characters, 0.3 em for a
// space.
func roughWidth(r rune, em float64) float64 {
	switch {
	case r == ' ':
		return 0.3 * em
	case narrow(r):
		return 0.5 * em
	}
	return em
}

// mkPara builds a paragraph of s with rough widths, em testEm and an
// indent of indentEm ems.
func mkPara(s string, indentEm float64) *Para {
	rs := []rune(s)
	p := &Para{Runes: rs, Widths: make([]float64, len(rs)), Em: make([]float64, len(rs)), Indent: indentEm * testEm}
	for i, r := range rs {
		p.Em[i] = testEm
		p.Widths[i] = roughWidth(r, testEm)
	}
	return p
}

// sampleParas reads the sample issue: every non-heading, non-empty line is
// a paragraph, with ** removed.
func sampleParas(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("../../examples/tianjin-2024-09/issue.md")
	if err != nil {
		t.Fatalf("sample issue: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(strings.ReplaceAll(sc.Text(), "**", ""))
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// dump renders lines as text: each line's runes followed by | and its
// width in ems (J when justified), then the x offsets in ems.
func dump(p *Para, lines []Line) string {
	var b strings.Builder
	for _, l := range lines {
		j := ' '
		if l.Justified {
			j = 'J'
		}
		fmt.Fprintf(&b, "%s|  %.3fem %c\n   x:", string(p.Runes[l.Start:l.End]), l.Width/testEm, j)
		for _, x := range l.X {
			fmt.Fprintf(&b, " %.3f", x/testEm)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
