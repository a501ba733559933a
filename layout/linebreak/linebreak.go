// Package linebreak breaks a paragraph of Simplified Chinese text, with
// Latin words and numbers mixed in, into lines, and positions every rune on
// its line: line-start and line-end prohibitions (GB/T 15834-2011 §5, W3C
// clreq), unbreakable sequences, punctuation compression, Han–Latin glue,
// justification, and an orphan rule, chosen by a total-fit (Knuth–Plass
// style) search with a greedy fallback.
//
// The package knows nothing of fonts or PDF: a caller passes each rune's
// natural advance and font size, and gets back rune ranges and x offsets.
// The rules and their sources are in shared/docs/typesetting.md, sections
// A.2–A.6 and A.9; the character lists match shared/tools/cjktext.py, which
// the PDF checker uses.
package linebreak

import (
	"errors"
	"fmt"
	"math"
)

// Para is one paragraph prepared for breaking.
type Para struct {
	// Runes is the text. It may contain U+0020 spaces: between Latin words
	// they are word spaces; between CJK and Latin text they are folded into
	// the ¼-em glue; between two ideographs they are set as ½ em.
	Runes []rune
	// Widths is the natural advance of each rune in points, from its font.
	Widths []float64
	// Em is the font size (1 em, in points) of each rune.
	Em []float64
	// Indent is the first-line indent in points (2 em for body text, 0 for
	// headings and captions).
	Indent float64
}

// DefaultMaxTotalFit is the paragraph length, in runes, above which Break
// uses the greedy breaker when Options.MaxTotalFit is 0.
const DefaultMaxTotalFit = 5000

// Options control Break. Width is required.
type Options struct {
	// Width is the line width in points (a whole number of ems for body
	// text).
	Width float64
	// Strict applies the strict tier of the prohibitions (dash or ellipsis
	// at line start, postfix and prefix signs) as a hard rule. By default it
	// is a soft rule: avoided unless the paragraph cannot otherwise be set.
	Strict bool
	// Greedy forces the greedy first-fit breaker.
	Greedy bool
	// Ragged leaves lines unjustified (centred headings, captions): they
	// keep their natural spacing.
	Ragged bool
	// MaxTotalFit is the length in runes above which a paragraph is broken
	// greedily; 0 means DefaultMaxTotalFit.
	MaxTotalFit int
	// FullWidthLineStart keeps the leading blank of an opening mark that
	// starts a line. clreq lets such a mark lose its leading half em; kept,
	// the mark's em box starts at the column edge like every other line's
	// first glyph, which is where text extraction looks for columns and
	// indents (a box poking into the column gap makes a reader join the
	// two columns' lines).
	FullWidthLineStart bool
}

// Line is one output line.
type Line struct {
	// Start and End delimit the line's runes [Start, End) in Para.Runes.
	// Spaces dropped at a break lie between one line's End and the next
	// line's Start.
	Start, End int
	// X is the x offset of each rune of [Start, End) from the line's left
	// edge, after compression, glue and justification; the first line's
	// offsets include the indent. X is where the glyph origin goes: an
	// opening mark set in half an em has lost its left blank, so its origin
	// is half an em left of its slot.
	X []float64
	// Width is the x where the last rune's advance ends. For a justified
	// line it equals Options.Width.
	Width float64
	// Justified is false for a paragraph's last line, for ragged lines, and
	// for a rescue line that could not be justified.
	Justified bool
}

// Text returns the line's runes, for tests and diagnostics.
func (l Line) Text(p *Para) string { return string(p.Runes[l.Start:l.End]) }

// maxValue bounds widths and sizes so that sums stay finite.
const maxValue = 1e7

func validate(p *Para, o *Options) error {
	if p == nil {
		return errors.New("linebreak: nil paragraph")
	}
	if o == nil {
		return errors.New("linebreak: nil options (Options.Width is required)")
	}
	if !(o.Width > 0) || o.Width > maxValue || math.IsInf(o.Width, 0) {
		return fmt.Errorf("linebreak: Options.Width %g: must be positive and finite", o.Width)
	}
	if o.MaxTotalFit < 0 {
		return fmt.Errorf("linebreak: Options.MaxTotalFit %d: must not be negative", o.MaxTotalFit)
	}
	n := len(p.Runes)
	if len(p.Widths) != n || len(p.Em) != n {
		return fmt.Errorf("linebreak: paragraph has %d runes, %d widths and %d em sizes", n, len(p.Widths), len(p.Em))
	}
	if !(p.Indent >= 0) || p.Indent >= o.Width {
		return fmt.Errorf("linebreak: indent %g: must be at least 0 and less than the width %g", p.Indent, o.Width)
	}
	for i := range n {
		if w := p.Widths[i]; !(w >= 0) || w > maxValue {
			return fmt.Errorf("linebreak: rune %d (%q): width %g: must be a finite number ≥ 0", i, p.Runes[i], w)
		}
		if e := p.Em[i]; !(e > 0) || e > maxValue {
			return fmt.Errorf("linebreak: rune %d (%q): em %g: must be a finite number > 0", i, p.Runes[i], e)
		}
	}
	return nil
}

// Break breaks p into lines of opts.Width. It returns an error for invalid
// input (mismatched lengths, negative or non-finite sizes, an indent not
// less than the width) and never panics. Text is never dropped: a run that
// cannot fit at all is broken inside as a rescue, one rune per line at
// worst. An empty paragraph gives no lines.
func Break(p *Para, opts *Options) ([]Line, error) {
	if err := validate(p, opts); err != nil {
		return nil, err
	}
	if len(p.Runes) == 0 {
		return nil, nil
	}
	q := prepareOpts(p, opts.FullWidthLineStart)
	b := breaker{q: q, o: opts, indent: p.Indent}
	all := q.candidates()
	limit := opts.MaxTotalFit
	if limit == 0 {
		limit = DefaultMaxTotalFit
	}
	var chosen []cand
	if opts.Greedy || q.n > limit {
		chosen = b.greedy(all)
	} else {
		pass1 := make([]cand, 0, len(all))
		for _, c := range all {
			if c.tier == tierOK || (c.tier == tierSoft && !opts.Strict) {
				pass1 = append(pass1, c)
			}
		}
		var ok bool
		if chosen, ok = b.totalFit(pass1, false); !ok {
			chosen, _ = b.totalFit(all, true) // always succeeds: one rune a line at worst
		}
	}
	lines := make([]Line, 0, len(chosen)-1)
	for k := 1; k < len(chosen); k++ {
		s, e := int(chosen[k-1].next), int(chosen[k].end)
		x0 := 0.0
		if k == 1 {
			x0 = p.Indent
		}
		last := k == len(chosen)-1
		xs, w, just := q.setLine(s, e, x0, opts.Width-x0, !opts.Ragged && !last)
		lines = append(lines, Line{Start: s, End: e, X: xs, Width: w, Justified: just})
	}
	return lines, nil
}
