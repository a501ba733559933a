package layout

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// role is a font role; the fonts adapter maps it to fonts.Role.
type role int

const (
	roleBody    role = iota // serif body text
	roleHeading             // sans bold: titles, headings, strong run-in heads
	roleCaption             // kai: bylines, captions, author notes
)

// metrics is what the engine needs of the fonts: the face and advance (in
// em) of rune r in role, false when no face of the role's chain has it.
// Face indexes are positions in the faces slice, handed out in order of
// first use so that the document is deterministic.
type metrics interface {
	pick(ro role, r rune) (face int, advEm float64, ok bool)
	faces() []Face
}

// brPara, brOpts and brLine mirror the line breaker's types so that the
// engine can be tested with a stand-in breaker.
type brPara struct {
	runes         []rune
	widths, em    []float64
	indent        float64
	width         float64
	ragged, first bool
	// halfOpening lets an opening mark at a line start keep the half-em
	// setting the breaker gave it.
	halfOpening bool
}

type brLine struct {
	start, end int
	x          []float64
	width      float64
	justified  bool
}

type breaker func(p *brPara) ([]brLine, error)

// ascent is the share of the em box above the baseline in the CJK fonts
// (the ideographic em box runs from +0.88 to -0.12 em).
const ascent = 0.88

// engine holds the state of one Book call.
type engine struct {
	opt    Options
	g      *grid
	m      metrics
	brk    breaker
	lang   string
	imgDir string
	// src names the source (Meta.Source, or "issue") in errors.
	src string

	// where names the article (ID) and source line that text is being set
	// for, for the missing-character report.
	whereArt  string
	whereLine int
	missing   map[rune]string

	// With trace set, paras and recs record every broken paragraph and
	// line, for tests.
	trace bool
	paras [][]rune
	recs  []*lineRec
}

// lineRec records one set line of a broken paragraph, for tests.
type lineRec struct {
	para       int     // index into engine.paras
	start, end int     // rune range of the paragraph
	text       []rune  // the runes of the line's runs
	width, max float64 // set width and available width
	justified  bool
	body       bool // a body-text line, on the grid
	// page, x and y (baseline) are filled in when the line is placed.
	page int
	x, y float64
}

// span is styled text on its way to the line breaker.
type span struct {
	runes []rune    // the text, as in the model (after no substitution)
	glyph []rune    // the rune to draw (a substitute for a missing one)
	face  []int     // face index
	size  []float64 // font size in points
	adv   []float64 // natural advance in points
	links []linkSpan
}

// newSpan returns a span with room for n runes.
func newSpan(n int) *span {
	return &span{
		runes: make([]rune, 0, n),
		glyph: make([]rune, 0, n),
		face:  make([]int, 0, n),
		size:  make([]float64, 0, n),
		adv:   make([]float64, 0, n),
	}
}

// inlineLen counts the runes that appendInlines adds for ins.
func inlineLen(ins []model.Inline) int {
	n := 0
	for i := range ins {
		switch ins[i].Type {
		case model.Text:
			n += utf8.RuneCountInString(ins[i].Text)
		case model.LineBreak:
			n++
		default:
			n += inlineLen(ins[i].Children)
		}
	}
	return n
}

type linkSpan struct {
	start, end int
	url        string
}

type style struct {
	ro   role
	size float64
}

func (e *engine) appendText(s *span, text string, st style) {
	for _, r := range text {
		e.appendRune(s, r, st)
	}
}

func (e *engine) appendRune(s *span, r rune, st style) {
	g := r
	if r == '\n' {
		s.runes = append(s.runes, r)
		s.glyph = append(s.glyph, r)
		s.face = append(s.face, 0)
		s.size = append(s.size, st.size)
		s.adv = append(s.adv, 0)
		return
	}
	if r < ' ' || r == 0x7f {
		g = ' '
	}
	f, adv, ok := e.m.pick(st.ro, g)
	if !ok && st.ro != roleBody {
		f, adv, ok = e.m.pick(roleBody, g)
	}
	if !ok && invisible(r) {
		// An invisible format character (zero-width joiner, byte-order
		// mark, bidi control, variation selector) that the fonts lack is
		// drawn as the zero-width space: it has nothing to show, and
		// failing the build for it would be wrong.
		g = '\u200B'
		if f, adv, ok = e.m.pick(st.ro, g); !ok {
			f, adv, ok = e.m.pick(roleBody, g)
		}
		adv = 0
	}
	if !ok {
		if _, seen := e.missing[r]; !seen {
			e.missing[r] = e.place()
		}
		g = e.opt.SubstituteRune
		if f, adv, ok = e.m.pick(st.ro, g); !ok {
			f, adv, ok = e.m.pick(roleBody, g)
		}
		if !ok {
			f, adv = 0, 1
		}
	}
	s.runes = append(s.runes, r)
	s.glyph = append(s.glyph, g)
	s.face = append(s.face, f)
	s.size = append(s.size, st.size)
	s.adv = append(s.adv, adv*st.size)
}

// invisible reports whether r is a format character (Unicode category Cf)
// or a variation selector: characters with no glyph of their own.
func invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Variation_Selector, r)
}

func (e *engine) place() string {
	switch {
	case e.whereArt != "" && e.whereLine > 0:
		return fmt.Sprintf("%s line %d", e.whereArt, e.whereLine)
	case e.whereArt != "":
		return e.whereArt
	case e.whereLine > 0:
		return fmt.Sprintf("line %d", e.whereLine)
	}
	return "issue metadata"
}

// appendInlines adds inlines in style st: strong text takes the heading
// face (run-in heads such as 五四运动席卷津城。), emphasis the kai face.
func (e *engine) appendInlines(s *span, ins []model.Inline, st style) {
	for i := range ins {
		in := &ins[i]
		switch in.Type {
		case model.Text:
			e.appendText(s, in.Text, st)
		case model.LineBreak:
			e.appendRune(s, '\n', st)
		case model.Strong:
			e.appendInlines(s, in.Children, style{roleHeading, st.size})
		case model.Emphasis:
			e.appendInlines(s, in.Children, style{roleCaption, st.size})
		case model.Link:
			start := len(s.runes)
			e.appendInlines(s, in.Children, st)
			if in.URL != "" && len(s.runes) > start {
				s.links = append(s.links, linkSpan{start, len(s.runes), in.URL})
			}
		default:
			e.appendInlines(s, in.Children, st)
		}
	}
}

// missingError lists the characters that no font has.
func (e *engine) missingError() error {
	if len(e.missing) == 0 || e.opt.Substitute {
		return nil
	}
	rs := make([]rune, 0, len(e.missing))
	for r := range e.missing {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	var sb strings.Builder
	for i, r := range rs {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i == 20 {
			fmt.Fprintf(&sb, "and %d more", len(rs)-20)
			break
		}
		fmt.Fprintf(&sb, "U+%04X %q (%s)", r, r, e.missing[r])
	}
	return fmt.Errorf("layout: %s: %d characters no font has: %s; set Options.Substitute to draw %q instead", e.src, len(rs), sb.String(), e.opt.SubstituteRune)
}

// align is a line's alignment within its measure.
type align int

const (
	alignJustify align = iota // justified, last line flush left
	alignLeft                 // ragged right
	alignCenter
	alignRight
)

// setOpts says how to set a span.
type setOpts struct {
	width  float64
	indent float64 // first-line indent of the first segment
	align  align
	body   bool // body-text lines, for the grid test
}

// setLine is one set line: runs with X relative to the line's left end
// and Y zero (the baseline), and the line's rune range in the span.
type setLine struct {
	runs       []Run
	links      []Link // Y relative to the baseline
	start, end int
	width      float64
	rec        *lineRec
}

// set breaks a span into lines. Forced breaks ('\n') end a segment; each
// segment is broken on its own.
func (e *engine) set(s *span, o setOpts) ([]setLine, error) {
	var out []setLine
	segStart := 0
	for i := 0; i <= len(s.runes); i++ {
		if i < len(s.runes) && s.runes[i] != '\n' {
			continue
		}
		ls, err := e.setSegment(s, segStart, i, o, segStart == 0)
		if err != nil {
			return nil, err
		}
		out = append(out, ls...)
		segStart = i + 1
	}
	return out, nil
}

func (e *engine) setSegment(s *span, a, b int, o setOpts, first bool) ([]setLine, error) {
	if a == b {
		return nil, nil
	}
	p := &brPara{
		runes:       s.glyph[a:b],
		widths:      s.adv[a:b],
		em:          s.size[a:b],
		width:       o.width,
		ragged:      o.align != alignJustify,
		first:       first,
		halfOpening: e.opt.HalfWidthLineStart,
	}
	if first {
		p.indent = o.indent
	}
	lines, err := e.brk(p)
	if err != nil {
		return nil, err
	}
	para := len(e.paras)
	if e.trace {
		e.paras = append(e.paras, s.runes[a:b])
	}
	out := make([]setLine, 0, len(lines))
	for _, l := range lines {
		if l.start < 0 || l.end > b-a || l.start > l.end || len(l.x) != l.end-l.start {
			return nil, fmt.Errorf("layout: line breaker returned a bad line [%d,%d) for a paragraph of %d runes", l.start, l.end, b-a)
		}
		sl := setLine{start: a + l.start, end: a + l.end, width: l.width}
		dx := 0.0
		switch o.align {
		case alignCenter:
			dx = (o.width - l.width) / 2
		case alignRight:
			dx = o.width - l.width
		}
		// One backing array per line for the runs' glyphs and positions.
		n := l.end - l.start
		text, ps := make([]rune, n), make([]float64, n)
		rs := 0 // start of the current run in text
		for k := 0; k < n; k++ {
			i := a + l.start + k
			x := dx + l.x[k]
			if k == 0 || s.face[i] != s.face[i-1] || s.size[i] != s.size[i-1] {
				if k > 0 {
					r := &sl.runs[len(sl.runs)-1]
					r.Text, r.Pos = text[rs:k:k], ps[rs:k:k]
					r.End = x - r.X
				}
				sl.runs = append(sl.runs, Run{Font: s.face[i], Size: s.size[i], X: x})
				rs = k
			}
			text[k] = s.glyph[i]
			ps[k] = x - sl.runs[len(sl.runs)-1].X
		}
		if n > 0 {
			r := &sl.runs[len(sl.runs)-1]
			r.Text, r.Pos = text[rs:n:n], ps[rs:n:n]
			r.End = dx + l.width - r.X
		}
		for _, ln := range s.links {
			lo, hi := max(ln.start, sl.start), min(ln.end, sl.end)
			if lo >= hi {
				continue
			}
			x0 := dx + l.x[lo-a-l.start]
			x1 := dx + l.x[hi-1-a-l.start] + s.adv[hi-1]
			sz := s.size[lo]
			sl.links = append(sl.links, Link{X: x0, Y: -ascent * sz, W: x1 - x0, H: sz, URL: ln.url})
		}
		if e.trace {
			sl.rec = &lineRec{para: para, start: l.start, end: l.end, width: l.width, max: o.width,
				justified: l.justified, body: o.body, text: s.runes[a+l.start : a+l.end : a+l.end]}
			e.recs = append(e.recs, sl.rec)
		}
		out = append(out, sl)
	}
	return out, nil
}
