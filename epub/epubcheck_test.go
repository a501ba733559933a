package epub

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/internal/checktool"
	"github.com/paiban/paiban/model"
)

// epubcheck runs EPUBCheck on the book at path (internal/checktool).
func epubcheck(t *testing.T, path string) {
	t.Helper()
	checktool.EPUBCheck(t, path)
}

// writePNG makes a small picture for figure tests.
func writePNG(t *testing.T, path string) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.RGBA{uint8(6 * x), uint8(8 * y), 120, 255})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// richIssue is handIssue with pictures: a figure with alt text and a
// cover picture of the issue's own.
func richIssue(t *testing.T) (*model.Issue, string) {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "fig.png"))
	writePNG(t, filepath.Join(dir, "cover.png"))
	is := handIssue()
	is.Meta.Source = filepath.Join(dir, "issue.md")
	is.Meta.Cover.Image = "cover.png"
	a := &is.Sections[1].Articles[1]
	a.Blocks = append(a.Blocks, model.Block{Type: model.Figure, Image: "fig.png", Alt: "金汤桥夜景", Caption: "金汤桥", Credit: "本刊记者 摄"})
	return is, dir
}

func TestEPUBCheck(t *testing.T) {
	rich, _ := richIssue(t)
	for _, tc := range []struct {
		name string
		is   *model.Issue
		o    *Options
	}{
		{"hand-pagemap", handIssue(), &Options{PageMap: handPageMap()}},
		{"rich-plainfont", rich, &Options{PlainFont: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := build(t, tc.is, tc.o)
			path := filepath.Join(t.TempDir(), tc.name+".epub")
			if err := os.WriteFile(path, u.raw, 0o644); err != nil {
				t.Fatal(err)
			}
			epubcheck(t, path)
		})
	}
}

func TestImages(t *testing.T) {
	is, _ := richIssue(t)
	u := build(t, is, &Options{NoFont: true})
	opf := u.file(t, "EPUB/package.opf")
	for _, w := range []string{`<item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image"/>`,
		`<item id="res-img002.png" href="images/img002.png" media-type="image/png"/>`,
		`<meta property="schema:accessMode">visual</meta>`,
		`<meta property="schema:accessibilityFeature">alternativeText</meta>`,
		`<meta name="cover" content="cover-image"/>`} {
		if !strings.Contains(opf, w) {
			t.Errorf("package.opf lacks %s", w)
		}
	}
	doc := u.file(t, "EPUB/xhtml/a003.xhtml")
	if w := `<figure class="figure"><img src="../images/img002.png" alt="金汤桥夜景"/><figcaption>金汤桥 <span class="credit">本刊记者 摄</span></figcaption></figure>`; !strings.Contains(doc, w) {
		t.Errorf("a003 lacks %s", w)
	}
	cover := u.file(t, "EPUB/xhtml/_cover.xhtml")
	if !strings.Contains(cover, `alt="封面：天津支部生活 2024年第09期（上半月），会师金汤桥塑像"`) {
		t.Errorf("cover page: %s", cover)
	}
	// A picture without alt text or caption makes the visual mode necessary.
	is.Sections[1].Articles[1].Blocks[3].Alt = ""
	is.Sections[1].Articles[1].Blocks[3].Caption = ""
	opf = build(t, is, &Options{NoFont: true}).file(t, "EPUB/package.opf")
	if !strings.Contains(opf, "textual,visual") || strings.Contains(opf, "alternativeText") {
		t.Error("accessModeSufficient should be textual,visual without alt text")
	}
}
