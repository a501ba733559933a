package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/paiban/paiban/model"
)

// schemeRE matches a URL scheme (http:, data:, javascript:, …); a
// protocol-relative //host/… reference counts as remote too.
var schemeRE = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)`)

// checkImages vets every picture the issue names. Sources are untrusted:
// a picture must be a file inside the issue's folder. A remote or inline
// (data:) reference is never fetched: the picture is dropped with a
// warning, its URL kept in the diagnostic and its alt text kept as the
// caption. An absolute path, one that climbs out of the folder (..), or
// one whose symbolic links lead out of it is refused with an error naming
// the file and line.
func (d *doc) checkImages(is *model.Issue) error {
	base := d.name
	if fi, err := os.Stat(base); err != nil || !fi.IsDir() {
		base = filepath.Dir(base)
	}
	var errs []error
	vet := func(p string, line int) (keep bool) {
		switch {
		case schemeRE.MatchString(p):
			d.warn("images", line, p, "", "remote or inline image %.80q is not fetched: dropped", p)
			return false
		case filepath.IsAbs(p) || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`):
			errs = append(errs, fmt.Errorf("importer: %s:%d: image %q: an absolute path; pictures must be inside the issue's folder", d.name, line, p))
		case !filepath.IsLocal(filepath.FromSlash(p)):
			errs = append(errs, fmt.Errorf("importer: %s:%d: image %q: leaves the issue's folder; pictures must be inside it", d.name, line, p))
		default:
			if err := inside(base, p); err != nil {
				errs = append(errs, fmt.Errorf("importer: %s:%d: image %q: %w", d.name, line, p, err))
			}
		}
		return true
	}
	if c := is.Meta.Cover; c != nil && c.Image != "" && !vet(c.Image, c.Line) {
		c.Image = ""
	}
	is.Meta.Notices = d.vetBlocks(is.Meta.Notices, vet)
	for si := range is.Sections {
		s := &is.Sections[si]
		s.Intro = d.vetBlocks(s.Intro, vet)
		for gi := range s.Series {
			s.Series[gi].Intro = d.vetBlocks(s.Series[gi].Intro, vet)
		}
		for ai := range s.Articles {
			s.Articles[ai].Blocks = d.vetBlocks(s.Articles[ai].Blocks, vet)
		}
	}
	return errors.Join(errs...)
}

// vetBlocks applies vet to the figures of bs, recursively. A figure whose
// picture is dropped keeps its caption and credit, its alt text (with no
// picture left to stand for) put before the caption; a figure left with
// no text at all is removed (its URL is in the diagnostic).
func (d *doc) vetBlocks(bs []model.Block, vet func(string, int) bool) []model.Block {
	out := bs[:0]
	for _, b := range bs {
		switch b.Type {
		case model.Figure:
			if b.Image != "" && !vet(b.Image, b.Line) {
				b.Image = ""
				if b.Alt != "" && b.Alt != b.Caption {
					b.Caption = strings.TrimSpace(b.Alt + " " + b.Caption)
				}
				b.Alt = ""
				if b.Caption == "" && b.Credit == "" {
					continue
				}
			}
		case model.Quote:
			b.Children = d.vetBlocks(b.Children, vet)
			if len(b.Children) == 0 {
				continue
			}
		case model.List:
			for i := range b.Items {
				b.Items[i] = d.vetBlocks(b.Items[i], vet)
			}
		}
		out = append(out, b)
	}
	return out
}

// inside checks that p, relative to base, does not lead out of base
// through symbolic links. A file that does not exist is left to the
// renderers, which report it.
func inside(base, p string) error {
	full, err := filepath.EvalSymlinks(filepath.Join(base, filepath.FromSlash(p)))
	if err != nil {
		return nil
	}
	root, err := filepath.EvalSymlinks(base)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(root, full)
	if err != nil || !filepath.IsLocal(rel) {
		return fmt.Errorf("a symbolic link leads out of the issue's folder (to %s)", full)
	}
	return nil
}
