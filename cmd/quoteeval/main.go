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
	"strings"
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
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// run is the whole program, testable with any arguments and streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return &usageError{"quoteeval: missing command (score, polnear)"}
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
	return &usageError{fmt.Sprintf("quoteeval: unknown command %q (want score or polnear)", args[0])}
}

// exitCode prints err, if it has anything to say, and returns the status.
func exitCode(err error, stderr io.Writer) int {
	var ue *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, ue.msg)
		return 2
	case errors.Is(err, context.Canceled):
		return 130
	}
	fmt.Fprintln(stderr, "quoteeval:", err)
	return 1
}

// parseFlags parses a subcommand's flags, which take no other arguments;
// every mistake becomes one usage line.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return &usageError{flagUsage(fs)}
		}
		return &usageError{fmt.Sprintf("quoteeval %s: %v (%s)", fs.Name(), err, flagUsage(fs))}
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Sprintf("quoteeval %s: unexpected argument %q (%s)", fs.Name(), fs.Arg(0), flagUsage(fs))}
	}
	return nil
}

// required reports the first of the named string flags left empty.
func required(fs *flag.FlagSet, names ...string) error {
	for _, n := range names {
		if fs.Lookup(n).Value.String() == "" {
			return &usageError{fmt.Sprintf("quoteeval %s: missing --%s (%s)", fs.Name(), n, flagUsage(fs))}
		}
	}
	return nil
}

// flagUsage is a one-line summary of a flag set.
func flagUsage(fs *flag.FlagSet) string {
	var parts []string
	fs.VisitAll(func(f *flag.Flag) {
		name, _ := flag.UnquoteUsage(f)
		if name == "" {
			parts = append(parts, fmt.Sprintf("[--%s]", f.Name))
		} else {
			parts = append(parts, fmt.Sprintf("--%s %s", f.Name, name))
		}
	})
	return fmt.Sprintf("usage: quoteeval %s %s", fs.Name(), strings.Join(parts, " "))
}
