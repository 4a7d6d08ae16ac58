// Command quotebench measures how quotebot's quote index scales and how it
// compares with the obvious alternative, a plain sahilm/fuzzy scan over the
// text of every quotation, on the same synthetic corpus in one run.
//
// Usage:
//
//	quotebench [--quotes N] [--seed S] [--articles] [--probes N] [--queries N]
//	           [--scan-queries N] [--duration D] [--json] [--misses] [--slowest N]
//	           [--cpuprofile FILE] [--memprofile FILE]
//	           [--train-on DIR] [--http [--quotebot BIN]] [--keep DIR]
//
// It prints, for quotebot and for the scan side by side: lookup and
// autocomplete latency, top-1 accuracy on queries whose answer is known,
// and throughput on all cores; then index build rate, heap per quotation,
// and the cost of swapping in a refreshed index while lookups run; and
// each figure next to its target. With --json it prints one JSON object
// holding every figure instead.
//
// With --train-on, the corpus is news pages whose prose and quotations are
// drawn from a word-bigram model of the articles in DIR, probed with
// fragments of the generated quotations. With --http, the articles are
// served by quotebot http, started for the run, and timed from outside
// with signed interactions, as Discord reaches it, with its start-up time
// and memory.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"quotebot/internal/cli"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// run is the whole program, testable with any arguments and streams.
// Progress goes to stderr, so that a long run at a million quotations
// shows where it is without spoiling the report on stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	o, err := parseOptions(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return nil
	}
	if err != nil {
		return err
	}
	rep, err := benchmark(ctx, o, stderr)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return writeTable(stdout, rep)
}

// usageError is a bad command line: exit status 2 and a one-line message.
type usageError = cli.UsageError

// exitCode prints err, if any, and returns the exit status.
func exitCode(err error, stderr io.Writer) int { return cli.ExitCode("quotebench", err, stderr) }
