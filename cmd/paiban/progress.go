package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// progressBar draws a one-line bar at the bottom of a terminal; on
// anything else (a file, a pipe, a test's buffer) it draws nothing, so
// logs hold only the progress lines.
type progressBar struct {
	w     io.Writer
	total int
	on    bool
	drawn bool
}

func newProgressBar(w io.Writer, total int, quiet bool) *progressBar {
	return &progressBar{w: w, total: total, on: !quiet && total > 1 && isTerminal(w)}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update draws the bar for n finished issues, last being the latest.
func (b *progressBar) update(n int, last string) {
	if !b.on || n >= b.total {
		return
	}
	const width = 30
	fill := width * n / b.total
	fmt.Fprintf(b.w, "\r[%s%s] %d/%d  %s", strings.Repeat("#", fill), strings.Repeat(".", width-fill), n, b.total, filepath.Base(last))
	b.drawn = true
}

// clear erases the bar so that a progress line can take its place.
func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}
