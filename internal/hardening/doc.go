// Package hardening holds no library code: its tests run a catalogue of
// bad, hostile and oversized inputs through the whole pipeline (import →
// layout → PDF → EPUB, in memory) and check that each gets a clear error
// naming its place, or a documented recovery with a warning — never a
// panic, a hang or a silently dropped paragraph. It also holds the
// whole-pipeline fuzz target, the fault-injection tests of the writers,
// the concurrency and memory tests, and the limits' timing test.
// docs/hardening.md summarises what was tried and what was measured.
package hardening
