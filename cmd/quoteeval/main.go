// Command quoteeval measures quotebot's extraction against annotated
// articles: which quotations it finds, misses or invents, and whether it
// names the right speaker.
//
// Usage:
//
//	quoteeval score   --gold GOLD.json --data DIR [--json]
//	quoteeval polnear --repo DIR --split train|dev --out DIR
//
// score runs the same extraction as 'quotebot index --data DIR' and prints
// every miss and one summary line. polnear turns a PolNeAR checkout into
// articles and a gold file that score reads.
package main

import (
	"context"
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
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

const usage = `usage: quoteeval <command> [flags]

commands:
  score     compare quotebot's extraction of --data with a --gold file
  polnear   turn a PolNeAR checkout into articles and a gold file

Run 'quoteeval <command> -h' for a command's flags.`

// usageError is a bad command line: exit status 2 and a one-line message.
type usageError = cli.UsageError

// run is the whole program, testable with any arguments and streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return &usageError{Msg: "quoteeval: missing command (score, polnear)"}
	}
	switch args[0] {
	case "score":
		return runScore(ctx, args[1:], stdout, stderr)
	case "polnear":
		return runPolnear(ctx, args[1:], stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return &usageError{Msg: fmt.Sprintf("quoteeval: unknown command %q (want score or polnear)", args[0])}
}

// parseFlags parses a subcommand's flags, which take no other arguments;
// every mistake becomes one usage line.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &usageError{Msg: flagUsage(fs)}
		}
		return &usageError{Msg: fmt.Sprintf("quoteeval %s: %v (%s)", fs.Name(), err, flagUsage(fs))}
	}
	if fs.NArg() > 0 {
		return &usageError{Msg: fmt.Sprintf("quoteeval %s: unexpected argument %q (%s)", fs.Name(), fs.Arg(0), flagUsage(fs))}
	}
	return nil
}

// required reports the first of the named string flags left empty.
func required(fs *flag.FlagSet, names ...string) error {
	for _, n := range names {
		if fs.Lookup(n).Value.String() == "" {
			return &usageError{Msg: fmt.Sprintf("quoteeval %s: missing --%s (%s)", fs.Name(), n, flagUsage(fs))}
		}
	}
	return nil
}

// exitCode prints err, if it has anything to say, and returns the status.
func exitCode(err error, stderr io.Writer) int { return cli.ExitCode("quoteeval", err, stderr) }

// flagUsage is a one-line summary of a flag set; flags with values are
// required.
func flagUsage(fs *flag.FlagSet) string { return cli.FlagUsage("quoteeval", fs, true) }
