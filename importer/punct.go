package importer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// protectedRE finds runs the punctuation fold must not touch: URLs,
// e-mail addresses and pictures left as Markdown (![alt](src)).
var protectedRE = regexp.MustCompile(`(?:https?://|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|!\[[^\]\n]*\]\([^)\s]*\)`)

// foldPunct folds half-width punctuation inside Chinese text to full
// width: a comma, colon, semicolon, question or exclamation mark next to
// Chinese text, brackets around or next to it, and runs of three or more
// ASCII full stops (an ellipsis typed as ..... ) to ……. It leaves Latin
// text, numbers (3.14, 1,000, 10:30), URLs and e-mail addresses alone,
// and never applies NFKC. It returns the new text and the characters it
// removed and added.
func foldPunct(s string) (out, before, after string) {
	rs := []rune(s)
	outs := foldRunes(rs)
	var sb, bb, ab strings.Builder
	for i, r := range rs {
		if outs[i] == string(r) {
			sb.WriteRune(r)
			continue
		}
		sb.WriteString(outs[i])
		bb.WriteRune(r)
		ab.WriteString(outs[i])
	}
	return sb.String(), bb.String(), ab.String()
}

// foldRunes returns, for each rune of rs, what the punctuation fold turns
// it into: itself, a full-width mark, …… or nothing.
func foldRunes(rs []rune) []string {
	s := string(rs)
	prot := make([]bool, len(rs))
	var locs [][]int
	if strings.Contains(s, "www.") || strings.Contains(s, "://") || strings.ContainsRune(s, '@') || strings.Contains(s, "![") {
		locs = protectedRE.FindAllStringIndex(s, -1)
	}
	for _, loc := range locs {
		a, b := len([]rune(s[:loc[0]])), len([]rune(s[:loc[1]]))
		for i := a; i < b; i++ {
			prot[i] = true
		}
	}
	prev := func(i int) rune {
		for i--; i >= 0; i-- {
			if !unicode.IsSpace(rs[i]) {
				return rs[i]
			}
		}
		return 0
	}
	next := func(i int) rune {
		for i++; i < len(rs); i++ {
			if !unicode.IsSpace(rs[i]) {
				return rs[i]
			}
		}
		return 0
	}
	latin := func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	repl := make([]string, len(rs))
	set := func(i int, to string) { repl[i] = to }
	// Brackets: pair them first, so both halves fold together.
	var stack []int
	pairs := map[int]int{}
	for i, r := range rs {
		switch r {
		case '(':
			stack = append(stack, i)
		case ')':
			if len(stack) > 0 {
				pairs[stack[len(stack)-1]] = i
				stack = stack[:len(stack)-1]
			}
		}
	}
	paired := map[int]bool{}
	for o, c := range pairs {
		paired[o], paired[c] = true, true
		if prot[o] || prot[c] {
			continue
		}
		inner := false
		for _, r := range rs[o+1 : c] {
			if isHan(r) {
				inner = true
				break
			}
		}
		if inner || isCJK(prev(o)) && !latin(next(o)) || isCJK(next(c)) && !latin(prev(c)) {
			set(o, "（")
			set(c, "）")
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if prot[i] {
			continue
		}
		p, q := prev(i), next(i)
		switch r {
		case ',':
			if (isCJK(p) || isCJK(q)) && !latin(p) && !latin(q) && !(digit(p) && digit(q)) {
				set(i, "，")
			}
		case ':', ';':
			if isCJK(p) || isCJK(q) && !isASCIIAlnum(p) {
				set(i, string(halfToFull[r]))
			}
		case '?', '!':
			if isCJK(p) {
				set(i, string(halfToFull[r]))
			}
		case '(', ')':
			if !paired[i] && (r == '(' && isCJK(p) || r == ')' && isCJK(q) || isCJK(p) && isCJK(q)) {
				set(i, string(halfToFull[r]))
			}
		case '.':
			j := i
			for j < len(rs) && rs[j] == '.' && !prot[j] {
				j++
			}
			if j-i >= 3 {
				set(i, "……")
				for k := i + 1; k < j; k++ {
					set(k, "")
					repl[k] = "\x00"
				}
			}
			i = j - 1
		}
	}
	// Spaces beside a full-width mark are conversion noise: （一） 加强.
	wide := func(i int) rune {
		if repl[i] != "" && repl[i] != "\x00" {
			return []rune(repl[i])[0]
		}
		return rs[i]
	}
	for i, r := range rs {
		if r != ' ' || prot[i] || repl[i] != "" {
			continue
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if i > 0 && j < len(rs) {
			p, q := wide(i-1), wide(j)
			if isWidePunct(p) && isCJK(q) || isCJK(p) && isWidePunct(q) {
				for k := i; k < j; k++ {
					repl[k] = "\x00"
				}
			}
		}
	}
	outs := make([]string, len(rs))
	for i, r := range rs {
		switch repl[i] {
		case "":
			outs[i] = string(r)
		case "\x00":
			outs[i] = ""
		default:
			outs[i] = repl[i]
		}
	}
	return outs
}

// isWidePunct reports whether r is a full-width bracket or stop that
// never wants a space beside it.
func isWidePunct(r rune) bool {
	return strings.ContainsRune("（）【】《》“”‘’，。：；！？、『』「」", r)
}

// foldInl folds the punctuation of inlines in place, across inline
// boundaries, and returns what it removed and added.
func foldInl(ins []model.Inline) (before, after string) {
	nodes := textNodes(ins)
	if len(nodes) == 0 {
		return "", ""
	}
	// Most Chinese paragraphs hold nothing to fold.
	need := false
	for _, n := range nodes {
		if strings.ContainsAny(n.Text, ",:;?!(). ") {
			need = true
			break
		}
	}
	if !need {
		return "", ""
	}
	var all []rune
	for _, n := range nodes {
		all = append(all, []rune(n.Text)...)
	}
	outs := foldRunes(all)
	var bb, ab strings.Builder
	k := 0
	for _, n := range nodes {
		var nb strings.Builder
		for _, r := range []rune(n.Text) {
			if outs[k] != string(r) {
				bb.WriteRune(r)
				ab.WriteString(outs[k])
			}
			nb.WriteString(outs[k])
			k++
		}
		n.Text = nb.String()
	}
	return bb.String(), ab.String()
}

// passPunctRaws folds punctuation in an article's paragraphs, headings,
// figures and blocks.
func (d *doc) passPunctRaws(w *work) {
	for _, r := range w.raws {
		switch {
		case r.role == roleRemoved:
		case r.role == roleFigure:
			d.foldString(&r.fig.Caption, r.line)
			d.foldString(&r.fig.Credit, r.line)
		case r.kind == rawPara || r.kind == rawHeading:
			if b, a := foldInl(r.inl); b != "" {
				d.info("punct", r.line, b, a, "half-width punctuation in Chinese text folded to full width")
			}
		default:
			d.foldBlock(&r.blk)
		}
	}
}

// foldBlock folds punctuation in a model block and its children.
func (d *doc) foldBlock(b *model.Block) {
	if bf, af := foldInl(b.Inlines); bf != "" {
		d.info("punct", b.Line, bf, af, "half-width punctuation in Chinese text folded to full width")
	}
	d.foldString(&b.Caption, b.Line)
	d.foldString(&b.Credit, b.Line)
	for i := range b.Children {
		d.foldBlock(&b.Children[i])
	}
	for _, it := range b.Items {
		for i := range it {
			d.foldBlock(&it[i])
		}
	}
	for _, row := range b.Rows {
		for i := range row {
			if bf, af := foldInl(row[i].Inlines); bf != "" {
				d.info("punct", b.Line, bf, af, "half-width punctuation in a table cell folded to full width")
			}
		}
	}
	for _, l := range b.LineItems {
		if bf, af := foldInl(l); bf != "" {
			d.info("punct", b.Line, bf, af, "half-width punctuation folded to full width")
		}
	}
}

// foldString folds punctuation in a string field.
func (d *doc) foldString(s *string, line int) {
	out, b, a := foldPunct(*s)
	if b != "" || a != "" {
		d.info("punct", line, b, a, "half-width punctuation in %q folded to full width", *s)
		*s = out
	}
}

// passPunctArticle folds punctuation in the article's own fields.
func (d *doc) passPunctArticle(w *work) {
	a := w.art
	for _, f := range []*string{&a.Title, &a.Subtitle, &a.AuthorNote} {
		d.foldString(f, a.Line)
	}
}
