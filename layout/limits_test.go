package layout

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/model"
)

// headerPNG is a PNG that claims w×h pixels and holds none.
func headerPNG(w, h uint32) []byte {
	chunk := func(b *bytes.Buffer, typ string, data []byte) {
		binary.Write(b, binary.BigEndian, uint32(len(data)))
		b.WriteString(typ)
		b.Write(data)
		binary.Write(b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	}
	ihdr := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, w), h)
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk(&b, "IHDR", append(ihdr, 8, 2, 0, 0, 0))
	chunk(&b, "IEND", nil)
	return b.Bytes()
}

// TestMaxPages: an issue longer than Options.MaxPages fails, naming the
// source; a negative limit means none.
func TestMaxPages(t *testing.T) {
	is := tinyIssue(strings.Repeat("正文很长。", 20000))
	is.Meta.Source = "long.md"
	o, _ := (&Options{MaxPages: 10}).resolved()
	_, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err == nil || !strings.Contains(err.Error(), "long.md:7") || !strings.Contains(err.Error(), "MaxPages") {
		t.Errorf("err = %v, want a MaxPages error naming long.md:7", err)
	}
	o, _ = (&Options{MaxPages: -1}).resolved()
	doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err != nil || len(doc.Pages) <= 10 {
		t.Errorf("no limit: err %v", err)
	}
}

// TestImageErrors: a picture that is missing, unreadable or over
// Options.MaxImagePixels fails the layout naming the source's file and
// line; the pixel count is read from the header, before any decoding.
func TestImageErrors(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{"huge.png": headerPNG(30000, 30000), "junk.png": []byte("not a picture"), "ok.png": headerPNG(300, 200)}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ img, want string }{
		{"none.png", "no such file"},
		{"junk.png", "not a readable"},
		{"huge.png", "30000×30000 pixels"},
		{"ok.png", ""},
	} {
		is := tinyIssue("正文。")
		is.Meta.Source = filepath.Join(dir, "issue.md")
		a := &is.Sections[0].Articles[0]
		a.Blocks = append(a.Blocks, model.Block{Type: model.Figure, Image: tc.img, Caption: "图说", Line: 12})
		o, _ := (&Options{}).resolved()
		doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.img, err)
				continue
			}
			refs := 0
			for _, p := range doc.Pages {
				for _, im := range p.Images {
					if strings.HasSuffix(im.Ref, "issue.md:12") {
						refs++
					}
				}
			}
			if refs != 1 {
				t.Errorf("%s: %d images placed with Ref issue.md:12, want 1", tc.img, refs)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), "issue.md:12") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want issue.md:12 and %q", tc.img, err, tc.want)
		}
	}
}

// TestDeepNesting: 200 levels of quotes set their text at a clamped
// indent instead of failing on a negative measure.
func TestDeepNesting(t *testing.T) {
	b := model.Para("最深处的引文。")
	for range 200 {
		b = model.Block{Type: model.Quote, Children: []model.Block{b}}
	}
	l := model.Block{Type: model.List, Items: [][]model.Block{{model.Para("最深的列表项。")}}}
	for range 200 {
		l = model.Block{Type: model.List, Items: [][]model.Block{{model.Para("项。"), l}}}
	}
	is := tinyIssue("正文。")
	a := &is.Sections[0].Articles[0]
	a.Blocks = append(a.Blocks, b, l)
	o, _ := (&Options{}).resolved()
	doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range doc.Pages {
		for _, r := range p.Runs {
			text.WriteString(string(r.Text))
		}
	}
	for _, want := range []string{"最深处的引文", "最深的列表项"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("%q not set", want)
		}
	}
}

// TestInvisibleCharacters: format characters the fonts lack (joiners,
// byte-order mark, bidi controls, variation selectors) do not fail the
// layout.
func TestInvisibleCharacters(t *testing.T) {
	set, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	is := tinyIssue("零宽连接\u200d、不连\u200c、标记\ufeff、方向\u202e覆盖\u202c、隔离\u2067文字\u2069、变体\ufe0f。")
	if _, err := Book(is, set, nil); err != nil {
		t.Error(err)
	}
}
