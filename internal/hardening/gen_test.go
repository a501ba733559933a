package hardening

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
)

// root is the repository's root, seen from this package's folder.
const root = "../.."

// badDir holds the catalogue's committed inputs.
var badDir = filepath.Join(root, "testdata", "bad")

// issueMD returns a small valid issue in the Markdown dialect with one
// article titled title whose body is body.
func issueMD(title, body string) string {
	return "# 目录\n\n## ■要闻\n\n" + title + "\n\n# 测试月刊\n\n2025年第03期·总第100期\n\n# " + title + "\n\n" + body + "\n"
}

// write writes data to name in dir and returns its path.
func write(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
}

// bigParagraph is an issue whose one article is a single paragraph of
// about n bytes of Chinese text, made once per test run.
var bigParagraph = sync.OnceValue(func() []byte {
	const n = 20 << 20
	unit := "清晨六点，老街上的早点铺已经开门，油条在锅里翻滚，豆浆的香气飘满了整条街道。"
	var b bytes.Buffer
	b.WriteString(issueMD("长段落", ""))
	for b.Len() < n {
		b.WriteString(unit)
	}
	b.WriteString("\n")
	return b.Bytes()
})

// manyParagraphs is an issue with n tiny paragraphs in one article.
func manyParagraphs(n int) []byte {
	var b strings.Builder
	b.WriteString(issueMD("很多段落", ""))
	for i := range n {
		fmt.Fprintf(&b, "第%d段。\n\n", i+1)
	}
	return []byte(b.String())
}

// manyHeadings is an issue with n headings, each followed by a paragraph.
func manyHeadings(n int) []byte {
	var b strings.Builder
	b.WriteString(issueMD("很多标题", "导语。"))
	for i := range n {
		fmt.Fprintf(&b, "## 第%d节\n\n内容%d。\n\n", i+1, i+1)
	}
	return []byte(b.String())
}

// deepQuote nests a paragraph in depth levels of block quote.
func deepQuote(depth int) []byte {
	return []byte(issueMD("深层引文", "引文之前。\n\n"+strings.Repeat(">", depth)+" 最深处的引文。\n\n引文之后。"))
}

// deepList nests list items depth levels deep, two spaces per level.
func deepList(depth int) []byte {
	var b strings.Builder
	b.WriteString("列表之前。\n\n")
	for i := range depth {
		fmt.Fprintf(&b, "%s- 第%d层\n", strings.Repeat("  ", i), i+1)
	}
	b.WriteString("\n列表之后。")
	return []byte(issueMD("深层列表", b.String()))
}

// pngChunk encodes one PNG chunk.
func pngChunk(typ string, data []byte) []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, uint32(len(data)))
	b.WriteString(typ)
	b.Write(data)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte(typ), data...)))
	return b.Bytes()
}

// hugePNG is a PNG header claiming w×h pixels, followed by an empty IDAT:
// the shape of a decompression bomb, small on disk.
func hugePNG(w, h uint32) []byte {
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 2, 0, 0, 0) // 8-bit RGB, no interlace
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	b.Write(pngChunk("IHDR", ihdr))
	b.Write(pngChunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}))
	b.Write(pngChunk("IEND", nil))
	return b.Bytes()
}

// samplePNG is the minimal example's picture, a valid PNG.
func samplePNG(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "examples", "minimal", "images", "haihe.png"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// imageIssue writes an issue whose article shows the picture ref, and
// returns its path.
func imageIssue(t testing.TB, dir, ref string) string {
	return write(t, dir, "issue/issue.md", []byte(issueMD("有图的文章", "图前的段落。\n\n![图片]("+ref+")\n\n图说 张三 摄\n\n图后的段落。")))
}
