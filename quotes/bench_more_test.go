package quotes_test

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"weak"

	"quotebot/data"
	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// benchFiles renders a generated corpus of n quotations as article files
// held in memory, so that loading them times extraction, not the disk.
func benchFiles(b *testing.B, n int) (fstest.MapFS, []synthetic.Probe, int64) {
	b.Helper()
	seeds, _, err := quotes.Load(context.Background(), data.FS)
	if err != nil {
		b.Fatal(err)
	}
	c := synthetic.Generate(seeds, n, 1)
	fsys := fstest.MapFS{}
	var size int64
	for _, a := range c.Articles {
		text := synthetic.Text(a)
		fsys[a.Path] = &fstest.MapFile{Data: []byte(text)}
		size += int64(len(text))
	}
	return fsys, synthetic.Probes(c.Real, 7), size
}

// BenchmarkLoad is loading article files: reading, parsing, extracting,
// attributing and indexing, as a refresh does, over 10k quotations.
func BenchmarkLoad(b *testing.B) {
	fsys, _, size := benchFiles(b, 10_000)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := quotes.Load(context.Background(), fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefresh is a refresh as the bot does one: a new index loaded
// while lookups run on all cores on the current one through an
// atomic.Pointer, then swapped in. It reports how many of the indexes it
// replaced are still live after a collection, which should be 0: a live
// one is a whole corpus and index leaked by every refresh.
func BenchmarkRefresh(b *testing.B) {
	fsys, probes, _ := benchFiles(b, 10_000)
	load := func() *quotes.Index {
		ix, _, err := quotes.Load(context.Background(), fsys)
		if err != nil {
			b.Fatal(err)
		}
		return ix
	}
	var cur atomic.Pointer[quotes.Index]
	cur.Store(load())
	var stop atomic.Bool
	var wg sync.WaitGroup
	for g := range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; !stop.Load(); i++ {
				cur.Load().Search(quotes.ParseQuery(probes[i%len(probes)].Query))
			}
		}()
	}
	var replaced []weak.Pointer[quotes.Index]
	for b.Loop() {
		replaced = append(replaced, weak.Make(cur.Swap(load())))
	}
	stop.Store(true)
	wg.Wait()
	runtime.GC()
	runtime.GC()
	live := 0
	for _, w := range replaced {
		if w.Value() != nil {
			live++
		}
	}
	b.ReportMetric(float64(live), "replaced-live")
}
