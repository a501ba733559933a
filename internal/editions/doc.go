// Package editions holds no code; its tests build both editions of the
// sample issue together, as `paiban build` does: the PDF's layout gives
// the EPUB its page map, and the EPUB must pass EPUBCheck with the
// page-list that results. (epub may not import layout or pdf, so this
// test lives outside both.)
package editions
