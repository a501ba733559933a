package importer

import (
	"fmt"
	"io"
)

// HTML imports an issue from a publisher's HTML export.
func HTML(r io.Reader, name string, opts *Options) (*Result, error) {
	return nil, fmt.Errorf("importer: %s: HTML import not implemented yet", name)
}
