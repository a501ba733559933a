package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/paiban/paiban/layout"
)

// png16 encodes a w×h 16-bit RGBA gradient.
func png16(t testing.TB, w, h int) []byte {
	img := image.NewNRGBA64(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.NRGBA64{uint16(x * 65535 / w), uint16(y * 65535 / h), 0x8000, 0xFFFF})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngInterlaced encodes a w×h 8-bit gray image with Adam7 interlacing,
// which image/png can read but not write.
func pngInterlaced(w, h int) []byte {
	pix := func(x, y int) byte { return byte((x*7 + y*13) % 256) }
	passes := [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	var raw bytes.Buffer
	for _, p := range passes {
		for y := p[1]; y < h; y += p[3] {
			if p[0] >= w {
				break
			}
			raw.WriteByte(0) // filter: none
			for x := p[0]; x < w; x += p[2] {
				raw.WriteByte(pix(x, y))
			}
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw.Bytes())
	zw.Close()
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&out, binary.BigEndian, uint32(len(data)))
		c := crc32.NewIEEE()
		c.Write([]byte(typ))
		c.Write(data)
		out.WriteString(typ)
		out.Write(data)
		binary.Write(&out, binary.BigEndian, c.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9], ihdr[12] = 8, 0, 1 // depth 8, gray, Adam7
	chunk("IHDR", ihdr)
	chunk("IDAT", z.Bytes())
	chunk("IEND", nil)
	return out.Bytes()
}

func TestPNGReencode(t *testing.T) {
	for name, data := range map[string][]byte{"16-bit": png16(t, 40, 30), "interlaced": pngInterlaced(40, 30)} {
		if !pngNeedsReencode(data) {
			t.Errorf("%s: not detected", name)
		}
		p, err := prepareImage(data, layout.DefaultMaxImagePixels)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if p.w != 40 || p.h != 30 {
			t.Errorf("%s: size %dx%d", name, p.w, p.h)
		}
	}
	var plain bytes.Buffer
	png.Encode(&plain, image.NewGray(image.Rect(0, 0, 4, 4)))
	if pngNeedsReencode(plain.Bytes()) {
		t.Error("8-bit non-interlaced PNG flagged")
	}
}

// TestImages draws both awkward PNGs and checks they are embedded at 8
// bits, the same image once however often placed, with a warning for the
// low resolution.
func TestImages(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 200, Height: 200, Bleed: 5}}}
	p16, pil := png16(t, 300, 300), pngInterlaced(600, 600)
	doc.Pages[0].Images = []layout.Image{
		{Path: "a16.png", Data: p16, X: 10, Y: 10, W: 72, H: 72},   // 300 dpi
		{Path: "a16.png", Data: p16, X: 100, Y: 10, W: 72, H: 72},  // same image again
		{Path: "il.png", Data: pil, X: 10, Y: 100, W: 180, H: 180}, // 240 dpi
	}
	var warns []string
	var buf bytes.Buffer
	if err := Draw(&buf, doc, &Options{Warn: func(err error) { warns = append(warns, err.Error()) }}); err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "il.png: 240 dpi") {
		t.Errorf("warnings %q, want one for il.png at 240 dpi", warns)
	}
	out, _ := runTool(t, "pdfimages", "-list", writeTemp(t, "i.pdf", buf.Bytes()))
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) != 3 { // two placements of one object, one other image
		t.Fatalf("pdfimages -list:\n%s", out)
	}
	objs := map[string]bool{}
	for _, l := range lines {
		f := strings.Fields(l)
		// page num type width height color comp bpc enc interp object …
		if f[7] != "8" {
			t.Errorf("image not 8 bpc: %s", l)
		}
		objs[f[10]] = true
	}
	if len(objs) != 2 {
		t.Errorf("want 2 image objects, got %d:\n%s", len(objs), out)
	}
}

// TestImagePixelLimit: Draw refuses a picture over the layout's pixel
// limit from its header alone, before decoding (a re-encoded 16-bit PNG
// would otherwise be decoded in full).
func TestImagePixelLimit(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 200, Height: 200, Bleed: 5}}}
	doc.Pages[0].Images = []layout.Image{{Path: "big.png", Data: png16(t, 300, 300), X: 10, Y: 10, W: 72, H: 72}}
	err := Draw(&bytes.Buffer{}, doc, &Options{Layout: &layout.Options{MaxImagePixels: 300*300 - 1}})
	if err == nil || !strings.Contains(err.Error(), "big.png") || !strings.Contains(err.Error(), "300×300 pixels") {
		t.Errorf("err = %v, want the pixel limit", err)
	}
	if err := Draw(&bytes.Buffer{}, doc, &Options{Layout: &layout.Options{MaxImagePixels: 300 * 300}}); err != nil {
		t.Errorf("at the limit: %v", err)
	}
}

// TestImageRef: a picture that fails to embed is reported with the place
// the source names it.
func TestImageRef(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Width: 200, Height: 200, Bleed: 5}}}
	p := png16(t, 30, 30)
	doc.Pages[0].Images = []layout.Image{{Path: "cut.png", Ref: "issue.md:15", Data: p[:len(p)/2], X: 10, Y: 10, W: 72, H: 72}}
	err := Draw(&bytes.Buffer{}, doc, nil)
	if err == nil || !strings.Contains(err.Error(), "cut.png (named at issue.md:15)") {
		t.Errorf("err = %v, want the picture and its source line", err)
	}
}
