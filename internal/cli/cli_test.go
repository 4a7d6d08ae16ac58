package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"testing"
)

func TestExitCode(t *testing.T) {
	for _, tc := range []struct {
		err    error
		code   int
		stderr string
	}{
		{nil, 0, ""},
		{&UsageError{"usage: tool x"}, 2, "usage: tool x\n"},
		{fmt.Errorf("loading: %w", &UsageError{"usage: tool y"}), 2, "usage: tool y\n"},
		{&ExitError{Code: 1}, 1, ""},
		{fmt.Errorf("stopped: %w", context.Canceled), 130, ""},
		{errors.New("data folder missing"), 1, "tool: data folder missing\n"},
	} {
		var buf bytes.Buffer
		if code := ExitCode("tool", tc.err, &buf); code != tc.code || buf.String() != tc.stderr {
			t.Errorf("ExitCode(%v) = %d, %q; want %d, %q", tc.err, code, buf.String(), tc.code, tc.stderr)
		}
	}
}

func TestFlagUsage(t *testing.T) {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.String("gold", "", "gold `FILE`")
	fs.Bool("json", false, "print JSON")
	if got, want := FlagUsage("tool", fs, false), "usage: tool score [--gold FILE] [--json]"; got != want {
		t.Errorf("optional: %q, want %q", got, want)
	}
	if got, want := FlagUsage("tool", fs, true), "usage: tool score --gold FILE [--json]"; got != want {
		t.Errorf("required: %q, want %q", got, want)
	}
}
