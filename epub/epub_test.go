package epub

import (
	"bytes"
	"os"
	"testing"
)

func TestWriteHand(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, handIssue(), nil); err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/epub-hand.epub", buf.Bytes(), 0o644)
}
