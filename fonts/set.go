package fonts

// Role says what a font is used for; each role has its own fallback chain.
type Role string

// The roles.
const (
	Body    Role = "body"    // running text (宋体 style)
	Heading Role = "heading" // titles, headings, bold run-in heads (黑体)
	Caption Role = "caption" // bylines, captions, credits, emphasis (楷体)
	Symbol  Role = "symbol"  // the last fallback of every other role
)

// Roles returns the roles in a fixed order, for reports and loops. (A
// function, not a variable, so that no caller can change what concurrent
// builds read.)
func Roles() []Role { return []Role{Body, Heading, Caption, Symbol} }

// DefaultSubstitutes returns the characters tried, in order, by
// Substitute: the geta mark 〓 (U+3013), the white square □ (U+25A1), and
// '?'.
func DefaultSubstitutes() []rune { return []rune{'\u3013', '\u25A1', '?'} }

// Set holds an ordered fallback chain of fonts per role. Configure it with
// SetChain before use; after that it is only read and safe for concurrent
// use. The zero Set is empty and ready to use.
type Set struct {
	chains map[Role][]*Font
	std    [4][]*Font // the chains of Roles, read without a map lookup
	subs   []rune
}

// slot returns the index of a standard role in Set.std, -1 for others.
func slot(role Role) int {
	switch role {
	case Body:
		return 0
	case Heading:
		return 1
	case Caption:
		return 2
	case Symbol:
		return 3
	}
	return -1
}

// chain returns the role's own fonts.
func (s *Set) chain(role Role) []*Font {
	if i := slot(role); i >= 0 {
		return s.std[i]
	}
	return s.chains[role]
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{chains: map[Role][]*Font{}}
}

// Clone returns a copy of the set that can be configured without changing
// s. The fonts themselves are shared (they are immutable).
func (s *Set) Clone() *Set {
	c := NewSet()
	c.subs = append([]rune(nil), s.subs...)
	for r, ch := range s.chains {
		c.SetChain(r, ch...)
	}
	return c
}

// SetChain sets the role's fonts, best first. Nil fonts are dropped.
func (s *Set) SetChain(role Role, fonts ...*Font) {
	if s.chains == nil { // a zero Set
		s.chains = map[Role][]*Font{}
	}
	ch := make([]*Font, 0, len(fonts))
	for _, f := range fonts {
		if f != nil {
			ch = append(ch, f)
		}
	}
	s.chains[role] = ch
	if i := slot(role); i >= 0 {
		s.std[i] = ch
	}
}

// Chain returns the role's fonts followed by the Symbol chain (the last
// fallback of every role), each font once. The slice is new; changing it
// does not change the set.
func (s *Set) Chain(role Role) []*Font {
	var out []*Font
	add := func(fs []*Font) {
	next:
		for _, f := range fs {
			for _, g := range out {
				if g == f {
					continue next
				}
			}
			out = append(out, f)
		}
	}
	add(s.chain(role))
	if role != Symbol {
		add(s.std[3])
	}
	return out
}

// Pick returns the first font of Chain(role) that has r. It does not
// allocate, so the layout engine can call it per character.
func (s *Set) Pick(role Role, r rune) (*Font, bool) {
	for _, f := range s.chain(role) {
		if f.Has(r) {
			return f, true
		}
	}
	if role != Symbol {
		for _, f := range s.std[3] {
			if f.Has(r) {
				return f, true
			}
		}
	}
	return nil, false
}

// Has reports whether some font of Chain(role) has r.
func (s *Set) Has(role Role, r rune) bool {
	_, ok := s.Pick(role, r)
	return ok
}

// SetSubstitutes sets the characters Substitute tries, best first; with no
// arguments it restores DefaultSubstitutes.
func (s *Set) SetSubstitutes(rs ...rune) {
	s.subs = append([]rune(nil), rs...)
}

// Substitute returns the visible stand-in for a character that no font of
// the role's chain has, and the font to draw it with: the first of the
// substitutes (DefaultSubstitutes unless SetSubstitutes was called) that
// the chain has. ok is false when the chain has none of them.
func (s *Set) Substitute(role Role) (r rune, f *Font, ok bool) {
	subs := s.subs
	if len(subs) == 0 {
		subs = DefaultSubstitutes()
	}
	for _, c := range subs {
		if f, ok := s.Pick(role, c); ok {
			return c, f, true
		}
	}
	return 0, nil, false
}
