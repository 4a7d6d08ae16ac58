package quotes_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
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

// BenchmarkDataFolder is what quotebot serving a data folder does: a cold
// start (nothing cached), a start from the cache and the index the last
// run saved, and a refresh after adding one article, over files of 20
// generated quotations each, read through an os.Root as the bot reads
// them. It reports the live heap and the resident memory once loaded.
// QUOTEBOT_BENCH_QUOTES sets the number of quotations (default 100000).
func BenchmarkDataFolder(b *testing.B) {
	n := 100_000
	if s := os.Getenv("QUOTEBOT_BENCH_QUOTES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil || n < 1 {
			b.Fatalf("QUOTEBOT_BENCH_QUOTES=%q: want a number of quotations", s)
		}
	}
	dir := benchFolder(b, n)
	load := func(l *quotes.Loader) *quotes.Index {
		root, err := os.OpenRoot(dir)
		if err != nil {
			b.Fatal(err)
		}
		defer root.Close()
		ix, _, err := l.Load(context.Background(), quotes.FolderFS(root))
		if err != nil {
			b.Fatal(err)
		}
		return ix
	}
	start := func(b *testing.B) *quotes.Index {
		c, err := quotes.OpenCache(dir)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		return load(&quotes.Loader{Cache: c})
	}
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			if err := os.RemoveAll(filepath.Join(dir, quotes.CacheDir)); err != nil {
				b.Fatal(err)
			}
			start(b)
		}
	})
	b.Run("start", func(b *testing.B) {
		var ix *quotes.Index
		for b.Loop() {
			ix = start(b)
		}
		reportMemory(b, ix)
	})
	b.Run("refresh-one-added", func(b *testing.B) {
		c, err := quotes.OpenCache(dir)
		if err != nil {
			b.Fatal(err)
		}
		defer c.Close()
		l := &quotes.Loader{Cache: c}
		load(l)
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			text := fmt.Sprintf("Ferry to resume\n\n\"We have waited %d winters for this crossing,\" harbour master Ines Carvalho told reporters.\n", i)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("added-%d.txt", i)), []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			load(l)
		}
	})
}

// benchFolder writes a data folder of n generated quotations, 20 an
// article, 1000 articles a folder.
func benchFolder(b *testing.B, n int) string {
	b.Helper()
	seeds, _, err := quotes.Load(context.Background(), data.FS)
	if err != nil {
		b.Fatal(err)
	}
	c := synthetic.Generate(seeds, n, 1)
	dir := b.TempDir()
	const per = 20 / synthetic.QuotesPerArticle // generated articles a file
	for i := 0; i*per < len(c.Articles); i++ {
		first := c.Articles[i*per]
		a := &quotes.Article{Outlet: first.Outlet, Title: first.Title, Published: first.Published}
		for _, g := range c.Articles[i*per : min(len(c.Articles), (i+1)*per)] {
			a.Quotes = append(a.Quotes, g.Quotes...)
		}
		name := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("%06d.txt", i))
		if i%1000 == 0 {
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(name, []byte(synthetic.Text(a)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// reportMemory reports the live heap, and on Linux the resident memory,
// of the process holding ix, the memory of building given back.
func reportMemory(b *testing.B, ix *quotes.Index) {
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapAlloc)/(1<<20), "heap-MiB")
	if status, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(status), "\n") {
			if f := strings.Fields(line); len(f) == 3 && f[0] == "VmRSS:" {
				if kb, err := strconv.Atoi(f[1]); err == nil {
					b.ReportMetric(float64(kb)/1024, "rss-MiB")
				}
			}
		}
	}
	runtime.KeepAlive(ix)
}
