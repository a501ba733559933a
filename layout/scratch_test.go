package layout

import (
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	is, err := crudeIssue("../examples/tianjin-2024-09/issue.md")
	if err != nil {
		t.Fatal(err)
	}
	o, _ := (*Options)(nil).resolved()
	doc, err := book(withIDs(is), fakeMetrics{}, fakeBreak, &o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages", len(doc.Pages))
	f, _ := os.Create("/tmp/dump.txt")
	dump(f, doc, 6)
	f.Close()
}
