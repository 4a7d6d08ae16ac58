package main

import (
	"cmp"
	"slices"
	"time"
)

// Slow is one of the slowest timed requests, for --slowest: whether a
// tail is a few queries that are always slow or the machine's noise
// shows in how often each query comes back.
type Slow struct {
	Kind  string  `json:"kind"` // "lookup" or "autocomplete"
	Query string  `json:"query"`
	MS    float64 `json:"ms"`
	// N is the request's place in its timed run, from 0: slow requests
	// next to each other are the machine or the collector, not the query.
	N int `json:"n"`
}

// slowest returns the n slowest of the requests queries[i], which took
// ds[i], slowest first.
func slowest(kind string, queries []string, ds []time.Duration, n int) []Slow {
	order := make([]int, len(ds))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(ds[b], ds[a]) })
	out := make([]Slow, 0, min(n, len(order)))
	for _, i := range order[:min(n, len(order))] {
		out = append(out, Slow{Kind: kind, Query: queries[i], MS: ms(ds[i]), N: i})
	}
	return out
}
