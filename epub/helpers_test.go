package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
	"testing"

	"github.com/paiban/paiban/model"
)

// unpacked is a built book, read back.
type unpacked struct {
	raw   []byte
	order []string          // zip entry names in order
	files map[string][]byte // by name
	spine []string          // content document names, EPUB/-relative, in spine order
}

func build(t testing.TB, is *model.Issue, o *Options) *unpacked {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, is, o); err != nil {
		t.Fatal(err)
	}
	return unpack(t, buf.Bytes())
}

func unpack(t testing.TB, data []byte) *unpacked {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	u := &unpacked{raw: data, files: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		u.order = append(u.order, f.Name)
		u.files[f.Name] = b
	}
	var opf struct {
		Items []struct {
			ID   string `xml:"id,attr"`
			Href string `xml:"href,attr"`
		} `xml:"manifest>item"`
		Spine []struct {
			IDRef string `xml:"idref,attr"`
		} `xml:"spine>itemref"`
	}
	if err := xml.Unmarshal(u.files["EPUB/package.opf"], &opf); err != nil {
		t.Fatalf("package.opf: %v", err)
	}
	href := map[string]string{}
	for _, it := range opf.Items {
		href[it.ID] = it.Href
	}
	for _, r := range opf.Spine {
		u.spine = append(u.spine, href[r.IDRef])
	}
	return u
}

func (u *unpacked) file(t testing.TB, name string) string {
	t.Helper()
	b, ok := u.files[name]
	if !ok {
		t.Fatalf("no %s in the book", name)
	}
	return string(b)
}

// bodyText returns the character data of an XHTML document's body, and
// fails the test when the document is not well-formed.
func bodyText(t testing.TB, name string, doc []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	d.Entity = map[string]string{}
	var sb strings.Builder
	inBody := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed: %v", name, err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if x.Name.Local == "body" {
				inBody = true
			}
		case xml.EndElement:
			if x.Name.Local == "body" {
				inBody = false
			}
		case xml.CharData:
			if inBody {
				sb.Write(x)
			}
		}
	}
	return sb.String()
}

// spineText is the body text of the spine's documents in reading order.
func (u *unpacked) spineText(t testing.TB) string {
	var sb strings.Builder
	for _, h := range u.spine {
		sb.WriteString(bodyText(t, h, u.files[path.Join("EPUB", h)]))
	}
	return sb.String()
}
