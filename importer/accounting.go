package importer

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// ModelText returns all the text an issue holds as text (not as derived
// data such as Authors, Date, ISSN or Publisher, which repeat text held
// elsewhere): meta title, number, total number, half-month, masthead
// pairs, notices, cover; section names and intros; series names, credits
// and intros; article titles, subtitles, column labels, bylines, author
// notes, end marks and blocks (figures with alt text, caption, credit and
// image path).
func ModelText(is *model.Issue) string {
	var sb strings.Builder
	add := func(ss ...string) {
		for _, s := range ss {
			sb.WriteString(s)
			sb.WriteByte('\n')
		}
	}
	m := &is.Meta
	add(m.Title, m.Number, m.TotalNumber, m.HalfMonth)
	for _, p := range m.Masthead {
		add(p[0], p[1])
	}
	if m.Cover != nil {
		add(m.Cover.Caption, m.Cover.Credit, m.Cover.Image)
	}
	addBlocks(add, m.Notices)
	for _, s := range is.Sections {
		add(s.Name)
		addBlocks(add, s.Intro)
		for _, g := range s.Series {
			add(g.Name, g.Credit)
			addBlocks(add, g.Intro)
		}
		for _, a := range s.Articles {
			add(a.Title, a.Subtitle, a.ColumnLabel, a.Byline, a.AuthorNote, a.EndMark)
			addBlocks(add, a.Blocks)
		}
	}
	return sb.String()
}

func addBlocks(add func(...string), bs []model.Block) {
	for _, b := range bs {
		switch b.Type {
		case model.Figure:
			add(b.Alt, b.Caption, b.Credit, b.Image)
		case model.Quote:
			addBlocks(add, b.Children)
		case model.List:
			for _, it := range b.Items {
				addBlocks(add, it)
			}
		case model.Table:
			for _, row := range b.Rows {
				for _, c := range row {
					add(inlineAll(c.Inlines))
				}
			}
		case model.Lines:
			for _, l := range b.LineItems {
				add(inlineAll(l))
			}
		default:
			add(inlineAll(b.Inlines))
		}
	}
}

// inlineAll returns the text of inlines with link targets.
func inlineAll(ins []model.Inline) string {
	var sb strings.Builder
	for _, in := range ins {
		sb.WriteString(in.Text)
		sb.WriteString(in.URL)
		sb.WriteString(inlineAll(in.Children))
		sb.WriteByte(' ')
	}
	return sb.String()
}

// CheckAccounting proves that nothing was lost: the multiset of non-space
// characters of the source (see SourceText) equals that of the model's
// text (ModelText) plus everything the diagnostics record as removed
// (Before) minus everything they record as added (After). It returns nil
// or an error listing the characters that differ.
func CheckAccounting(src string, res *Result) error {
	count := func(m map[rune]int, s string, sign int) {
		for _, r := range s {
			if !unicode.IsSpace(r) {
				m[r] += sign
			}
		}
	}
	bal := map[rune]int{}
	count(bal, SourceText(src), 1)
	count(bal, ModelText(res.Issue), -1)
	for _, d := range res.Diagnostics {
		count(bal, d.Before, -1)
		count(bal, d.After, 1)
	}
	var diffs []string
	for r, n := range bal {
		if n != 0 {
			diffs = append(diffs, fmt.Sprintf("%q %+d", r, n))
		}
	}
	if len(diffs) == 0 {
		return nil
	}
	sort.Strings(diffs)
	return fmt.Errorf("importer: accounting: %d characters differ (+ lost from the model, - invented): %s", len(diffs), strings.Join(diffs, ", "))
}
