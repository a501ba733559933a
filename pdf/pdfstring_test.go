package pdf

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

func fmtSscan(s string, args ...any) (int, error) { return fmt.Sscan(s, args...) }

func TestTextString(t *testing.T) {
	for in, want := range map[string]string{
		"":    "<FEFF>",
		"A":   "<FEFF0041>",
		"天津":  "<FEFF59296D25>",
		"𠮷":   "<FEFFD842DFB7>",
		"a𝌀b": "<FEFF0061D834DF000062>",
	} {
		if got := textString(in); got != want {
			t.Errorf("textString(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestPDFDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-09-01":    "(D:20240901)",
		"2024-09":       "(D:202409)",
		"2024":          "(D:2024)",
		"":              "",
		"2024-13-01":    "",
		"2024-9-1":      "",
		"24-09-01":      "",
		"2024-09-00":    "",
		"2024-09-01-02": "",
		"yyyy-09-01":    "",
	} {
		got, ok := pdfDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("pdfDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestLiteralASCII(t *testing.T) {
	if got, want := literalASCII(`https://x.org/a b(1)\天`), `(https://x.org/a%20b\(1\)\\%E5%A4%A9)`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestRewriteToUnicode(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0003><0100>\nendcodespacerange\n"
	var lines []string
	for i := 0; i < 150; i++ {
		lines = append(lines, fmt.Sprintf("<%04X><%04X><%04X>", 3+i, 3+i, 0x4E00+i))
	}
	lines = append(lines, "<0003><0003><2F00>", "<0100><0100><20BB7>")
	cmap += fmt.Sprintf("%d beginbfrange\n%s\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end\n", len(lines), strings.Join(lines, "\n"))
	body := fmt.Sprintf("<<\n/Length %d\n>>\nstream\n%sendstream\n", len(cmap), cmap)
	got, err := rewriteToUnicode([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{"100 beginbfchar\n<0003> <4E00>\n", "51 beginbfchar\n", "<0100> <D842DFB7>\nendbfchar\nendcmap"} {
		if !strings.Contains(s, want) {
			t.Errorf("rewritten CMap lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "<2F00>") {
		t.Error("the second rune of a shared glyph was kept")
	}
	a, b := strings.Index(s, "stream\n")+len("stream\n"), strings.Index(s, "endstream")
	if !strings.Contains(s, fmt.Sprintf("/Length %d\n", b-a)) {
		t.Errorf("/Length does not match the stream")
	}
	if _, err := rewriteToUnicode([]byte("<< >>")); err == nil {
		t.Error("no error for a body without a stream")
	}
}

func FuzzTextString(f *testing.F) {
	for _, s := range []string{"", "天津", "𠮷", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := textString(s)
		hex := got[5 : len(got)-1]
		if len(hex)%4 != 0 {
			t.Fatalf("odd hex length %q", got)
		}
		var units []uint16
		for i := 0; i < len(hex); i += 4 {
			var u uint16
			fmt.Sscanf(hex[i:i+4], "%04X", &u)
			units = append(units, u)
		}
		if back := string(utf16.Decode(units)); back != string([]rune(s)) {
			t.Fatalf("round trip %q → %q", s, back)
		}
	})
}

func FuzzPDFDate(f *testing.F) {
	for _, s := range []string{"2024-09-01", "2024", "x", "2024-02-30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := pdfDate(s)
		if ok && (!strings.HasPrefix(d, "(D:") || strings.ContainsAny(d[3:len(d)-1], "()\\-")) {
			t.Fatalf("pdfDate(%q) = %q", s, d)
		}
	})
}
