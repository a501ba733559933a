package linebreak

// greedy breaks first-fit: each line takes as much as fits, using the
// shrink of compressible marks, spaces and glue before pushing a character
// down (clreq "先挤进，后推出"). Strict-tier breaks are avoided when an
// ordinary break leaves the line no looser than ¼ em per gap; rescue
// breaks are used only when no ordinary one fits, and a line holds one
// rune at least. It is O(n·k) like the total-fit search but ignores the
// orphan rule. cs must hold every opportunity (rescue tiers included).
func (b *breaker) greedy(cs []cand) []cand {
	chosen := []cand{cs[0]}
	limit := b.o.Width + 2*b.q.maxEm
	m := len(cs)
	for i := 0; i < m-1; {
		s := int(cs[i].next)
		okJ, softJ, rescueJ := -1, -1, -1
		okCost := 0.0
		for j := i + 1; j < m && j-i <= maxLookback; j++ {
			e := int(cs[j].end)
			if e <= s {
				continue
			}
			last := j == m-1
			ms, cost, fits := b.lineCost(s, e, i == 0, last)
			if !fits {
				if ms.nat-ms.shrink > limit {
					break
				}
				continue
			}
			t := cs[j].tier
			switch {
			case last || t == tierOK:
				okJ, okCost = j, cost
			case t == tierSoft && !b.o.Strict:
				softJ = j
			case rescueJ < 0 || t <= cs[rescueJ].tier:
				rescueJ = j
			}
		}
		next := i + 1
		switch {
		case okJ >= 0 && (softJ < okJ || okCost <= demerits(stretchWeight+1)):
			next = okJ
		case softJ >= 0:
			next = softJ
		case okJ >= 0:
			next = okJ
		case rescueJ >= 0:
			next = rescueJ
		}
		chosen = append(chosen, cs[next])
		i = next
	}
	return chosen
}
