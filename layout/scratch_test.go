package layout

import (
	"fmt"
	"testing"
)

func TestScratchAlign(t *testing.T) {
	doc, g := realDoc(t, nil)
	hits, total := 0, 0
	why := map[string]int{}
	for _, p := range doc.Pages {
		if p.Kind != BodyPage {
			continue
		}
		left := g.left(p.Number)
		c1 := map[int]string{}
		c2 := map[int]bool{}
		for _, r := range p.Runs {
			row := int((r.Y-g.top-ascent*g.body)/g.pitch*100 + 0.5)
			kind := fmt.Sprintf("s%.1f", r.Size)
			if r.X-left < g.colW {
				if c1[row] == "" || r.Size == g.body {
					c1[row] = kind
				}
			} else if r.X-left >= g.colX(1)-1 && r.Size == g.body {
				c2[row] = true
			}
		}
		pm := 0
		defer func(n int) { _ = n }(p.Number)
		for row := range c2 {
			if c1[row] != "s10.0" {
				pm++
			}
			total++
			if c1[row] == "s10.0" {
				hits++
			} else if c1[row] == "" {
				mx := 0
				for r := range c1 {
					mx = max(mx, r)
				}
				if row > mx {
					why["past-end"]++
				} else {
					why["empty"]++
				}
			} else {
				why[c1[row]]++
			}
		}
		if pm > 0 {
			fmt.Println("MYMISS page", p.Number, pm)
		}
	}
	fmt.Println(hits, total, float64(hits)/float64(total), why)
}
