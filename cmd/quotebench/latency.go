package main

import (
	"slices"
	"time"
)

// summarize returns the percentiles of ds by the nearest-rank method, so
// that every figure is a time some lookup actually took. ds is left in
// the order the lookups were made, for --slowest.
func summarize(ds []time.Duration) Latency {
	if len(ds) == 0 {
		return Latency{}
	}
	ds = slices.Sorted(slices.Values(ds))
	rank := func(percent int) time.Duration { // ⌈percent·n/100⌉-th, in integers to avoid rounding
		i := (percent*len(ds)+99)/100 - 1
		return ds[max(i, 0)]
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	return Latency{
		Count:  len(ds),
		P50ms:  ms(rank(50)),
		P95ms:  ms(rank(95)),
		P99ms:  ms(rank(99)),
		MaxMs:  ms(ds[len(ds)-1]),
		MeanMs: ms(sum / time.Duration(len(ds))),
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// ratio is a/b, or 0 when either is not a measured time.
func ratio(a, b float64) float64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	return a / b
}
