package main

import "fmt"

// Target statuses.
const (
	met       = "met"
	missed    = "missed"
	notJudged = "not judged"
)

// Scales at which issue 4 states its latency and accuracy targets.
const (
	scale100k = 100_000
	scale1M   = 1_000_000
)

// targets judges the report against issue 4's targets for a 2-core
// machine. A target stated at a scale is judged only on a run at that
// scale: latency grows and accuracy falls with the corpus, so a figure at
// 100k says nothing about 1M. The 1M targets are judged from 1M quotations
// up, the 100k one from 100k up to 1M, where the 1M one takes over; the
// build rate and the heap per quotation hold at any scale.
func targets(r *Report) []Target {
	n := r.Corpus.Synthetic
	at1M, at100k := n >= scale1M, n >= scale100k && n < scale1M
	var ts []Target
	add := func(name, goal string, value float64, unit string, judged, ok bool) {
		t := Target{Name: name, Goal: goal, Value: value, Unit: unit, Status: notJudged}
		switch {
		case judged && ok:
			t.Status = met
		case judged:
			t.Status = missed
		}
		ts = append(ts, t)
	}
	lp99 := r.Lookup.Quotebot.P99ms
	add("lookup p99", "≤ 2 ms at 100k quotes", lp99, "ms", at100k, lp99 <= 2)
	add("lookup p99", "≤ 10 ms at 1M quotes", lp99, "ms", at1M, lp99 <= 10)
	add("lookup p50 speedup over the scan", "≥ 100× at 1M quotes", r.Lookup.SpeedupP50, "×",
		at1M && r.Lookup.Scan != nil, r.Lookup.SpeedupP50 >= 100)
	ap99 := r.Autocomplete.Quotebot.P99ms
	add("autocomplete p99", "≤ 5 ms at 1M quotes", ap99, "ms", at1M, ap99 <= 5)
	top1 := r.Accuracy.Quotebot.Top1 * 100
	add("top-1 accuracy", "≥ 95% at 1M quotes", top1, "%", at1M, top1 >= 95)
	add("index build rate", "≥ 200k quotes/s", r.Build.QuotesPerSec, "quotes/s", true, r.Build.QuotesPerSec >= 200_000)
	add("heap per quote beyond its text", "≤ 1 KiB", r.Heap.BytesPerQuote, "B", true, r.Heap.BytesPerQuote <= 1024)
	return ts
}

// mark is a target's status as the table shows it.
func mark(status string) string {
	switch status {
	case met:
		return "✓"
	case missed:
		return "✗"
	}
	return fmt.Sprintf("– (%s at this size)", notJudged)
}
