package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

// options are the command line's settings.
type options struct {
	quotes      int    // synthetic quotations, besides the real ones
	seed        uint64 // of the corpus and the probes
	articles    bool   // load the corpus through article files, timing extraction
	probes      int    // known-answer queries, at least
	queries     int    // timed lookups, and autocomplete keystrokes
	scanQueries int    // lookups and keystrokes the plain scan is timed on; 0 skips it
	duration    time.Duration
	json        bool
	misses      bool // list the probes quotebot answers wrongly
	slowest     int  // list this many of the slowest lookups and keystrokes
	cpuProfile  string
	memProfile  string
	trainOn     string        // folder of articles to train a news corpus's model on
	http        bool          // time quotebot http instead of the index in this process
	quotebot    string        // the quotebot binary --http runs; "" builds one
	keep        string        // folder to write the article files into and keep
	writeback   time.Duration // --http: the most to wait for the disk's write-back
}

// maxQuotes bounds --quotes: the index numbers documents in 32 bits, and a
// corpus much larger than this would not fit a developer's machine anyway.
const maxQuotes = 20_000_000

const usage = `usage: quotebench [flags]

Measures quotebot's quote index against a plain sahilm/fuzzy scan over every
quotation's text, on one deterministic synthetic corpus.

  --quotes N         synthetic quotations, besides the real seed ones (default 100000)
  --seed S           seed of the corpus and the probes (default 1)
  --articles         write the corpus as article files and time loading them,
                     so that parsing and extraction are measured too
  --probes N         known-answer queries for accuracy and latency (default 500)
  --queries N        timed lookups, and timed autocomplete keystrokes (default 2000)
  --scan-queries N   lookups and keystrokes the plain scan is timed on, a sample
                     because it is slow at scale; 0 skips the scan (default 100)
  --duration D       how long each throughput run lasts (default 5s)
  --json             print one JSON object with every figure
  --misses           also list the probes quotebot answers wrongly
  --slowest N        also list the N slowest timed lookups and keystrokes,
                     to tell a few slow queries from the machine's noise
  --cpuprofile FILE  write a CPU profile of quotebot's side of the run
  --memprofile FILE  write a heap profile taken once the index is built
  --train-on DIR     generate news articles instead, from a word-bigram model
                     trained on the .txt articles in DIR, and probe the
                     generated quotations with 4-6 of their words as typed,
                     with a typo, shuffled, or as "who said" with a typo;
                     the articles are written and loaded as files
  --http             end to end: write the articles, start 'quotebot http' on
                     them on 127.0.0.1 and time signed /quote and autocomplete
                     interactions from outside, with its start-up and memory
  --quotebot BIN     the quotebot binary --http starts (default: go build it)
  --writeback D      --http: before timing lookups, wait at most D for the
                     machine to write back what quotebot wrote (default 1m,
                     0 to not wait)
  --keep DIR         write the article files into DIR, new or empty, and keep
                     them (default: a temporary folder, removed at the end)
`

// parseOptions reads the command line. It returns flag.ErrHelp for -h,
// and a usageError, one line, for anything it cannot use.
func parseOptions(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("quotebench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.IntVar(&o.quotes, "quotes", 100_000, "")
	fs.Uint64Var(&o.seed, "seed", 1, "")
	fs.BoolVar(&o.articles, "articles", false, "")
	fs.IntVar(&o.probes, "probes", 500, "")
	fs.IntVar(&o.queries, "queries", 2000, "")
	fs.IntVar(&o.scanQueries, "scan-queries", 100, "")
	fs.DurationVar(&o.duration, "duration", 5*time.Second, "")
	fs.BoolVar(&o.json, "json", false, "")
	fs.BoolVar(&o.misses, "misses", false, "")
	fs.IntVar(&o.slowest, "slowest", 0, "")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "")
	fs.StringVar(&o.memProfile, "memprofile", "", "")
	fs.StringVar(&o.trainOn, "train-on", "", "")
	fs.BoolVar(&o.http, "http", false, "")
	fs.StringVar(&o.quotebot, "quotebot", "", "")
	fs.StringVar(&o.keep, "keep", "", "")
	fs.DurationVar(&o.writeback, "writeback", time.Minute, "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, err
		}
		return o, usagef("%v", err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case fs.NArg() > 0:
		return o, usagef("unexpected argument %q", fs.Arg(0))
	case o.quotes < 1 || o.quotes > maxQuotes:
		return o, usagef("--quotes must be between 1 and %d, not %d", maxQuotes, o.quotes)
	case o.probes < 1:
		return o, usagef("--probes must be at least 1, not %d", o.probes)
	case o.queries < 1:
		return o, usagef("--queries must be at least 1, not %d", o.queries)
	case o.scanQueries < 0:
		return o, usagef("--scan-queries must be 0 or more, not %d", o.scanQueries)
	case o.duration <= 0:
		return o, usagef("--duration must be positive, not %v", o.duration)
	case o.quotebot != "" && !o.http:
		return o, usagef("--quotebot needs --http")
	case o.http && (set["cpuprofile"] || set["memprofile"] || set["scan-queries"]):
		return o, usagef("--http measures quotebot http alone: no --cpuprofile, --memprofile or --scan-queries")
	}
	if o.trainOn != "" {
		if info, err := os.Stat(o.trainOn); err != nil || !info.IsDir() {
			return o, usagef("--train-on %s is not a folder", o.trainOn)
		}
		o.articles = true // the corpus is news pages: they are written as files
	}
	if o.http {
		o.articles, o.scanQueries = true, 0
	}
	return o, nil
}

func usagef(format string, args ...any) error {
	return &usageError{Msg: fmt.Sprintf("quotebench: "+format+" (see 'quotebench -h')", args...)}
}
