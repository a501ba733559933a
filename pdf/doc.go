// Package pdf draws a laid-out magazine issue (a [layout.Document]) as a
// print-ready PDF with gopdf.
//
// Every typesetting decision is made by the layout engine; this package
// only places glyphs, rules and images where the layout says, embeds the
// fonts as tagged subsets with a correct ToUnicode map, and adds the
// document-level structure a printer and a reader expect: page boxes
// (MediaBox, TrimBox, BleedBox), a nested outline, internal and external
// links, document information, optional crop marks.
//
// gopdf writes the page content and the fonts. The document structure that
// gopdf gets wrong or cannot express (nested outlines, links created out of
// page order, BleedBox, Keywords, indirect Info, surrogate pairs in
// ToUnicode and text strings) is added in one place, a pass over gopdf's
// finished bytes (finish.go), so no workaround is spread over the drawing
// code.
//
// Output is deterministic: the same document gives the same bytes. Dates
// come from the issue (Meta.Date), never from the clock, and the file
// identifier is a hash of the content.
package pdf
