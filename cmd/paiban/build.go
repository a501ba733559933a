package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/model"
)

const buildUsage = `usage: paiban build [flags] ISSUE…

Typesets each ISSUE (.md, .txt, .html, .json, or a folder of HTML pages)
into NAME.epub and NAME.pdf in the output folder, NAME being the issue's
file name without its extension. Two issues with the same NAME (say
a/issue.md and b/issue.md) are told apart by their folder: a-issue.pdf and
b-issue.pdf; if that still collides, nothing is built.

Issues are built in parallel (-j, default: one per CPU). Each finished
issue prints one line on stderr; a bad issue is reported as FAILED with its
file and line and does not stop the others. A summary ends the run, and the
exit status is 1 if any issue failed. The written files are listed on
stdout. An issue's files are written to temporary files and renamed into
place only when both editions are complete, so a failed build never
replaces a good file.

When both editions are built, the EPUB carries the PDF's print page
numbers as a page-list. With --epub alone the print edition is not laid out
and the EPUB has no page-list, unless --page-list asks for it.

examples:
  paiban build -o out/ archive/*.md
  paiban build --pdf --size 16k --bleed 5 --crop-marks issue.md
  paiban build --body 9 --columns 3 --name proof issue.md

flags:
`

// buildConfig is a parsed paiban build command line. It is read-only once
// parsed: every goroutine of a batch reads it and none writes it.
type buildConfig struct {
	epub, pdf bool
	outDir    string
	jobs      int
	name      string
	quiet     bool
	cropMarks bool
	noFont    bool
	pageList  bool // lay out the print edition for the EPUB's page-list
	keepPunct bool
	layout    layout.Options
}

// parseBuild parses the command line of paiban build into the
// configuration and the issue paths. Usage problems are reported on
// stderr and come back as errUsage.
func parseBuild(args []string, stderr io.Writer) (*buildConfig, []string, error) {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, buildUsage); printFlags(stderr, fs) }
	c := &buildConfig{}
	var size string
	var bleed, body float64
	var columns, pad int
	var noCover bool
	fs.BoolVar(&c.epub, "epub", false, "write the EPUB edition (default: both editions)")
	fs.BoolVar(&c.pdf, "pdf", false, "write the PDF edition (default: both editions)")
	fs.StringVar(&c.outDir, "o", ".", "output `folder`, created if missing")
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "build `N` issues at a time (default: one per CPU)")
	fs.StringVar(&c.name, "name", "", "output base `NAME` instead of the issue's file name (one issue only)")
	fs.BoolVar(&c.quiet, "q", false, "print failures and the summary only, no progress or warnings")
	fs.StringVar(&size, "size", "big16k", "PDF trim `size`: big16k/大16开 (210×285 mm), 16k/16开 (185×260 mm), a4 (210×297 mm)")
	fs.Float64Var(&bleed, "bleed", 3, "PDF bleed on each side in `mm`, 0–20 (0: none)")
	fs.BoolVar(&c.cropMarks, "crop-marks", false, "PDF: draw crop marks in a slug outside the bleed")
	fs.Float64Var(&body, "body", 10, "PDF body text size in `points` (10.5 is 五号, 9 is 小五)")
	fs.IntVar(&columns, "columns", 2, "PDF body columns, `N` = 1–6")
	fs.BoolVar(&noCover, "no-cover", false, "PDF: leave out the cover page (the EPUB keeps its cover)")
	fs.IntVar(&pad, "pad", 4, "PDF: pad with blank pages to a multiple of `N` pages (1: no padding)")
	fs.BoolVar(&c.noFont, "no-font", false, "EPUB: do not embed the body font subset")
	fs.BoolVar(&c.pageList, "page-list", false, "EPUB: carry the print page numbers even with --epub alone (lays out the print edition)")
	fs.BoolVar(&c.keepPunct, "keep-punct", false, "keep ASCII punctuation in Chinese text as the source has it (no folding to full width)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, err
		}
		return nil, nil, errUsage
	}
	bad := func(format string, args ...any) (*buildConfig, []string, error) {
		fmt.Fprintf(stderr, "paiban build: "+format+"\n", args...)
		return nil, nil, errUsage
	}
	if len(inputs) == 0 {
		fs.Usage()
		return nil, nil, errUsage
	}
	if !c.epub && !c.pdf {
		c.epub, c.pdf = true, true
	}
	if c.pdf {
		c.pageList = true // the layout is made anyway
	}
	if c.jobs < 1 {
		return bad("-j %d: want at least 1", c.jobs)
	}
	if c.name != "" {
		if len(inputs) > 1 {
			return bad("--name needs a single issue, got %d", len(inputs))
		}
		if c.name != strings.TrimSpace(c.name) || strings.ContainsAny(c.name, `/\`) || c.name == "." || c.name == ".." {
			return bad("--name %q: want a plain file name without folders", c.name)
		}
	}
	lo := &c.layout
	switch strings.ToLower(size) {
	case "", "大16开", "big16k":
		lo.Size = layout.BigK16
	case "16开", "16k":
		lo.Size = layout.K16
	case "a4":
		lo.Size = layout.A4
	default:
		return bad("unknown size %q (want big16k, 16k or a4)", size)
	}
	// layout.Options reads zero as "the default" and a negative bleed as
	// none, so 0 on the command line becomes -1.
	switch {
	case !(bleed >= 0 && bleed <= 20):
		return bad("--bleed %g: want 0–20 mm", bleed)
	case bleed == 0:
		lo.Bleed = -1
	default:
		lo.Bleed = bleed
	}
	// Zero means "the default" to layout.Options; on the command line it
	// is a mistake.
	switch {
	case !(body > 0) || math.IsInf(body, 0):
		return bad("--body %g: want a size in points", body)
	case columns < 1:
		return bad("--columns %d: want at least 1", columns)
	case pad < 1:
		return bad("--pad %d: want at least 1 (1: no padding)", pad)
	}
	lo.BodySize = body
	lo.Columns = columns
	lo.PadTo = pad
	lo.NoCover = noCover
	// The layout is the authority on which values it can set (a body
	// size and column count must leave the page room for a column):
	// try them on a one-paragraph issue now rather than fail every issue
	// of a batch with the same message.
	if err := checkLayout(lo); err != nil {
		return bad("%v", err)
	}
	return c, inputs, nil
}

// checkLayout lays out a one-paragraph issue with lo and returns the
// layout's complaint about the options, if any.
func checkLayout(lo *layout.Options) error {
	set, err := defaults.Set()
	if err != nil {
		return err
	}
	o := *lo
	o.NoCover = true
	is := &model.Issue{
		Meta: model.Meta{Title: "试排"},
		Sections: []model.Section{{Name: "试排", Articles: []model.Article{{
			Title:  "试排",
			Blocks: []model.Block{{Type: model.Paragraph, Inlines: []model.Inline{model.Txt("试排正文。")}}},
		}}}},
	}
	model.AssignIDs(is)
	_, err = layout.Book(is, set, &o)
	return err
}

// parseInterspersed parses flags wherever they stand among the file names
// (paiban build *.md -o out), as people type them; after "--" everything
// is a file name.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		used := len(args) - len(rest)
		if used > 0 && args[used-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// runBuild implements paiban build.
func runBuild(args []string, stdout, stderr io.Writer) error {
	c, inputs, err := parseBuild(args, stderr)
	if err != nil {
		return err
	}
	jobs, err := planJobs(inputs, c)
	if err != nil {
		fmt.Fprintln(stderr, "paiban build:", err)
		return errUsage
	}
	if err := os.MkdirAll(c.outDir, 0o755); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	return runBatch(jobs, c, stdout, stderr)
}

// epubOptions are the EPUB options of the configuration for one issue.
func (c *buildConfig) epubOptions(pm model.PageMap) *epub.Options {
	return &epub.Options{PageMap: pm, NoFont: c.noFont}
}

func init() {
	commands["build"] = command{summary: "typeset issues into EPUB and PDF editions, in parallel", run: runBuild}
}
