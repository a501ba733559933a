// Package examplestest holds the tests of the repository's examples: the
// minimal issue in both source forms (examples/minimal), the example
// programs (examples/api, examples/html) and the input format's
// documentation (docs/format.md), so that none of them can rot unnoticed.
// It has no API of its own.
package examplestest
