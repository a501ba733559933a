package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// toUnicodeMarker identifies gopdf's ToUnicode CMap streams (uncompressed).
var toUnicodeMarker = []byte("/CIDInit /ProcSet findresource")

// bfrangeLine matches one of gopdf's single-glyph bfrange entries,
// <gid><gid><unicode>, where the destination may have five or six hex
// digits for a character above U+FFFF.
var bfrangeLine = regexp.MustCompile(`(?m)^<([0-9A-F]{4})><([0-9A-F]{4})><([0-9A-F]{4,6})>$`)

// maxCMapEntries is the limit of entries in one bfchar block (PDF 32000-1
// 9.10.3 via the CMap specification).
const maxCMapEntries = 100

// fixToUnicode rewrites every ToUnicode CMap of the file: destinations
// become UTF-16BE (surrogate pairs above U+FFFF, where gopdf writes
// <1D300>), and entries are grouped in blocks of at most 100.
func (f *objFile) fixToUnicode() error {
	for n := 1; n <= len(f.objs); n++ {
		body := f.get(n)
		if !bytes.Contains(body, toUnicodeMarker) {
			continue
		}
		fixed, err := rewriteToUnicode(body)
		if err != nil {
			return fmt.Errorf("pdf: ToUnicode object %d: %w", n, err)
		}
		f.set(n, fixed)
	}
	return nil
}

func rewriteToUnicode(body []byte) ([]byte, error) {
	s := bytes.Index(body, []byte("stream\n"))
	e := bytes.LastIndex(body, []byte("endstream"))
	if s < 0 || e < s {
		return nil, fmt.Errorf("no stream")
	}
	data := body[s+len("stream\n") : e]
	begin := bytes.Index(data, []byte("beginbfrange"))
	end := bytes.Index(data, []byte("endbfrange"))
	if begin < 0 || end < begin {
		return nil, fmt.Errorf("no bfrange block")
	}
	// Start of the line holding "N beginbfrange".
	lineStart := bytes.LastIndexByte(data[:begin], '\n') + 1
	// gopdf writes one entry per rune, so a glyph shared by two runes
	// appears twice; the first is the one it meant.
	var entries [][][]byte
	seen := make(map[string]bool)
	for _, m := range bfrangeLine.FindAllSubmatch(data[begin:end], -1) {
		if !seen[string(m[1])] {
			seen[string(m[1])] = true
			entries = append(entries, m)
		}
	}

	var cmap bytes.Buffer
	cmap.Write(data[:lineStart])
	for i := 0; i < len(entries); i += maxCMapEntries {
		block := entries[i:min(i+maxCMapEntries, len(entries))]
		fmt.Fprintf(&cmap, "%d beginbfchar\n", len(block))
		for _, m := range block {
			if !bytes.Equal(m[1], m[2]) {
				return nil, fmt.Errorf("range <%s><%s> spans several glyphs", m[1], m[2])
			}
			r, err := strconv.ParseUint(string(m[3]), 16, 32)
			if err != nil || r > 0x10FFFF {
				return nil, fmt.Errorf("bad destination %s", m[3])
			}
			fmt.Fprintf(&cmap, "<%s> <%s>\n", m[1], utf16Hex(rune(r)))
		}
		cmap.WriteString("endbfchar\n")
	}
	tail := data[end+len("endbfrange"):]
	tail = bytes.TrimPrefix(tail, []byte("\n"))
	cmap.Write(tail)

	var out bytes.Buffer
	fmt.Fprintf(&out, "<<\n/Length %d\n>>\nstream\n", cmap.Len())
	out.Write(cmap.Bytes())
	out.WriteString("endstream\n")
	return out.Bytes(), nil
}
