package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
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
				return nil, &usageError{flagUsage(fs)}
			}
			return nil, &usageError{fmt.Sprintf("quotebot %s: %v (see 'quotebot %s -h')", fs.Name(), err, fs.Name())}
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
func flagUsage(fs *flag.FlagSet) string {
	var parts []string
	fs.VisitAll(func(f *flag.Flag) {
		name, _ := flag.UnquoteUsage(f)
		if name == "" {
			parts = append(parts, fmt.Sprintf("[--%s]", f.Name))
		} else {
			parts = append(parts, fmt.Sprintf("[--%s %s]", f.Name, name))
		}
	})
	return fmt.Sprintf("usage: quotebot %s %s", fs.Name(), strings.Join(parts, " "))
}
