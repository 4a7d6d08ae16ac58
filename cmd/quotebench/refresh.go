package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// refresh measures what the bot's refresh costs the people searching: it
// builds a second index with rebuild while searchers goroutines search the
// first through cur, as the bot's store does, then swaps the new one in.
// It takes cur's index over: the caller must hold no other reference to
// it, so that whether it is garbage after the swap can be told.
func refresh(ctx context.Context, cur *atomic.Pointer[quotes.Index], probes []synthetic.Probe, searchers int, rebuild func(context.Context) (*quotes.Index, error)) (*Refresh, error) {
	r := &Refresh{Searchers: searchers}
	before := liveHeap()
	prev := cur.Load()
	released := weak.Make(prev)
	var (
		stop   atomic.Bool
		wg     sync.WaitGroup
		moved  sync.WaitGroup // done once a searcher has used the new index
		mu     sync.Mutex
		during []time.Duration
		swapAt time.Time // written before the swap, read after it is seen
		drain  time.Duration
	)
	moved.Add(searchers)
	for g := range searchers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			first := time.Duration(-1) // until the first lookup on the new index
			for i := g * len(probes) / searchers; !stop.Load(); i++ {
				ix := cur.Load()
				start := time.Now()
				bestIn(ix, probes[i%len(probes)].Query)
				if ix == prev {
					mine = append(mine, time.Since(start))
				} else if first < 0 {
					first = start.Sub(swapAt)
					moved.Done()
				}
			}
			mu.Lock()
			during = append(during, mine...)
			drain = max(drain, first)
			mu.Unlock()
		}()
	}
	start := time.Now()
	next, err := rebuild(ctx)
	if err != nil {
		stop.Store(true)
		wg.Wait()
		return nil, fmt.Errorf("rebuilding the index: %w", err)
	}
	r.RebuildSeconds = time.Since(start).Seconds()
	swapAt = time.Now()
	cur.Store(next)
	r.SwapNs = time.Since(swapAt).Nanoseconds()
	moved.Wait()
	stop.Store(true)
	wg.Wait()
	r.DrainMs = ms(drain)
	r.During = summarize(during)

	// The searchers are gone: this is the last reference to the old index
	// here, so that only a leak elsewhere keeps it alive.
	prev = nil
	after := liveHeap()
	r.OldReleased = released.Value() == nil
	r.RetainedBytes = after - before
	return r, nil
}
