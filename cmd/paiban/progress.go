package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/width"
)

// progressBar draws a one-line bar at the bottom of a terminal, redrawn a
// few times a second with the issues being built and the time so far. On
// anything else (a file, a pipe, a test's buffer) it draws nothing, so
// logs hold only the progress lines. Only runBatch's goroutine uses it.
type progressBar struct {
	w       io.Writer
	total   int
	done    int
	running []*job
	begin   time.Time
	ticker  *time.Ticker
	drawn   bool
}

func newProgressBar(w io.Writer, total int, quiet bool) *progressBar {
	b := &progressBar{w: w, total: total}
	if !quiet && total > 1 && isTerminal(w) {
		b.begin = time.Now()
		b.ticker = time.NewTicker(250 * time.Millisecond)
	}
	return b
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

// tick is the channel of redraw times; nil (never ready) when the bar is
// off.
func (b *progressBar) tick() <-chan time.Time {
	if b.ticker == nil {
		return nil
	}
	return b.ticker.C
}

// stop releases the ticker and erases the bar.
func (b *progressBar) stop() {
	if b.ticker != nil {
		b.ticker.Stop()
	}
	b.clear()
}

// start records that j is being built.
func (b *progressBar) start(j *job) {
	b.running = append(b.running, j)
	b.draw()
}

// finish records that j is done and redraws.
func (b *progressBar) finish(j *job) {
	b.done++
	for i, r := range b.running {
		if r == j {
			b.running = append(b.running[:i], b.running[i+1:]...)
			break
		}
	}
	b.draw()
}

// draw writes the bar over the previous one.
func (b *progressBar) draw() {
	if b.ticker == nil || b.done >= b.total {
		return
	}
	const width = 24
	fill := width * b.done / b.total
	var names []string
	for _, j := range b.running {
		names = append(names, filepath.Base(j.input))
	}
	line := fmt.Sprintf("[%s%s] %d/%d %.0f s  %s", strings.Repeat("#", fill), strings.Repeat(".", width-fill),
		b.done, b.total, time.Since(b.begin).Seconds(), strings.Join(names, " "))
	fmt.Fprint(b.w, "\r\x1b[K"+fitColumns(line, 79))
	b.drawn = true
}

// clear erases the bar so that a progress line can take its place.
func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}

// fitColumns cuts s to at most n terminal columns, counting wide (CJK)
// characters as two: a bar that wraps cannot be erased with a carriage
// return, and 80 columns is the narrowest common terminal.
func fitColumns(s string, n int) string {
	cols, cut := 0, -1
	for i, r := range s {
		cols += columns(r)
		if cut < 0 && cols > n-1 {
			cut = i // "…" takes the last column
		}
	}
	if cols <= n || cut < 0 {
		return s
	}
	return s[:cut] + "…"
}

// columns is the number of terminal columns r takes.
func columns(r rune) int {
	if k := width.LookupRune(r).Kind(); k == width.EastAsianWide || k == width.EastAsianFullwidth {
		return 2
	}
	return 1
}
