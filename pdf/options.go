package pdf

import (
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
)

// DefaultMinDPI is the effective resolution below which a placed image is
// reported: the usual floor for offset printing.
const DefaultMinDPI = 300

// Options configures Draw and Write. A nil *Options means the defaults.
type Options struct {
	// Layout configures the layout engine for Write; nil means its
	// defaults. Draw ignores it.
	Layout *layout.Options

	// Fonts is the font set Write lays out with; nil means the embedded
	// defaults (fonts/defaults). Draw ignores it: a laid-out document
	// carries its fonts.
	Fonts *fonts.Set

	// CropMarks draws trim marks outside the bleed. The media box then
	// grows by a slug of CropSlug points on every side, so the marks never
	// touch the bleed; BleedBox stays trim + bleed.
	CropMarks bool

	// Version is the paiban version written into the document information
	// (Creator "paiban <Version>"); empty means "dev".
	Version string

	// MinDPI is the effective resolution below which a placed image is
	// reported through Warn; 0 means DefaultMinDPI.
	MinDPI float64

	// Warn, when set, receives problems that do not stop the PDF from
	// being written: low-resolution images, links whose target has no
	// anchor (the link is dropped), runes missing from their font, duplicate
	// anchors. Each is an error naming the package and the page.
	Warn func(error)
}

// CropSlug is the margin, in points, added around the bleed for crop marks.
const CropSlug = 24.0

// cropMarkLength is how far a crop mark runs, in points, starting at the
// bleed edge; it stays inside the slug.
const cropMarkLength = 18.0

// cropMarkWidth is the stroke of a crop mark in points (a hairline).
const cropMarkWidth = 0.25

func (o *Options) warn(err error) {
	if o != nil && o.Warn != nil {
		o.Warn(err)
	}
}

func (o *Options) minDPI() float64 {
	if o == nil || o.MinDPI <= 0 {
		return DefaultMinDPI
	}
	return o.MinDPI
}

func (o *Options) version() string {
	if o == nil || o.Version == "" {
		return "dev"
	}
	return o.Version
}

func (o *Options) cropMarks() bool { return o != nil && o.CropMarks }
