package fonts

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

const (
	serifPath = "defaults/NotoSerifSC_400Regular.ttf"
	sansPath  = "defaults/NotoSansSC_700Bold.ttf"
	kaiPath   = "defaults/LXGWWenKai-Regular.ttf"
)

var (
	loadMu sync.Mutex
	loaded = map[string]*Font{}
)

// mustLoad loads a shipped font once per test binary.
func mustLoad(t testing.TB, path string) *Font {
	t.Helper()
	loadMu.Lock()
	defer loadMu.Unlock()
	if f := loaded[path]; f != nil {
		return f
	}
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	loaded[path] = f
	return f
}

func TestShippedFontsMetrics(t *testing.T) {
	for _, tc := range []struct {
		path, ps, family string
		// advances of 中, A and “ in font units, from fontTools' hmtx
		zhong, a, quote int
	}{
		{serifPath, "NotoSerifSC-Regular", "Noto Serif SC", 1000, 718, 1000},
		{sansPath, "NotoSansSC-Bold", "Noto Sans SC", 1000, 641, 1000},
		{kaiPath, "LXGWWenKai-Regular", "LXGW WenKai", 1000, 690, 350},
	} {
		f := mustLoad(t, tc.path)
		if f.Name() != tc.ps || f.Family() != tc.family {
			t.Errorf("%s: names %q %q, want %q %q", tc.path, f.Name(), f.Family(), tc.ps, tc.family)
		}
		if f.UnitsPerEm() != 1000 || f.Ascender() != 880 || f.Descender() != -120 {
			t.Errorf("%s: upem %d asc %d desc %d, want 1000 880 -120", tc.path, f.UnitsPerEm(), f.Ascender(), f.Descender())
		}
		if got := [3]int{f.Advance('中'), f.Advance('A'), f.Advance('“')}; got != [3]int{tc.zhong, tc.a, tc.quote} {
			t.Errorf("%s: advances 中 A “ = %v, want %d %d %d", tc.path, got, tc.zhong, tc.a, tc.quote)
		}
		if got := f.AdvanceEm('中'); got != 1 {
			t.Errorf("%s: AdvanceEm(中) = %v", tc.path, got)
		}
		if f.Advance(0x2612) != 0 && !f.Has(0x2612) {
			t.Errorf("%s: advance of a missing rune is not 0", tc.path)
		}
		if len(f.Data()) < 10<<20 {
			t.Errorf("%s: Data() is %d bytes", tc.path, len(f.Data()))
		}
	}
}

// Characters above U+FFFF come from cmap format 12: WenKai and Noto both
// have some of CJK Extension B (checked with fontTools getBestCmap).
func TestShippedFontsSupplementary(t *testing.T) {
	kai, serif := mustLoad(t, kaiPath), mustLoad(t, serifPath)
	if !kai.Has(0x2000B) || !serif.Has(0x20087) || !kai.Has(0x20087) {
		t.Errorf("Ext-B: kai U+2000B %v, serif U+20087 %v, kai U+20087 %v; want all true",
			kai.Has(0x2000B), serif.Has(0x20087), kai.Has(0x20087))
	}
	if serif.Has(0x2000B) || kai.Has(0x20000) {
		t.Errorf("Ext-B: serif U+2000B or kai U+20000 found, want missing")
	}
	if kai.Advance(0x2000B) != 1000 {
		t.Errorf("kai advance U+2000B = %d", kai.Advance(0x2000B))
	}
	// The counts fontTools gives for len(getBestCmap()).
	for path, want := range map[string]int{serifPath: 30928, sansPath: 30890, kaiPath: 28872} {
		if got := len(mustLoad(t, path).Runes()); got != want {
			t.Errorf("%s: %d mapped runes, want %d", path, got, want)
		}
	}
}

func TestRefuseUnsupported(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"cff.otf", "CFF outlines (OTTO"},
		{"collection.ttc", "font collection (ttcf"},
		{"web.woff2", "WOFF2"},
		{"web.woff", "WOFF web font"},
		{"cff-in-truetype-header.otf", "CFF outlines"},
	} {
		_, err := Load(filepath.Join("testdata", tc.file))
		if err == nil {
			t.Errorf("%s: no error", tc.file)
			continue
		}
		msg := err.Error()
		if !errors.Is(err, ErrUnsupported) || !strings.Contains(msg, tc.want) ||
			!strings.Contains(msg, ".ttf") || !strings.HasPrefix(msg, "fonts: "+tc.file+": ") {
			t.Errorf("%s: error %q; want ErrUnsupported naming %q and suggesting a .ttf", tc.file, msg, tc.want)
		}
	}
	if _, err := Load("testdata/no-such-file.ttf"); err == nil {
		t.Error("missing file: no error")
	}
}

func TestRefuseMalformed(t *testing.T) {
	good := syntheticFont()
	for _, n := range []int{0, 4, 11, 12, 40, 100, len(good) / 2, len(good) - 3} {
		if _, err := Parse(good[:n], "cut.ttf"); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		} else if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrUnsupported) {
			t.Errorf("truncated to %d bytes: %v", n, err)
		}
	}
	if _, err := Parse([]byte("hello, this is not a font"), "x.ttf"); !errors.Is(err, ErrUnsupported) {
		t.Errorf("text file: %v", err)
	}
}

func TestSynthetic(t *testing.T) {
	f, err := Parse(syntheticFont(), "synthetic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	if f.Name() != "Synthetic-Regular" || f.Family() != "Synthetic" || f.NumGlyphs() != 7 {
		t.Errorf("names %q %q, %d glyphs", f.Name(), f.Family(), f.NumGlyphs())
	}
	for r, want := range map[rune]uint16{'A': gSquare, 'B': gMatched, 'C': gNested, 0x1F600: gSquare, 0x20000: gComposite, 0x20001: gRing, 0x10FFFD: gBump} {
		if g, ok := f.GlyphIndex(r); !ok || g != want {
			t.Errorf("GlyphIndex(U+%04X) = %d, %v; want %d", r, g, ok, want)
		}
	}
	for _, r := range []rune{'D', 0x1F601, 0x1FFFF, 0x20002, 0x10FFFF, 0x110000, -1} {
		if f.Has(r) {
			t.Errorf("Has(U+%04X) = true", r)
		}
	}
	// Glyph g has advance 500+100g; glyph 6 is past numberOfHMetrics and
	// takes the last advance (glyph 5's).
	if f.Advance('A') != 600 || f.Advance(0x20001) != 800 || f.Advance('C') != 1000 || f.leftSideBearing(gNested) != 77 {
		t.Errorf("advances A %d U+20001 %d C %d, lsb(6) %d", f.Advance('A'), f.Advance(0x20001), f.Advance('C'), f.leftSideBearing(gNested))
	}
	if f.Ascender() != 880 || f.Descender() != -120 {
		t.Errorf("asc/desc %d %d", f.Ascender(), f.Descender())
	}
	if got, want := f.Runes(), []rune{'A', 'B', 'C', 0x1F600, 0x20000, 0x20001, 0x10FFFD}; !reflect.DeepEqual(got, want) {
		t.Errorf("Runes() = %U, want %U", got, want)
	}
}

func seg(op byte, pts ...float64) Segment {
	s := Segment{Op: op}
	for i := 0; i+1 < len(pts); i += 2 {
		s.Pts[i/2] = Point{pts[i], pts[i+1]}
	}
	return s
}

func TestOutline(t *testing.T) {
	f, err := Parse(syntheticFont(), "synthetic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	sq := []Segment{seg('M', 100, 0), seg('L', 100, 700), seg('L', 600, 700), seg('L', 600, 0), seg('Z')}
	ring := []Segment{seg('M', 225, 225), seg('Q', 100, 350, 225, 475), seg('Q', 350, 600, 475, 475),
		seg('Q', 600, 350, 475, 225), seg('Q', 350, 100, 225, 225), seg('Z')}
	bump := []Segment{seg('M', 200, 700), seg('L', 400, 700), seg('Q', 300, 800, 200, 700), seg('Z')}
	move := func(ss []Segment, k, dx, dy float64) []Segment {
		out := make([]Segment, len(ss))
		for i, s := range ss {
			out[i].Op = s.Op
			for j, p := range s.Pts {
				if (s.Op == 'Q') || j == 0 && s.Op != 'Z' {
					out[i].Pts[j] = Point{p.X*k + dx, p.Y*k + dy}
				}
			}
		}
		return out
	}
	comp := append(move(sq, 1, 50, 20), move(ring, 0.5, 0, 0)...)
	for _, tc := range []struct {
		r    rune
		want []Segment
	}{
		{'A', sq},
		{0x20001, ring},
		{0x10FFFD, bump},
		{0x20000, comp},
		// point matching: ring point 1 (100,350) onto square point 2 (600,700)
		{'B', append(append([]Segment{}, sq...), move(ring, 1, 500, 350)...)},
		{'C', move(comp, 1, 10, 10)},
	} {
		got, err := f.Outline(tc.r)
		if err != nil {
			t.Errorf("U+%04X: %v", tc.r, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("U+%04X outline\n got %v\nwant %v", tc.r, got, tc.want)
		}
	}
	if _, err := f.Outline('Z'); err == nil {
		t.Error("Outline of a missing rune: no error")
	}
}

// Every outline of a shipped font's sample characters is closed and lies
// within the font's bounding box.
func TestOutlineShipped(t *testing.T) {
	text, err := os.ReadFile("../examples/tianjin-2024-09/issue.md")
	if err != nil {
		t.Fatal(err)
	}
	f := mustLoad(t, kaiPath)
	head := f.Table("head")
	xmin, ymin := float64(int16(be.Uint16(head[36:]))), float64(int16(be.Uint16(head[38:])))
	xmax, ymax := float64(int16(be.Uint16(head[40:]))), float64(int16(be.Uint16(head[42:])))
	n := 0
	for _, r := range string(text) + "¨−" {
		if !f.Has(r) || r == ' ' {
			continue
		}
		ss, err := f.Outline(r)
		if err != nil {
			t.Fatalf("U+%04X: %v", r, err)
		}
		if len(ss) == 0 || ss[0].Op != 'M' || ss[len(ss)-1].Op != 'Z' {
			t.Fatalf("U+%04X: outline not closed: %v", r, ss)
		}
		for _, s := range ss {
			for _, p := range s.Pts {
				if p.X < xmin || p.X > xmax || p.Y < ymin || p.Y > ymax {
					t.Fatalf("U+%04X: point %v outside bbox", r, p)
				}
			}
		}
		n++
	}
	if n < 2000 {
		t.Errorf("only %d outlines checked", n)
	}
}
