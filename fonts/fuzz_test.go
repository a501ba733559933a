package fonts

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (the fuzz seed corpus)")

// fuzzSeeds are small fonts that reach every parser path: format 12 only
// with composites (synthetic), format 4 only (a subset of its BMP
// characters), a real CJK subset with a composite, and refused formats.
func fuzzSeeds(t testing.TB) map[string][]byte {
	syn := syntheticFont()
	f, err := Parse(syn, "synthetic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	bmp, err := Subset(f, []rune("ABC"), nil)
	if err != nil {
		t.Fatal(err)
	}
	seeds := map[string][]byte{"synthetic": syn, "format4": bmp}
	if kai, err := Load(kaiPath); err == nil {
		if b, err := Subset(kai, []rune("中¨𠀋"), nil); err == nil {
			seeds["kai-subset"] = b
		}
	}
	for _, name := range []string{"cff.otf", "collection.ttc"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			seeds[name] = b
		}
	}
	return seeds
}

// TestFuzzCorpus writes testdata/fuzz/FuzzParse with -update.
func TestFuzzCorpus(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite the fuzz seed corpus")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzParse")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range fuzzSeeds(t) {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(b)))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzParse checks that no input makes the parser, the outline reader or
// the subsetter panic, and that a subset of a parsed font parses again
// with the same advances.
func FuzzParse(f *testing.F) {
	f.Add(syntheticFont())
	f.Fuzz(func(t *testing.T, data []byte) {
		font, err := Parse(data, "fuzz.ttf")
		if err != nil {
			return
		}
		probe := []rune{'A', 'B', 'C', '中', 0x1F600, 0x20000, 0x20001, 0x10FFFD}
		for _, r := range probe {
			font.Advance(r)
			font.Outline(r)
		}
		rs := font.Runes()
		if len(rs) > 64 {
			rs = rs[:64]
		}
		b, err := Subset(font, rs, &SubsetOptions{FamilyName: "Fuzz"})
		if err != nil {
			return
		}
		sub, err := Parse(b, "subset.ttf")
		if err != nil {
			t.Fatalf("subset does not parse: %v", err)
		}
		for _, r := range rs {
			if sub.Advance(r) != font.Advance(r) {
				t.Fatalf("U+%04X: advance %d in subset, %d in source", r, sub.Advance(r), font.Advance(r))
			}
		}
	})
}
