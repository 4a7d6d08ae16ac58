package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"quotebot/quotes/synthetic"
)

// writeTable prints the report for a person: quotebot and the plain scan
// side by side, then build, heap and refresh, then the targets.
func writeTable(w io.Writer, r *Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	c, m := r.Corpus, r.Machine
	where := fmt.Sprintf("%d indexed", c.Indexed)
	if r.Server != nil {
		where = "served by quotebot http"
	}
	fmt.Fprintf(tw, "quotebench: %d generated + %d real quotations, %s from %s (%d), seed %d\n",
		c.Synthetic, c.Real, where, c.Source, c.Articles, c.Seed)
	if md := c.Model; md != nil {
		fmt.Fprintf(tw, "news drawn from a word-bigram model of %d articles in %s (%d tokens, %d distinct)\n", md.Files, md.Dir, md.Tokens, md.Words)
	}
	fmt.Fprintf(tw, "%s/%s, %d CPUs, GOMAXPROCS %d, %s, %s\n\n", m.GOOS, m.GOARCH, m.CPUs, m.GOMAXPROCS, m.Go, m.Date)

	side := "quotebot"
	if r.Server != nil {
		side = "quotebot http"
	}
	fmt.Fprintf(tw, "\t%s\tplain scan\tspeedup\n", side)
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
	for _, k := range append(kindsOf(r.Accuracy.Quotebot), "overall") {
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
	if t := r.Throughput; t != nil {
		scanRate, speedup := "-", "-"
		if t.Scan != nil {
			scanRate, speedup = perSecond(t.Scan.PerSecond, "lookups"), times(t.Speedup)
		}
		fmt.Fprintf(tw, "throughput, %d goroutines\t%s\t%s\t%s\n", t.Goroutines, perSecond(t.Quotebot.PerSecond, "lookups"), scanRate, speedup)
	}
	tw.Flush()

	fmt.Fprintf(w, "\n%s: %d timed lookups over %d probes, %d autocomplete keystrokes, accuracy on all %d probes.\n",
		side, r.Lookup.Quotebot.Count, c.Probes, r.Autocomplete.Quotebot.Count, r.Accuracy.Quotebot.Probes)
	if len(r.Misses) > 0 {
		fmt.Fprintf(w, "\nquotebot's misses (%d):\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  %s %q\n    want %q\n    got  %q\n", m.Kind, m.Query, m.Want, m.Got)
		}
		fmt.Fprintln(w)
	}
	if len(r.Slowest) > 0 {
		fmt.Fprintf(w, "\nthe slowest requests (#: the place in its timed run):\n")
		for _, s := range r.Slowest {
			fmt.Fprintf(w, "  %-12s %6.2f ms  #%-5d %q\n", s.Kind, s.MS, s.N, s.Query)
		}
		fmt.Fprintln(w)
	}
	switch {
	case r.Server != nil:
	case r.Lookup.Scan == nil:
		fmt.Fprintln(w, "plain scan: skipped (--scan-queries 0).")
	case r.Lookup.Scan.Count < r.Lookup.Of || r.Autocomplete.Scan.Count < r.Autocomplete.Of:
		fmt.Fprintf(w, "plain scan: a sample, as it is slow at this size: %d of the %d probes (accuracy on those), %d of the %d keystrokes (--scan-queries).\n",
			r.Lookup.Scan.Count, r.Lookup.Of, r.Autocomplete.Scan.Count, r.Autocomplete.Of)
	default:
		fmt.Fprintf(w, "plain scan: every probe and keystroke.\n")
	}

	writeBuild(tw, r)
	writeServer(tw, r.Server)
	writeRefresh(tw, r)

	fmt.Fprintln(tw, "\ntargets (2-core machine)")
	for _, tg := range r.Targets {
		fmt.Fprintf(tw, "  issue %d: %s %s\t%s\t%s\n", tg.Issue, tg.Name, tg.Goal, figure(tg), mark(tg.Status))
	}
	return tw.Flush()
}

// writeBuild prints how long building and loading took and the heap it
// left, as far as they were measured.
func writeBuild(tw io.Writer, r *Report) {
	if r.Build == nil && r.Load == nil {
		return
	}
	fmt.Fprintln(tw, "\nbuild")
	if b := r.Build; b != nil {
		fmt.Fprintf(tw, "  quotes.NewIndex\t%s\t%s, %d quotations\n", seconds(b.Seconds), perSecond(b.QuotesPerSec, "quotes"), b.Quotes)
	}
	if l := r.Load; l != nil && l.Seconds > 0 {
		fmt.Fprintf(tw, "  quotes.Load of article files\t%s\t%.1f MB/s, %s (%d files, %s, %d quotations extracted, %d problems)\n",
			seconds(l.Seconds), l.MBPerSec, perSecond(l.QuotesPerSec, "quotes"), l.Files, megabytes(l.Bytes), l.Quotes, l.Problems)
	} else if l != nil {
		fmt.Fprintf(tw, "  article files written\t%d\t%s\n", l.Files, megabytes(l.Bytes))
	}
	if h := r.Heap; h != nil {
		fmt.Fprintf(tw, "  heap, index\t%s\t%.0f B/quote beyond the text (text %s; %s with the corpus it was built from)\n",
			megabytes(h.IndexBytes), h.BytesPerQuote, megabytes(h.TextBytes), megabytes(h.TotalBytes))
	}
	if l := r.Load; l != nil && l.Seconds > 0 {
		fmt.Fprintf(tw, "  heap, as loaded\t%s\t%.0f B/quote beyond the text, as quotebot serves a folder\n", megabytes(l.HeapBytes), l.BytesPerQuote)
	}
}

// writeServer prints what --http saw of quotebot http, if it ran.
func writeServer(tw io.Writer, s *Server) {
	if s == nil {
		return
	}
	fmt.Fprintf(tw, "\nquotebot http (%s), %d signed interactions over 127.0.0.1\n", s.Binary, s.Requests)
	fmt.Fprintf(tw, "  ready after start\t%s\tprocess start to the first healthy /healthz\n", seconds(s.ReadySeconds))
	fmt.Fprintf(tw, "  cache written after start\t%s\tprocess start until /healthz no longer says it writes the cache\n", seconds(s.SettledSeconds))
	fmt.Fprintf(tw, "  then the disk's write-back\t%s\tuntil under 32 MB of the machine's writes are not on disk\n", seconds(s.WritebackSeconds))
	fmt.Fprintf(tw, "  ready after a restart\t%s\ton the same folder\n", seconds(s.RestartSeconds))
	fmt.Fprintf(tw, "  refresh after adding one article\t%s\tSIGHUP to /healthz counting it\n", seconds(s.RefreshSeconds))
	fmt.Fprintf(tw, "  memory when ready\t%s\tRSS at the first healthy /healthz (peak while loading %s)\n", mebibytes(s.RSSBytes), mebibytes(s.PeakRSSBytes))
	fmt.Fprintf(tw, "  memory after loading\t%s\tRSS once it stopped falling\n", mebibytes(s.SettledRSSBytes))
	fmt.Fprintf(tw, "  memory after the lookups\t%s\tRSS\n", mebibytes(s.AfterRSSBytes))
}

// writeRefresh prints what rebuilding the index in this process cost the
// lookups running meanwhile, if it was measured.
func writeRefresh(tw io.Writer, r *Report) {
	f := r.Refresh
	if f == nil {
		return
	}
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

func mebibytes(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

// kindsOf returns the kinds of probe a accuracy was measured on, in the
// order their generator deals them out.
func kindsOf(a Accuracy) []string {
	var out []string
	for _, k := range append(slices.Clone(synthetic.Kinds), synthetic.FragmentKinds...) {
		if _, ok := a.ByKind[k]; ok && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

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
	case "s":
		return seconds(t.Value)
	}
	return strings.TrimSpace(fmt.Sprintf("%.0f %s", t.Value, t.Unit))
}
