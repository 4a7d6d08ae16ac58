package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"quotebot/quotes/synthetic"
)

// tiny are the flags of a run small enough for a test: what is checked
// is that every figure is there and sane, never how fast anything is.
var tiny = []string{"--quotes", "2000", "--probes", "50", "--queries", "100", "--scan-queries", "10", "--duration", "50ms"}

func TestRunJSON(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	args := append(slices.Clone(tiny), "--articles", "--json", "--cpuprofile", cpu, "--memprofile", mem)
	// Every field of Report is in the output, none null.
	r := runJSON(t, args, Report{
		Build: &Build{}, Load: &Load{}, Heap: &Heap{}, Lookup: Versus{Scan: &Latency{}}, Autocomplete: Versus{Scan: &Latency{}},
		Accuracy:   Accuracies{Quotebot: Accuracy{ByKind: map[string]Tally{}}, Scan: &Accuracy{ByKind: map[string]Tally{}}},
		Throughput: &Rates{Scan: &Rate{}}, Refresh: &Refresh{}, Targets: []Target{},
	})
	c := r.Corpus
	if c.Synthetic != 2000 || c.Real < 1 || c.Probes < 50 || c.Source != "article files" || c.Seed != 1 {
		t.Errorf("corpus = %+v", c)
	}
	if c.Indexed < 1 || c.Indexed > c.Synthetic+c.Real || c.Articles < 1 || c.TextBytes < 1 {
		t.Errorf("corpus = %+v", c)
	}
	if b := r.Build; b.Quotes != c.Synthetic+c.Real || b.Seconds <= 0 || b.QuotesPerSec <= 0 {
		t.Errorf("build = %+v", b)
	}
	if l := r.Load; l.Files < 1 || l.Bytes < 1 || l.Seconds <= 0 || l.MBPerSec <= 0 || l.Quotes != c.Indexed ||
		l.QuotesPerSec <= 0 || l.HeapBytes <= 0 || l.BytesPerQuote <= 0 {
		t.Errorf("load = %+v", l)
	}
	if h := r.Heap; h.Quotes != r.Build.Quotes || h.TextBytes < 1 || h.IndexBytes <= 0 || h.CorpusBytes <= 0 ||
		h.TotalBytes <= h.CorpusBytes || h.BytesPerQuote <= 0 || h.IndexBytesPerQuote <= 0 {
		t.Errorf("heap = %+v", h)
	}
	for name, v := range map[string]Versus{"lookup": r.Lookup, "autocomplete": r.Autocomplete} {
		checkLatency(t, name+" quotebot", v.Quotebot)
		checkLatency(t, name+" scan", *v.Scan)
		if v.Scan.Count != 10 || v.Of <= v.Scan.Count || v.SpeedupP50 <= 0 || v.SpeedupP95 <= 0 || v.SpeedupP99 <= 0 {
			t.Errorf("%s = %+v, scan %+v", name, v, *v.Scan)
		}
	}
	if r.Lookup.Quotebot.Count != 100 || r.Lookup.Of != c.Probes {
		t.Errorf("lookup = %+v", r.Lookup)
	}
	checkAccuracy(t, "quotebot", r.Accuracy.Quotebot, c.Probes)
	checkAccuracy(t, "scan", *r.Accuracy.Scan, 10)
	if th := r.Throughput; th.Goroutines != runtime.GOMAXPROCS(0) || th.Quotebot.Lookups < 1 || th.Quotebot.PerSecond <= 0 ||
		th.Scan.Lookups < 1 || th.Scan.PerSecond <= 0 || th.Speedup <= 0 {
		t.Errorf("throughput = %+v, scan %+v", th, *th.Scan)
	}
	if f := r.Refresh; f.Searchers != max(1, runtime.GOMAXPROCS(0)-1) || f.RebuildSeconds <= 0 || f.SwapNs < 0 || f.DrainMs < 0 {
		t.Errorf("refresh = %+v", f)
	}
	if len(r.Targets) != 8 {
		t.Errorf("%d targets, want 8", len(r.Targets))
	}
	for _, tg := range r.Targets {
		scaled := strings.Contains(tg.Goal, " at 1")
		if tg.Status != met && tg.Status != missed && tg.Status != notJudged || scaled != (tg.Status == notJudged) {
			t.Errorf("target %+v: a 2000-quote run judges exactly the targets without a scale", tg)
		}
	}
	for _, p := range []string{cpu, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s not written: %v", p, err)
		}
	}
}

// runJSON runs quotebench with args, which ask for --json, and returns
// the report, having checked that the output holds every field that shape
// has non-null and none that it has null.
func runJSON(t *testing.T, args []string, shape Report) Report {
	t.Helper()
	var out, errs bytes.Buffer
	if err := run(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("run: %v\n%s", err, errs.String())
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out.String())
	}
	full, _ := json.Marshal(shape)
	var want map[string]any
	json.Unmarshal(full, &want)
	checkFields(t, "", want, got)
	var r Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// checkFields reports the fields of want missing from got, or null in it;
// a field null in want is one this kind of run leaves null.
func checkFields(t *testing.T, path string, want, got map[string]any) {
	t.Helper()
	for k, w := range want {
		g, ok := got[k]
		switch {
		case w == nil:
			if g != nil {
				t.Errorf("JSON has %s%s, which this run does not measure", path, k)
			}
		case !ok || g == nil:
			t.Errorf("JSON lacks %s%s", path, k)
		case k == "by_kind":
			kinds := synthetic.Kinds
			if g.(map[string]any)[synthetic.KindWhoSaid] != nil {
				kinds = synthetic.FragmentKinds
			}
			for _, kind := range kinds {
				if g.(map[string]any)[kind] == nil {
					t.Errorf("JSON lacks %s%s.%s", path, k, kind)
				}
			}
		default:
			if wm, ok := w.(map[string]any); ok {
				checkFields(t, path+k+".", wm, g.(map[string]any))
			}
		}
	}
}

func checkLatency(t *testing.T, name string, l Latency) {
	t.Helper()
	if l.Count < 1 || l.P50ms <= 0 || l.P50ms > l.P95ms || l.P95ms > l.P99ms || l.P99ms > l.MaxMs || l.MeanMs <= 0 || l.MeanMs > l.MaxMs {
		t.Errorf("%s latency = %+v", name, l)
	}
}

func checkAccuracy(t *testing.T, name string, a Accuracy, probes int) {
	t.Helper()
	hits, n := 0, 0
	for _, k := range synthetic.Kinds {
		kt := a.ByKind[k]
		hits, n = hits+kt.Hits, n+kt.Probes
		if kt.Probes < 1 || kt.Top1 < 0 || kt.Top1 > 1 {
			t.Errorf("%s accuracy on %s = %+v", name, k, kt)
		}
	}
	if a.Probes != probes || n != probes || hits != a.Hits || a.Top1 != float64(a.Hits)/float64(a.Probes) {
		t.Errorf("%s accuracy = %+v over %d probes", name, a, probes)
	}
}

func TestRunTable(t *testing.T) {
	args := append(slices.Clone(tiny), "--scan-queries", "0")
	var out, errs bytes.Buffer
	if err := run(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("run: %v\n%s", err, errs.String())
	}
	for _, want := range []string{"lookup p99", "autocomplete p50", "top-1 overall", "throughput", "quotes.NewIndex",
		"heap, index", "lookups during rebuild", "targets", "plain scan: skipped", "– (not judged"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(out.String(), "✓") && !strings.Contains(out.String(), "✗") {
		t.Errorf("table judges no target:\n%s", out.String())
	}
	if strings.Contains(out.String(), "quotes.Load") {
		t.Errorf("table reports a load without --articles:\n%s", out.String())
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--quotes", "0"},
		{"--quotes", "many"},
		{"--quotes", "30000000"},
		{"--probes", "0"},
		{"--queries", "-1"},
		{"--scan-queries", "-1"},
		{"--duration", "0s"},
		{"--duration", "soon"},
		{"--seed", "-1"},
		{"--quotebot", "/bin/true"},
		{"--http", "--scan-queries", "10"},
		{"--http", "--cpuprofile", "cpu.pprof"},
		{"--train-on", "/nonexistent/folder"},
		{"--bogus"},
		{"extra"},
	} {
		var out, errs bytes.Buffer
		err := run(context.Background(), args, &out, &errs)
		var ue *usageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: err = %v, want a usage error", args, err)
			continue
		}
		if code := exitCode(err, &errs); code != 2 {
			t.Errorf("%q: exit status %d, want 2", args, code)
		}
		if msg := errs.String(); strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "quotebench: ") {
			t.Errorf("%q: message %q, want one line", args, msg)
		}
		if out.Len() > 0 {
			t.Errorf("%q: wrote %q to stdout", args, out.String())
		}
	}
}

func TestHelp(t *testing.T) {
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"-h"}, &out, &errs); err != nil {
		t.Fatalf("-h: %v", err)
	}
	if !strings.Contains(out.String(), "--scan-queries") {
		t.Errorf("-h printed %q", out.String())
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := run(ctx, tiny, &bytes.Buffer{}, &bytes.Buffer{})
	if !errors.Is(err, context.Canceled) || exitCode(err, &bytes.Buffer{}) != 130 {
		t.Errorf("cancelled run: %v, want context.Canceled and exit status 130", err)
	}
}

func TestSummarize(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	got := summarize(ds)
	want := Latency{Count: 100, P50ms: 50, P95ms: 95, P99ms: 99, MaxMs: 100, MeanMs: 50.5}
	if got != want {
		t.Errorf("summarize(1..100 ms) = %+v, want %+v", got, want)
	}
	if ds[0] != 100*time.Millisecond || ds[99] != time.Millisecond {
		t.Errorf("summarize reordered its argument, which --slowest reads after it: %v … %v", ds[0], ds[99])
	}
	if got := summarize([]time.Duration{3 * time.Millisecond}); got.P50ms != 3 || got.P99ms != 3 {
		t.Errorf("summarize(3 ms) = %+v", got)
	}
	if got := summarize(nil); got != (Latency{}) {
		t.Errorf("summarize(nil) = %+v", got)
	}
}

func TestSample(t *testing.T) {
	var probes []synthetic.Probe
	for i := range 100 {
		// A stride of 5 through this order would take a single kind.
		probes = append(probes, synthetic.Probe{Query: string(rune('a' + i%26)), Kind: synthetic.Kinds[i%5]})
	}
	got := sample(probes, 12)
	if len(got) != 12 {
		t.Fatalf("sample of 12 has %d", len(got))
	}
	kinds := map[string]int{}
	for _, p := range got {
		kinds[p.Kind]++
	}
	for _, k := range synthetic.Kinds {
		if kinds[k] < 2 || kinds[k] > 3 {
			t.Errorf("sample has %d %s probes, want 2 or 3: %v", kinds[k], k, kinds)
		}
	}
	if got := sample(probes, 1000); len(got) != 100 {
		t.Errorf("sample of more than all has %d, want all 100", len(got))
	}
}

func TestKeystrokes(t *testing.T) {
	got := keystrokes([]synthetic.Probe{{Query: "who é b", Kind: "exact"}}, 1)
	want := []string{"w", "wh", "who", "who", "who é", "who é", "who é b"}
	if !slices.Equal(got, want) {
		t.Errorf("keystrokes = %q, want %q", got, want)
	}
}

func TestSlowest(t *testing.T) {
	args := append(slices.Clone(tiny), "--scan-queries", "0", "--json", "--slowest", "3")
	var out, errs bytes.Buffer
	if err := run(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("run: %v\n%s", err, errs.String())
	}
	var r Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for i, s := range r.Slowest {
		kinds[s.Kind]++
		if s.Query == "" || s.MS <= 0 {
			t.Errorf("slowest[%d] = %+v", i, s)
		}
		if i > 0 && r.Slowest[i-1].Kind == s.Kind && r.Slowest[i-1].MS < s.MS {
			t.Errorf("slowest[%d] (%v ms) is slower than the one before it (%v ms)", i, s.MS, r.Slowest[i-1].MS)
		}
	}
	if kinds["lookup"] != 3 || kinds["autocomplete"] != 3 || len(kinds) != 2 {
		t.Errorf("slowest kinds = %v, want 3 lookups and 3 keystrokes", kinds)
	}
	if r.Slowest[0].MS < r.Lookup.Quotebot.P99ms {
		t.Errorf("the slowest lookup, %v ms, is faster than the p99, %v ms", r.Slowest[0].MS, r.Lookup.Quotebot.P99ms)
	}
}

func TestSlowestOrder(t *testing.T) {
	ds := []time.Duration{2 * time.Millisecond, 5 * time.Millisecond, time.Millisecond, 5 * time.Millisecond}
	got := slowest("lookup", []string{"a", "b", "c", "d"}, ds, 3)
	var qs []string
	for _, s := range got {
		qs = append(qs, s.Query)
		if ds[s.N] != time.Duration(s.MS*float64(time.Millisecond)) {
			t.Errorf("%s: n = %d, which took %v, not %v ms", s.Query, s.N, ds[s.N], s.MS)
		}
	}
	if strings.Join(qs, " ") != "b d a" {
		t.Errorf("slowest = %v, want b d a", qs)
	}
	if got := slowest("lookup", []string{"a"}, ds[:1], 5); len(got) != 1 {
		t.Errorf("slowest of one = %v", got)
	}
}
