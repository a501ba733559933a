package importer

import (
	"fmt"

	"github.com/paiban/paiban/model"
)

// doc is the state of one import.
type doc struct {
	name  string
	opts  Options
	raws  []raw
	diags []model.Diagnostic
	is    *model.Issue
	// counts of adjacent ideographs, for pairCount
	pairs map[uint64]int32
}

func newDoc(name string, opts *Options) *doc {
	d := &doc{name: name}
	if opts != nil {
		d.opts = *opts
	}
	return d
}

// note records a diagnostic. before is the text removed or moved into the
// model as data; after the text added.
func (d *doc) note(sev model.Severity, pass string, line int, before, after, format string, args ...any) {
	d.diags = append(d.diags, model.Diagnostic{
		Severity: sev, Pass: pass, File: d.name, Line: line,
		Msg: fmt.Sprintf(format, args...), Before: before, After: after,
	})
}

func (d *doc) info(pass string, line int, before, after, format string, args ...any) {
	d.note(model.Info, pass, line, before, after, format, args...)
}

func (d *doc) warn(pass string, line int, before, after, format string, args ...any) {
	d.note(model.Warning, pass, line, before, after, format, args...)
}
