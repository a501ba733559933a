package importer

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// decode checks and normalises the raw bytes of a text source: it refuses
// empty input, UTF-16 and invalid UTF-8 (naming the line), drops a UTF-8
// byte-order mark and turns CRLF and lone CR line ends into LF.
func decode(data []byte, name string) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "", fmt.Errorf("importer: %s: the file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8", name)
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("importer: %s: the file is empty", name)
	}
	if !utf8.Valid(data) {
		line := 1
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return "", fmt.Errorf("importer: %s:%d: invalid UTF-8 (byte 0x%02X)", name, line, data[i])
			}
			if r == '\n' {
				line++
			}
			i += n
		}
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return string(data), nil
}
