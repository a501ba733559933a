package hardening

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paiban/paiban/importer"
)

// TestRejectTimeFlat: a source over MaxBytes is refused from its size,
// before it is read, so the refusal takes the same time for 65 MB as for
// 8 GB (sparse files: no disk is used).
func TestRejectTimeFlat(t *testing.T) {
	dir := t.TempDir()
	var times []time.Duration
	for _, size := range []int64{importer.DefaultMaxBytes + 1, 8 << 30} {
		p := filepath.Join(dir, "big.md")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			f.Close()
			t.Skip("no sparse files here:", err)
		}
		f.Close()
		best := time.Hour
		for range 5 {
			start := time.Now()
			_, err := importer.ImportFile(p, nil)
			best = min(best, time.Since(start))
			if err == nil || !strings.Contains(err.Error(), "MaxBytes") || !strings.Contains(err.Error(), "big.md") {
				t.Fatalf("%d bytes: err = %v", size, err)
			}
		}
		times = append(times, best)
	}
	t.Logf("refused 65 MB in %v, 8 GB in %v", times[0], times[1])
	// Reading 8 GB would take seconds; a Stat takes microseconds.
	if times[1] > 20*time.Millisecond || times[1] > 10*times[0]+time.Millisecond {
		t.Errorf("refusing 8 GB took %v (65 MB: %v): the size is not checked first", times[1], times[0])
	}
}
