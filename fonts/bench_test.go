package fonts_test

import (
	"testing"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
)

// loadSet parses the three embedded fonts afresh (defaults.Set caches
// them) and builds the default chains.
func loadSet(b *testing.B) *fonts.Set {
	serif, err := fonts.Parse(defaults.Serif(), defaults.SerifFile)
	if err != nil {
		b.Fatal(err)
	}
	sans, err := fonts.Parse(defaults.SansBold(), defaults.SansBoldFile)
	if err != nil {
		b.Fatal(err)
	}
	kai, err := fonts.Parse(defaults.Kai(), defaults.KaiFile)
	if err != nil {
		b.Fatal(err)
	}
	s := fonts.NewSet()
	s.SetChain(fonts.Body, serif)
	s.SetChain(fonts.Heading, sans)
	s.SetChain(fonts.Caption, kai)
	s.SetChain(fonts.Symbol, kai)
	return s
}

func BenchmarkLoadDefaultSet(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadSet(b)
	}
}

func BenchmarkCoverageSampleText(b *testing.B) {
	text := sample(b)
	s := loadSet(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if m := s.CoverageText(fonts.Body, text); len(m) != 0 {
			b.Fatal(m)
		}
	}
}

// BenchmarkLoadAndCoverage is the target of the issue: load the default
// set and check the sample issue's text, together under 50 ms.
func BenchmarkLoadAndCoverage(b *testing.B) {
	text := sample(b)
	b.ReportAllocs()
	for b.Loop() {
		s := loadSet(b)
		for _, role := range fonts.Roles() {
			if m := s.CoverageText(role, text); len(m) != 0 {
				b.Fatal(m)
			}
		}
	}
}

func BenchmarkAdvanceEm(b *testing.B) {
	serif, _, _, err := defaults.Fonts()
	if err != nil {
		b.Fatal(err)
	}
	text := []rune(sample(b))
	b.ReportAllocs()
	for b.Loop() {
		var sum float64
		for _, r := range text {
			sum += serif.AdvanceEm(r)
		}
		if sum == 0 {
			b.Fatal("no advances")
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/rune")
}

func BenchmarkPick(b *testing.B) {
	s, err := defaults.Set()
	if err != nil {
		b.Fatal(err)
	}
	text := []rune(sample(b))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range text {
			s.Pick(fonts.Body, r)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(text)), "ns/rune")
}

func BenchmarkSubsetSample(b *testing.B) {
	serif, _, _, err := defaults.Fonts()
	if err != nil {
		b.Fatal(err)
	}
	runes := []rune(sample(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := fonts.Subset(serif, runes, &fonts.SubsetOptions{FamilyName: "Paiban Serif"}); err != nil {
			b.Fatal(err)
		}
	}
}
