package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
)

// textString encodes s as a PDF text string: UTF-16BE with a byte order
// mark, in hex. Characters above U+FFFF become surrogate pairs; gopdf's
// own encoder writes them as five hex digits, which readers misread.
func textString(s string) string {
	var b strings.Builder
	b.Grow(6 + 4*len(s))
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// utf16Hex gives the UTF-16BE code units of r as hex digits, the form a
// ToUnicode CMap destination takes.
func utf16Hex(r rune) string {
	if r1, r2 := utf16.EncodeRune(r); r1 != '\uFFFD' || r2 != '\uFFFD' {
		return fmt.Sprintf("%04X%04X", r1, r2)
	}
	return fmt.Sprintf("%04X", r)
}

// literalASCII encodes an ASCII string (a URI) as a PDF literal string;
// bytes outside printable ASCII are percent-encoded first, as a URI must
// be 7-bit.
func literalASCII(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x21 || c > 0x7E:
			fmt.Fprintf(&b, "%%%02X", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// num formats a coordinate with two decimals, never as "-0.00".
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	if s == "-0.00" {
		return "0.00"
	}
	return s
}

// pdfDate turns an issue date (YYYY-MM-DD, or YYYY-MM, or YYYY) into a PDF
// date string; ok is false when the date is empty or malformed, and then
// no date is written rather than the clock's.
func pdfDate(date string) (string, bool) {
	parts := strings.Split(date, "-")
	if len(parts) == 0 || len(parts) > 3 {
		return "", false
	}
	widths := []int{4, 2, 2}
	limits := []int{9999, 12, 31}
	out := "D:"
	for i, p := range parts {
		if len(p) != widths[i] {
			return "", false
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > limits[i] || (i > 0 && n == 0) {
			return "", false
		}
		out += p
	}
	return "(" + out + ")", true
}
