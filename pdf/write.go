package pdf

import (
	"fmt"
	"io"

	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
)

// Write lays out issue with layout.Book (using opts.Layout and opts.Fonts)
// and draws it to w. Use Layout and Draw instead when the laid-out
// document is needed too, e.g. for its page map.
func Write(w io.Writer, issue *model.Issue, opts *Options) error {
	doc, err := Layout(issue, opts)
	if err != nil {
		return err
	}
	return Draw(w, doc, opts)
}

// Layout lays out issue as Write does: layout.Book with opts.Layout and
// opts.Fonts, the embedded default fonts when opts.Fonts is nil.
func Layout(issue *model.Issue, opts *Options) (*layout.Document, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Fonts == nil {
		set, err := defaults.Set()
		if err != nil {
			return nil, fmt.Errorf("pdf: default fonts: %w", err)
		}
		o.Fonts = set
	}
	return layout.Book(issue, o.Fonts, o.Layout)
}
