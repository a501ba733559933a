package epub

import (
	"crypto/sha1"
	"fmt"
	"strings"

	"github.com/paiban/paiban/model"
)

// namespaceURL is the RFC 9562 name space ID for URLs, the name space of
// the issue identifiers.
var namespaceURL = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuidV5 returns the name-based (SHA-1) UUID of name in namespace.
func uuidV5(namespace [16]byte, name string) string {
	h := sha1.New()
	h.Write(namespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// identifier is the package's unique identifier: Meta.Identifier when set,
// else a UUID v5 of the serial (ISSN, or the title when there is none) and
// the issue (number, half-month), so that each issue has its own and the
// same issue always gets the same one.
func identifier(m *model.Meta) string {
	if id := strings.TrimSpace(m.Identifier); id != "" {
		return id
	}
	serial := "title:" + m.Title
	if m.ISSN != "" {
		serial = "urn:issn:" + m.ISSN
	}
	name := serial + "/" + m.Number
	if m.HalfMonth != "" {
		name += "/" + m.HalfMonth
	}
	return "urn:uuid:" + uuidV5(namespaceURL, name)
}
