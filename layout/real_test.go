package layout

import (
	"testing"

	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/layout/linebreak"
)

func realDoc(t testing.TB, o *Options) (*Document, *grid) {
	t.Helper()
	is := sampleIssue(t)
	set, err := defaults.Set()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Book(is, set, o)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := o.resolved()
	g, _ := newGrid(&r)
	return doc, g
}

func gbStart(r rune) bool { return linebreak.CanStartLine(r, false) }
func gbEnd(r rune) bool   { return linebreak.CanEndLine(r, false) }

func TestPropertiesSample(t *testing.T) {
	for _, o := range []*Options{nil, {BodySize: 10.5, Size: K16}, {BodySize: 9, Size: A4}} {
		doc, g := realDoc(t, o)
		checkLines(t, doc, g, gbStart, gbEnd, true)
		report(t, doc, g, 3)
	}
}
