package linebreak

import (
	"math"
	"testing"
)

// TestCostMatchesLineCost keeps the search's fast path in step with
// measureLine and badness over every line of the sample that could be set.
func TestCostMatchesLineCost(t *testing.T) {
	n := 0
	for _, text := range sampleParas(t)[:80] {
		p := mkPara(text, 2)
		q := prepare(p)
		b := breaker{q: q, o: &Options{Width: 200}, indent: p.Indent}
		cs := q.candidates()
		for i := 0; i < len(cs); i++ {
			for j := i + 1; j < len(cs) && j-i < 40; j++ {
				s, e := int(cs[i].next), int(cs[j].end)
				first, last := i == 0, j == len(cs)-1
				m, c1, ok1 := b.lineCost(s, e, first, last)
				minW, c2, ok2 := b.cost(s, e, first, last)
				if ok1 != ok2 || (ok1 && math.Abs(c1-c2) > 1e-6*max(1, c1)) || math.Abs(minW-(m.nat-m.shrink)) > 1e-9 {
					t.Fatalf("%q [%d,%d): lineCost %v %v, cost %v %v", text, s, e, c1, ok1, c2, ok2)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d lines compared", n)
	}
}
