package model

import "fmt"

// Severity grades a Diagnostic.
type Severity string

// The severities.
const (
	Info    Severity = "info"    // a change a clean-up pass made, for review
	Warning Severity = "warning" // something the reader may want to fix
	Error   Severity = "error"   // the build cannot go on
)

// Diagnostic is one message about the source, with its place. Importers
// record every change a clean-up pass makes as a Diagnostic with Before and
// After, so that nothing in the source is lost without a trace.
type Diagnostic struct {
	// Severity grades the diagnostic: a recorded change, a warning or an
	// error.
	Severity Severity `json:"severity"`
	// Pass names the pass or check that made the diagnostic.
	Pass string `json:"pass"`
	// File and Line locate the source; Line is 1-based, 0 if unknown.
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	// Msg says what happened.
	Msg string `json:"msg"`
	// Before and After hold the text a pass removed or changed, and what it
	// became (empty when removed or moved into the model as data).
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// String formats the diagnostic as "file:line: severity: pass: message",
// followed by the text changed, if any.
func (d Diagnostic) String() string {
	loc := d.File
	if d.Line > 0 {
		loc = fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	s := fmt.Sprintf("%s: %s: %s: %s", loc, d.Severity, d.Pass, d.Msg)
	if d.Before != "" || d.After != "" {
		s += fmt.Sprintf(" [%q → %q]", d.Before, d.After)
	}
	return s
}
