package pdf

import (
	"io"
	"testing"
)

// BenchmarkDraw draws the hand-made four-page document (fonts registered
// and subset each time, as in a real build).
func BenchmarkDraw(b *testing.B) {
	doc := testDocument(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Draw(io.Discard, doc, nil); err != nil {
			b.Fatal(err)
		}
	}
}
