package linebreak

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user+system CPU time: on a shared machine it
// measures the work better than the wall clock does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchParas(b *testing.B, repeat int) []*Para {
	var ps []*Para
	for _, s := range sampleParas(b) {
		ps = append(ps, mkPara(strings.Repeat(s, repeat), 2))
	}
	return ps
}

func runBench(b *testing.B, ps []*Para, o *Options) {
	runes := 0
	for _, p := range ps {
		runes += len(p.Runes)
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for b.Loop() {
		for _, p := range ps {
			if _, err := Break(p, o); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64((cpuTime()-c0).Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(runes), "runes/op")
}

// BenchmarkBreakSample breaks every paragraph of the sample issue at 20 em
// (target: ≤ 40 ms on one core).
func BenchmarkBreakSample(b *testing.B) {
	runBench(b, benchParas(b, 1), &Options{Width: 200})
}

// BenchmarkBreakSample10xParas breaks the sample's paragraphs ten times
// over: ten times the work should take ten times the time.
func BenchmarkBreakSample10xParas(b *testing.B) {
	ps := benchParas(b, 1)
	var all []*Para
	for range 10 {
		all = append(all, ps...)
	}
	runBench(b, all, &Options{Width: 200})
}

// BenchmarkBreakSample10xLong makes every paragraph ten times longer and
// keeps the total-fit search on all of them: the search is O(n·k), so this
// too should take about ten times BenchmarkBreakSample.
func BenchmarkBreakSample10xLong(b *testing.B) {
	runBench(b, benchParas(b, 10), &Options{Width: 200, MaxTotalFit: 1 << 30})
}

// BenchmarkBreakSampleGreedy is the greedy breaker on the sample.
func BenchmarkBreakSampleGreedy(b *testing.B) {
	runBench(b, benchParas(b, 1), &Options{Width: 200, Greedy: true})
}
