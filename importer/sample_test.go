package importer

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

const samplePath = "../examples/tianjin-2024-09/issue.md"

func importSample(t testing.TB) *Result {
	t.Helper()
	res, err := ImportFile(samplePath, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got %s\nwant %s\n(run go test -update if the change is intended)", name, i+1, g, w)
			}
		}
	}
}

func TestSampleGolden(t *testing.T) {
	res := importSample(t)
	var text bytes.Buffer
	if err := WriteText(&text, res.Issue); err != nil {
		t.Fatal(err)
	}
	golden(t, "tianjin.golden.txt", text.Bytes())
	var diags bytes.Buffer
	for _, d := range res.Diagnostics {
		d.File = filepath.Base(d.File)
		diags.WriteString(d.String() + "\n")
	}
	golden(t, "tianjin.diagnostics.golden.txt", diags.Bytes())
	var js bytes.Buffer
	if err := model.WriteJSON(&js, res.Issue); err != nil {
		t.Fatal(err)
	}
	back, err := model.ReadJSON(&js, "roundtrip.json")
	if err != nil {
		t.Fatal(err)
	}
	var text2 bytes.Buffer
	WriteText(&text2, back)
	if text2.String() != text.String() {
		t.Error("the model does not survive a JSON round trip")
	}
}

// TestSampleStructure checks the sample against what its contents block
// says, counted independently of the importer: every title line of the
// contents (a line followed by an author line, or in a section without
// authors) is an article, in order, and the body is clean.
func TestSampleStructure(t *testing.T) {
	res := importSample(t)
	is := res.Issue
	arts := is.Articles()
	if len(arts) != 37 {
		t.Errorf("%d articles, want the contents' 37", len(arts))
	}
	var names []string
	for _, s := range is.Sections {
		names = append(names, s.Name)
	}
	if got := strings.Join(names, " "); got != "■卷首 ■本期聚焦 ■本刊专稿 ■理论 ■理润津沽 ■讲述" {
		t.Errorf("sections %s", got)
	}
	src, _ := os.ReadFile(samplePath)
	// Article order follows the contents: each title's position in the
	// contents block grows.
	toc := string(src[bytes.Index(src, []byte("# 目录")):bytes.Index(src, []byte("封面"))])
	last := -1
	for _, a := range arts {
		key := normTitle(a.Title)
		pos := strings.Index(normTitle(toc), key[:len(key)/2])
		if pos < 0 {
			t.Errorf("article %q not in the contents", a.Title)
			continue
		}
		if pos < last {
			t.Errorf("article %q out of contents order", a.Title)
		}
		last = pos
	}
	for _, a := range arts {
		if a.Series == "" && a.Byline == "" && len(a.Authors) == 0 && a.ID != "a001" {
			t.Errorf("%s %q has neither series nor author", a.ID, a.Title)
		}
		for i, b := range a.Blocks {
			if b.Type != model.Paragraph {
				continue
			}
			txt := strings.TrimSpace(b.Text())
			if m, k := endMarkOf(b.Inlines); k == markAlone || k == markAfter && i == len(a.Blocks)-1 {
				t.Errorf("%s line %d: end mark %q left in the text", a.ID, b.Line, m)
			}
			if unfinished(txt) && a.ID != "a001" {
				t.Errorf("%s line %d: paragraph ends mid-sentence: …%s", a.ID, b.Line, tail(txt, 10))
			}
			if strings.ContainsAny(txt, ",;") && !strings.Contains(txt, "http") {
				t.Errorf("%s line %d: half-width punctuation left: %s", a.ID, b.Line, head(txt, 20))
			}
		}
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Msg, "no article in the body") || strings.Contains(d.Msg, "dropped: it belongs nowhere") {
			t.Errorf("unexpected: %s", d)
		}
	}
	m := is.Meta
	if m.Title != "天津支部生活" || m.Number != "2024年第09期" || m.TotalNumber != "总第1143期" || m.HalfMonth != "上半月" ||
		m.Date != "2024-09-01" || m.ISSN != "0412-0892" || m.CN != "12-1001/D" || m.Publisher != "中共天津市委支部生活社" {
		t.Errorf("meta %+v", m)
	}
	if m.Cover == nil || m.Cover.Caption != "会师金汤桥塑像" || m.Cover.Credit != "杨春治" {
		t.Errorf("cover %+v", m.Cover)
	}
	if len(m.Notices) != 3 {
		t.Errorf("%d notice blocks", len(m.Notices))
	}
}
