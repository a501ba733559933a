// Package fonts loads TrueType (glyf) fonts and reads what layout needs
// straight from the font tables: units per em, ascender and descender,
// advance widths (hmtx) and the character map (cmap formats 4 and 12). It
// groups fonts into a Set with roles (body, heading, caption, symbol) and
// ordered fallback chains, checks an issue's text for characters that no
// font has, draws glyph outlines, and writes standalone TrueType subsets
// for embedding in an EPUB.
//
// Only TrueType fonts with glyf outlines are accepted: the PDF writer
// (gopdf) cannot embed anything else. OpenType/CFF (.otf), collections
// (.ttc) and WOFF/WOFF2 are refused with an error saying what to use.
//
// A Font is immutable after Parse, so it is safe for concurrent readers.
// The default fonts live in the subpackage fonts/defaults, so programs that
// bring their own fonts do not carry 40 MB of embedded data.
package fonts
