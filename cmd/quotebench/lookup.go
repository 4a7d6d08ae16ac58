package main

import (
	"context"
	"fmt"
	"time"

	"quotebot/quotes/synthetic"
)

// ask puts each probe's query to e in turn, one at a time, timing each
// lookup, and tallies how often the quotation meant came first.
func ask(ctx context.Context, e engine, probes []synthetic.Probe, ok answers) (*tally, []time.Duration, error) {
	t := &tally{}
	ds := make([]time.Duration, 0, len(probes))
	for _, p := range probes {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		start := time.Now()
		got, err := e.best(p.Query)
		ds = append(ds, took(e, start))
		if err != nil {
			return nil, nil, fmt.Errorf("looking up %q: %w", p.Query, err)
		}
		t.add(p, ok.hit(p, got), got)
	}
	return t, ds, nil
}

// typeKeys puts each state of an autocomplete box to e in turn, timing
// each.
func typeKeys(ctx context.Context, e engine, keys []string) ([]time.Duration, error) {
	ds := make([]time.Duration, 0, len(keys))
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		_, err := e.complete(k)
		ds = append(ds, took(e, start))
		if err != nil {
			return nil, fmt.Errorf("autocompleting %q: %w", k, err)
		}
	}
	return ds, nil
}

// selfTimed is an engine that times its own lookups, leaving out what a
// client does before sending a request and after receiving the answer.
type selfTimed interface{ lastTook() time.Duration }

// took is how long e's last lookup, begun at start, took.
func took(e engine, start time.Time) time.Duration {
	if t, ok := e.(selfTimed); ok {
		return t.lastTook()
	}
	return time.Since(start)
}

// cycle returns n probes, going round probes as often as it takes.
func cycle(probes []synthetic.Probe, n int) []synthetic.Probe {
	out := make([]synthetic.Probe, n)
	for i := range out {
		out[i] = probes[i%len(probes)]
	}
	return out
}
