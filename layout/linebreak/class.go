package linebreak

import "unicode"

// Class is a rune's line-breaking class, a zh-Hans tailoring of UAX #14
// (see typesetting.md A.2–A.3). Only the distinctions the rules need are
// kept.
type Class uint8

// The classes. The character lists are those of the checker
// shared/tools/cjktext.py, so that what this package avoids is exactly what
// pdfcheck.py counts.
const (
	// ClassIdeo is a Han ideograph, kana or hangul syllable: a break is
	// allowed on either side, and a Latin letter or digit next to it gets
	// the ¼-em glue.
	ClassIdeo Class = iota
	// ClassOther is any other visible rune without a rule of its own
	// (■ ★ ▲ →, U+200B): a break is allowed on either side, no glue.
	ClassOther
	// ClassOpen is an opening quote, bracket or book-title mark: it may not
	// end a line (GB/T 15834 §5.1.3, §5.1.8).
	ClassOpen
	// ClassClose is a closing quote, bracket or book-title mark: it may not
	// start a line (GB/T 15834 §5.1.3, §5.1.8).
	ClassClose
	// ClassStop is a pause or stop mark (点号) such as 、，。：；！？ or its
	// ASCII form: it may not start a line (GB/T 15834 §5.1.1).
	ClassStop
	// ClassDash is a dash rune (— ― ⸺ ⸻). Two together form the 破折号,
	// which may not be split (§5.1.4) and should not start a line (clreq
	// strict); a single one between words is a connector that may not start
	// a line (§5.1.6).
	ClassDash
	// ClassEllipsis is an ellipsis rune (… ⋯ ‥): the pair may not be split
	// (§5.1.5) and should not start a line (clreq strict).
	ClassEllipsis
	// ClassConnector is a connector mark (– ～ 〜): not at line start
	// (§5.1.6).
	ClassConnector
	// ClassInterpunct is an interpunct (· ・ ‧): not at line start (§5.1.7).
	ClassInterpunct
	// ClassSolidus is the full-width solidus ／: neither at line start nor at
	// line end (§5.1.9, clreq GB-style).
	ClassSolidus
	// ClassPostfix is a postfix sign (% ‰ ℃ ° ′ ″): bound to a preceding
	// number, and otherwise kept off the line start (strict tier).
	ClassPostfix
	// ClassPrefix is a prefix sign ($ ￥ € # №): bound to a following
	// number, and otherwise kept off the line end (strict tier).
	ClassPrefix
	// ClassIter is an iteration mark or small kana (々 〃 っ ー): kept off
	// the line start (strict tier).
	ClassIter
	// ClassLetter is a narrow (Western) letter: no break inside a word.
	ClassLetter
	// ClassDigit is a digit: no break inside a number.
	ClassDigit
	// ClassHyphen is a hyphen (- ‐): a Latin word may break after it.
	ClassHyphen
	// ClassSymbol is narrow punctuation without a rule of its own
	// (/ _ @ & ' " * + =): it binds to its narrow neighbours.
	ClassSymbol
	// ClassSpace is U+0020: a break opportunity; the space is dropped at a
	// break and otherwise set as a word space, a ½-em space between
	// ideographs, or folded into the Han–Latin glue.
	ClassSpace
	// ClassCombining is a combining mark or format character (ZWJ, word
	// joiner, variation selector): never separated from the rune before it.
	ClassCombining
	numClasses
)

var classNames = [numClasses]string{
	"Ideo", "Other", "Open", "Close", "Stop", "Dash", "Ellipsis", "Connector",
	"Interpunct", "Solidus", "Postfix", "Prefix", "Iter", "Letter", "Digit",
	"Hyphen", "Symbol", "Space", "Combining",
}

// String returns the class name, for test output.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "Class(?)"
}

// Character lists. Source: GB/T 15834-2011 §5.1.1–5.1.9 as summarised by
// clreq §prohibition_rules_for_line_start_end (GB-style and strict levels),
// identical to LINE_START_GB / LINE_START_STRICT_EXTRA / LINE_END_GB /
// LINE_END_STRICT_EXTRA of shared/tools/cjktext.py.
const (
	openChars       = "“‘（〔［｛【《〈「『〖〘〚｟｢([{"
	closeChars      = "”’）〕］｝】》〉」』〗〙〛｠｣)]}"
	stopChars       = "、，。．：；！？,.:;!?｡､"
	dashChars       = "—―⸺⸻"
	ellipsisChars   = "…⋯‥"
	connectorChars  = "–～〜"
	interpunctChars = "·・‧･"
	solidusChars    = "／"
	postfixChars    = "%％‰‱℃℉°′″"
	prefixChars     = "$＄£￡¥￥€₩#＃№"
	iterChars       = "々〃〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿー"
	hyphenChars     = "-‐"
)

// asciiClass holds the class of every rune below 0x80, filled by init.
var asciiClass [0x80]Class

// specialClass maps the listed non-ASCII marks to their class.
var specialClass = map[rune]Class{}

func init() {
	for _, set := range []struct {
		chars string
		c     Class
	}{
		{openChars, ClassOpen}, {closeChars, ClassClose}, {stopChars, ClassStop},
		{dashChars, ClassDash}, {ellipsisChars, ClassEllipsis},
		{connectorChars, ClassConnector}, {interpunctChars, ClassInterpunct},
		{solidusChars, ClassSolidus}, {postfixChars, ClassPostfix},
		{prefixChars, ClassPrefix}, {iterChars, ClassIter}, {hyphenChars, ClassHyphen},
	} {
		for _, r := range set.chars {
			specialClass[r] = set.c
		}
	}
	for r := rune(0); r < 0x80; r++ {
		switch {
		case r == ' ':
			asciiClass[r] = ClassSpace
		case r >= '0' && r <= '9':
			asciiClass[r] = ClassDigit
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			asciiClass[r] = ClassLetter
		case r < 0x20 || r == 0x7f:
			asciiClass[r] = ClassCombining // control characters: glued, zero-width in practice
		default:
			if c, ok := specialClass[r]; ok {
				asciiClass[r] = c
			} else {
				asciiClass[r] = ClassSymbol
			}
		}
	}
}

// ClassOf returns the line-breaking class of r.
func ClassOf(r rune) Class {
	if r >= 0 && r < 0x80 {
		return asciiClass[r]
	}
	if isIdeo(r) {
		if c, ok := specialClass[r]; ok { // small kana and ー are also in the kana block
			return c
		}
		return ClassIdeo
	}
	if c, ok := specialClass[r]; ok {
		return c
	}
	switch {
	case r >= 0xFF10 && r <= 0xFF19:
		return ClassDigit // full-width digits: a number all the same
	case r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A:
		return ClassIdeo // full-width letters set like ideographs
	case r == 0x200B:
		return ClassOther
	case r == 0x3000:
		return ClassOther // ideographic space: kept, breakable on both sides
	case r < 0x2000 && r != 0xB7 && unicode.IsLetter(r):
		return ClassLetter
	case r < 0x2000 && unicode.IsDigit(r):
		return ClassDigit
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Cc, unicode.Variation_Selector):
		return ClassCombining
	case r == 0xA0 || r == 0x202F:
		return ClassCombining // no-break spaces join their neighbours
	case r < 0x2000:
		return ClassSymbol
	}
	return ClassOther
}

// isIdeo reports whether r is a Han ideograph, kana, bopomofo or hangul.
func isIdeo(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0x20000 && r <= 0x3134F, r >= 0xF900 && r <= 0xFAFF, r == 0x3007:
		return true
	case r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF: // kana
		return true
	case r >= 0x3100 && r <= 0x312F, r >= 0x31A0 && r <= 0x31BF: // bopomofo
		return true
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF: // hangul
		return true
	case r >= 0x2E80 && r <= 0x2FDF: // radicals: OCR stand-ins for ideographs
		return true
	}
	return false
}

// narrow reports whether r is set as Western text (half width or
// proportional): Latin, digits, ASCII and Latin-1 punctuation. It decides
// where the Han–Latin glue goes and what a U+0020 means.
func narrow(r rune) bool {
	return r < 0x2000 && r != 0xB7 && r != ' '
}

// Prohibition is how strongly a rune is kept off a line edge.
type Prohibition uint8

// The prohibition tiers (clreq §prohibition_rules_for_line_start_end).
const (
	// Allowed: the rune may stand at that edge.
	Allowed Prohibition = iota
	// Strict: clreq's strict level forbids it; this package avoids it as a
	// soft rule (a hard one with Options.Strict).
	Strict
	// GB: GB/T 15834-2011 §5 (clreq GB-style level) forbids it; a hard rule
	// broken only as a rescue when a line cannot otherwise be set.
	GB
)

// String names the tier.
func (p Prohibition) String() string {
	switch p {
	case Allowed:
		return "allowed"
	case Strict:
		return "strict"
	case GB:
		return "gb"
	}
	return "Prohibition(?)"
}

// StartProhibition says whether r may start a line, judged on the rune
// alone. A lone dash counts as Strict here; use LineStartLevel for the
// context rule (a single — used as a connector is GB-prohibited).
// Source: GB/T 15834-2011 §5.1.1–5.1.9, clreq
// §prohibition_rules_for_line_start_end; lists as in cjktext.py.
func StartProhibition(r rune) Prohibition {
	switch ClassOf(r) {
	case ClassClose, ClassStop, ClassConnector, ClassInterpunct, ClassSolidus:
		return GB
	case ClassDash, ClassEllipsis, ClassPostfix, ClassIter:
		return Strict
	}
	return Allowed
}

// EndProhibition says whether r may end a line. Source: GB/T 15834-2011
// §5.1.3, §5.1.8, §5.1.9 (opening marks, solidus) and UAX #14 class PR for
// the strict tier (prefix signs bind to the following number).
func EndProhibition(r rune) Prohibition {
	switch ClassOf(r) {
	case ClassOpen, ClassSolidus:
		return GB
	case ClassPrefix:
		return Strict
	}
	return Allowed
}

// CanStartLine reports whether r may start a line at the GB tier, or at the
// strict tier too when strict is set.
func CanStartLine(r rune, strict bool) bool {
	p := StartProhibition(r)
	return p == Allowed || (p == Strict && !strict)
}

// CanEndLine reports whether r may end a line at the GB tier, or at the
// strict tier too when strict is set.
func CanEndLine(r rune, strict bool) bool {
	p := EndProhibition(r)
	return p == Allowed || (p == Strict && !strict)
}

// LineStartLevel is the tier a line of text violates by its first visible
// rune, with the checker's context rule for dashes: a lone — or ― at line
// start is a connector (GB/T 15834 §5.1.6) or half of a split 破折号, so GB;
// a whole dash is Strict. It mirrors cjktext.line_start_level.
func LineStartLevel(line []rune) Prohibition {
	i := 0
	for i < len(line) && unicode.IsSpace(line[i]) {
		i++
	}
	if i == len(line) {
		return Allowed
	}
	c := line[i]
	if c == '—' || c == '―' {
		if i+1 < len(line) && line[i+1] == c {
			return Strict
		}
		return GB
	}
	return StartProhibition(c)
}

// LineEndLevel is the tier a line of text violates by its last visible
// rune; it mirrors cjktext.line_end_level.
func LineEndLevel(line []rune) Prohibition {
	i := len(line) - 1
	for i >= 0 && unicode.IsSpace(line[i]) {
		i--
	}
	if i < 0 {
		return Allowed
	}
	return EndProhibition(line[i])
}
