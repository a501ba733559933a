package epub

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// claimPNG is a PNG header claiming w×h pixels, with no pixel data.
func claimPNG(w, h uint32) []byte {
	ihdr := append(binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, w), h), 8, 2, 0, 0, 0)
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	binary.Write(&b, binary.BigEndian, uint32(len(ihdr)))
	b.WriteString("IHDR")
	b.Write(ihdr)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(append([]byte("IHDR"), ihdr...)))
	return b.Bytes()
}

// TestPictureChecks: pictures over the pixel limit, unreadable rasters
// and SVGs with scripts are refused, naming the picture.
func TestPictureChecks(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"huge.png":   claimPNG(30000, 30000),
		"small.png":  claimPNG(30, 20),
		"broken.jpg": []byte("\xff\xd8\xff\xe0 truncated"),
		"evil.svg":   []byte(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`),
		"plain.svg":  []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ img, want string }{
		{"huge.png", "30000×30000 pixels"},
		{"broken.jpg", "unreadable"},
		{"evil.svg", "active content"},
		{"small.png", ""},
		{"plain.svg", ""},
	} {
		is := &model.Issue{Meta: model.Meta{Title: "刊名"}, Sections: []model.Section{{Name: "栏目", Articles: []model.Article{{
			Title: "标题", Blocks: []model.Block{model.Para("正文。"), {Type: model.Figure, Image: tc.img, Caption: "图说"}},
		}}}}}
		err := Write(&bytes.Buffer{}, is, &Options{BaseDir: dir, NoFont: true})
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.img, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.img) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.img, err, tc.want)
		}
	}
}
