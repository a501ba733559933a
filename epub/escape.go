package epub

import (
	"strings"
	"unicode/utf8"
)

// xmlOK reports whether r may appear in an XML 1.0 document. Text that
// reaches the XHTML comes from converted sources, so stray control
// characters are possible; dropping them keeps every file well-formed.
func xmlOK(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// escRune writes r XML-escaped; it reports whether anything was written.
func escRune(sb *strings.Builder, r rune) bool {
	switch r {
	case '&':
		sb.WriteString("&amp;")
	case '<':
		sb.WriteString("&lt;")
	case '>':
		sb.WriteString("&gt;")
	case '"':
		sb.WriteString("&quot;")
	case '\'':
		sb.WriteString("&#39;")
	case '\r':
		// A literal CR would be turned into LF by every XML parser.
		sb.WriteString("&#13;")
	case utf8.RuneError:
		// Invalid UTF-8 decodes to RuneError; keep a visible trace of it.
		sb.WriteRune(utf8.RuneError)
	default:
		if !xmlOK(r) {
			return false
		}
		sb.WriteRune(r)
	}
	return true
}

// esc returns s escaped for XML text and attribute values.
func esc(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for _, r := range s {
		escRune(&sb, r)
	}
	return sb.String()
}

// isRunChar reports whether r belongs to a run that must not be broken
// across lines: the two-em dash ——, the ellipsis …… and their variants.
func isRunChar(r rune) bool {
	return r == '—' || r == '…' || r == '―' || r == '⋯' || r == '⸺'
}
