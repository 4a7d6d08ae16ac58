package main

import (
	"context"
	"sync"
	"time"

	"quotebot/quotes/synthetic"
)

// throughput runs lookups back to back on goroutines for about d, each
// goroutine going round the probes from its own place in them. A lookup
// begun before d is up still counts, and its time with it, so that an
// engine whose lookups take longer than d is not reported as infinitely
// fast or not at all.
func throughput(ctx context.Context, e engine, probes []synthetic.Probe, goroutines int, d time.Duration) (Rate, error) {
	var (
		mu    sync.Mutex
		total int
		wg    sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for i := g * len(probes) / goroutines; time.Now().Before(deadline) && ctx.Err() == nil; i++ {
				e.best(probes[i%len(probes)].Query)
				n++
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Rate{}, err
	}
	secs := time.Since(start).Seconds()
	return Rate{Lookups: total, Seconds: secs, PerSecond: float64(total) / secs}, nil
}
