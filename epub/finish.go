package epub

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"sort"
	"strings"
	"sync"
)

// finish is the one place where the zip go-epub wrote becomes the final
// book. go-epub cannot express the package metadata this book needs,
// writes an English file-level nav, stamps dcterms:modified from the
// clock and orders the manifest, the NCX ids and (with an in-memory file
// system) the zip entries by map iteration. So finish
//
//   - writes package.opf anew: our metadata, the manifest sorted by href
//     with media types set by name, go-epub's spine order;
//   - replaces nav.xhtml and toc.ncx with ones made from model.TOC
//     (目录, lang, fragment links to headings, landmarks, page-list);
//   - adds lang and xml:lang to the root of every content document;
//   - stores the embedded font (go-epub is not given it) and, when it is
//     obfuscated, META-INF/encryption.xml;
//   - writes the zip with mimetype first and stored, the rest in name
//     order, all with zero timestamps.
func finish(w io.Writer, src []byte, b *book) error {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return fmt.Errorf("epub: finish: reading go-epub's zip: %w", err)
	}
	files := map[string]*zip.File{}
	var names []string
	for _, f := range zr.File {
		files[f.Name] = f
		if f.Name != "mimetype" {
			names = append(names, f.Name)
		}
	}
	// go-epub only logs most of its errors; make sure it wrote every file.
	for _, p := range b.pages {
		if files["EPUB/xhtml/"+p.name] == nil {
			return fmt.Errorf("epub: finish: go-epub did not write %s", p.name)
		}
	}
	for _, n := range []string{"mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx"} {
		if files[n] == nil {
			return fmt.Errorf("epub: finish: go-epub did not write %s", n)
		}
	}
	if b.fontRunes != nil {
		names = append(names, fontPath)
		if !b.opts.PlainFont {
			names = append(names, encryptionFile)
		}
	}
	sort.Strings(names)

	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, fastDeflate)

	put := func(name string, data []byte) error {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		_, err = fw.Write(data)
		return err
	}
	mt, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		return fmt.Errorf("epub: finish: %w", err)
	}
	if _, err := io.WriteString(mt, "application/epub+zip"); err != nil {
		return fmt.Errorf("epub: finish: %w", err)
	}
	for _, name := range names {
		var data []byte
		switch {
		case name == encryptionFile:
			data = []byte(encryptionXML(fontPath))
		case name == fontPath:
			// Deflated beforehand, alongside go-epub's work.
			if err := b.fontZip.write(zw, name); err != nil {
				return fmt.Errorf("epub: finish: %s: %w", name, err)
			}
			continue
		case name == "EPUB/package.opf":
			old, err := readZipFile(files[name])
			if err != nil {
				return err
			}
			if data, err = b.packageDoc(old); err != nil {
				return err
			}
		case name == "EPUB/nav.xhtml":
			data = []byte(b.navDoc())
		case name == "EPUB/toc.ncx":
			data = []byte(b.ncxDoc())
		case strings.HasPrefix(name, "EPUB/xhtml/"):
			old, err := readZipFile(files[name])
			if err != nil {
				return err
			}
			if data, err = b.setLang(name, old); err != nil {
				return err
			}
		default:
			// Style sheet, font, images: as go-epub compressed them.
			if err := zw.Copy(files[name]); err != nil {
				return fmt.Errorf("epub: finish: %s: %w", name, err)
			}
			continue
		}
		if err := put(name, data); err != nil {
			return fmt.Errorf("epub: finish: %s: %w", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("epub: finish: %w", err)
	}
	return nil
}

// fastDeflate compresses at flate.BestSpeed with pooled writers: the book
// grows by a few percent and is written in about half the time (the font
// dominates both). The output is as deterministic as any fixed level.
func fastDeflate(out io.Writer) (io.WriteCloser, error) {
	if fw, ok := flatePool.Get().(*flate.Writer); ok {
		fw.Reset(out)
		return pooledFlate{fw}, nil
	}
	fw, err := flate.NewWriter(out, flate.BestSpeed)
	return pooledFlate{fw}, err
}

var flatePool sync.Pool

type pooledFlate struct{ *flate.Writer }

func (p pooledFlate) Close() error {
	err := p.Writer.Close()
	flatePool.Put(p.Writer)
	return err
}

const (
	encryptionFile = "META-INF/encryption.xml"
	fontPath       = "EPUB/fonts/" + bodyFontFile
)

func readZipFile(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("epub: finish: %s: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		return nil, fmt.Errorf("epub: finish: %s: %w", f.Name, err)
	}
	return data, nil
}

// goepubRoot is the html start tag go-epub writes for every section.
const goepubRoot = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">`

func (b *book) setLang(name string, data []byte) ([]byte, error) {
	i := bytes.Index(data, []byte(goepubRoot))
	if i < 0 {
		return nil, fmt.Errorf("epub: finish: %s: unexpected root element from go-epub", name)
	}
	root := goepubRoot[:len(goepubRoot)-1] + ` lang="` + esc(b.lang) + `" xml:lang="` + esc(b.lang) + `">`
	out := make([]byte, 0, len(data)+len(root))
	out = append(out, data[:i]...)
	out = append(out, root...)
	return append(out, data[i+len(goepubRoot):]...), nil
}

// opfIn is the part of go-epub's package.opf that finish keeps.
type opfIn struct {
	Items []struct {
		ID    string `xml:"id,attr"`
		Href  string `xml:"href,attr"`
		Props string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef string `xml:"idref,attr"`
	} `xml:"spine>itemref"`
}

// coverImageID is the manifest ID of the cover picture.
const coverImageID = "cover-image"

func (b *book) packageDoc(old []byte) ([]byte, error) {
	var in opfIn
	if err := xml.Unmarshal(old, &in); err != nil {
		return nil, fmt.Errorf("epub: finish: go-epub's package.opf: %w", err)
	}
	type item struct{ id, href, mediaType, props string }
	var items []item
	for _, it := range in.Items {
		x := item{id: it.ID, href: it.Href, mediaType: mediaTypeOf(it.Href), props: it.Props}
		if x.mediaType == "" {
			return nil, fmt.Errorf("epub: finish: no media type for %s", it.Href)
		}
		if !strings.HasPrefix(it.Href, "xhtml/") && it.ID != "nav" && it.ID != "ncx" {
			// go-epub's IDs for media are UUIDs of the name; name-based
			// IDs are easier to read and as stable.
			x.id = "res-" + path.Base(it.Href)
		}
		if b.coverImage != "" && it.Href == "images/"+b.coverImage {
			x.id, x.props = coverImageID, "cover-image"
		}
		items = append(items, x)
	}
	if b.fontRunes != nil {
		items = append(items, item{id: "res-" + bodyFontFile, href: "fonts/" + bodyFontFile, mediaType: mediaTypeOf(bodyFontFile)})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].href < items[j].href })

	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	sb.WriteString(`<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="` + esc(b.lang) + `">` + "\n")
	sb.WriteString(b.metadata())
	sb.WriteString("  <manifest>\n")
	for _, it := range items {
		sb.WriteString(`    <item id="` + esc(it.id) + `" href="` + esc(it.href) + `" media-type="` + it.mediaType + `"`)
		if it.props != "" {
			sb.WriteString(` properties="` + esc(it.props) + `"`)
		}
		sb.WriteString("/>\n")
	}
	sb.WriteString("  </manifest>\n  <spine toc=\"ncx\">\n")
	for _, ref := range in.Spine {
		sb.WriteString(`    <itemref idref="` + esc(ref.IDRef) + `"/>` + "\n")
	}
	sb.WriteString("  </spine>\n</package>\n")
	return []byte(sb.String()), nil
}

// encryptionXML declares the IDPF font obfuscation of the font at uri.
func encryptionXML(uri string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData>
    <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
    <enc:CipherData>
      <enc:CipherReference URI="` + uri + `"/>
    </enc:CipherData>
  </enc:EncryptedData>
</encryption>
`
}

// rawEntry is a file deflated ahead of writing the zip.
type rawEntry struct {
	data []byte // raw deflate stream
	crc  uint32
	size int // uncompressed size
}

// deflated compresses data as a zip entry would, at the speed the rest of
// the book is compressed.
func deflated(data []byte) (rawEntry, error) {
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return rawEntry{}, err
	}
	if _, err := fw.Write(data); err != nil {
		return rawEntry{}, err
	}
	if err := fw.Close(); err != nil {
		return rawEntry{}, err
	}
	return rawEntry{data: buf.Bytes(), crc: crc32.ChecksumIEEE(data), size: len(data)}, nil
}

// write adds the entry to zw under name, without compressing it again.
func (e rawEntry) write(zw *zip.Writer, name string) error {
	// CreateRaw leaves the version fields as given; 2.0 is what
	// CreateHeader writes for a deflated entry.
	fw, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: e.crc,
		CompressedSize64: uint64(len(e.data)), UncompressedSize64: uint64(e.size),
		CreatorVersion: 20, ReaderVersion: 20})
	if err != nil {
		return err
	}
	_, err = fw.Write(e.data)
	return err
}
