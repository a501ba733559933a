package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
)

// drawTest draws the hand-made document once per test binary.
var drawn struct {
	pdf   []byte
	warns []string
}

func drawTestDoc(t *testing.T) ([]byte, []string) {
	t.Helper()
	if drawn.pdf == nil {
		var warns []string
		var buf bytes.Buffer
		err := Draw(&buf, testDocument(t), &Options{Version: "test", Warn: func(err error) { warns = append(warns, err.Error()) }})
		if err != nil {
			t.Fatal(err)
		}
		drawn.pdf, drawn.warns = buf.Bytes(), warns
	}
	return drawn.pdf, drawn.warns
}

func TestDrawNoWarnings(t *testing.T) {
	_, warns := drawTestDoc(t)
	if len(warns) > 0 {
		t.Errorf("warnings: %q", warns)
	}
}

func TestQpdfCheck(t *testing.T) {
	b, _ := drawTestDoc(t)
	out, errs := runTool(t, "qpdf", "--check", writeTemp(t, "t.pdf", b))
	if !strings.Contains(out, "No syntax or stream encoding errors") || strings.Contains(out+errs, "WARNING") {
		t.Errorf("qpdf --check:\n%s%s", out, errs)
	}
}

func TestFontsEmbeddedSubset(t *testing.T) {
	b, _ := drawTestDoc(t)
	out, _ := runTool(t, "pdffonts", writeTemp(t, "t.pdf", b))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2+3 {
		t.Fatalf("want 3 fonts:\n%s", out)
	}
	tagged := regexp.MustCompile(`^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes `)
	for _, l := range lines[2:] {
		if !tagged.MatchString(l) {
			t.Errorf("font not embedded, subset-tagged, with ToUnicode: %q", l)
		}
	}
}

// pdftext runs pdftotext -raw on one page.
func pdftext(t *testing.T, file string, page int) string {
	p := strconv.Itoa(page)
	out, _ := runTool(t, "pdftotext", "-raw", "-f", p, "-l", p, file, "-")
	return out
}

func TestTextInReadingOrder(t *testing.T) {
	b, _ := drawTestDoc(t)
	file := writeTemp(t, "t.pdf", b)
	doc := testDocument(t)
	for i, p := range doc.Pages {
		var want []string
		for _, r := range p.Runs {
			want = append(want, string(r.Text))
		}
		got := strings.Fields(pdftext(t, file, i+1))
		gotJoined := strings.Join(got, "")
		wantJoined := strings.Join(want, "")
		if gotJoined != wantJoined {
			t.Errorf("page %d: pdftotext -raw gives\n%s\nwant\n%s", i+1, gotJoined, wantJoined)
		}
	}
}

func TestSupplementaryPlaneExtracts(t *testing.T) {
	b, _ := drawTestDoc(t)
	got := pdftext(t, writeTemp(t, "t.pdf", b), 1)
	if !strings.Contains(got, "𠮷野家") {
		t.Errorf("page 1 text %q lacks 𠮷野家", got)
	}
}

// bboxWord matches pdftotext -bbox words; with CJK text every glyph tends to
// be its own word only when spaced, so the test reads glyph boxes from
// -bbox-layout words and checks the first glyph of each line.
var bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)

func TestGlyphPositions(t *testing.T) {
	b, _ := drawTestDoc(t)
	file := writeTemp(t, "t.pdf", b)
	doc := testDocument(t)
	out, _ := runTool(t, "pdftotext", "-bbox", "-f", "2", "-l", "2", file, "-")
	words := bboxWord.FindAllStringSubmatch(out, -1)
	// Each justified line is one word; its right edge must be at
	// X+Pos[last]+advance, within rounding.
	p := doc.Pages[1]
	found := 0
	for _, r := range p.Runs {
		if r.Font != serif {
			continue
		}
		wantL := bleed + r.X
		wantR := bleed + r.X + r.Pos[len(r.Pos)-1] + r.Size
		for _, w := range words {
			if w[5] != string(r.Text) {
				continue
			}
			l, _ := strconv.ParseFloat(w[1], 64)
			rr, _ := strconv.ParseFloat(w[3], 64)
			if math.Abs(l-wantL) > 0.05 || math.Abs(rr-wantR) > 0.05 {
				t.Errorf("line %q: x %.2f..%.2f, want %.2f..%.2f", w[5], l, rr, wantL, wantR)
			}
			found++
			break
		}
	}
	if found < 50 {
		t.Errorf("only %d of the page's lines found as words in pdftotext -bbox", found)
	}
}

func TestOutline(t *testing.T) {
	b, _ := drawTestDoc(t)
	out, errs := runTool(t, "mutool", "show", writeTemp(t, "t.pdf", b), "outline")
	if strings.TrimSpace(errs) != "" {
		t.Errorf("mutool warnings:\n%s", errs)
	}
	// Expected: one line per entry, indented by depth, with its page.
	var want []string
	var walk func(es []*layout.OutlineEntry, depth int)
	walk = func(es []*layout.OutlineEntry, depth int) {
		for _, e := range es {
			want = append(want, fmt.Sprintf("%s%s p%d", strings.Repeat("  ", depth), e.Title, e.Page))
			walk(e.Children, depth+1)
		}
	}
	walk(testDocument(t).Outline, 0)
	// mutool prints `<marker>\t<depth tabs>"title"\t#page=N&…`.
	line := regexp.MustCompile(`^[-+|]\t(\t*)"([^"]*)"\t#page=(\d+)`)
	var got []string
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("unexpected mutool line %q", l)
		}
		got = append(got, fmt.Sprintf("%s%s p%s", strings.Repeat("  ", len(m[1])), m[2], m[3]))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// linkDests reads the link annotations with qpdf --json: for each page
// (1-based) the destination page of each internal link, in order, and the
// number of URI links.
func linkDests(t *testing.T, pdf []byte) (map[int][]int, int) {
	t.Helper()
	out, _ := runTool(t, "qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", writeTemp(t, "t.pdf", pdf))
	var js struct {
		Pages []struct {
			Object string `json:"object"`
		} `json:"pages"`
		QPDF []map[string]json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	objects := map[string]json.RawMessage{}
	for _, part := range js.QPDF {
		for k, v := range part {
			objects[k] = v
		}
	}
	type value struct {
		Value map[string]json.RawMessage `json:"value"`
	}
	get := func(ref string) value {
		var v value
		if err := json.Unmarshal(objects["obj:"+ref], &v); err != nil {
			t.Fatalf("object %s: %v", ref, err)
		}
		return v
	}
	pageIndex := map[string]int{}
	for i, p := range js.Pages {
		pageIndex[p.Object] = i + 1
	}
	dests := map[int][]int{}
	uris := 0
	for i, p := range js.Pages {
		var annots []string
		if raw, ok := get(p.Object).Value["/Annots"]; ok {
			if err := json.Unmarshal(raw, &annots); err != nil {
				t.Fatalf("page %d /Annots: %v", i+1, err)
			}
		}
		for _, ref := range annots {
			a := get(ref)
			d, ok := a.Value["/Dest"]
			if !ok {
				uris++
				continue
			}
			var dest []json.RawMessage
			var pref string
			if err := json.Unmarshal(d, &dest); err != nil || len(dest) == 0 || json.Unmarshal(dest[0], &pref) != nil {
				t.Fatalf("page %d: bad /Dest %s", i+1, d)
			}
			dests[i+1] = append(dests[i+1], pageIndex[pref])
		}
	}
	return dests, uris
}

// wantDests is what linkDests should find for doc: each link with a target
// goes to the page holding that anchor.
func wantDests(doc *layout.Document) (map[int][]int, int) {
	anchor := map[string]int{}
	for i, p := range doc.Pages {
		for _, a := range p.Anchors {
			if _, dup := anchor[a.ID]; !dup {
				anchor[a.ID] = i + 1
			}
		}
	}
	want := map[int][]int{}
	uris := 0
	for i, p := range doc.Pages {
		for _, l := range p.Links {
			if l.Target != "" {
				if pg, ok := anchor[l.Target]; ok {
					want[i+1] = append(want[i+1], pg)
				}
			} else if l.URL != "" {
				uris++
			}
		}
	}
	return want, uris
}

func TestContentsLinks(t *testing.T) {
	b, _ := drawTestDoc(t)
	got, uris := linkDests(t, b)
	if fmt.Sprint(got) != fmt.Sprint(map[int][]int{1: {2, 3, 4}}) || uris != 1 {
		t.Errorf("links go to %v with %d URI links; want page 1 → 2, 3, 4 and 1 URI link", got, uris)
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := drawTestDoc(t)
	var b bytes.Buffer
	if err := Draw(&b, testDocument(t), &Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b.Bytes()) {
		t.Error("two draws of the same document differ")
	}
}

func TestBoxesAndInfo(t *testing.T) {
	b, _ := drawTestDoc(t)
	file := writeTemp(t, "t.pdf", b)
	out, _ := runTool(t, "pdfinfo", "-box", "-f", "1", "-l", "4", file)
	for _, want := range []string{
		"Title: 天津支部生活 2024年第09期（上半月）",
		"Author: 中共天津市委支部生活社",
		"Creator: paiban test",
		"Keywords: 天津支部生活; ISSN 0412-0892; CN 12-1001/D; ■理论; ■版权信息",
		"Page 4 MediaBox: 0.00 0.00 541.41 754.01",
		"Page 4 BleedBox: 0.00 0.00 541.41 754.01",
		"Page 4 TrimBox: 8.50 8.50 532.91 745.51",
	} {
		if !strings.Contains(spaces.ReplaceAllString(out, " "), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`CreationDate:\s+Sun Sep  1 00:00:00 2024`).MatchString(out) {
		t.Errorf("creation date not the issue date:\n%s", out)
	}
}

var spaces = regexp.MustCompile(` +`)
