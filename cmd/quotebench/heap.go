package main

import (
	"runtime"

	"quotebot/quotes"
)

// liveHeap returns the bytes of live heap objects after a full
// collection. The second collection empties sync.Pools, whose contents
// survive one in a victim cache, so that scratch memory a search left
// behind is not counted as what an index holds.
func liveHeap() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// textBytes returns the bytes of the quotations' texts, which any
// solution holds, so that only the rest is charged to the index.
func textBytes(qs []*quotes.Quote) int64 {
	var n int64
	for _, q := range qs {
		n += int64(len(q.Text))
	}
	return n
}

// perQuote is the heap growth beyond the text, per quotation.
func perQuote(grown, text int64, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(grown-text) / float64(n)
}
