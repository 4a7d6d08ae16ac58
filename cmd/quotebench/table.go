package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"quotebot/quotes/synthetic"
)

// writeTable prints the report for a person: quotebot and the plain scan
// side by side, then build, heap and refresh, then the targets.
func writeTable(w io.Writer, r *Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	c, m := r.Corpus, r.Machine
	fmt.Fprintf(tw, "quotebench: %d generated + %d real quotations, %d indexed from %s (%d), seed %d\n",
		c.Synthetic, c.Real, c.Indexed, c.Source, c.Articles, c.Seed)
	fmt.Fprintf(tw, "%s/%s, %d CPUs, GOMAXPROCS %d, %s, %s\n\n", m.GOOS, m.GOARCH, m.CPUs, m.GOMAXPROCS, m.Go, m.Date)

	fmt.Fprintln(tw, "\tquotebot\tplain scan\tspeedup")
	versus := func(name string, v Versus) {
		rows := []struct {
			p       string
			qb      float64
			scan    func(*Latency) float64
			speedup float64
		}{
			{"p50", v.Quotebot.P50ms, func(l *Latency) float64 { return l.P50ms }, v.SpeedupP50},
			{"p95", v.Quotebot.P95ms, func(l *Latency) float64 { return l.P95ms }, v.SpeedupP95},
			{"p99", v.Quotebot.P99ms, func(l *Latency) float64 { return l.P99ms }, v.SpeedupP99},
		}
		for _, row := range rows {
			scan, speedup := "-", "-"
			if v.Scan != nil {
				scan, speedup = millis(row.scan(v.Scan)), times(row.speedup)
			}
			fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\n", name, row.p, millis(row.qb), scan, speedup)
		}
	}
	versus("lookup", r.Lookup)
	versus("autocomplete", r.Autocomplete)
	for _, k := range append(append([]string(nil), synthetic.Kinds...), "overall") {
		qb, scan := r.Accuracy.Quotebot.ByKind[k], "-"
		if k == "overall" {
			qb = r.Accuracy.Quotebot.Tally
		}
		if s := r.Accuracy.Scan; s != nil {
			st := s.ByKind[k]
			if k == "overall" {
				st = s.Tally
			}
			scan = percent(st)
		}
		fmt.Fprintf(tw, "top-1 %s\t%s\t%s\t\n", k, percent(qb), scan)
	}
	t := r.Throughput
	scanRate, speedup := "-", "-"
	if t.Scan != nil {
		scanRate, speedup = perSecond(t.Scan.PerSecond, "lookups"), times(t.Speedup)
	}
	fmt.Fprintf(tw, "throughput, %d goroutines\t%s\t%s\t%s\n", t.Goroutines, perSecond(t.Quotebot.PerSecond, "lookups"), scanRate, speedup)
	tw.Flush()

	fmt.Fprintf(w, "\nquotebot: %d timed lookups over %d probes, %d autocomplete keystrokes, accuracy on all %d probes.\n",
		r.Lookup.Quotebot.Count, c.Probes, r.Autocomplete.Quotebot.Count, r.Accuracy.Quotebot.Probes)
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "\nquotebot's misses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  %s %q\n    want %q\n    got  %q\n", m.Kind, m.Query, m.Want, m.Got)
		}
		fmt.Fprintln(w)
	}
	if r.Lookup.Scan == nil {
		fmt.Fprintln(w, "plain scan: skipped (--scan-queries 0).")
	} else if r.Lookup.Scan.Count < r.Lookup.Of || r.Autocomplete.Scan.Count < r.Autocomplete.Of {
		fmt.Fprintf(w, "plain scan: a sample, as it is slow at this size: %d of the %d probes (accuracy on those), %d of the %d keystrokes (--scan-queries).\n",
			r.Lookup.Scan.Count, r.Lookup.Of, r.Autocomplete.Scan.Count, r.Autocomplete.Of)
	} else {
		fmt.Fprintf(w, "plain scan: every probe and keystroke.\n")
	}

	fmt.Fprintln(tw, "\nbuild")
	b := r.Build
	fmt.Fprintf(tw, "  quotes.NewIndex\t%s\t%s, %d quotations\n", seconds(b.Seconds), perSecond(b.QuotesPerSec, "quotes"), b.Quotes)
	if l := r.Load; l != nil {
		fmt.Fprintf(tw, "  quotes.Load of article files\t%s\t%.1f MB/s, %s (%d files, %s, %d quotations extracted, %d problems)\n",
			seconds(l.Seconds), l.MBPerSec, perSecond(l.QuotesPerSec, "quotes"), l.Files, megabytes(l.Bytes), l.Quotes, l.Problems)
	}
	h := r.Heap
	fmt.Fprintf(tw, "  heap, index\t%s\t%.0f B/quote beyond the text (text %s; %s with the corpus it was built from)\n",
		megabytes(h.IndexBytes), h.BytesPerQuote, megabytes(h.TextBytes), megabytes(h.TotalBytes))
	if l := r.Load; l != nil {
		fmt.Fprintf(tw, "  heap, as loaded\t%s\t%.0f B/quote beyond the text, as quotebot serves a folder\n", megabytes(l.HeapBytes), l.BytesPerQuote)
	}

	f := r.Refresh
	fmt.Fprintf(tw, "\nrefresh: rebuild while %d of %d cores search, then swap\n", f.Searchers, r.Machine.GOMAXPROCS)
	fmt.Fprintf(tw, "  rebuild\t%s\t\n", seconds(f.RebuildSeconds))
	fmt.Fprintf(tw, "  swap\t%d ns\tthe atomic store\n", f.SwapNs)
	fmt.Fprintf(tw, "  drain\t%s\tuntil every searcher was on the new index\n", millis(f.DrainMs))
	fmt.Fprintf(tw, "  lookups during rebuild\tp99 %s\tp50 %s, max %s, %d lookups (at rest: p99 %s)\n",
		millis(f.During.P99ms), millis(f.During.P50ms), millis(f.During.MaxMs), f.During.Count, millis(r.Lookup.Quotebot.P99ms))
	released := "yes"
	if !f.OldReleased {
		released = "NO: still reachable after the swap"
	}
	fmt.Fprintf(tw, "  old index released\t%s\tlive heap after the swap %+.1f MB against before the rebuild\n", released, float64(f.RetainedBytes)/1e6)

	fmt.Fprintln(tw, "\ntargets (issue 4, 2-core machine)")
	for _, tg := range r.Targets {
		fmt.Fprintf(tw, "  %s %s\t%s\t%s\n", tg.Name, tg.Goal, figure(tg), mark(tg.Status))
	}
	return tw.Flush()
}

func millis(v float64) string {
	switch {
	// Each bound is where the next coarser form would round up to it.
	case v >= 999.5:
		return fmt.Sprintf("%.2f s", v/1000)
	case v >= 99.95:
		return fmt.Sprintf("%.0f ms", v)
	case v >= 9.995:
		return fmt.Sprintf("%.1f ms", v)
	case v >= 0.9995:
		return fmt.Sprintf("%.2f ms", v)
	}
	return fmt.Sprintf("%.3f ms", v)
}

func seconds(v float64) string { return millis(v * 1000) }

func times(v float64) string {
	if v >= 10 {
		return fmt.Sprintf("%.0f×", v)
	}
	return fmt.Sprintf("%.1f×", v)
}

func percent(t Tally) string {
	return fmt.Sprintf("%.1f%% (%d/%d)", t.Top1*100, t.Hits, t.Probes)
}

func perSecond(v float64, what string) string {
	switch {
	case v >= 10_000:
		return fmt.Sprintf("%.0fk %s/s", v/1000, what)
	case v >= 1000:
		return fmt.Sprintf("%.1fk %s/s", v/1000, what)
	}
	return fmt.Sprintf("%.1f %s/s", v, what)
}

func megabytes(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }

// figure is a target's value in its unit.
func figure(t Target) string {
	switch t.Unit {
	case "ms":
		return millis(t.Value)
	case "×":
		return times(t.Value)
	case "%":
		return fmt.Sprintf("%.1f%%", t.Value)
	case "quotes/s":
		return perSecond(t.Value, "quotes")
	}
	return strings.TrimSpace(fmt.Sprintf("%.0f %s", t.Value, t.Unit))
}
