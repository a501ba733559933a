package linebreak

import (
	"math"
	"os"
	"regexp"
	"strings"
	"testing"
)

// breakText breaks s (rough widths, em 10) at wEm ems with a first-line
// indent of indentEm, checks the common invariants, and returns the lines'
// texts.
func breakText(t *testing.T, s string, wEm, indentEm float64, o *Options) (*Para, []Line, []string) {
	t.Helper()
	if o == nil {
		o = &Options{}
	}
	o.Width = wEm * testEm
	p := mkPara(s, indentEm)
	lines, err := Break(p, o)
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	var rep report
	checkLines(t, p, o, lines, &rep)
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.Text(p)
	}
	return p, lines, texts
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// advance is the room rune i of line l takes: up to the next rune's slot,
// or to the line's end.
func advance(p *Para, l Line, i int) float64 {
	next := l.Width
	if i+1 < len(l.X) {
		next = l.X[i+1]
		if ClassOf(p.Runes[l.Start+i+1]) == ClassOpen {
			next = math.NaN() // an opening mark's origin may be shifted
		}
	}
	return next - l.X[i]
}

func TestGB_5_1_10_LineEndStopHalfWidth(t *testing.T) {
	p, lines, texts := breakText(t, "一二三四，五六七八九十", 5, 0, nil)
	if texts[0] != "一二三四，" {
		t.Fatalf("lines %q", texts)
	}
	l := lines[0]
	if got := advance(p, l, 4); !near(got, 5) { // ½ em at em 10
		t.Errorf("line-end comma takes %.3f pt, want 5 (half an em)", got)
	}
	if !l.Justified || !near(l.Width, 50) {
		t.Errorf("line not justified to 50 pt: %+v", l)
	}
}

func TestGB_5_1_1_NoStopAtLineStart(t *testing.T) {
	// 。 would start line 2; pushing in cannot make room (5.5 em), so 五
	// goes down with it.
	_, _, texts := breakText(t, "一二三四五。六七八九", 5, 0, nil)
	if want := []string{"一二三四", "五。六七八", "九"}; strings.Join(texts, "|") == strings.Join(want, "|") {
		return
	}
	for i, s := range texts {
		if i > 0 && LineStartLevel([]rune(s)) != Allowed {
			t.Errorf("line %d starts with a prohibited mark: %q", i, texts)
		}
	}
}

func TestClreq_PushInBeforePushOut(t *testing.T) {
	// 一二、三四 is 5 em; 。 fits when 、 is set in half an em mid-line and
	// 。 in half an em at the end (clreq "先挤进，后推出").
	p, lines, texts := breakText(t, "一二、三四。五六七八", 5, 0, nil)
	if texts[0] != "一二、三四。" {
		t.Fatalf("push-in expected, got %q", texts)
	}
	if got := advance(p, lines[0], 2); !near(got, 5) {
		t.Errorf("、 takes %.3f pt mid-line, want 5", got)
	}
}

func TestGB_5_1_3_NoOpeningMarkAtLineEnd(t *testing.T) {
	_, _, texts := breakText(t, "一二三四“五六”七八九十", 5, 0, nil)
	for i, s := range texts[:len(texts)-1] {
		if strings.HasSuffix(s, "“") {
			t.Errorf("line %d ends with an opening quote: %q", i, texts)
		}
	}
	if !strings.HasPrefix(texts[1], "“") {
		t.Errorf("expected a break before “: %q", texts)
	}
}

func TestClreq_BreakBeforeOpeningQuoteAfterStop(t *testing.T) {
	// Simplified Chinese tailoring of UAX #14 (PRI 490): “ is OP, so
	// 章。|“两 is a legal break.
	_, _, texts := breakText(t, "谱写新篇章。“两个确立”意义重大。", 6, 0, nil)
	if texts[0] != "谱写新篇章。" {
		t.Errorf("want a break after 。 before “: %q", texts)
	}
}

func TestClreq_OpeningBracketAtLineStartHalf(t *testing.T) {
	for _, indent := range []float64{0, 2} {
		p, lines, texts := breakText(t, "（以下简称“中共天津地委”）成立", 8, indent, nil)
		if !strings.HasPrefix(texts[0], "（") {
			t.Fatalf("%q", texts)
		}
		if want := indent*testEm - 5; !near(lines[0].X[0], want) {
			t.Errorf("indent %g: （ origin at %.3f, want %.3f (left blank removed)", indent, lines[0].X[0], want)
		}
		if !near(lines[0].X[1], indent*testEm+5+gapOf(lines[0], 0)) {
			t.Errorf("indent %g: 以 at %.3f: the bracket should take half an em", indent, lines[0].X[1])
		}
		_ = p
	}
}

// gapOf estimates the justification gap after rune i of a line of
// ideographs: the line's expansion spread over its gaps.
func gapOf(l Line, i int) float64 {
	n := len(l.X)
	if n < 3 {
		return 0
	}
	return (l.X[n-1] - l.X[n-2]) - 10
}

func TestClreq_AdjacentMarksCompress(t *testing.T) {
	for _, c := range []struct {
		s    string
		i    int // the mark that loses its right blank
		want float64
	}{
		{"他说：“好。”我们走", 5, 5}, // 。”: blank after 。 removed
		{"叫“两个”，再说一遍", 4, 5}, // ”，
		{"一（甲）（乙）二三四", 3, 5}, // ）（
	} {
		p, lines, _ := breakText(t, c.s, 30, 0, nil)
		l := lines[0]
		if got := l.X[c.i+1] - l.X[c.i]; !near(got, c.want) {
			t.Errorf("%q: %c takes %.3f, want %.3f", c.s, p.Runes[c.i], got, c.want)
		}
	}
}

func TestClreq_NarrowQuotesNotCompressed(t *testing.T) {
	// WenKai draws “” 0.35 em wide: nothing to remove.
	p := mkPara("一二三四“五”", 0)
	for i, r := range p.Runes {
		if r == '“' || r == '”' {
			p.Widths[i] = 3.5
		}
	}
	lines, err := Break(p, &Options{Width: 100})
	if err != nil {
		t.Fatal(err)
	}
	l := lines[0]
	if got := l.X[5] - l.X[4]; !near(got, 3.5) {
		t.Errorf("narrow “ set in %.3f, want its natural 3.5", got)
	}
	if !near(l.Width, 40+3.5+10+3.5) {
		t.Errorf("narrow ” at line end changed: width %.3f", l.Width)
	}
}

func TestGB_5_1_4_NoBreakInsideDash(t *testing.T) {
	// Never split; under Strict never at a line start; by default not at a
	// line start where the alternative stays decent.
	s := "第一个地方组织——中共天津地方执行委员会成立"
	for w := 3.0; w <= 12; w++ {
		for _, strict := range []bool{false, true} {
			_, _, texts := breakText(t, s, w, 0, &Options{Strict: strict})
			for i, x := range texts {
				if i > 0 && strings.HasPrefix(x, "—") && (strict || w >= 6) {
					t.Errorf("width %g, strict %v: a dash starts a line: %q", w, strict, texts)
				}
			}
		}
	}
}

func TestGB_5_1_5_NoBreakInsideEllipsis(t *testing.T) {
	s := "一幕幕在我眼前闪现……处理完后事…………我很快便返回了工作岗位"
	for w := 5.0; w <= 12; w++ {
		_, _, texts := breakText(t, s, w, 0, &Options{Strict: true})
		for i, x := range texts {
			if i > 0 && strings.HasPrefix(x, "…") {
				t.Errorf("width %g: an ellipsis starts a line: %q", w, texts)
			}
		}
	}
	// At 4 em 事………… cannot be set: the four-em ellipsis takes a line of
	// its own, a strict-tier break taken as a rescue, but it stays whole.
	_, _, texts := breakText(t, s, 4, 0, &Options{Strict: true})
	if !strings.Contains(strings.Join(texts, "|"), "|…………|") {
		t.Errorf("4 em: %q", texts)
	}
}

func TestGB_5_1_6_ConnectorDashNotAtLineStart(t *testing.T) {
	s := "打造滨海—中关村科技园区"
	for w := 3.0; w <= 8; w++ {
		_, _, texts := breakText(t, s, w, 0, nil)
		for i, x := range texts {
			if i > 0 && strings.HasPrefix(x, "—") {
				t.Errorf("width %g: connector — starts a line: %q", w, texts)
			}
		}
	}
	if got := startTier([]rune("海—中"), []Class{ClassIdeo, ClassDash, ClassIdeo}, 1); got != tierGB {
		t.Errorf("lone — at line start: tier %d, want GB", got)
	}
}

func TestGB_5_1_9_SolidusNeitherEdge(t *testing.T) {
	if CanStartLine('／', false) || CanEndLine('／', false) {
		t.Error("full-width solidus allowed at a line edge")
	}
}

func TestClreq_StrictTierIsSoft(t *testing.T) {
	// At 6 em 一二三四…… fills a line exactly, so the default avoids the
	// ellipsis at a line start; at 4 em only Strict refuses it (the default
	// would take it rather than leave ½ em per gap).
	s := "一二三四……五六七八九十"
	_, _, def := breakText(t, s, 6, 0, nil)
	_, _, strict := breakText(t, s, 4, 0, &Options{Strict: true})
	for _, texts := range [][]string{def, strict} {
		for i, x := range texts {
			if i > 0 && strings.HasPrefix(x, "…") {
				t.Errorf("ellipsis at line start: %q", texts)
			}
		}
	}
	if StartProhibition('…') != Strict || StartProhibition('%') != Strict || EndProhibition('￥') != Strict {
		t.Error("strict-tier classes wrong")
	}
}

func TestJlreq_NumbersUnbreakable(t *testing.T) {
	s := "圆周率3.14，人口1,000人，日期2024-09-01，占比50%，定价￥8.00元，温度37℃以上"
	tokens := []string{"3.14", "1,000", "2024-09-01", "50%", "￥8.00", "37℃"}
	for w := 6.0; w <= 16; w++ { // narrower, 2024-09-01， cannot be set whole
		_, lines, texts := breakText(t, s, w, 0, nil)
		joined := strings.Join(texts, "|")
		for _, tok := range tokens {
			if !strings.Contains(joined, tok) {
				t.Errorf("width %g: %s split: %q", w, tok, texts)
			}
		}
		_ = lines
	}
}

func TestClreq_LatinWordsBreakOnlyAtSpacesAndHyphens(t *testing.T) {
	s := "他们使用了open-source软件和Go programming language进行开发工作"
	words := regexp.MustCompile(`[A-Za-z]+`).FindAllString(s, -1)
	for w := 6.0; w <= 14; w++ {
		_, _, texts := breakText(t, s, w, 0, nil)
		joined := strings.Join(texts, "|")
		for _, word := range words {
			if !strings.Contains(joined, word) {
				t.Errorf("width %g: %q split: %q", w, word, texts)
			}
		}
	}
}

func TestClreq_OverlongURLBreaksAfterSeparators(t *testing.T) {
	s := "地址是http://cpc.people.com.cn/n1/2024/0901/c64094-40000000.html请访问"
	_, _, texts := breakText(t, s, 8, 0, nil)
	for i, x := range texts[:len(texts)-1] {
		r := []rune(x)
		last := r[len(r)-1]
		next := []rune(texts[i+1])[0]
		if narrow(last) && narrow(next) && !urlBreakAfter(last) {
			t.Errorf("URL broken after %q, not a separator: %q", last, texts)
		}
	}
	if len(texts) < 4 {
		t.Errorf("expected the URL spread over lines: %q", texts)
	}
}

func TestRescue_NarrowerThanAGlyph(t *testing.T) {
	// 0.6 em: every rune overflows; one rune a line, nothing lost.
	s := "一二“三”。四ab"
	p := mkPara(s, 0)
	o := &Options{Width: 6}
	lines, err := Break(p, o)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l.Text(p))
	}
	if b.String() != s {
		t.Errorf("text lost: %q", b.String())
	}
}

func TestClreq_HanLatinGlue(t *testing.T) {
	// 汉A汉 and 汉 A 汉 set alike: ¼ em each side, the space takes no room.
	_, a, _ := breakText(t, "使用GDP指标", 30, 0, nil)
	_, b, _ := breakText(t, "使用 GDP 指标", 30, 0, nil)
	if got := a[0].X[2] - a[0].X[1]; !near(got, 12.5) {
		t.Errorf("用→G: %.3f, want 10 + 2.5 glue", got)
	}
	if !near(a[0].Width, b[0].Width) || !near(a[0].X[6], b[0].X[8]) {
		t.Errorf("source spaces not folded into the glue: %.3f vs %.3f", a[0].Width, b[0].Width)
	}
	// No glue next to full-width punctuation, nor at a line edge.
	_, c, _ := breakText(t, "他说，GDP。", 30, 0, nil)
	if got := c[0].X[3] - c[0].X[2]; !near(got, 10) {
		t.Errorf("，→G: %.3f, want 10 (no glue after a full-width mark)", got)
	}
}

func TestClreq_SpaceBetweenIdeographsHalfEm(t *testing.T) {
	_, l, _ := breakText(t, "百年奋斗 百年辉煌", 30, 0, &Options{Ragged: true})
	if got := l[0].X[5] - l[0].X[3]; !near(got, 15) {
		t.Errorf("斗→百 across a space: %.3f, want 15 (1 em + ½ em)", got)
	}
}

func TestClreq_JustifiedLinesSolid(t *testing.T) {
	// A justified line of ideographs expands evenly and never tightens
	// below solid; the last line is natural.
	_, lines, _ := breakText(t, "一二三四五六七八，九十一二三四五六七八九十一二三四", 9, 0, nil)
	for k, l := range lines {
		if k < len(lines)-1 && (!l.Justified || !near(l.Width, 90)) {
			t.Errorf("line %d not justified: %+v", k, l)
		}
	}
	if lines[len(lines)-1].Justified {
		t.Error("last line justified")
	}
}

func TestClreq_OrphanAvoided(t *testing.T) {
	// Greedy leaves 甲 alone on the last line (5+5+1); the total fit
	// brings a character down so the last line holds two.
	s := "一二三四五六七八九十甲"
	_, _, greedy := breakText(t, s, 5, 0, &Options{Greedy: true})
	_, _, tf := breakText(t, s, 5, 0, nil)
	if len([]rune(greedy[len(greedy)-1])) != 1 {
		t.Fatalf("test premise: greedy gave %q", greedy)
	}
	if n := len([]rune(tf[len(tf)-1])); n < 2 {
		t.Errorf("orphan on the last line: %q", tf)
	}
	// A stop does not count: 甲。 is still an orphan.
	_, _, tf2 := breakText(t, "一二三四五六七八九十甲。", 5, 0, nil)
	if last := []rune(tf2[len(tf2)-1]); len(last) < 3 {
		t.Errorf("orphan (one character plus a mark): %q", tf2)
	}
}

func TestClreq_RaggedKeepsNaturalSpacing(t *testing.T) {
	_, lines, _ := breakText(t, "中共天津市委十二届六次全会举行", 8, 0, &Options{Ragged: true})
	for _, l := range lines {
		if l.Justified {
			t.Errorf("ragged line justified: %+v", l)
		}
		for i := 1; i < len(l.X); i++ {
			if !near(l.X[i]-l.X[i-1], 10) {
				t.Errorf("ragged line spaced: %v", l.X)
			}
		}
	}
}

func TestBreakErrors(t *testing.T) {
	good := mkPara("一二三", 0)
	for name, c := range map[string]struct {
		p *Para
		o *Options
	}{
		"nil para":     {nil, &Options{Width: 10}},
		"nil options":  {good, nil},
		"zero width":   {good, &Options{}},
		"NaN width":    {good, &Options{Width: math.NaN()}},
		"inf width":    {good, &Options{Width: math.Inf(1)}},
		"negative max": {good, &Options{Width: 10, MaxTotalFit: -1}},
		"length":       {&Para{Runes: []rune("一二"), Widths: []float64{1}, Em: []float64{1, 1}}, &Options{Width: 10}},
		"neg width":    {&Para{Runes: []rune("一"), Widths: []float64{-1}, Em: []float64{1}}, &Options{Width: 10}},
		"NaN em":       {&Para{Runes: []rune("一"), Widths: []float64{1}, Em: []float64{math.NaN()}}, &Options{Width: 10}},
		"zero em":      {&Para{Runes: []rune("一"), Widths: []float64{1}, Em: []float64{0}}, &Options{Width: 10}},
		"indent":       {&Para{Runes: []rune("一"), Widths: []float64{1}, Em: []float64{1}, Indent: 10}, &Options{Width: 10}},
	} {
		if _, err := Break(c.p, c.o); err == nil || !strings.HasPrefix(err.Error(), "linebreak: ") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if ls, err := Break(&Para{}, &Options{Width: 10}); err != nil || ls != nil {
		t.Errorf("empty paragraph: %v, %v", ls, err)
	}
}

// TestClassesMatchChecker reads the character lists of the PDF checker
// (shared/tools/cjktext.py) and checks that this package prohibits every
// rune at the same tier. It is skipped when shared/ is not beside the repo.
func TestClassesMatchChecker(t *testing.T) {
	src, err := os.ReadFile("../../../shared/tools/cjktext.py")
	if err != nil {
		t.Skipf("checker source not available: %v", err)
	}
	lists := map[string]string{}
	str := regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
	lines := strings.Split(string(src), "\n")
	for i := 0; i < len(lines); i++ {
		name, rest, ok := strings.Cut(lines[i], " = set(")
		if !ok || !strings.HasPrefix(name, "LINE_") {
			continue
		}
		var b strings.Builder
		collect := func(line string) {
			if j := strings.Index(line, "#"); j >= 0 && strings.Count(line[:j], `"`)%2 == 0 {
				line = line[:j]
			}
			for _, m := range str.FindAllStringSubmatch(line, -1) {
				b.WriteString(m[1])
			}
		}
		if strings.TrimSpace(rest) != "" { // one line: set("…")
			collect(rest)
		} else {
			for i++; i < len(lines) && strings.TrimSpace(lines[i]) != ")"; i++ {
				collect(lines[i])
			}
		}
		lists[name] = b.String()
	}
	if len(lists) != 4 {
		t.Fatalf("found %d lists in cjktext.py", len(lists))
	}
	for _, r := range lists["LINE_START_GB"] {
		if StartProhibition(r) != GB {
			t.Errorf("%q: start %v, checker says gb", r, StartProhibition(r))
		}
	}
	for _, r := range lists["LINE_START_STRICT_EXTRA"] {
		if StartProhibition(r) == Allowed {
			t.Errorf("%q: may start a line, checker says strict", r)
		}
	}
	for _, r := range lists["LINE_END_GB"] {
		if EndProhibition(r) != GB {
			t.Errorf("%q: end %v, checker says gb", r, EndProhibition(r))
		}
	}
	for _, r := range lists["LINE_END_STRICT_EXTRA"] {
		if EndProhibition(r) == Allowed {
			t.Errorf("%q: may end a line, checker says strict", r)
		}
	}
}

func TestLineStartLevelDashContext(t *testing.T) {
	for s, want := range map[string]Prohibition{
		"—中关村": GB, "——蒙古": Strict, "  ，": GB, "汉字": Allowed, "": Allowed, "…": Strict,
	} {
		if got := LineStartLevel([]rune(s)); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// clreq §punctuation_width_adjustment lets an opening mark at the line
// start lose its leading half em ("may"); FullWidthLineStart keeps it, so
// that the mark's box starts at the column edge.
func TestClreq_FullWidthLineStartOption(t *testing.T) {
	text := []rune("天天天天天天天天“天天”天天天天天天天天天天天天")
	w := make([]float64, len(text))
	em := make([]float64, len(text))
	for i := range text {
		w[i], em[i] = 10, 10
	}
	for _, full := range []bool{false, true} {
		ls, err := Break(&Para{Runes: text, Widths: w, Em: em}, &Options{Width: 80, FullWidthLineStart: full})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			for j := l.Start; j < l.End; j++ {
				if text[j] == '“' && full && l.X[j-l.Start] < 0 {
					t.Errorf("full=%v: opening mark at x=%.2f, left of the line start", full, l.X[j-l.Start])
				}
			}
			if full && l.X[0] < -1e-9 {
				t.Errorf("full=%v: first glyph at x=%.2f", full, l.X[0])
			}
		}
	}
}
