package defaults

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"testing"

	"github.com/paiban/paiban/fonts"
)

// The sha256 of each file, as recorded in ../README.md.
var sums = map[string]string{
	SerifFile:    "c358a69de3df5f423a8946a7b03e3126fb6ba116f1130a463455b4e39e1f0742",
	SansBoldFile: "9a38ae0ab28cd5a256f9ea8e00dedc688aac17f7915fcb000572990afa956b96",
	KaiFile:      "bbf534b0ca093928f94d1782855e65a19a32cde82b075d495d072025521953c8",
}

func TestEmbeddedFiles(t *testing.T) {
	for name, data := range map[string][]byte{SerifFile: Serif(), SansBoldFile: SansBold(), KaiFile: Kai()} {
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != sums[name] {
			t.Errorf("%s: sha256 %s, want %s", name, got, sums[name])
		}
	}
}

func TestFonts(t *testing.T) {
	s, h, k, err := Fonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		f      *fonts.Font
		ps     string
		family string
	}{{s, "NotoSerifSC-Regular", "Noto Serif SC"}, {h, "NotoSansSC-Bold", "Noto Sans SC"}, {k, "LXGWWenKai-Regular", "LXGW WenKai"}} {
		if tc.f.Name() != tc.ps || tc.f.Family() != tc.family || !tc.f.Has('中') {
			t.Errorf("%s: %q %q", tc.ps, tc.f.Name(), tc.f.Family())
		}
	}
}

// Set may be called from many goroutines; run with -race.
func TestSetConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	sets := make([]*fonts.Set, 8)
	for i := range sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Set()
			if err != nil {
				t.Error(err)
				return
			}
			for _, r := range "中共天津市委☒" {
				if _, ok := s.Pick(fonts.Body, r); !ok {
					t.Errorf("Pick(body, %q) failed", r)
				}
			}
			sets[i] = s
		}()
	}
	wg.Wait()
	s0, _ := Set()
	for _, s := range sets {
		if s == nil || s == s0 || s.Chain(fonts.Body)[0] != s0.Chain(fonts.Body)[0] {
			t.Fatal("sets must be distinct values sharing the parsed fonts")
		}
	}
}
