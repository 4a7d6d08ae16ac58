package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"quotebot/internal/cli"
)

// newFlagSet returns a flag set for a subcommand whose errors become one
// usage line rather than the flag package's own output.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args, letting flags and positional words mix
// ("search great success --json"); "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, &usageError{Msg: flagUsage(fs)}
			}
			return nil, &usageError{Msg: fmt.Sprintf("quotebot %s: %v (see 'quotebot %s -h')", fs.Name(), err, fs.Name())}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// flagUsage is a one-line summary of a flag set.
func flagUsage(fs *flag.FlagSet) string { return cli.FlagUsage("quotebot", fs, false) }
