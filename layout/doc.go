// Package layout typesets a model.Issue into renderer-neutral pages.
//
// Book lays out the whole issue: an optional cover, the contents page (目录),
// the articles in two columns on a fixed line grid, and the colophon. The
// result, a Document, holds pages of positioned glyph runs, rules, images,
// anchors and links, plus an outline and a page map for the EPUB. A PDF
// writer only draws it: every line break, column break and position is
// decided here, following the W3C Requirements for Chinese Text Layout
// (clreq) as summarised in the project's typesetting notes.
//
// The grid: a column is a whole number of body characters wide, the gap
// between the two columns is about two characters, and every body baseline
// lies on a line of the grid, so the baselines of the two columns align.
// Titles, headings, captions and figures take whole multiples of the line
// pitch for the same reason.
//
// Lines are broken by the layout/linebreak package; fonts come from a
// fonts.Set, whose roles pick the face of each character: body (serif),
// heading (sans bold, also strong run-in heads), caption (kai: bylines,
// captions, author notes) and symbol (the last fallback of every role).
package layout
