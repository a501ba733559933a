package importer

import (
	"os"
	"testing"
)

func TestSampleTree(t *testing.T) {
	res, err := ImportFile("../examples/tianjin-2024-09/issue.md", nil)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("PAIBAN_DUMP") != "" {
		WriteTree(os.Stdout, res.Issue)
		WriteDiagnostics(os.Stdout, res.Diagnostics, false)
	}
}
