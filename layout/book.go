package layout

import (
	"errors"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/model"
)

// Book lays out an issue with the fonts of set. A nil opts means the
// defaults: 大16开 with 3 mm bleed, two columns of 10 pt body text on a
// 1.75 em grid, a cover, padding to a multiple of four pages and series
// articles run on.
//
// The issue is not changed: IDs missing from it are assigned (as
// model.AssignIDs would) on a copy. Characters that no font of their role
// has make Book fail with a list of them, unless opts.Substitute is set.
func Book(is *model.Issue, set *fonts.Set, opts *Options) (*Document, error) {
	if is == nil {
		return nil, errors.New("layout: nil issue")
	}
	if set == nil {
		return nil, errors.New("layout: nil font set")
	}
	o, err := opts.resolved()
	if err != nil {
		return nil, err
	}
	return book(withIDs(is), newFontMetrics(set), lineBreaker, &o)
}

// book runs the engine with the given metrics and line breaker.
func book(is *model.Issue, m metrics, brk breaker, o *Options) (*Document, error) {
	g, err := newGrid(o)
	if err != nil {
		return nil, err
	}
	e := &engine{opt: *o, g: g, m: m, brk: brk, missing: map[rune]string{}, trace: traceLines}
	doc, err := e.book(is)
	if err != nil {
		return nil, err
	}
	doc.lines, doc.paras = e.recs, e.paras
	return doc, nil
}

// traceLines makes Book record every set line in the Document, for the
// package's tests.
var traceLines bool

// withIDs is model.WithIDs: the layout never writes to the caller's issue.
func withIDs(is *model.Issue) *model.Issue { return model.WithIDs(is) }

// fontMetrics adapts a fonts.Set to the engine's metrics.
type fontMetrics struct {
	set   *fonts.Set
	index map[*fonts.Font]int
	list  []Face
	// cache holds each role's picks for the BMP in blocks of 256 runes,
	// made on first use; it belongs to one Book call.
	cache  [3][256]*[256]pickResult
	astral [3]map[rune]pickResult
}

type pickResult struct {
	face int32
	done bool
	ok   bool
	adv  float64
}

func newFontMetrics(set *fonts.Set) *fontMetrics {
	m := &fontMetrics{set: set, index: map[*fonts.Font]int{}}
	for i := range m.astral {
		m.astral[i] = map[rune]pickResult{}
	}
	return m
}

var roles = [3]fonts.Role{roleBody: fonts.Body, roleHeading: fonts.Heading, roleCaption: fonts.Caption}

func (m *fontMetrics) pick(ro role, r rune) (int, float64, bool) {
	var slot *pickResult
	if r >= 0 && r < 0x10000 {
		blk := m.cache[ro][r>>8]
		if blk == nil {
			blk = new([256]pickResult)
			m.cache[ro][r>>8] = blk
		}
		slot = &blk[r&0xff]
	} else {
		p := m.astral[ro][r]
		slot = &p
		defer func() { m.astral[ro][r] = *slot }()
	}
	if !slot.done {
		*slot = pickResult{done: true}
		if f, ok := m.set.Pick(roles[ro], r); ok {
			i, seen := m.index[f]
			if !seen {
				i = len(m.list)
				m.index[f] = i
				m.list = append(m.list, Face{Name: f.Name(), Data: f.Data()})
			}
			*slot = pickResult{face: int32(i), done: true, ok: true, adv: f.AdvanceEm(r)}
		}
	}
	return int(slot.face), slot.adv, slot.ok
}

func (m *fontMetrics) faces() []Face { return m.list }
