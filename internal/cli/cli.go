// Package cli holds what quotebot's programs share about their command
// lines: the error for a bad one, the exit status an error gives, and the
// one-line summary of a command's flags.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// UsageError is a bad command line: exit status 2 and a one-line message.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// ExitError carries an exit status without a message of its own, as when a
// command has already printed its report.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// ExitCode prints err, if it has anything to say, to stderr behind the
// program's name, and returns the status to exit with: 0, 1, 2 for a bad
// command line, 130 when interrupted, or an ExitError's own.
func ExitCode(prog string, err error, stderr io.Writer) int {
	var ue *UsageError
	var ee *ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.Code
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, ue.Msg)
		return 2
	case errors.Is(err, context.Canceled):
		return 130
	}
	fmt.Fprintln(stderr, prog+":", err)
	return 1
}

// FlagUsage is a one-line summary of a command's flags, as in "usage:
// quotebot search [--data DIR] [--json]". With required, flags that take a
// value are shown without brackets: the command needs them.
func FlagUsage(prog string, fs *flag.FlagSet, required bool) string {
	var parts []string
	fs.VisitAll(func(f *flag.Flag) {
		name, _ := flag.UnquoteUsage(f)
		switch {
		case name == "":
			parts = append(parts, fmt.Sprintf("[--%s]", f.Name))
		case required:
			parts = append(parts, fmt.Sprintf("--%s %s", f.Name, name))
		default:
			parts = append(parts, fmt.Sprintf("[--%s %s]", f.Name, name))
		}
	})
	return fmt.Sprintf("usage: %s %s %s", prog, fs.Name(), strings.Join(parts, " "))
}
