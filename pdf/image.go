package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	_ "image/gif" // gopdf accepts GIF; decoding its size needs the codec
	_ "image/jpeg"
	"image/png"
	"os"

	"github.com/paiban/paiban/layout"
	"github.com/signintech/gopdf"
)

// preparedImage is an image ready for gopdf, with its pixel size.
type preparedImage struct {
	holder gopdf.ImageHolder
	w, h   int
}

// imageCache prepares each distinct image once; gopdf then embeds it once
// however often it is placed (its holder ID is a hash of the bytes).
type imageCache struct {
	opts *Options
	byID map[string]*preparedImage
}

func newImageCache(opts *Options) *imageCache {
	return &imageCache{opts: opts, byID: make(map[string]*preparedImage)}
}

// draw places im on the current page at its box, reporting an effective
// resolution under the minimum.
func (c *imageCache) draw(gp *gopdf.GoPdf, im *layout.Image, g pageGeom, page int) error {
	name := im.Path
	if name == "" {
		name = "(inline data)"
	}
	if im.Ref != "" {
		name += " (named at " + im.Ref + ")"
	}
	data := im.Data
	if len(data) == 0 {
		if im.Path == "" {
			return fmt.Errorf("pdf: page %d: image with neither data nor path", page)
		}
		var err error
		if data, err = os.ReadFile(im.Path); err != nil {
			return fmt.Errorf("pdf: page %d: image: %w", page, err)
		}
	}
	key := im.Path
	if len(im.Data) > 0 {
		key = "\x00" + string(im.Data)
	}
	p, ok := c.byID[key]
	if !ok {
		var err error
		if p, err = prepareImage(data, c.opts.maxImagePixels()); err != nil {
			return fmt.Errorf("pdf: page %d: image %s: %w", page, name, err)
		}
		c.byID[key] = p
	}
	dpi := min(float64(p.w)/(im.W/72), float64(p.h)/(im.H/72))
	if dpi < c.opts.minDPI() {
		c.opts.warn(fmt.Errorf("pdf: page %d: image %s: %.0f dpi at its placed size %.1f×%.1f mm (%d×%d px), under %.0f dpi",
			page, name, dpi, im.W/72*25.4, im.H/72*25.4, p.w, p.h, c.opts.minDPI()))
	}
	if err := gp.ImageByHolder(p.holder, g.off+im.X, g.off+im.Y, &gopdf.Rect{W: im.W, H: im.H}); err != nil {
		return fmt.Errorf("pdf: page %d: image %s: %w", page, name, err)
	}
	return nil
}

// prepareImage checks the image and, for PNGs gopdf rejects (16 bits per
// channel, interlaced), re-encodes it as an 8-bit non-interlaced PNG.
func prepareImage(data []byte, maxPixels int64) (*preparedImage, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("empty image")
	}
	// Checked before anything decodes the pixels: a small file can claim
	// billions of them.
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, fmt.Errorf("%d×%d pixels, over the limit of %d (layout.Options.MaxImagePixels)", cfg.Width, cfg.Height, maxPixels)
	}
	if format == "png" && pngNeedsReencode(data) {
		if data, err = reencodePNG(data); err != nil {
			return nil, err
		}
	}
	h, err := gopdf.ImageHolderByBytes(data)
	if err != nil {
		return nil, err
	}
	return &preparedImage{holder: h, w: cfg.Width, h: cfg.Height}, nil
}

// maxImagePixels is Layout.MaxImagePixels with its default, so that Draw
// refuses a picture the layout would have refused.
func (o *Options) maxImagePixels() int64 {
	if o == nil || o.Layout == nil || o.Layout.MaxImagePixels == 0 {
		return layout.DefaultMaxImagePixels
	}
	if o.Layout.MaxImagePixels < 0 {
		return 1<<63 - 1
	}
	return o.Layout.MaxImagePixels
}

// pngNeedsReencode reads the IHDR: bit depth 16 or interlace method 1.
func pngNeedsReencode(data []byte) bool {
	// signature (8) + length (4) + "IHDR" (4) + width, height (8) + depth,
	// colour type, compression, filter, interlace.
	if len(data) < 29 || string(data[12:16]) != "IHDR" {
		return false
	}
	return data[24] == 16 || data[28] == 1
}

// reencodePNG decodes a PNG and writes it again with 8 bits per channel,
// not interlaced, keeping gray images gray and alpha when present.
func reencodePNG(data []byte) ([]byte, error) {
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var dst draw.Image
	switch src.ColorModel() {
	case color.GrayModel, color.Gray16Model:
		dst = image.NewGray(src.Bounds())
	default:
		dst = image.NewNRGBA(src.Bounds())
	}
	draw.Draw(dst, dst.Bounds(), src, src.Bounds().Min, draw.Src)
	var out bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&out, dst); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
