package epub

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/paiban/paiban/model"
)

// The fixed pages' file names start with '_', which model IDs cannot
// (model.AssignIDs keeps only IDs that start with a letter), so an
// article can never overwrite them.
const (
	coverFile    = "_cover.xhtml"
	contentsFile = "_contents.xhtml"
	colophonFile = "_colophon.xhtml"
	cssFile      = "book.css"
)

// page is one content document of the spine.
type page struct {
	name  string // file name under xhtml/
	title string // the document's <title>
	body  string // XHTML that goes inside <body>
}

// pageRef is one entry of the page-list: a print page label and the
// address of its marker, relative to the package folder.
type pageRef struct{ label, href string }

// imageFile is a picture stored in the book.
type imageFile struct {
	name, mediaType string
	data            []byte
}

// book is everything Write knows about the e-book before go-epub and the
// post-pass turn it into a zip.
type book struct {
	is    *model.Issue
	opts  *Options
	faces faces
	lang  string
	uid   string // the package's unique identifier
	title string // 天津支部生活 2024年第09期（上半月）

	pages      []page
	images     []imageFile
	imageHref  map[string]string // source path → href from xhtml/
	coverImage string            // name under images/ of the cover picture
	pageList   []pageRef
	noAlt      bool
	font       []byte   // embedded subset as stored (obfuscated unless PlainFont)
	fontRunes  []rune   // the characters of the subset; nil: no font embedded
	fontZip    rawEntry // font, deflated for the zip (embedFont)
	toc        []*model.Node
	navHref    map[*model.Node]string
}

// bookTitle is the title shelves show: magazine, number and half-month.
func bookTitle(m *model.Meta) string {
	t := strings.TrimSpace(m.Title + " " + m.Number)
	if m.HalfMonth != "" {
		t += "（" + m.HalfMonth + "）"
	}
	return t
}

func newBook(is *model.Issue, o *Options, f faces) (*book, error) {
	b := &book{
		is:        is,
		opts:      o,
		faces:     f,
		lang:      is.Meta.Lang(),
		uid:       identifier(&is.Meta),
		title:     bookTitle(&is.Meta),
		imageHref: map[string]string{},
		navHref:   map[*model.Node]string{},
	}
	marks, front, back, err := b.placePages()
	if err != nil {
		return nil, err
	}
	b.toc = model.TOC(is)
	b.linkNav()
	bw := &blockWriter{image: b.image}
	cover, err := b.coverPage()
	if err != nil {
		return nil, err
	}
	b.pages = append(b.pages, cover, b.contentsPage(front))
	for si := range is.Sections {
		s := &is.Sections[si]
		p, err := b.sectionPage(bw, s)
		if err != nil {
			return nil, err
		}
		b.pages = append(b.pages, p)
		done := map[string]bool{}
		for ai := range s.Articles {
			a := &s.Articles[ai]
			if g := s.SeriesByName(a.Series); g != nil && !done[g.Name] {
				done[g.Name] = true
				p, err := b.seriesPage(bw, g)
				if err != nil {
					return nil, err
				}
				b.pages = append(b.pages, p)
			}
			p, err := b.articlePage(bw, a, marks[a.ID])
			if err != nil {
				return nil, err
			}
			b.pages = append(b.pages, p)
		}
		// A declared series that no article names still keeps its text.
		for gi := range s.Series {
			if g := &s.Series[gi]; !done[g.Name] {
				done[g.Name] = true
				p, err := b.seriesPage(bw, g)
				if err != nil {
					return nil, err
				}
				b.pages = append(b.pages, p)
			}
		}
	}
	colophon, err := b.colophonPage(bw, back)
	if err != nil {
		return nil, err
	}
	b.pages = append(b.pages, colophon)
	b.noAlt = bw.noAlt
	b.sortPageList()
	b.fontRunes = b.embeddedRunes()
	return b, nil
}

// linkNav gives every TOC node the address it links to. A series node
// links to its introduction page the first time the series appears, else
// to its first article.
func (b *book) linkNav() {
	seen := map[string]bool{}
	var link func(ns []*model.Node) string
	link = func(ns []*model.Node) string {
		first := ""
		for _, n := range ns {
			var h string
			switch n.Kind {
			case model.NodeSection:
				h = "xhtml/" + n.ID + ".xhtml"
				link(n.Children)
			case model.NodeSeries:
				child := link(n.Children)
				h = child
				if n.ID != "" && !seen[n.ID] {
					h = "xhtml/" + n.ID + ".xhtml"
				}
				seen[n.ID] = true
			case model.NodeArticle:
				h = "xhtml/" + n.ID + ".xhtml"
				link(n.Children)
			case model.NodeHeading:
				h = "xhtml/" + n.ArticleID + ".xhtml#" + n.ID
				link(n.Children)
			}
			b.navHref[n] = h
			if first == "" {
				first = h
			}
		}
		return first
	}
	link(b.toc)
}

// image stores the picture at src (relative to BaseDir) once and returns
// its address relative to the content documents.
func (b *book) image(src, where string) (string, error) {
	if h, ok := b.imageHref[src]; ok {
		return h, nil
	}
	data, err := b.readFile(src)
	if err != nil {
		return "", fmt.Errorf("epub: %s: image: %w", where, err)
	}
	mt, ext := imageType(data)
	if mt == "" {
		return "", fmt.Errorf("epub: %s: image %s: not a JPEG, PNG, GIF or SVG file (the formats EPUB 3.2 readers must show)", where, src)
	}
	if err := b.opts.checkPicture(data, mt); err != nil {
		return "", fmt.Errorf("epub: %s: image %s: %w", where, src, err)
	}
	name := fmt.Sprintf("img%03d%s", len(b.images)+1, ext)
	b.images = append(b.images, imageFile{name: name, mediaType: mt, data: data})
	h := "../images/" + name
	b.imageHref[src] = h
	return h, nil
}

// imageType sniffs a picture's media type from its first bytes; the
// file name extension is not trusted.
func imageType(data []byte) (mediaType, ext string) {
	s := string(data[:min(len(data), 512)])
	switch {
	case strings.HasPrefix(s, "\xff\xd8\xff"):
		return "image/jpeg", ".jpg"
	case strings.HasPrefix(s, "\x89PNG\r\n\x1a\n"):
		return "image/png", ".png"
	case strings.HasPrefix(s, "GIF87a"), strings.HasPrefix(s, "GIF89a"):
		return "image/gif", ".gif"
	case strings.Contains(s, "<svg"):
		return "image/svg+xml", ".svg"
	}
	return "", ""
}

// mediaTypeOf gives the manifest media type of a file of the book by its
// name; go-epub sniffs content, which fails for obfuscated fonts.
func mediaTypeOf(name string) string {
	switch path.Ext(name) {
	case ".xhtml":
		return "application/xhtml+xml"
	case ".css":
		return "text/css"
	case ".ncx":
		return "application/x-dtbncx+xml"
	case ".ttf":
		return "font/ttf"
	case ".otf":
		return "font/otf"
	case ".woff2":
		return "font/woff2"
	case ".jpg":
		return "image/jpeg"
	case ".png":
		return "image/png"
	case ".gif":
		return "image/gif"
	case ".svg":
		return "image/svg+xml"
	}
	return ""
}

// embeddedRunes returns the characters of the book that the body font
// has, the subset to embed; nil when no font is embedded.
func (b *book) embeddedRunes() []rune {
	f := b.faces.body
	if b.opts.NoFont || f == nil {
		return nil
	}
	bodies := []string{b.title, wordContents, wordCover, wordColophon, wordNotices}
	for _, p := range b.pages {
		bodies = append(bodies, p.body)
	}
	var runes []rune
	for _, r := range textRunes(bodies...) {
		if f.Has(r) {
			runes = append(runes, r)
		}
	}
	return runes
}

// embedFont subsets the body font to b.fontRunes and, unless PlainFont,
// obfuscates it with the package identifier; then it deflates it for the
// zip. It touches only b.font and b.fontZip, so write runs it alongside
// go-epub's assembly of the content documents: the two are the largest
// steps of a build and independent.
func (b *book) embedFont() error {
	if b.fontRunes == nil {
		return nil
	}
	data, err := b.faces.body.subset(b.fontRunes, bodyFamily)
	if err != nil {
		return fmt.Errorf("epub: body font subset: %w", err)
	}
	data = append([]byte(nil), data...)
	if !b.opts.PlainFont {
		obfuscate(data, b.uid)
	}
	b.font = data
	b.fontZip, err = deflated(data)
	return err
}

// sortPageList puts the page-list in reading order, which EPUB requires
// (EPUBCheck NAV-011). A page map from print is in that order already;
// this keeps a hand-made or shuffled one from producing a faulty nav.
func (b *book) sortPageList() {
	spine := map[string]int{}
	for i, p := range b.pages {
		spine[p.name] = i
	}
	pos := func(r pageRef) [2]int {
		file, frag, _ := strings.Cut(strings.TrimPrefix(r.href, "xhtml/"), "#")
		i := spine[file]
		return [2]int{i, strings.Index(b.pages[i].body, `id="`+frag+`"`)}
	}
	sort.SliceStable(b.pageList, func(i, j int) bool {
		pi, pj := pos(b.pageList[i]), pos(b.pageList[j])
		return pi[0] < pj[0] || pi[0] == pj[0] && pi[1] < pj[1]
	})
}
