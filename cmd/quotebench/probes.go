package main

import (
	"slices"
	"strings"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// maxProbeRounds bounds the rounds of probes drawn: a handful of real
// quotations gives few distinct probes however often they are drawn.
const maxProbeRounds = 1000

// probeSet returns at least n probes on the real quotations, drawn in
// rounds of synthetic.Probes with successive seeds, each round one probe
// of each kind per quotation: a few dozen real quotations give only a
// hundred probes a round, too few to tell 94% from 96%. Rounds differ in
// the fragment taken and the typos made; the kinds stay balanced.
func probeSet(real []*quotes.Quote, n int, seed uint64) []synthetic.Probe {
	var out []synthetic.Probe
	for r := uint64(0); len(out) < n && r < maxProbeRounds; r++ {
		round := synthetic.Probes(real, seed+r)
		if len(round) == 0 {
			break
		}
		out = append(out, round...)
	}
	return out
}

// sample returns n of probes, or all of them when n is not less, spread
// evenly over the set kind by kind, so that each kind keeps its share
// whatever the order of the set. The order of probes is kept.
func sample(probes []synthetic.Probe, n int) []synthetic.Probe {
	if n >= len(probes) {
		return probes
	}
	byKind := map[string][]int{}
	var kinds []string
	for i, p := range probes {
		if byKind[p.Kind] == nil {
			kinds = append(kinds, p.Kind)
		}
		byKind[p.Kind] = append(byKind[p.Kind], i)
	}
	var picked []int
	for k, kind := range kinds {
		idx := byKind[kind]
		// This kind's share of n; the first kinds take the remainder.
		share := n / len(kinds)
		if k < n%len(kinds) {
			share++
		}
		for _, j := range spread(min(share, len(idx)), len(idx)) {
			picked = append(picked, idx[j])
		}
	}
	slices.Sort(picked)
	out := make([]synthetic.Probe, len(picked))
	for i, j := range picked {
		out[i] = probes[j]
	}
	return out
}

// spread returns n indices of [0, total) spread evenly, in order.
func spread(n, total int) []int {
	out := make([]int, 0, n)
	for i := range n {
		out = append(out, i*total/n)
	}
	return out
}

// keystrokes returns what an autocomplete box holds after each key as the
// probes' queries are typed, one query after another, about n of them in
// all: whole queries, spread over the set, so that short and long prefixes
// of every kind are in it.
func keystrokes(probes []synthetic.Probe, n int) []string {
	per := 0
	for _, p := range probes {
		per += len([]rune(p.Query))
	}
	per = max(1, per/max(1, len(probes)))
	var out []string
	for _, p := range sample(probes, max(1, (n+per-1)/per)) {
		for i := range p.Query {
			if i > 0 {
				out = append(out, strings.TrimSpace(p.Query[:i]))
			}
		}
		out = append(out, strings.TrimSpace(p.Query))
	}
	return out
}
