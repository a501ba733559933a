// Command sampletool builds the e-book of one issue, for timing and
// inspection: sampletool ISSUE.md OUT.epub [-nonorm]. It prints the import
// and EPUB build times. The real command-line tool is cmd/paiban.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: sampletool ISSUE.md OUT.epub [-nonorm]")
		os.Exit(2)
	}
	t0 := time.Now()
	res, err := importer.ImportFile(os.Args[1], &importer.Options{NoNormalize: len(os.Args) > 3 && os.Args[3] == "-nonorm"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	t1 := time.Now()
	f, err := os.Create(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := epub.Write(f, res.Issue, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("import %v, epub %v\n", t1.Sub(t0).Round(time.Millisecond), time.Since(t1).Round(time.Millisecond))
}
