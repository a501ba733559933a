package importer

import (
	"strings"
	"unicode"
)

// normTitle reduces a title to what tolerant matching compares: no
// spaces, no quotation marks of any style, no decoration (■ and the like),
// half-width punctuation folded to full width and ASCII lower-cased.
func normTitle(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case strings.ContainsRune("“”‘’\"'『』「」■□◆◇●○▲△★☆·•", r):
		default:
			if f, ok := halfToFull[r]; ok {
				r = f
			}
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// halfToFull maps ASCII punctuation to the full-width forms used in
// Chinese text.
var halfToFull = map[rune]rune{
	',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）',
}

// normScore compares a contents entry with a body heading, both already
// normalised by normTitle: 2 for equal, 1 for a near match (one differing
// character in titles of four or more, or two in titles of twenty or
// more), 0 for no match.
func normScore(na, nb string) int {
	return runeScore(na, nb, []rune(na), []rune(nb))
}

// runeScore is normScore given the titles' runes too.
func runeScore(na, nb string, ra, rb []rune) int {
	if na == "" || nb == "" {
		return 0
	}
	if na == nb {
		return 2
	}
	short := min(len(ra), len(rb))
	if short < 4 {
		return 0
	}
	limit := 1
	if short >= 20 {
		limit = 2
	}
	if abs(len(ra)-len(rb)) > limit {
		return 0
	}
	// A near match keeps its first or its last character; checking that
	// first keeps long contents cheap.
	if ra[0] != rb[0] && ra[len(ra)-1] != rb[len(rb)-1] {
		return 0
	}
	if editDistance(ra, rb, limit) <= limit {
		return 1
	}
	return 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance returns the Levenshtein distance of a and b, or limit+1
// as soon as it must exceed limit.
func editDistance(a, b []rune, limit int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			best = min(best, c)
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
