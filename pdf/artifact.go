package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

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
	streamBody   = regexp.MustCompile(`(?s)^<<\s*/Filter\s*/FlateDecode\s*/Length (\d+)\s*>>\s*stream\n(.*)\nendstream\s*$`)
)

// markArtifacts wraps the text objects drawn in artifact faces, on every
// page, in "/Span <</ActualText ()>> BDC … EMC". gopdf writes each
// Text() as "BT\nx y TD\n/Fn size Tf …\nET\n".
func (f *objFile) markArtifacts(pageObjs []int) error {
	if len(pageObjs) == 0 {
		return nil
	}
	m := resRef.FindSubmatch(f.get(pageObjs[0]))
	if m == nil {
		return nil
	}
	res, _ := strconv.Atoi(string(m[1]))
	var names []string
	for _, e := range fontEntry.FindAllSubmatch(f.get(res), -1) {
		n, _ := strconv.Atoi(string(e[2]))
		if artifactFont.Match(f.get(n)) {
			names = append(names, string(e[1]))
		}
	}
	if len(names) == 0 {
		return nil
	}
	textObj := regexp.MustCompile(`(?m)^BT\n[^\n]*\n/(?:` + strings.Join(names, "|") + `) [^\n]*\n(?:[^\n]*\n)*?ET\n`)
	for pi, po := range pageObjs {
		cm := contentRef.FindSubmatch(f.get(po))
		if cm == nil {
			continue
		}
		cn, _ := strconv.Atoi(string(cm[1]))
		sm := streamBody.FindSubmatch(f.get(cn))
		if sm == nil {
			return fmt.Errorf("pdf: page %d: content stream not in the form gopdf writes", pi+1)
		}
		zr, err := zlib.NewReader(bytes.NewReader(sm[2]))
		if err != nil {
			return fmt.Errorf("pdf: page %d: content stream: %w", pi+1, err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil {
			return fmt.Errorf("pdf: page %d: content stream: %w", pi+1, err)
		}
		if !textObj.Match(plain) {
			continue
		}
		plain = textObj.ReplaceAllFunc(plain, func(b []byte) []byte {
			out := append([]byte("/Span <</ActualText ()>> BDC\n"), b...)
			return append(out, "EMC\n"...)
		})
		var z bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
		zw.Write(plain)
		zw.Close()
		body := fmt.Sprintf("<<\n/Filter/FlateDecode/Length %d\n>>\nstream\n", z.Len())
		f.set(cn, append(append([]byte(body), z.Bytes()...), "\nendstream\n"...))
	}
	return nil
}
