package pdf

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"regexp"
	"strconv"
)

// objFile is a PDF split into its numbered objects, as gopdf writes it: one
// revision, a classic xref table, object i+1 at objs[i], generation 0.
type objFile struct {
	objs [][]byte // each object's body, between "N 0 obj\n" and "endobj"
}

// parseObjects splits gopdf's output into objects using its xref table, so
// binary font streams never have to be scanned for keywords.
func parseObjects(b []byte) (*objFile, error) {
	i := bytes.LastIndex(b, []byte("startxref"))
	if i < 0 {
		return nil, fmt.Errorf("pdf: gopdf output: no startxref")
	}
	fields := bytes.Fields(b[i+len("startxref"):])
	if len(fields) == 0 {
		return nil, fmt.Errorf("pdf: gopdf output: empty startxref")
	}
	xref, err := strconv.Atoi(string(fields[0]))
	if err != nil || xref <= 0 || xref >= len(b) {
		return nil, fmt.Errorf("pdf: gopdf output: bad startxref %q", fields[0])
	}
	rest := b[xref:]
	if !bytes.HasPrefix(rest, []byte("xref\n0 ")) {
		return nil, fmt.Errorf("pdf: gopdf output: no xref table at %d", xref)
	}
	rest = rest[len("xref\n0 "):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, fmt.Errorf("pdf: gopdf output: truncated xref")
	}
	size, err := strconv.Atoi(string(bytes.TrimSpace(rest[:nl])))
	if err != nil || size < 1 {
		return nil, fmt.Errorf("pdf: gopdf output: bad xref size")
	}
	rest = rest[nl+1:]
	const entry = 20
	if len(rest) < size*entry {
		return nil, fmt.Errorf("pdf: gopdf output: truncated xref (%d entries)", size)
	}
	offsets := make([]int, size)
	for k := 1; k < size; k++ {
		e := rest[k*entry : k*entry+10]
		o, err := strconv.Atoi(string(e))
		if err != nil || o <= 0 || o >= xref {
			return nil, fmt.Errorf("pdf: gopdf output: bad xref entry %d", k)
		}
		offsets[k] = o
	}
	f := &objFile{objs: make([][]byte, size-1)}
	for k := 1; k < size; k++ {
		end := xref
		if k+1 < size {
			end = offsets[k+1]
		}
		if end < offsets[k] {
			return nil, fmt.Errorf("pdf: gopdf output: objects out of order at %d", k)
		}
		seg := b[offsets[k]:end]
		head := []byte(strconv.Itoa(k) + " 0 obj\n")
		if !bytes.HasPrefix(seg, head) {
			return nil, fmt.Errorf("pdf: gopdf output: object %d not at its offset", k)
		}
		seg = seg[len(head):]
		j := bytes.LastIndex(seg, []byte("endobj"))
		if j < 0 {
			return nil, fmt.Errorf("pdf: gopdf output: object %d has no endobj", k)
		}
		f.objs[k-1] = seg[:j]
	}
	return f, nil
}

// get returns the body of object n (1-based).
func (f *objFile) get(n int) []byte {
	if n < 1 || n > len(f.objs) {
		return nil
	}
	return f.objs[n-1]
}

// set replaces the body of object n.
func (f *objFile) set(n int, body []byte) { f.objs[n-1] = body }

// add appends an object and returns its number.
func (f *objFile) add(body []byte) int {
	f.objs = append(f.objs, body)
	return len(f.objs)
}

// reserve appends an empty object to be filled in later with set, for
// objects that refer to each other.
func (f *objFile) reserve() int { return f.add(nil) }

// addToDict inserts entries before the closing ">>" of a dictionary object.
func addToDict(body []byte, entries string) ([]byte, error) {
	i := bytes.LastIndex(body, []byte(">>"))
	if i < 0 {
		return nil, fmt.Errorf("not a dictionary")
	}
	out := make([]byte, 0, len(body)+len(entries)+2)
	out = append(out, body[:i]...)
	out = append(out, entries...)
	out = append(out, body[i:]...)
	return out, nil
}

var kidRef = regexp.MustCompile(`(\d+) 0 R`)

// pageObjects returns the object numbers of the pages in order, read from
// the page tree gopdf writes as object 2.
func (f *objFile) pageObjects() ([]int, error) {
	pages := f.get(2)
	i := bytes.Index(pages, []byte("/Kids"))
	if i < 0 {
		return nil, fmt.Errorf("pdf: gopdf output: page tree has no /Kids")
	}
	j := bytes.IndexByte(pages[i:], ']')
	if j < 0 {
		return nil, fmt.Errorf("pdf: gopdf output: unterminated /Kids")
	}
	var out []int
	for _, m := range kidRef.FindAllSubmatch(pages[i:i+j], -1) {
		n, _ := strconv.Atoi(string(m[1]))
		out = append(out, n)
	}
	return out, nil
}

// bytes serialises the file with a fresh xref table. The file identifier is
// a hash of the objects, so equal content gives equal bytes.
func (f *objFile) bytes(root, info int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n\n")
	offsets := make([]int, len(f.objs))
	h := md5.New()
	for i, body := range f.objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		b.Write(body)
		if len(body) > 0 && body[len(body)-1] != '\n' {
			b.WriteByte('\n')
		}
		b.WriteString("endobj\n\n")
		h.Write(body)
	}
	id := fmt.Sprintf("%X", h.Sum(nil))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(f.objs)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<<\n/Size %d\n/Root %d 0 R\n", len(f.objs)+1, root)
	if info > 0 {
		fmt.Fprintf(&b, "/Info %d 0 R\n", info)
	}
	fmt.Fprintf(&b, "/ID [<%s><%s>]\n>>\nstartxref\n%d\n%%%%EOF\n", id, id, xref)
	return b.Bytes()
}
