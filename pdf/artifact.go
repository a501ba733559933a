package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"strconv"

	"github.com/paiban/paiban/layout"
	"github.com/signintech/gopdf"
)

// Running heads and folios (layout.Run.Artifact) are drawn, but a reader
// that extracts or searches the text should not meet them between the last
// line of one page and the first of the next. Tagged PDF marks such
// content as an artifact; gopdf writes no structure, so each of their text
// objects is wrapped in a marked-content span whose replacement text is
// empty (/ActualText (), ISO 32000-1 §14.9.4), which poppler and MuPDF
// honour. To find those text objects after gopdf has written them, artifact
// runs are drawn from their own face (a subset of the same font) whose
// BaseFont ends in artifactSuffix.

const artifactSuffix = "-Artifact"

// addArtifactFaces gives every face used by artifact runs a companion face
// holding the runes those runs draw.
func addArtifactFaces(gp *gopdf.GoPdf, doc *layout.Document, faces []*face) error {
	need := make([]map[rune]bool, len(faces))
	for pi := range doc.Pages {
		for _, r := range doc.Pages[pi].Runs {
			if !r.Artifact || faces[r.Font] == nil {
				continue
			}
			if need[r.Font] == nil {
				need[r.Font] = map[rune]bool{}
			}
			for _, c := range r.Text {
				if drawable(c) {
					need[r.Font][c] = true
				}
			}
		}
	}
	for i, fc := range faces {
		if fc == nil || len(need[i]) == 0 {
			continue
		}
		af, err := addVariantFace(gp, doc.Fonts[i], i, need[i], artifactSuffix[1:], 0)
		if err != nil {
			return err
		}
		fc.art = af
	}
	return nil
}

var (
	fontEntry    = regexp.MustCompile(`/(F\d+) (\d+) 0 R`)
	resRef       = regexp.MustCompile(`/Resources (\d+) 0 R`)
	contentRef   = regexp.MustCompile(`/Contents\s+(\d+) 0 R`)
	artifactFont = regexp.MustCompile(`/BaseFont /[A-Z]{6}\+\S*` + artifactSuffix + `\b`)
)

// finishContents wraps the text objects drawn in artifact faces, on every
// page, in "/Span <</ActualText ()>> BDC … EMC", and compresses every
// page's content stream (gopdf writes them plain: see render). gopdf
// writes each Text() as "BT\nx y TD\n/Fn size Tf …\nET\n".
func (f *objFile) finishContents(pageObjs []int) error {
	if len(pageObjs) == 0 {
		return nil
	}
	var fonts [][]byte // "/F7 ": the Tf operand of an artifact face
	if m := resRef.FindSubmatch(f.get(pageObjs[0])); m != nil {
		res, _ := strconv.Atoi(string(m[1]))
		for _, e := range fontEntry.FindAllSubmatch(f.get(res), -1) {
			n, _ := strconv.Atoi(string(e[2]))
			if artifactFont.Match(f.get(n)) {
				fonts = append(fonts, append(append([]byte("/"), e[1]...), ' '))
			}
		}
	}
	// One compressor for all pages: a flate writer allocates about a
	// megabyte of state.
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	for pi, po := range pageObjs {
		cm := contentRef.FindSubmatch(f.get(po))
		if cm == nil {
			continue
		}
		cn, _ := strconv.Atoi(string(cm[1]))
		body := f.get(cn)
		a := bytes.Index(body, []byte("stream\n"))
		b := bytes.LastIndex(body, []byte("\nendstream"))
		if a < 0 || b < a+7 || !bytes.HasPrefix(bytes.TrimSpace(body), []byte("<<")) || bytes.Contains(body[:a], []byte("/Filter")) {
			return fmt.Errorf("pdf: page %d: content stream not in the form gopdf writes", pi+1)
		}
		plain := body[a+7 : b]
		if len(fonts) > 0 {
			plain, _ = wrapArtifacts(plain, fonts)
		}
		z.Reset()
		zw.Reset(&z)
		zw.Write(plain)
		zw.Close()
		head := fmt.Sprintf("<<\n/Filter/FlateDecode/Length %d\n>>\nstream\n", z.Len())
		f.set(cn, append(append([]byte(head), z.Bytes()...), "\nendstream\n"...))
	}
	return nil
}

// wrapArtifacts wraps every text object of a content stream whose font
// line selects one of fonts in an empty-ActualText span.
func wrapArtifacts(plain []byte, fonts [][]byte) ([]byte, bool) {
	const open, close = "/Span <</ActualText ()>> BDC\n", "EMC\n"
	var out []byte
	last := 0
	for i := 0; i < len(plain); {
		j := bytes.Index(plain[i:], []byte("BT\n"))
		if j < 0 {
			break
		}
		j += i
		// A text object ends "\nET\n", or "\nET" at the end of the stream.
		e := bytes.Index(plain[j:], []byte("\nET\n"))
		end := j + e + len("\nET\n")
		if e < 0 {
			if !bytes.HasSuffix(plain, []byte("\nET")) {
				break
			}
			end = len(plain)
		}
		if j == 0 || plain[j-1] == '\n' {
			obj := plain[j:end]
			if nl := bytes.IndexByte(obj[3:], '\n'); nl >= 0 && hasAnyPrefix(obj[3+nl+1:], fonts) {
				out = append(out, plain[last:j]...)
				out = append(out, open...)
				out = append(out, obj...)
				out = append(out, close...)
				last = end
			}
		}
		i = end
	}
	if out == nil {
		return plain, false
	}
	return append(out, plain[last:]...), true
}

func hasAnyPrefix(b []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(b, p) {
			return true
		}
	}
	return false
}
