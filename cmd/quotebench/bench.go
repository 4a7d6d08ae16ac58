package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// benchmark runs every measurement in turn and returns the figures,
// logging its progress to log. quotebot's side runs first and the plain
// scan last, so that a CPU profile holds quotebot's work alone. With
// --http, it measures quotebot http instead (endToEnd).
func benchmark(ctx context.Context, o options, log io.Writer) (*Report, error) {
	logf := func(format string, args ...any) { fmt.Fprintf(log, "quotebench: "+format+"\n", args...) }
	r := &Report{Machine: Machine{
		GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, Go: runtime.Version(),
		CPUs: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0),
		Date: time.Now().UTC().Format(time.RFC3339),
	}}
	src, err := newSource(ctx, o, r, logf)
	if err != nil {
		return nil, err
	}
	heapBefore := liveHeap()
	logf("generating %d quotations, seed %d", o.quotes, o.seed)
	c := src.generate(o.quotes, o.seed)
	probes := src.probes(c, o.probes, o.seed)
	if len(probes) == 0 {
		return nil, errors.New("the corpus holds no quotation long enough to probe")
	}
	r.Corpus.Seed, r.Corpus.Synthetic, r.Corpus.Real, r.Corpus.Probes = o.seed, c.Quotes, len(c.Real), len(probes)
	var dir string
	if o.articles {
		var cleanup func()
		if dir, cleanup, err = articleDir(o.keep); err != nil {
			return nil, err
		}
		defer cleanup()
		logf("writing %d articles into %s", len(c.Articles), dir)
		files, bytes, err := writeArticles(dir, c)
		if err != nil {
			return nil, err
		}
		r.Load = &Load{Files: files, Bytes: bytes}
	}
	if o.http {
		r.Corpus.Articles = len(c.Articles)
		c = nil // quotebot http holds the corpus now, not this process
		return endToEnd(ctx, o, r, dir, probes, logf)
	}

	prof, err := startCPUProfile(o.cpuProfile)
	if err != nil {
		return nil, err
	}
	defer prof.stop()

	ix := build(r, c, heapBefore, logf)
	// The index keeps its own copy of what it needs; a refresh rebuilds
	// from copies, as a real one rebuilds from the files.
	c = nil
	var cur atomic.Pointer[quotes.Index]
	rebuild := func(context.Context) (*quotes.Index, error) {
		return quotes.NewIndex(copyArticles(cur.Load().Articles())), nil
	}
	if o.articles {
		ix = nil // so that the loaded index is measured alone
		if ix, err = load(ctx, dir, r.Load, logf); err != nil {
			return nil, err
		}
		rebuild = func(ctx context.Context) (*quotes.Index, error) {
			ix, _, err := quotes.Load(ctx, os.DirFS(dir))
			return ix, err
		}
	}
	r.Corpus.Indexed, r.Corpus.Articles = ix.Len(), len(ix.Articles())
	r.Corpus.TextBytes = textBytes(ix.Quotes())
	if err := writeHeapProfile(o.memProfile); err != nil {
		return nil, err
	}
	ok, err := answersFor(ix, probes)
	if err != nil {
		return nil, err
	}
	cur.Store(ix)
	ix = nil // refresh must see whether anything but cur holds it

	keys := keystrokes(probes, o.queries)
	if err := measure(ctx, r, &cur, probes, ok, keys, o, logf); err != nil {
		return nil, err
	}
	// One core is left to the rebuild, as a bot is not saturated: the
	// figure is then what building does to lookups (collections, memory
	// bandwidth), not the scheduler sharing cores among more goroutines
	// than there are.
	searchers := max(1, r.Throughput.Goroutines-1)
	logf("refresh: rebuilding while %d of %d cores search", searchers, r.Throughput.Goroutines)
	if r.Refresh, err = refresh(ctx, &cur, probes, searchers, rebuild); err != nil {
		return nil, err
	}
	if err := prof.stop(); err != nil {
		return nil, err
	}

	if o.scanQueries > 0 {
		scan := newScanEngine(cur.Load().Quotes())
		if err := compare(ctx, r, scan, probes, ok, keys, o, logf); err != nil {
			return nil, err
		}
	}
	r.Targets = targets(r)
	return r, nil
}

// build times quotes.NewIndex over the generated corpus and measures the
// heap it and the corpus take, heapBefore being the live heap before the
// corpus was generated, then the index's alone: c's articles are dropped.
func build(r *Report, c *synthetic.Corpus, heapBefore int64, logf func(string, ...any)) *quotes.Index {
	heapCorpus := liveHeap()
	logf("building the index of %d quotations", r.Corpus.Synthetic+r.Corpus.Real)
	start := time.Now()
	ix := quotes.NewIndex(c.Articles)
	secs := time.Since(start).Seconds()
	heapIndex := liveHeap()
	runtime.KeepAlive(c.Articles)
	c.Articles = nil
	r.Build = &Build{Quotes: ix.Len(), Seconds: secs, QuotesPerSec: float64(ix.Len()) / secs}
	text := textBytes(ix.Quotes())
	r.Heap = &Heap{Quotes: ix.Len(), TextBytes: text, CorpusBytes: heapCorpus - heapBefore, TotalBytes: heapIndex - heapBefore}
	r.Heap.alone(liveHeap() - heapBefore)
	return ix
}

// measure runs quotebot's lookups, autocomplete and throughput on the
// index cur holds.
func measure(ctx context.Context, r *Report, cur *atomic.Pointer[quotes.Index], probes []synthetic.Probe, ok answers, keys []string, o options, logf func(string, ...any)) error {
	qb := indexEngine{cur}
	r.Throughput = &Rates{Goroutines: runtime.GOMAXPROCS(0)}
	logf("quotebot: %d probes, %d lookups, %d keystrokes, throughput for %v", len(probes), o.queries, len(keys), o.duration)
	if err := lookups(ctx, r, qb, probes, ok, keys, o); err != nil {
		return err
	}
	var err error
	r.Throughput.Quotebot, err = throughput(ctx, qb, probes, r.Throughput.Goroutines, o.duration)
	return err
}

// lookups puts the probes to quotebot through e, once for the accuracy
// figure and as a warm-up, then o.queries times for the latency, and
// types keys into its autocomplete.
func lookups(ctx context.Context, r *Report, e engine, probes []synthetic.Probe, ok answers, keys []string, o options) error {
	t, _, err := ask(ctx, e, probes, ok)
	if err != nil {
		return err
	}
	r.Accuracy.Quotebot = t.accuracy()
	if o.misses {
		r.Misses = describe(t.misses)
	}
	timed := cycle(probes, o.queries)
	_, ds, err := ask(ctx, e, timed, ok)
	if err != nil {
		return err
	}
	r.Lookup.Quotebot = summarize(ds)
	queries := make([]string, len(timed))
	for i, p := range timed {
		queries[i] = p.Query
	}
	r.Slowest = slowest("lookup", queries, ds, o.slowest)
	if ds, err = typeKeys(ctx, e, keys); err != nil {
		return err
	}
	r.Autocomplete.Quotebot = summarize(ds)
	r.Slowest = append(r.Slowest, slowest("autocomplete", keys, ds, o.slowest)...)
	return nil
}

// load times quotes.Loader, as quotebot serves a data folder with, over
// the article files in dir, filling l.
func load(ctx context.Context, dir string, l *Load, logf func(string, ...any)) (*quotes.Index, error) {
	before := liveHeap()
	logf("loading %d article files", l.Files)
	start := time.Now()
	var loader quotes.Loader
	ix, rep, err := loader.Load(ctx, os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("loading the article files in %s: %w", dir, err)
	}
	l.Seconds = time.Since(start).Seconds()
	grown := liveHeap() - before
	l.MBPerSec = float64(l.Bytes) / 1e6 / l.Seconds
	l.Quotes = ix.Len()
	l.QuotesPerSec = float64(ix.Len()) / l.Seconds
	l.Problems = len(rep.Problems)
	l.HeapBytes = grown
	l.BytesPerQuote = perQuote(grown, textBytes(ix.Quotes()), ix.Len())
	return ix, nil
}

// compare runs the plain scan on a sample of what quotebot was asked,
// as a scan is too slow at scale to be asked it all, and sets the
// speedups of quotebot over it.
func compare(ctx context.Context, r *Report, scan engine, probes []synthetic.Probe, ok answers, keys []string, o options, logf func(string, ...any)) error {
	some := sample(probes, o.scanQueries)
	var someKeys []string
	for _, i := range spread(min(o.scanQueries, len(keys)), len(keys)) {
		someKeys = append(someKeys, keys[i])
	}
	logf("plain scan: %d of %d probes, %d of %d keystrokes, throughput for %v",
		len(some), len(probes), len(someKeys), len(keys), o.duration)
	t, ds, err := ask(ctx, scan, some, ok)
	if err != nil {
		return err
	}
	acc := t.accuracy()
	r.Accuracy.Scan = &acc
	lookups := summarize(ds)
	r.Lookup.Scan, r.Lookup.Of = &lookups, len(probes)
	r.Lookup.speedups()
	if ds, err = typeKeys(ctx, scan, someKeys); err != nil {
		return err
	}
	keystrokes := summarize(ds)
	r.Autocomplete.Scan, r.Autocomplete.Of = &keystrokes, len(keys)
	r.Autocomplete.speedups()
	rate, err := throughput(ctx, scan, probes, r.Throughput.Goroutines, o.duration)
	if err != nil {
		return err
	}
	r.Throughput.Scan = &rate
	r.Throughput.Speedup = ratio(r.Throughput.Quotebot.PerSecond, rate.PerSecond)
	return nil
}
