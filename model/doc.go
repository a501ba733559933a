// Package model is the document model of one magazine issue: plain data that
// importers build and renderers read.
//
// The model knows nothing of Markdown, HTML, PDF or EPUB. An Issue holds the
// issue's metadata (Meta), its sections (栏目), the articles of each section
// and the blocks and inlines of each article. Structure that every edition
// needs — the section → series → article → heading tree behind the EPUB nav,
// the PDF outline and the printed contents — is computed once by TOC.
//
// Every block keeps the source line it came from, so that diagnostics can
// point at the source. The model marshals to and from JSON losslessly; the
// JSON form is the one `paiban inspect --json` prints and `paiban build`
// accepts.
package model
