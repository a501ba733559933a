package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/fonts/defaults"
	"github.com/paiban/paiban/importer"
)

const fontsUsage = `usage: paiban fonts [-q] ISSUE…   (also: paiban check)

Lists the characters of each ISSUE that the fonts lack, before a long
build: one line per place, FILE:LINE: U+XXXX char (font role): article,
where in it. The exit status is 1 if any character is missing or an issue
cannot be read, 0 when the fonts cover everything.

flags:
`

func init() {
	c := command{summary: "list characters the fonts lack, with where they occur (alias: check)", run: runFonts}
	commands["fonts"] = c
	commands["check"] = command{summary: "same as fonts", run: runFonts}
}

// runFonts implements paiban fonts.
func runFonts(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fonts", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, fontsUsage); printFlags(stderr, fs) }
	quiet := fs.Bool("q", false, "print one line per issue, not every place")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if len(inputs) == 0 {
		fs.Usage()
		return errUsage
	}
	set, err := defaults.Set()
	if err != nil {
		return fmt.Errorf("fonts: %w", err)
	}
	bad := false
	for _, in := range inputs {
		res, err := importer.ImportFile(in, nil)
		if err != nil {
			fmt.Fprintf(stderr, "%s FAILED: %v\n", in, err)
			bad = true
			continue
		}
		missing := set.Coverage(res.Issue)
		if len(missing) > 0 {
			bad = true
		}
		count := 0
		for _, m := range missing {
			count += m.Count
			if *quiet {
				continue
			}
			for _, p := range m.Places {
				fmt.Fprintf(stdout, "%s: U+%04X %c (%s): %s\n", placeLoc(in, p), m.Rune, m.Rune, p.Role, placeWhere(p))
			}
			if extra := m.Count - len(m.Places); extra > 0 && len(m.Places) == fonts.MaxPlaces {
				fmt.Fprintf(stdout, "%s: U+%04X %c: … and more (%d occurrences in all)\n", in, m.Rune, m.Rune, m.Count)
			}
		}
		if len(missing) == 0 {
			fmt.Fprintf(stdout, "%s: the fonts cover every character\n", in)
		} else {
			fmt.Fprintf(stdout, "%s: %s missing (%s)\n", in, plural(len(missing), "character"), plural(count, "occurrence"))
		}
	}
	if bad {
		return errReported
	}
	return nil
}

// placeLoc is FILE:LINE, or FILE when the line is unknown.
func placeLoc(file string, p fonts.Place) string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d", file, p.Line)
	}
	return file
}

// placeWhere names the article (or section) and the kind of text.
func placeWhere(p fonts.Place) string {
	s := p.Where
	switch {
	case p.ArticleID != "" || p.Article != "":
		s = p.ArticleID + " " + p.Article + ", " + s
	case p.Section != "":
		s = p.Section + ", " + s
	}
	return s
}
