package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/model"
)

func init() {
	commands["inspect"] = command{summary: "print an issue's structure and the import's diagnostics (--json: the model)", run: inspect}
}

func inspect(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the model as JSON")
	quiet := fs.Bool("q", false, "print the tree only, no info diagnostics")
	keepPunct := fs.Bool("keep-punct", false, "import as paiban build --keep-punct does: ASCII punctuation in Chinese text kept")
	asText := fs.Bool("text", false, "print the issue's text in the editions' reading order, after the clean-up passes (the reference for fidelity checks)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: paiban inspect [--json | --text] [-q] [--keep-punct] ISSUE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return errUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	res, err := importer.ImportFile(fs.Arg(0), &importer.Options{KeepPunct: *keepPunct})
	if err != nil {
		return err
	}
	if *asJSON {
		return model.WriteJSON(stdout, res.Issue)
	}
	if *asText {
		_, err := io.WriteString(stdout, model.ReadingText(res.Issue))
		return err
	}
	importer.WriteTree(stdout, res.Issue)
	fmt.Fprintln(stdout)
	importer.WriteDiagnostics(stdout, res.Diagnostics, *quiet)
	return nil
}
