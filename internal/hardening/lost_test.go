package hardening

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/paiban/paiban/model"
)

// epubFiles returns the files of an EPUB by name.
func epubFiles(data []byte) (map[string][]byte, []string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	files := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		files[f.Name] = b
		names = append(names, f.Name)
	}
	return files, names, nil
}

var (
	tagRE     = regexp.MustCompile(`(?s)<[^>]*>`)
	itemrefRE = regexp.MustCompile(`<itemref[^>]*idref="([^"]+)"`)
	itemRE    = regexp.MustCompile(`<item\b[^>]*>`)
	attrRE    = regexp.MustCompile(`(\w[\w-]*)="([^"]*)"`)
)

// epubText returns the text of the EPUB's content documents in spine
// order, tags removed and entities decoded.
func epubText(data []byte) (string, error) {
	files, names, err := epubFiles(data)
	if err != nil {
		return "", err
	}
	var opfName string
	for _, n := range names {
		if strings.HasSuffix(n, ".opf") {
			opfName = n
		}
	}
	opf := string(files[opfName])
	dir := opfName[:strings.LastIndex(opfName, "/")+1]
	href := map[string]string{}
	for _, it := range itemRE.FindAllString(opf, -1) {
		a := map[string]string{}
		for _, m := range attrRE.FindAllStringSubmatch(it, -1) {
			a[m[1]] = m[2]
		}
		href[a["id"]] = a["href"]
	}
	var sb strings.Builder
	for _, m := range itemrefRE.FindAllStringSubmatch(opf, -1) {
		b, ok := files[dir+href[m[1]]]
		if !ok {
			return "", fmt.Errorf("spine item %s (%s) not in the archive", m[1], href[m[1]])
		}
		if !xmlWellFormed(b) {
			return "", fmt.Errorf("%s is not well-formed XML", href[m[1]])
		}
		sb.WriteString(html.UnescapeString(tagRE.ReplaceAllString(string(b), " ")))
	}
	return sb.String(), nil
}

func xmlWellFormed(b []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// letters keeps the letters (Han included) and digits of s: the
// characters that must survive whatever markup and punctuation rules do.
func letters(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// lostInEPUB returns the texts of the issue's blocks (articles, intros,
// notices; titles too) whose letters do not appear, in order, in the
// EPUB's text. An empty result means nothing was lost.
func lostInEPUB(is *model.Issue, data []byte) ([]string, error) {
	text, err := epubText(data)
	if err != nil {
		return nil, err
	}
	have := letters(text)
	var want []string
	for _, s := range is.Sections {
		want = append(want, s.Name)
		for _, a := range s.Articles {
			want = append(want, a.Title, a.Subtitle, a.Byline)
		}
	}
	model.Walk(is, func(_ model.Place, b *model.Block) error {
		switch b.Type {
		case model.Quote, model.List:
			return nil // their children are visited
		case model.Table:
			for _, r := range b.Rows {
				for _, c := range r {
					want = append(want, model.InlineText(c.Inlines))
				}
			}
			return nil
		}
		want = append(want, b.Text())
		return nil
	})
	var lost []string
	cur := 0
	for _, w := range want {
		l := letters(w)
		if l == "" {
			continue
		}
		if i := strings.Index(have[cur:], l); i >= 0 {
			cur += i + len(l)
			continue
		}
		if !strings.Contains(have, l) {
			lost = append(lost, w)
		}
	}
	return lost, nil
}
