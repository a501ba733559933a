package epub

// resolveFaces picks the fonts for a book from the options. Until the
// fonts package offers outlines and subsetting, no font is embedded and
// the cover is an XHTML page.
func resolveFaces(o *Options) (faces, error) {
	return faces{}, nil
}
