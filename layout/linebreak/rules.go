package linebreak

// tier grades a break opportunity. Tiers above tierSoft are rescues: they
// are used only when a paragraph cannot otherwise be set (clreq allows
// breaking the rules then, e.g. for a run of three closing marks).
type tier uint8

const (
	tierOK   tier = iota // a break is allowed
	tierSoft             // breaks a strict-tier rule: avoided
	tierURL              // inside an over-long token, after / . - _ ? & @
	tierWord             // inside a Latin word or a number
	tierGB               // breaks a GB-tier prohibition
	tierGlue             // inside —— / ……, or before a combining mark
)

// tierPenalty is the demerit added for a break of each tier. The soft
// penalty outweighs any line within the ¼-em expansion limit (about
// 3·10⁴) and a line of up to about 0.45 em per gap, so a strict-tier
// break is taken only when the line cannot otherwise be set decently
// (typesetting.md A.2, A.5); the rescue tiers dwarf every
// ordinary line (at most 10⁸) so that they are taken only when nothing
// else fits.
var tierPenalty = [...]float64{
	tierOK:   0,
	tierSoft: 5e5,
	tierURL:  1e9,
	tierWord: 1e10,
	tierGB:   2e10,
	tierGlue: 1e11,
}

// strictHardPenalty replaces tierSoft's penalty under Options.Strict, where
// strict-tier breaks are rescues too (but the mildest of them).
const strictHardPenalty = 5e8

// urlBreakAfter are the runes after which an over-long URL or e-mail
// address may break when it must (typesetting.md A.3, trade convention).
func urlBreakAfter(r rune) bool {
	switch r {
	case '/', '.', '-', '_', '?', '&', '@':
		return true
	}
	return false
}

// baseClass is the class of the rune a combining sequence ending at i
// hangs on: combining marks take their base's breaking behaviour.
func baseClass(cls []Class, i int) Class {
	for i >= 0 && cls[i] == ClassCombining {
		i--
	}
	if i < 0 {
		return ClassOther
	}
	return cls[i]
}

// startTier is the kinsoku tier of starting a line at rune i, with the
// dash context rule: a lone — between words is a connector mark, which GB/T
// 15834 §5.1.6 keeps off the line start (滨海—中关村), while a whole 破折号
// (—— or ⸺) at line start only breaks clreq's strict level (§5.1.4).
func startTier(r []rune, cls []Class, i int) tier {
	switch c := cls[i]; c {
	case ClassDash:
		if r[i] == '⸺' || r[i] == '⸻' || (i+1 < len(r) && cls[i+1] == ClassDash) {
			return tierSoft
		}
		return tierGB
	case ClassCombining:
		return tierGlue
	}
	switch StartProhibition(r[i]) {
	case GB:
		return tierGB
	case Strict:
		return tierSoft
	}
	return tierOK
}

// endTier is the kinsoku tier of ending a line with rune i (GB/T 15834
// §5.1.3, §5.1.8, §5.1.9; prefix signs per UAX #14 PR, strict tier).
func endTier(r []rune, cls []Class, i int) tier {
	c := cls[i]
	if c == ClassCombining {
		if r[i] == 0x200D || r[i] == 0x2060 || r[i] == 0xA0 || r[i] == 0x202F {
			return tierGlue // joiners and no-break spaces exist to prevent this break
		}
		c = baseClass(cls, i)
	}
	switch c {
	case ClassOpen, ClassSolidus:
		return tierGB
	case ClassPrefix:
		return tierSoft
	}
	return tierOK
}

// pairTier grades the break between runes i-1 and i, neither a space.
// Sources: clreq §prohibition_rules_for_unbreakable_marks and GB/T 15834
// §5.1.4/§5.1.5 (no break inside —— or ……); jlreq "Unbreakable character
// sequences" (numbers with their separators and signs: 3.14, 1,000,
// 2024-09-01, 50%, ￥8.00); clreq "a sequence of Western characters in a
// Western word should not break" (break only after an existing hyphen);
// GB/T 15834 §5.1.1–5.1.9 for the kinsoku part.
func pairTier(r []rune, cls []Class, i int) tier {
	a, b := cls[i-1], cls[i]
	if a == ClassCombining {
		a = baseClass(cls, i-1)
	}
	t := max(startTier(r, cls, i), endTier(r, cls, i-1))
	if a == b && (a == ClassDash || a == ClassEllipsis) {
		return tierGlue
	}
	switch {
	case a == ClassDigit && b == ClassDigit,
		a == ClassDigit && b == ClassPostfix,
		a == ClassPrefix && b == ClassDigit:
		t = max(t, tierWord)
	}
	if narrow(r[i-1]) && narrow(r[i]) {
		switch {
		case a == ClassHyphen && b == ClassLetter && i >= 2 && baseClass(cls, i-2) == ClassLetter:
			// an existing hyphen in a Latin word (well-known) is a break
			// opportunity; kinsoku has nothing to say here
		case urlBreakAfter(r[i-1]) && !(i >= 2 && baseClass(cls, i-2) == ClassDigit && b == ClassDigit):
			// a separator between digits is part of the number, not a URL
			t = max(t, tierURL)
		default:
			t = max(t, tierWord)
		}
	}
	return t
}

// spaceTier grades the break at a run of spaces [a, b) with visible runes
// on both sides: the space is dropped, kinsoku still applies to the runes
// that end up at the edges, and a space between two digits is a thousands
// separator, not a break.
func spaceTier(r []rune, cls []Class, a, b int) tier {
	t := max(startTier(r, cls, b), endTier(r, cls, a-1))
	if baseClass(cls, a-1) == ClassDigit && cls[b] == ClassDigit {
		t = max(t, tierWord)
	}
	return t
}
