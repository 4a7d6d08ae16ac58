package main

// Report is every figure of one run; --json prints it as it is. Times are
// in the unit their field name says; bytes are bytes, MB are 10⁶ bytes.
//
// With --http, Lookup, Autocomplete and Accuracy are quotebot http's as
// timed by its client, Server says the rest, and what is measured only in
// this process (Build, Heap, Throughput, Refresh) is null.
type Report struct {
	Machine      Machine    `json:"machine"`
	Corpus       Corpus     `json:"corpus"`
	Build        *Build     `json:"build"`
	Load         *Load      `json:"load"` // null without --articles or --train-on
	Heap         *Heap      `json:"heap"`
	Lookup       Versus     `json:"lookup"`
	Autocomplete Versus     `json:"autocomplete"`
	Accuracy     Accuracies `json:"accuracy"`
	Throughput   *Rates     `json:"throughput"`
	Refresh      *Refresh   `json:"refresh"`
	Server       *Server    `json:"server"` // null without --http
	Targets      []Target   `json:"targets"`
	Misses       []Miss     `json:"misses,omitempty"`  // with --misses
	Slowest      []Slow     `json:"slowest,omitempty"` // with --slowest
}

// Machine is where and when the figures were measured.
type Machine struct {
	GOOS       string `json:"goos"`
	GOARCH     string `json:"goarch"`
	CPUs       int    `json:"cpus"`
	GOMAXPROCS int    `json:"gomaxprocs"`
	Go         string `json:"go"`
	Date       string `json:"date"` // RFC 3339, UTC
}

// Corpus is what was indexed and asked.
type Corpus struct {
	Seed      uint64 `json:"seed"`
	Synthetic int    `json:"synthetic_quotes"` // --quotes, or fewer when a trained model ran out
	// Real are the seed articles' quotations, the probes' targets; 0 with
	// --train-on, whose probes are on the generated quotations.
	Real      int   `json:"real_quotes"`
	Indexed   int   `json:"indexed_quotes"` // in the index searched; 0 with --http
	Articles  int   `json:"articles"`
	TextBytes int64 `json:"text_bytes"` // of the indexed quotations' texts; 0 with --http
	Probes    int   `json:"probes"`     // known-answer queries
	// Source is "generated articles", "article files" with --articles,
	// or "news articles" with --train-on.
	Source string `json:"source"`
	// Model is what --train-on learnt, null without it.
	Model *Model `json:"model"`
}

// Model is the word-bigram model a news corpus was drawn from.
type Model struct {
	Dir    string `json:"dir"`    // --train-on
	Files  int    `json:"files"`  // articles read
	Tokens int    `json:"tokens"` // words and marks trained on
	Words  int    `json:"words"`  // distinct ones
}

// Build is quotes.NewIndex over the generated corpus.
type Build struct {
	Quotes       int     `json:"quotes"`
	Seconds      float64 `json:"seconds"`
	QuotesPerSec float64 `json:"quotes_per_sec"`
}

// Load is quotes.Load over the corpus written as article files: reading,
// parsing, extraction, attribution and indexing.
type Load struct {
	Files        int     `json:"files"`
	Bytes        int64   `json:"bytes"`
	Seconds      float64 `json:"seconds"`
	MBPerSec     float64 `json:"mb_per_sec"`
	Quotes       int     `json:"quotes"` // extracted
	QuotesPerSec float64 `json:"quotes_per_sec"`
	Problems     int     `json:"problems"` // reported by Load, warnings included
	// HeapBytes is the live heap the loaded index adds, as a refreshed
	// bot holds it.
	HeapBytes     int64   `json:"heap_bytes"`
	BytesPerQuote float64 `json:"bytes_per_quote"` // (HeapBytes − text) / Quotes
}

// Heap is the live heap, after a full collection, that the generated
// corpus and its index take.
type Heap struct {
	Quotes      int   `json:"quotes"`
	TextBytes   int64 `json:"text_bytes"`
	CorpusBytes int64 `json:"corpus_bytes"` // the quotations and articles before indexing
	IndexBytes  int64 `json:"index_bytes"`  // the index alone, once the corpus is garbage
	TotalBytes  int64 `json:"total_bytes"`  // the corpus and its index, while both live
	// BytesPerQuote is (IndexBytes − TextBytes) / Quotes: what a quotation
	// costs the index beyond its text.
	BytesPerQuote      float64 `json:"bytes_per_quote"`
	IndexBytesPerQuote float64 `json:"index_bytes_per_quote"` // IndexBytes / Quotes
}

// alone records the heap the index takes on its own.
func (h *Heap) alone(bytes int64) {
	h.IndexBytes = bytes
	h.BytesPerQuote = perQuote(bytes, h.TextBytes, h.Quotes)
	h.IndexBytesPerQuote = perQuote(bytes, 0, h.Quotes)
}

// Latency summarises the times of a set of lookups.
type Latency struct {
	Count  int     `json:"count"`
	P50ms  float64 `json:"p50_ms"`
	P95ms  float64 `json:"p95_ms"`
	P99ms  float64 `json:"p99_ms"`
	MaxMs  float64 `json:"max_ms"`
	MeanMs float64 `json:"mean_ms"`
}

// Versus is quotebot's latency next to the plain scan's.
type Versus struct {
	Quotebot Latency  `json:"quotebot"`
	Scan     *Latency `json:"scan"` // null with --scan-queries 0
	// Of is how many lookups the scan's sample was drawn from; it is
	// Scan.Count when the scan ran them all.
	Of int `json:"of"`
	// Speedups are the scan's time over quotebot's at each percentile.
	SpeedupP50 float64 `json:"speedup_p50"`
	SpeedupP95 float64 `json:"speedup_p95"`
	SpeedupP99 float64 `json:"speedup_p99"`
}

// speedups sets how many times faster quotebot was than the scan.
func (v *Versus) speedups() {
	v.SpeedupP50 = ratio(v.Scan.P50ms, v.Quotebot.P50ms)
	v.SpeedupP95 = ratio(v.Scan.P95ms, v.Quotebot.P95ms)
	v.SpeedupP99 = ratio(v.Scan.P99ms, v.Quotebot.P99ms)
}

// Tally is the share of probes whose intended quotation came first.
type Tally struct {
	Top1   float64 `json:"top1"`
	Hits   int     `json:"hits"`
	Probes int     `json:"probes"`
}

// Accuracy is a Tally overall and by kind of probe.
type Accuracy struct {
	Tally
	ByKind map[string]Tally `json:"by_kind"`
}

// Accuracies is quotebot's accuracy next to the plain scan's.
type Accuracies struct {
	Quotebot Accuracy  `json:"quotebot"`
	Scan     *Accuracy `json:"scan"` // on the scan's sample; null with --scan-queries 0
}

// Rate is lookups run back to back on several goroutines.
type Rate struct {
	Lookups   int     `json:"lookups"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"per_second"`
}

// Rates is quotebot's throughput next to the plain scan's.
type Rates struct {
	Goroutines int     `json:"goroutines"`
	Quotebot   Rate    `json:"quotebot"`
	Scan       *Rate   `json:"scan"`
	Speedup    float64 `json:"speedup"`
}

// Refresh is building a second index from the same corpus while
// goroutines search the first through an atomic.Pointer, then swapping.
// The searchers are one fewer than GOMAXPROCS, leaving a core to the
// rebuild.
type Refresh struct {
	Searchers      int     `json:"searchers"`
	RebuildSeconds float64 `json:"rebuild_seconds"`
	SwapNs         int64   `json:"swap_ns"` // the atomic swap itself
	// DrainMs is the time from the swap until every searcher had started
	// a lookup on the new index: the longest lookup in flight on the old.
	DrainMs float64 `json:"drain_ms"`
	// During are the lookups that ran on the old index while the new one
	// was built.
	During Latency `json:"during_rebuild"`
	// OldReleased says whether the old index was garbage once the
	// searchers had moved on; RetainedBytes is the live heap after the
	// swap minus before the rebuild, about 0 when it was.
	OldReleased   bool  `json:"old_index_released"`
	RetainedBytes int64 `json:"retained_bytes"`
}

// Server is quotebot http as --http started it and saw it.
type Server struct {
	Binary string `json:"binary"` // --quotebot, or how it was built
	// ReadySeconds is from starting the process to its first healthy
	// answer: reading, extracting and indexing the articles, as a cold
	// start does. RestartSeconds is the same for a second start on the
	// same folder, which may use what the first left in it.
	ReadySeconds   float64 `json:"ready_seconds"`
	RestartSeconds float64 `json:"restart_seconds"`
	// SettledSeconds is from process start to /healthz no longer saying
	// it writes its cache: the lookups are timed after it.
	SettledSeconds float64 `json:"settled_seconds"`
	// WritebackSeconds is how long the machine then took to write back
	// its dirty pages (below 32 MB), before the lookups.
	WritebackSeconds float64 `json:"writeback_seconds"`
	// RSS is the resident memory at the first healthy /healthz (VmRSS),
	// PeakRSS the most it had until then (VmHWM), SettledRSS the resident
	// memory once it stopped falling after that (building's scratch
	// given back), and AfterRSS the resident memory once every lookup
	// and keystroke was answered.
	RSSBytes        int64 `json:"rss_bytes"`
	PeakRSSBytes    int64 `json:"peak_rss_bytes"`
	SettledRSSBytes int64 `json:"settled_rss_bytes"`
	AfterRSSBytes   int64 `json:"after_rss_bytes"`
	// RefreshSeconds is from adding one article to the folder and sending
	// SIGHUP to /healthz counting its quotations.
	RefreshSeconds float64 `json:"refresh_seconds"`
	Requests       int     `json:"requests"` // signed interactions sent
}

// Target is a goal of an issue and the figure judged against it.
type Target struct {
	Issue  int     `json:"issue"` // the issue that set it
	Name   string  `json:"name"`
	Goal   string  `json:"goal"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Status string  `json:"status"` // met, missed, or not judged: see targets.go
}
