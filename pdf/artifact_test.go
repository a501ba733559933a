package pdf

import (
	"bytes"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
)

// Running heads and folios are drawn but kept out of the extracted text,
// so a sentence that runs over a page turn extracts whole.
func TestArtifactsOutOfTextLayer(t *testing.T) {
	body, head := artifactRuns()
	doc := onePage(t, head, body)
	var buf bytes.Buffer
	if err := Draw(&buf, doc, nil); err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "artifact.pdf", buf.Bytes())
	out, _ := runTool(t, "pdftotext", "-raw", file, "-")
	if !strings.Contains(out, "正文一行") {
		t.Errorf("body text missing from %q", out)
	}
	if strings.Contains(out, "刊头") {
		t.Errorf("running head extracted: %q", out)
	}
	if out, errs := runTool(t, "qpdf", "--check", file); strings.Contains(out+errs, "WARNING") {
		t.Errorf("qpdf --check:\n%s%s", out, errs)
	}
}

// An artifact drawn last on a page (its text object ends the content
// stream without a newline) is kept out of the text layer too.
func TestArtifactLastOnPage(t *testing.T) {
	body, head := artifactRuns()
	doc := onePage(t, body, head)
	var buf bytes.Buffer
	if err := Draw(&buf, doc, nil); err != nil {
		t.Fatal(err)
	}
	out, _ := runTool(t, "pdftotext", "-raw", writeTemp(t, "last.pdf", buf.Bytes()), "-")
	if strings.Contains(out, "刊头") || !strings.Contains(out, "正文一行") {
		t.Errorf("extracted %q", out)
	}
}

// A run's End must be finite and not before its last glyph.
func TestRunEndChecked(t *testing.T) {
	for _, end := range []float64{math.Inf(1), math.NaN(), 5} {
		r := layout.Run{Font: serif, Size: 10, X: 100, Y: 200, Text: []rune("正文"), Pos: []float64{0, 10}, End: end}
		if err := Draw(io.Discard, onePage(t, r), nil); err == nil {
			t.Errorf("End %g accepted", end)
		}
	}
}

// artifactRuns returns a body line and a running head (an artifact).
func artifactRuns() (body, head layout.Run) {
	body = layout.Run{Font: serif, Size: 10, X: 100, Y: 200, Text: []rune("正文一行"), Pos: []float64{0, 10, 20, 30}}
	head = layout.Run{Font: kai, Size: 9, X: 100, Y: 50, Text: []rune("刊头文字"), Pos: []float64{0, 9, 18, 27}, Artifact: true}
	return body, head
}

// onePage is a one-page document with the default fonts holding runs, in
// drawing order.
func onePage(t *testing.T, runs ...layout.Run) *layout.Document {
	return &layout.Document{Fonts: testFaces(t), Pages: []layout.Page{{
		Number: 1, Kind: layout.BodyPage, Width: trimW, Height: trimH, Bleed: bleed, Runs: runs}}}
}
