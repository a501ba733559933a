package epub

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif" // DecodeConfig needs the codecs to read a picture's size
	_ "image/jpeg"
	_ "image/png"
	"regexp"
)

// DefaultMaxImagePixels is the default Options.MaxImagePixels, the same
// 100 million pixels as the print side's default.
const DefaultMaxImagePixels = 100_000_000

// activeSVG finds what makes an SVG picture active content: scripts,
// event handlers, javascript: URLs and foreign objects (embedded HTML).
var activeSVG = regexp.MustCompile(`(?i)<script|<foreignobject|\son[a-z]+\s*=|javascript:`)

// checkPicture vets a picture before it goes into the book: a raster
// picture's header must read and its pixel count stay within the limit
// (checked before anything decodes it: a small file can claim billions of
// pixels, and the reading system would decode them); an SVG must hold no
// script.
func (o *Options) checkPicture(data []byte, mediaType string) error {
	if mediaType == "image/svg+xml" {
		if m := activeSVG.Find(data); m != nil {
			return fmt.Errorf("SVG with active content (%q) refused", m)
		}
		return nil
	}
	c, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("unreadable %s: %w", mediaType, err)
	}
	limit := o.MaxImagePixels
	if limit == 0 {
		limit = DefaultMaxImagePixels
	}
	if limit > 0 && int64(c.Width)*int64(c.Height) > limit {
		return fmt.Errorf("%d×%d pixels, over the limit of %d (Options.MaxImagePixels)", c.Width, c.Height, limit)
	}
	return nil
}
