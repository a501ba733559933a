package hardening

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/paiban/paiban/epub"
	"github.com/paiban/paiban/importer"
	"github.com/paiban/paiban/pdf"
)

// buildOnce imports path and writes both editions into memory, returning
// their bytes.
func buildOnce(path string) (pdfb, epubb []byte, err error) {
	res, err := importer.ImportFile(path, nil)
	if err != nil {
		return nil, nil, err
	}
	doc, err := pdf.Layout(res.Issue, nil)
	if err != nil {
		return nil, nil, err
	}
	var pb, eb bytes.Buffer
	if err := pdf.Draw(&pb, doc, nil); err != nil {
		return nil, nil, err
	}
	if err := epub.Write(&eb, res.Issue, &epub.Options{PageMap: doc.PageMap}); err != nil {
		return nil, nil, err
	}
	return pb.Bytes(), eb.Bytes(), nil
}

var examples = []string{
	filepath.Join(root, "examples", "minimal", "issue.md"),
	filepath.Join(root, "examples", "second-issue", "issue.md"),
	filepath.Join(root, "examples", "tianjin-2024-09", "issue.md"),
	filepath.Join(root, "examples", "html", "issue.html"),
}

// TestConcurrentBuilds builds 8 issues at once in one process and checks
// each gives the same bytes as when built alone. Run it under the race
// detector: go test -race ./internal/hardening -run Concurrent.
func TestConcurrentBuilds(t *testing.T) {
	const n = 8
	want := map[string][2][]byte{}
	for _, p := range examples {
		a, b, err := buildOnce(p)
		if err != nil {
			t.Fatal(err)
		}
		want[p] = [2][]byte{a, b}
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := examples[i%len(examples)]
			a, b, err := buildOnce(p)
			switch {
			case err != nil:
				errs[i] = err
			case !bytes.Equal(a, want[p][0]):
				errs[i] = fmt.Errorf("%s: PDF differs from the one built alone", p)
			case !bytes.Equal(b, want[p][1]):
				errs[i] = fmt.Errorf("%s: EPUB differs from the one built alone", p)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// heapInuse is HeapInuse after two collections.
func heapInuse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// TestMemoryBounded builds 50 issues in a row and checks that the heap in
// use after collection does not grow between the 10th and the 50th
// build by more than 20 %: nothing is kept from one build to the next.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("50 builds: skipped in -short mode and under the race detector")
	}
	var at10, at50 uint64
	for i := 1; i <= 50; i++ {
		if _, _, err := buildOnce(examples[i%2]); err != nil {
			t.Fatal(err)
		}
		switch i {
		case 10:
			at10 = heapInuse()
		case 50:
			at50 = heapInuse()
		}
	}
	t.Logf("HeapInuse after GC: %d KiB at build 10, %d KiB at build 50 (%+.1f%%)", at10>>10, at50>>10, 100*(float64(at50)/float64(at10)-1))
	if float64(at50) > 1.2*float64(at10) {
		t.Errorf("heap grew from %d to %d bytes between builds 10 and 50", at10, at50)
	}
}
