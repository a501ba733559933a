// Package defaults embeds paiban's default fonts, all under the SIL Open
// Font License 1.1 (see the OFL-*.txt files and ../README.md):
//
//   - Noto Serif SC Regular: body text (宋体 style);
//   - Noto Sans SC Bold: headings and bold run-in heads (黑体);
//   - LXGW WenKai Regular: bylines and captions (楷体), and the fallback
//     for symbols such as ☒ that the Noto fonts lack.
//
// It is a package of its own so that programs bringing their own fonts do
// not carry the 41 MB of font data.
package defaults

import (
	_ "embed"
	"sync"

	"github.com/paiban/paiban/fonts"
)

// The file names are part of the error messages Set returns.
const (
	SerifFile    = "NotoSerifSC_400Regular.ttf"
	SansBoldFile = "NotoSansSC_700Bold.ttf"
	KaiFile      = "LXGWWenKai-Regular.ttf"
)

var (
	//go:embed NotoSerifSC_400Regular.ttf
	serif []byte
	//go:embed NotoSansSC_700Bold.ttf
	sansBold []byte
	//go:embed LXGWWenKai-Regular.ttf
	kai []byte
)

// Serif returns the Noto Serif SC Regular font file. The bytes are shared:
// do not modify them.
func Serif() []byte { return serif }

// SansBold returns the Noto Sans SC Bold font file. The bytes are shared:
// do not modify them.
func SansBold() []byte { return sansBold }

// Kai returns the LXGW WenKai Regular font file. The bytes are shared: do
// not modify them.
func Kai() []byte { return kai }

var (
	once                    sync.Once
	serifF, sansBoldF, kaiF *fonts.Font
	loadErr                 error
)

func load() {
	if serifF, loadErr = fonts.Parse(serif, SerifFile); loadErr != nil {
		return
	}
	if sansBoldF, loadErr = fonts.Parse(sansBold, SansBoldFile); loadErr != nil {
		return
	}
	kaiF, loadErr = fonts.Parse(kai, KaiFile)
}

// Fonts returns the three default fonts, parsed once and shared (a Font
// is read-only and safe for concurrent use).
func Fonts() (serif, sansBold, kai *fonts.Font, err error) {
	once.Do(load)
	return serifF, sansBoldF, kaiF, loadErr
}

// Set returns the default font set: Body = Noto Serif SC, Heading = Noto
// Sans SC Bold, Caption = LXGW WenKai, and Symbol = LXGW WenKai as the last
// fallback of every role. The fonts are parsed once and shared; each call
// returns a new Set, so a caller may change its chains without affecting
// others. Safe for concurrent use.
func Set() (*fonts.Set, error) {
	s, h, k, err := Fonts()
	if err != nil {
		return nil, err
	}
	set := fonts.NewSet()
	set.SetChain(fonts.Body, s)
	set.SetChain(fonts.Heading, h)
	set.SetChain(fonts.Caption, k)
	set.SetChain(fonts.Symbol, k)
	return set, nil
}
