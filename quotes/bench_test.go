package quotes_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"quotebot/data"
	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

var (
	benchMu      sync.Mutex
	benchIndexes = map[int]*quotes.Index{}
	benchProbes  []synthetic.Probe
)

// benchIndex builds, once per size, an index of n synthetic quotations
// plus the seed quotations.
func benchIndex(b *testing.B, n int) *quotes.Index {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if ix := benchIndexes[n]; ix != nil {
		return ix
	}
	seeds, _, err := quotes.Load(context.Background(), data.FS)
	if err != nil {
		b.Fatal(err)
	}
	c := synthetic.Generate(seeds, n, 1)
	ix := quotes.NewIndex(c.Articles)
	benchIndexes[n] = ix
	// Collect the garbage of building now, not during the lookups timed next.
	runtime.GC()
	benchProbes = synthetic.Probes(c.Real, 7)
	return ix
}

var benchSizes = []int{10_000, 100_000, 1_000_000}

// BenchmarkSearch is a lookup of a mixed query set (exact fragments,
// typos, reordered and dropped words, filler) over 10k, 100k and 1M quotes.
func BenchmarkSearch(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				p := benchProbes[i%len(benchProbes)]
				ix.Search(quotes.ParseQuery(p.Query))
			}
		})
	}
}

// BenchmarkAutocomplete is a lookup of a query as typed, key by key.
func BenchmarkAutocomplete(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			ix := benchIndex(b, n)
			var prefixes []string
			for _, p := range benchProbes[:min(len(benchProbes), 100)] {
				for k := 3; k <= len(p.Query); k += 3 {
					prefixes = append(prefixes, p.Query[:k])
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				ix.Search(quotes.Query{Text: prefixes[i%len(prefixes)], Prefix: true, Limit: 25})
			}
		})
	}
}

// BenchmarkNewIndex is building the index from extracted quotations.
func BenchmarkNewIndex(b *testing.B) {
	seeds, _, err := quotes.Load(context.Background(), data.FS)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			c := synthetic.Generate(seeds, n, 1)
			b.ReportAllocs()
			for b.Loop() {
				quotes.NewIndex(c.Articles)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quotes/s")
		})
	}
}

// BenchmarkParseArticle is extraction and attribution of one seed article.
func BenchmarkParseArticle(b *testing.B) {
	text, err := data.FS.ReadFile("002_a0fb849a3bf059ff.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := quotes.ParseArticle("002.txt", text); err != nil {
			b.Fatal(err)
		}
	}
}
