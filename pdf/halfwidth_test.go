package pdf

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"

	"github.com/paiban/paiban/layout"
)

// A line-end mark set in half an em (GB/T 15834 §5.1.10) must have a glyph
// box of half an em in the extracted text: poppler measures glyphs by the
// /W widths and ignores character spacing, so without the half-width face
// the box pokes half an em past the column edge.
func TestHalfWidthMarkBox(t *testing.T) {
	text := []rune("天地人，")
	const x, y, size = 100.0, 100.0, 10.0
	run := layout.Run{Font: serif, Size: size, X: x, Y: y, Text: text,
		Pos: []float64{0, 10, 20, 30}, End: 35}
	doc := &layout.Document{Fonts: testFaces(t), Pages: []layout.Page{{
		Number: 1, Kind: layout.BodyPage, Width: trimW, Height: trimH, Bleed: bleed,
		Runs: []layout.Run{run}}}}
	var buf bytes.Buffer
	if err := Draw(&buf, doc, nil); err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "half.pdf", buf.Bytes())
	out, _ := runTool(t, "pdftotext", "-bbox", file, "-")
	m := regexp.MustCompile(`xMax="([0-9.]+)"[^>]*>天地人，<`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no word 天地人， in:\n%s", out)
	}
	xMax, _ := strconv.ParseFloat(m[1], 64)
	if want := bleed + x + 35; xMax > want+0.1 {
		t.Errorf("line ends at x=%.2f in the text layer, want %.2f (the set half-em mark)", xMax, want)
	}
}
