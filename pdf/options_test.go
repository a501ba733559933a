package pdf

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
)

func TestCropMarks(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 500, Height: 700, Bleed: 8.5}}}
	var buf bytes.Buffer
	if err := Draw(&buf, doc, &Options{CropMarks: true}); err != nil {
		t.Fatal(err)
	}
	out, _ := runTool(t, "pdfinfo", "-box", writeTemp(t, "c.pdf", buf.Bytes()))
	flat := spaces.ReplaceAllString(out, " ")
	o := 8.5 + CropSlug
	for _, want := range []string{
		"MediaBox: 0.00 0.00 " + num(500+2*o) + " " + num(700+2*o),
		"BleedBox: " + num(CropSlug) + " " + num(CropSlug) + " " + num(500+o+8.5) + " " + num(700+o+8.5),
		"TrimBox: " + num(o) + " " + num(o) + " " + num(500+o) + " " + num(700+o),
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, out)
		}
	}
	// Eight marks, all outside the bleed box.
	content := pageContent(t, buf.Bytes())
	marks := 0
	for _, l := range strings.Split(content, "\n") {
		var x, y, w, h float64
		var op string
		if n, _ := fmtSscan(l, &x, &y, &w, &h, &op); n == 5 && op == "re" {
			marks++
			in := func(v, lo, hi float64) bool { return v > lo+0.01 && v < hi-0.01 }
			// A mark's far end lies beyond the bleed on one axis.
			if in(x, CropSlug, CropSlug+500+17) && in(x+w, CropSlug, CropSlug+500+17) && in(y-h, CropSlug, CropSlug+700+17) && in(y, CropSlug, CropSlug+700+17) {
				t.Errorf("crop mark inside the bleed box: %s", l)
			}
		}
	}
	if marks != 8 {
		t.Errorf("%d crop marks, want 8:\n%s", marks, content)
	}
}

// pageContent returns the first page's content stream, uncompressed, via
// qpdf.
func pageContent(t *testing.T, pdf []byte) string {
	t.Helper()
	out, _ := runTool(t, "qpdf", "--qdf", "--object-streams=disable", writeTemp(t, "p.pdf", pdf), "-")
	i := strings.Index(out, "%% Contents for page 1")
	if i < 0 {
		t.Fatalf("no page 1 contents in QDF output")
	}
	s := out[i:]
	a := strings.Index(s, "stream\n")
	b := strings.Index(s, "endstream")
	return s[a+len("stream\n") : b]
}

func TestLinkWithoutAnchorDropped(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 200, Height: 200,
		Anchors: []layout.Anchor{{ID: "here", Y: 10}, {ID: "here", Y: 50}},
		Links:   []layout.Link{{X: 1, Y: 1, W: 10, H: 10, Target: "nowhere"}, {X: 1, Y: 20, W: 10, H: 10, Target: "here"}},
	}}}
	var warns []string
	var buf bytes.Buffer
	if err := Draw(&buf, doc, &Options{Warn: func(err error) { warns = append(warns, err.Error()) }}); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(warns, "\n")
	if len(warns) != 2 || !strings.Contains(joined, `link to "nowhere": no such anchor`) || !strings.Contains(joined, `anchor "here" already set`) {
		t.Errorf("warnings:\n%s", joined)
	}
	if n := strings.Count(buf.String(), "/Subtype /Link"); n != 1 {
		t.Errorf("%d link annotations, want 1", n)
	}
	out, errs := runTool(t, "qpdf", "--check", writeTemp(t, "l.pdf", buf.Bytes()))
	if strings.Contains(out+errs, "WARNING") {
		t.Errorf("qpdf --check:\n%s%s", out, errs)
	}
}

func TestBadDocuments(t *testing.T) {
	page := func(mod func(p *layout.Page)) *layout.Document {
		p := layout.Page{Width: 100, Height: 100}
		mod(&p)
		return &layout.Document{Fonts: []layout.Face{{Name: "X", Data: []byte("not a font")}}, Pages: []layout.Page{p}}
	}
	for name, tc := range map[string]struct {
		doc  *layout.Document
		want string
	}{
		"nil":        {nil, "nil document"},
		"no pages":   {&layout.Document{}, "no pages"},
		"size":       {page(func(p *layout.Page) { p.Width = 0 }), "page 1: bad size"},
		"nan":        {page(func(p *layout.Page) { p.Height = math.NaN() }), "page 1: bad size"},
		"pos":        {page(func(p *layout.Page) { p.Runs = []layout.Run{{Size: 10, Text: []rune("ab"), Pos: []float64{0}}} }), "page 1: run 0: 1 positions for 2 runes"},
		"font index": {page(func(p *layout.Page) { p.Runs = []layout.Run{{Font: 3, Size: 10, Text: []rune("a"), Pos: []float64{0}}} }), "font 3 out of range"},
		"bad font":   {page(func(p *layout.Page) { p.Runs = []layout.Run{{Size: 10, Text: []rune("a"), Pos: []float64{0}}} }), "pdf: font 0 (X):"},
		"image":      {page(func(p *layout.Page) { p.Images = []layout.Image{{Path: "x.png", Data: []byte("junk"), W: 1, H: 1}} }), "page 1: image x.png:"},
		"no file":    {page(func(p *layout.Page) { p.Images = []layout.Image{{Path: "testdata/none.png", W: 1, H: 1}} }), "page 1: image:"},
	} {
		var buf bytes.Buffer
		err := Draw(&buf, tc.doc, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", name, err, tc.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, buf.Len())
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrorReturned(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 100, Height: 100}}}
	if err := Draw(failWriter{}, doc, nil); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v, want disk full", err)
	}
}
