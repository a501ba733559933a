// Package archtest holds no code; its test enforces the one-way imports of
// the design: the model imports no renderer, the EPUB writer never imports
// layout or PDF code, the PDF writer never imports the EPUB writer, and the
// layout engine never imports gopdf.
package archtest
