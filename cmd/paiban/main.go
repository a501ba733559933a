// Command paiban typesets an issue of a magazine: paiban <command> [flags]
// files…. Run paiban help for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
)

// version is the program's version, set at link time with
// -ldflags "-X main.version=…".
var version = "dev"

// command is one subcommand. run gets the arguments after the command's
// name and writes to stdout and stderr; a usage error should come back as
// errUsage (or flag.ErrHelp) so that the exit status is 2.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

// errUsage reports a command line the command cannot use; the command has
// printed its usage already.
var errUsage = errors.New("usage")

// commands holds the subcommands; each registers itself from its own file.
var commands = map[string]command{}

// gcPercent is the garbage collector's target unless GOGC is set. A build
// keeps a live heap of a few megabytes and allocates hundreds of
// megabytes, so the default of 100 runs the collector some twenty times a
// second; 400 cuts the CPU time of a batch by about a sixth for some 50 MB
// more memory per build.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 2 && args[0] == "help" {
		if _, ok := commands[args[1]]; ok {
			args = []string{args[1], "-h"}
		}
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "paiban: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	switch err := c.run(args[1:], stdout, stderr); {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintln(stderr, "paiban:", err)
		return 1
	}
}

func init() {
	commands["version"] = command{summary: "print the version", run: func(_ []string, stdout, _ io.Writer) error {
		_, err := fmt.Fprintln(stdout, "paiban", version)
		return err
	}}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "paiban typesets one issue of a Chinese magazine into an EPUB 3 and a")
	fmt.Fprintln(w, "two-column print PDF.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: paiban <command> [flags] files…")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "examples:")
	fmt.Fprintln(w, "  paiban fonts issue.md              check the fonts cover the issue")
	fmt.Fprintln(w, "  paiban inspect issue.md            show the structure the importer found")
	fmt.Fprintln(w, "  paiban build -o out/ archive/*.md  build many issues, one per CPU")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run paiban help <command> (or paiban <command> -h) for its flags.")
	fmt.Fprintln(w, "Exit status: 0 done, 1 an issue failed, 2 a bad command line.")
}
