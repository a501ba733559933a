package layout

import (
	"fmt"
	"testing"

	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/model"
)

// times returns an issue with the sample's sections repeated n times,
// each copy renamed and without IDs (Book assigns them).
func times(is *model.Issue, n int) *model.Issue {
	out := *is
	out.Sections = nil
	for k := 0; k < n; k++ {
		for _, s := range is.Sections {
			s.ID = ""
			s.Name = fmt.Sprintf("%s %d", s.Name, k+1)
			arts := make([]model.Article, len(s.Articles))
			for i, a := range s.Articles {
				a.ID = ""
				a.Blocks = append([]model.Block(nil), a.Blocks...)
				for bi := range a.Blocks {
					a.Blocks[bi].ID = ""
				}
				arts[i] = a
			}
			s.Articles = arts
			out.Sections = append(out.Sections, s)
		}
	}
	return &out
}

func benchBook(b *testing.B, n int) {
	set, err := defaults.Set()
	if err != nil {
		b.Fatal(err)
	}
	is := times(sampleIssue(b), n)
	traceLines = false
	defer func() { traceLines = true }()
	b.ReportAllocs()
	b.ResetTimer()
	pages := 0
	for b.Loop() {
		doc, err := Book(is, set, nil)
		if err != nil {
			b.Fatal(err)
		}
		pages = len(doc.Pages)
	}
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkBookSample lays out the whole sample issue.
func BenchmarkBookSample(b *testing.B) { benchBook(b, 1) }

// BenchmarkBookSample10x lays out the sample's sections ten times over.
func BenchmarkBookSample10x(b *testing.B) { benchBook(b, 10) }
