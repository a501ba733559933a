package fonts

import (
	"unicode/utf16"
)

// nameRecord is one entry of the name table with its decoded string.
type nameRecord struct {
	platform, encoding, lang, id uint16
	raw                          []byte // the string bytes as stored
}

// nameRecords returns the name table's records in table order; records
// pointing outside the table are skipped.
func (f *Font) nameRecords() []nameRecord {
	nt := f.tables["name"]
	if len(nt) < 6 {
		return nil
	}
	n := int(be.Uint16(nt[2:]))
	strOff := int(be.Uint16(nt[4:]))
	var out []nameRecord
	for i := 0; i < n && 6+12*i+12 <= len(nt); i++ {
		r := nt[6+12*i:]
		ln, off := int(be.Uint16(r[8:])), int(be.Uint16(r[10:]))
		a := strOff + off
		if a+ln > len(nt) {
			continue
		}
		out = append(out, nameRecord{
			platform: be.Uint16(r), encoding: be.Uint16(r[2:]),
			lang: be.Uint16(r[4:]), id: be.Uint16(r[6:]),
			raw: nt[a : a+ln : a+ln],
		})
	}
	return out
}

// text decodes a record: UTF-16BE for Unicode and Windows platforms, and
// bytes as Latin-1 (close enough to Mac Roman for names) otherwise.
func (r nameRecord) text() string {
	if r.platform == 0 || r.platform == 3 {
		u := make([]uint16, len(r.raw)/2)
		for i := range u {
			u[i] = be.Uint16(r.raw[2*i:])
		}
		return string(utf16.Decode(u))
	}
	rs := make([]rune, len(r.raw))
	for i, c := range r.raw {
		rs[i] = rune(c)
	}
	return string(rs)
}

// name returns the best string for name ID id: Windows US English first,
// then any Windows Unicode record, then Unicode platform, then Macintosh.
func (f *Font) name(id uint16) string {
	best, bestScore := "", 0
	for _, r := range f.nameRecords() {
		if r.id != id {
			continue
		}
		s := 0
		switch {
		case r.platform == 3 && (r.encoding == 1 || r.encoding == 10) && r.lang == 0x409:
			s = 4
		case r.platform == 3 && (r.encoding == 1 || r.encoding == 10):
			s = 3
		case r.platform == 0:
			s = 2
		case r.platform == 1 && r.encoding == 0 && r.lang == 0:
			s = 1
		}
		if s > bestScore {
			best, bestScore = r.text(), s
		}
	}
	return best
}

func (f *Font) parseNames() {
	f.psName = f.name(6)
	f.family = f.name(1)
	if f.psName == "" {
		f.psName = f.file
	}
}
