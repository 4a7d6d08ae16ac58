package main

import (
	"context"
	"fmt"
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
		mu     sync.Mutex
		total  int
		failed error // the first lookup that failed
		wg     sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(d)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			var err error
			for i := g * len(probes) / goroutines; err == nil && time.Now().Before(deadline) && ctx.Err() == nil; i++ {
				_, err = e.best(probes[i%len(probes)].Query)
				n++
			}
			mu.Lock()
			total += n
			if failed == nil && err != nil {
				failed = err
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return Rate{}, err
	}
	if failed != nil {
		return Rate{}, fmt.Errorf("throughput: %w", failed)
	}
	secs := time.Since(start).Seconds()
	return Rate{Lookups: total, Seconds: secs, PerSecond: float64(total) / secs}, nil
}
