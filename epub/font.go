package epub

import (
	"crypto/sha1"
	"sort"
	"strings"
	"unicode/utf8"
)

// segment is one outline command in font units, y up: 'M' and 'L' use
// Pts[0], 'Q' uses Pts[0] as the control point and Pts[1] as the end, 'Z'
// closes the contour.
type segment struct {
	Op  byte
	Pts [2][2]float64
}

// fontFace is what the book needs of a font: coverage, outlines for the
// generated cover, and a subset to embed.
type fontFace interface {
	Has(r rune) bool
	UnitsPerEm() int
	advance(r rune) float64 // in font units, 0 when the font lacks r
	outline(r rune) ([]segment, error)
	subset(runes []rune, family string) ([]byte, error)
}

// faces are the fonts a book uses; a nil face is simply not used.
type faces struct {
	body  fontFace // embedded as a subset, unless Options.NoFont
	cover fontFace // draws the generated cover's text
}

// bodyFamily is the family name of the embedded subset. A subset is a
// modified font, so the OFL forbids the original's reserved name.
const bodyFamily = "paiban-body"

// bodyFontFile is the embedded subset's file name in the book.
const bodyFontFile = "paiban-body.ttf"

// textRunes returns the distinct characters of the text content (outside
// tags) of the given XHTML bodies, sorted, so that the embedded subset
// holds every character the book shows and nothing else.
func textRunes(bodies ...string) []rune {
	seen := map[rune]bool{}
	for _, body := range bodies {
		inTag := false
		for i := 0; i < len(body); {
			c := body[i]
			switch {
			case c == '<':
				inTag = true
				i++
			case c == '>':
				inTag = false
				i++
			case inTag:
				i++
			case c == '&':
				// Entities from esc: &amp; &lt; &gt; &quot; &#39;.
				end := strings.IndexByte(body[i:], ';')
				if end < 0 {
					end = 0
				}
				switch body[i : i+end+1] {
				case "&lt;":
					seen['<'] = true
				case "&gt;":
					seen['>'] = true
				case "&quot;":
					seen['"'] = true
				case "&#39;":
					seen['\''] = true
				case "&#13;":
				default:
					seen['&'] = true
				}
				i += end + 1
			default:
				r, n := utf8.DecodeRuneInString(body[i:])
				if r > ' ' {
					seen[r] = true
				}
				i += n
			}
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// obfuscate applies the IDPF font obfuscation algorithm (OCF 3, §4.3.6)
// in place: the first 1040 bytes are XORed with the SHA-1 of the
// package's unique identifier, whitespace removed. Applying it twice
// restores the font.
func obfuscate(data []byte, uid string) {
	key := sha1.Sum([]byte(strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, uid)))
	for i := 0; i < len(data) && i < 1040; i++ {
		data[i] ^= key[i%len(key)]
	}
}
