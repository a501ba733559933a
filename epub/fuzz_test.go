package epub

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paiban/paiban/model"
)

// FuzzInlines renders arbitrary text, with a link and a page marker at an
// arbitrary offset, and checks that the result is well-formed XHTML whose
// text is the input's (less the characters XML cannot carry).
func FuzzInlines(f *testing.F) {
	for _, s := range []string{"", "五四运动——天津……", "a&b<c>\"d'", "\x00\x1f\ufffe\xff", "——", "…", "http://x"} {
		f.Add(s, "https://example.org/?a=1&b=2", 3)
	}
	f.Fuzz(func(t *testing.T, text, link string, offset int) {
		b := model.Block{Type: model.Paragraph, Inlines: []model.Inline{
			model.Txt(text),
			{Type: model.Link, URL: link, Children: []model.Inline{model.Txt(text)}},
			{Type: model.LineBreak},
			{Type: model.Strong, Children: []model.Inline{model.Txt(text)}},
		}}
		var sb strings.Builder
		w := &blockWriter{sb: &sb}
		mark := marker{offset: offset, html: `<span epub:type="pagebreak" id="p1"/>`}
		if err := w.block(&b, []marker{mark}, "fuzz"); err != nil {
			t.Fatal(err)
		}
		out := sb.String()
		if strings.Count(out, `id="p1"`) != 1 {
			t.Fatalf("marker written %d times: %s", strings.Count(out, `id="p1"`), out)
		}
		doc := `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>` + out + `</body></html>`
		got := bodyText(t, "fuzz", []byte(doc))
		var want strings.Builder
		keepXML := func(s string) {
			for i, r := range s {
				if r == utf8.RuneError {
					if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
						want.WriteRune(utf8.RuneError)
						continue
					}
				}
				if xmlOK(r) {
					want.WriteRune(r)
				}
			}
		}
		keepXML(text)
		keepXML(text)
		keepXML(text)
		if got != want.String() {
			t.Fatalf("text changed:\n got %q\nwant %q", got, want.String())
		}
	})
}
