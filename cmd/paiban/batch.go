package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
	"github.com/paiban/paiban/pdf"
)

// result is what building one issue gave.
type result struct {
	job      *job
	outputs  []string // files written, in the order EPUB, PDF
	pages    int      // PDF pages, 0 when no PDF was made
	warnings []string
	err      error
	elapsed  time.Duration
}

// errReported is returned when the command has already told the user what
// went wrong (a batch with failures): run exits with status 1 and prints
// nothing more.
var errReported = errors.New("reported")

// runBatch builds the jobs on c.jobs goroutines. Each goroutine owns its
// job's options, warnings and files; the only things shared are the
// read-only configuration and fonts (fonts/defaults parses them once), and
// results come back over a channel to this goroutine, the only one that
// writes to stdout and stderr.
func runBatch(jobs []*job, c *buildConfig, stdout, stderr io.Writer) error {
	todo := make(chan *job)
	started := make(chan *job)
	done := make(chan *result)
	workers := min(c.jobs, len(jobs))
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range todo {
				started <- j
				done <- buildIssue(j, c)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			todo <- j
		}
		close(todo)
	}()
	go func() {
		wg.Wait()
		close(done)
	}()

	bar := newProgressBar(stderr, len(jobs), c.quiet)
	defer bar.stop()
	results := make([]*result, len(jobs))
	var built, failed, warned int
	for {
		var r *result
		select {
		case j := <-started:
			bar.start(j)
			continue
		case <-bar.tick():
			bar.draw()
			continue
		case r = <-done:
		}
		if r == nil {
			break
		}
		results[r.job.index] = r
		warned += len(r.warnings)
		if r.err != nil {
			failed++
		} else {
			built++
		}
		bar.clear()
		if r.err != nil || !c.quiet {
			fmt.Fprintln(stderr, progressLine(built+failed, len(jobs), r))
		}
		if !c.quiet {
			for _, w := range r.warnings {
				fmt.Fprintln(stderr, "  "+w)
			}
		}
		bar.finish(r.job)
	}
	bar.clear()
	fmt.Fprintf(stderr, "built %d, failed %d, warnings %d\n", built, failed, warned)
	for _, r := range results {
		for _, out := range r.outputs {
			fmt.Fprintln(stdout, out)
		}
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// progressLine formats the line printed when an issue is finished:
// [3/20] archive/x.md → out/x.epub, out/x.pdf (60 pages, 0.21 s)
func progressLine(n, total int, r *result) string {
	head := fmt.Sprintf("[%d/%d] %s", n, total, r.job.input)
	if r.err != nil {
		return head + " FAILED: " + r.err.Error()
	}
	var detail []string
	if r.pages > 0 {
		detail = append(detail, plural(r.pages, "page"))
	}
	if len(r.warnings) > 0 {
		detail = append(detail, plural(len(r.warnings), "warning"))
	}
	detail = append(detail, fmt.Sprintf("%.2f s", r.elapsed.Seconds()))
	return fmt.Sprintf("%s → %s (%s)", head, strings.Join(r.outputs, ", "), strings.Join(detail, ", "))
}

// plural returns "1 page", "2 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// buildIssue imports one issue, lays it out once and writes the requested
// editions; both files are renamed into place only when both are
// complete. It never panics on a bad issue: a panic in a library is turned
// into the issue's error so that the rest of the batch goes on.
func buildIssue(j *job, c *buildConfig) (r *result) {
	start := time.Now()
	r = &result{job: j}
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("%s: internal error: %v", j.input, p)
			r.outputs = nil
		}
		r.elapsed = time.Since(start)
	}()
	res, err := importer.ImportFile(j.input, &importer.Options{KeepPunct: c.keepPunct})
	if err != nil {
		r.err = err
		return r
	}
	for _, d := range res.Diagnostics {
		if d.Severity == model.Warning {
			r.warnings = append(r.warnings, d.String())
		}
	}
	// The layout options are copied per issue, and Warn appends to this
	// issue's list only; the lock covers a library that might warn from
	// goroutines of its own.
	lo := c.layout
	var mu sync.Mutex
	popts := &pdf.Options{
		Layout:    &lo,
		CropMarks: c.cropMarks,
		Version:   version,
		Warn: func(err error) {
			mu.Lock()
			r.warnings = append(r.warnings, j.input+": warning: "+err.Error())
			mu.Unlock()
		},
	}
	// The layout is needed for the PDF and, as its page map, for the
	// EPUB's page-list.
	var doc *layout.Document
	var pageMap model.PageMap
	if c.pdf || c.pageList {
		doc, err = pdf.Layout(res.Issue, popts)
		if err != nil {
			r.err = fmt.Errorf("%s: %w", j.input, err)
			return r
		}
		pageMap = doc.PageMap
	}
	var staged []*stagedFile
	defer func() {
		for _, s := range staged {
			s.discard()
		}
	}()
	if c.epub {
		out := filepath.Join(c.outDir, j.name+".epub")
		s, err := stage(out, func(w io.Writer) error { return epub.Write(w, res.Issue, c.epubOptions(pageMap)) })
		if err != nil {
			r.err = fmt.Errorf("%s: %w", j.input, err)
			return r
		}
		staged = append(staged, s)
	}
	if c.pdf {
		out := filepath.Join(c.outDir, j.name+".pdf")
		s, err := stage(out, func(w io.Writer) error { return pdf.Draw(w, doc, popts) })
		if err != nil {
			r.err = fmt.Errorf("%s: %w", j.input, err)
			return r
		}
		staged = append(staged, s)
		r.pages = len(doc.Pages)
	}
	for _, s := range staged {
		if err := s.commit(); err != nil {
			r.err = fmt.Errorf("%s: %w", j.input, err)
			return r
		}
		r.outputs = append(r.outputs, s.path)
	}
	return r
}
