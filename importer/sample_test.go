package importer

import (
	"os"
	"testing"
)

const samplePath = "../examples/tianjin-2024-09/issue.md"

func TestSampleTree(t *testing.T) {
	res, err := ImportFile(samplePath, nil)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("PAIBAN_DUMP") != "" {
		WriteTree(os.Stdout, res.Issue)
		WriteDiagnostics(os.Stdout, res.Diagnostics, false)
		f, _ := os.Create("/tmp/sample.txt")
		WriteText(f, res.Issue)
		f.Close()
	}
}
