package importer

import (
	"os"
	"testing"
)

// TestSampleAccounting proves on the sample issue that every character of
// the source is in the model or recorded by a diagnostic.
func TestSampleAccounting(t *testing.T) {
	src, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ImportFile(samplePath, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckAccounting(string(src), res); err != nil {
		t.Fatal(err)
	}
	// The check can fail: drop one character from the model.
	res.Issue.Sections[0].Articles[0].Title = "X" + res.Issue.Sections[0].Articles[0].Title[3:]
	if CheckAccounting(string(src), res) == nil {
		t.Fatal("accounting did not notice a changed title")
	}
}
