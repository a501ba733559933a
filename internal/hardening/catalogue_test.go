package hardening

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
)

// badCase is one entry of the catalogue: an input and what it must get.
type badCase struct {
	name string
	in   input
	// iopts and lopts change the import and the layout; nil means the
	// defaults.
	iopts *importer.Options
	lopts *layout.Options
	// limit is the time the whole pipeline may take; zero means 20 s.
	limit time.Duration
	// stage is the stage that must refuse the input ("import", "layout",
	// "pdf", "epub"), with an error holding the input's file name, line
	// (when line > 0: ":line") and every string of errHas. An empty stage
	// means the input must build, with a warning holding each string of
	// warnHas, and with nothing lost on its way to the EPUB.
	stage   string
	line    int
	errHas  []string
	warnHas []string
	// check, when set, checks more of a built outcome.
	check func(t *testing.T, o outcome)
}

// catalogue lists the bad inputs and the behaviour each must get.
func catalogue() []badCase {
	sub := &layout.Options{Substitute: true}
	return []badCase{
		{name: "empty file", in: gen("empty.md", func() []byte { return nil }), stage: "import", errHas: []string{"empty"}},
		{name: "only whitespace", in: gen("blank.md", func() []byte { return []byte(" \n\t\n  \r\n\u3000\n") }), stage: "import", errHas: []string{"empty"}},
		{name: "binary data", in: gen("binary.md", func() []byte { return []byte("\x00\x01\x02\n\xff\xfe\x89PNG\x00\x00") }), stage: "import", line: 2, errHas: []string{"invalid UTF-8"}},
		{name: "invalid UTF-8", in: gen("bad-utf8.md", func() []byte { return append(validIssue(), "\n坏\xe4\xb8字节\n"...) }), stage: "import", line: 17, errHas: []string{"invalid UTF-8 (byte 0xE4)"}},
		{name: "UTF-16 with BOM", in: gen("utf16.md", func() []byte { return utf16LE(string(validIssue())) }), stage: "import", errHas: []string{"UTF-16", "convert it to UTF-8"}},
		{name: "CRLF line ends", in: gen("crlf.md", crlf), check: sameAsLF},
		{name: "lone CR line ends", in: gen("cr.md", lonecr), check: sameAsLF},
		{name: "20 MB single paragraph", in: gen("big.md", bigParagraph), stage: "layout", line: 11, errHas: []string{"passes 2000 pages", "MaxPages"}, limit: 40 * time.Second},
		{name: "20 MB over a 16 MB MaxBytes", in: gen("big.md", bigParagraph), iopts: &importer.Options{MaxBytes: 16 << 20}, stage: "import", errHas: []string{"over the limit", "MaxBytes"}, limit: time.Second},
		{name: "100,000 tiny paragraphs", in: gen("paragraphs.md", func() []byte { return manyParagraphs(100000) }), limit: 40 * time.Second, check: countBlocks(model.Paragraph, 100000)},
		{name: "10,000 headings", in: gen("headings.md", func() []byte { return manyHeadings(10000) }), check: countBlocks(model.Heading, 10000)},
		{name: "contents entries that match nothing", in: file("toc-nomatch.md"), warnHas: []string{
			`toc-nomatch.md:5: warning: contents: contents entry "并不存在的文章" has no article`,
			`toc-nomatch.md:7: warning: contents: contents entry "另一篇没有的文章" has no article`,
			`toc-nomatch.md:13: warning: contents: body article "真正的文章" is not in the contents`,
			`toc-nomatch.md:17: warning: contents: body article "第二篇" is not in the contents`,
		}, check: articles("真正的文章", "第二篇")},
		{name: "duplicate article titles", in: file("duplicate-titles.md"), check: articles("同名的文章", "同名的文章")},
		{name: "articles with no body", in: file("empty-article.md"), warnHas: []string{
			`empty-article.md:25: warning: structure: article "没有正文的文章" has no body text`,
			`empty-article.md:27: warning: structure: article "中间没有正文的文章" has no body text`,
		}, check: articles("有正文的文章", "没有正文的文章", "中间没有正文的文章", "最后的文章")},
		{name: "200 levels of >", in: gen("quotes.md", func() []byte { return deepQuote(200) }), warnHas: []string{"quotes.md:15: warning: quotes: block quotes nested 200 levels deep"}, check: epubHas("最深处的引文")},
		{name: "20,000 levels of >", in: gen("quotes.md", func() []byte { return deepQuote(20000) }), warnHas: []string{"quotes.md:15: warning: quotes: block quotes nested 20000 levels deep"}, check: epubHas("最深处的引文"), limit: 5 * time.Second},
		{name: "200 levels of list", in: gen("lists.md", func() []byte { return deepList(200) }), check: epubHas("第200层")},
		{name: "table with ragged rows", in: file("ragged-table.md"), check: epubHas("多出的格", "又一格", "只有一格", "表格之后的段落")},
		{name: "image path ../../etc/passwd", in: withImage("../../etc/passwd", "", nil), stage: "import", line: 15, errHas: []string{"leaves the issue's folder"}},
		{name: "absolute image path", in: withImage("/etc/passwd", "", nil), stage: "import", line: 15, errHas: []string{"an absolute path"}},
		{name: "symlink out of the folder", in: symlinkOut, stage: "import", line: 15, errHas: []string{"symbolic link leads out"}},
		{name: "missing image", in: withImage("images/none.png", "", nil), stage: "layout", line: 15, errHas: []string{"images/none.png", "no such file"}},
		{name: "truncated PNG", in: withImage("images/cut.png", "images/cut.png", func(t testing.TB) []byte { d := samplePNG(t); return d[:len(d)/2] }), stage: "pdf", line: 15, errHas: []string{"cut.png"}},
		{name: "corrupt PNG header", in: withImage("images/junk.png", "images/junk.png", func(t testing.TB) []byte { d := samplePNG(t); d[20] ^= 0xff; return d }), stage: "layout", line: 15, errHas: []string{"junk.png", "not a readable"}},
		{name: "truncated JPEG", in: withImage("images/cut.jpg", "images/cut.jpg", func(t testing.TB) []byte { d := sampleJPEG(t); return d[:len(d)/2] }), stage: "layout", line: 15, errHas: []string{"cut.jpg", "not a readable JPEG"}},
		{name: "30,000 × 30,000 pixel image", in: withImage("images/huge.png", "images/huge.png", func(testing.TB) []byte { return hugePNG(30000, 30000) }), stage: "layout", line: 15, errHas: []string{"30000×30000 pixels", "MaxImagePixels"}, limit: time.Second},
		{name: "characters no font has", in: file("nofont.md"), stage: "layout", errHas: []string{"3 characters no font has", "U+E000", "U+12000", "line 13", "Substitute"}},
		{name: "characters no font has, substituted", in: file("nofont.md"), lopts: sub, check: epubHas("私用区字符\ue000和\ue001")},
		{name: "control and zero-width characters", in: file("controls.md"), check: epubHas("零宽连接符\u200d")},
		{name: "right-to-left text", in: file("rtl.md"), stage: "layout", errHas: []string{"characters no font has", "U+05D5", "line 13"}},
		{name: "right-to-left text, substituted", in: file("rtl.md"), lopts: sub, check: epubHas("مرحبا بالعالم", "שלום עולם")},
		{name: "hostile HTML page", in: file("hostile.html"), warnHas: []string{
			`hostile.html:28: warning: images: remote or inline image "http://evil.example/remote.jpg" is not fetched`,
			`hostile.html:29: warning: images: remote or inline image "data:image/svg+xml`,
		}, check: inert},
	}
}

// TestCatalogue runs every bad input through the pipeline and checks the
// behaviour the catalogue gives it.
func TestCatalogue(t *testing.T) {
	for _, c := range catalogue() {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			if testing.Short() && c.limit > 20*time.Second {
				t.Skip("big input skipped in -short mode")
			}
			path := c.in(t, t.TempDir())
			limit := c.limit
			if limit == 0 {
				limit = 20 * time.Second
			}
			o := withTimeout(t, limit, func() outcome { return build(path, c.iopts, c.lopts) })
			base := filepath.Base(path)
			if c.stage != "" {
				if o.err == nil {
					t.Fatalf("built; want a %s error", c.stage)
				}
				msg := o.err.Error()
				if o.stage != c.stage {
					t.Errorf("%s error %q, want a %s error", o.stage, msg, c.stage)
				}
				want := append([]string{base}, c.errHas...)
				if c.line > 0 {
					want = append(want, base+":"+strconv.Itoa(c.line))
				}
				for _, w := range want {
					if !strings.Contains(msg, w) {
						t.Errorf("error %q lacks %q", msg, w)
					}
				}
				return
			}
			if o.err != nil {
				t.Fatalf("%s: %v", o.stage, o.err)
			}
			for _, w := range c.warnHas {
				found := false
				for _, have := range o.warnings {
					found = found || strings.Contains(have, w)
				}
				if !found {
					t.Errorf("no warning holds %q; warnings:\n%s", w, strings.Join(o.warnings, "\n"))
				}
			}
			if lost, err := lostInEPUB(o.res.Issue, o.epub); err != nil {
				t.Error(err)
			} else if len(lost) > 0 {
				t.Errorf("%d texts lost on the way to the EPUB, first %.200q", len(lost), lost[0])
			}
			if c.check != nil {
				c.check(t, o)
			}
		})
	}
}

// sameAsLF checks that the issue equals the one its LF twin gives.
func sameAsLF(t *testing.T, o outcome) {
	res, err := importer.Markdown(bytes.NewReader(validIssue()), "lf.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := importer.ModelText(o.res.Issue), importer.ModelText(res.Issue); got != want {
		t.Errorf("model text\n%q\nwant\n%q", got, want)
	}
}

// countBlocks checks the number of blocks of a type.
func countBlocks(typ model.BlockType, want int) func(*testing.T, outcome) {
	return func(t *testing.T, o outcome) {
		n := 0
		model.Walk(o.res.Issue, func(_ model.Place, b *model.Block) error {
			if b.Type == typ {
				n++
			}
			return nil
		})
		if n != want {
			t.Errorf("%d %s blocks, want %d", n, typ, want)
		}
	}
}

// articles checks the issue's article titles and that each has its own
// file in the EPUB.
func articles(titles ...string) func(*testing.T, outcome) {
	return func(t *testing.T, o outcome) {
		var got []string
		for _, a := range o.res.Issue.Articles() {
			got = append(got, a.Title)
		}
		if strings.Join(got, "|") != strings.Join(titles, "|") {
			t.Errorf("articles %q, want %q", got, titles)
		}
		text, err := epubText(o.epub)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range titles {
			if strings.Count(text, ti) < 2 { // contents and article
				t.Errorf("title %q not in the EPUB's contents and article", ti)
			}
		}
	}
}

// epubHas checks that the EPUB's text holds each string exactly.
func epubHas(want ...string) func(*testing.T, outcome) {
	return func(t *testing.T, o outcome) {
		text, err := epubText(o.epub)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("EPUB text lacks %q", w)
			}
		}
	}
}

// symlinkOut writes an issue whose picture is a symbolic link to a
// picture outside the issue's folder.
func symlinkOut(t testing.TB, dir string) string {
	out := write(t, dir, "outside.png", samplePNG(t))
	p := imageIssue(t, dir, "images/link.png")
	if err := os.MkdirAll(filepath.Join(dir, "issue", "images"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(out, filepath.Join(dir, "issue", "images", "link.png")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	return p
}

// sampleJPEG encodes a small JPEG.
func sampleJPEG(t testing.TB) []byte {
	im := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := range 48 {
		for x := range 64 {
			im.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 5), 128, 255})
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, im, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
