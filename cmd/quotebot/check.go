package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
)

// runCheck prints the report a moderator reads before a refresh: per
// article its outlet, title and quotation counts, then every problem.
// It fails with status 1 when any article could not be loaded.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check")
	dir := fs.String("data", "", "`DIR`ectory of article files (default: the built-in articles)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return &usageError{Msg: fmt.Sprintf("quotebot check: unexpected argument %q (usage: quotebot check [--data DIR])", rest[0])}
	}
	fsys, name, err := articles(*dir)
	if err != nil {
		return err
	}
	ix, rep, err := loadFS(ctx, fsys, name, stderr)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ARTICLE\tOUTLET\tQUOTES\tNO SPEAKER\tTITLE")
	loaded := 0
	for _, a := range rep.Articles {
		if !a.Loaded {
			fmt.Fprintf(tw, "%s\t-\t-\t-\tnot loaded\n", a.Path)
			continue
		}
		loaded++
		outlet := a.Outlet
		if outlet == "" {
			outlet = "unknown"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", a.Path, outlet, a.Quotes, a.Unspoken, clip(a.Title, 60))
	}
	tw.Flush()
	fmt.Fprintf(stdout, "\n%d of %d articles loaded, %d quotations.\n", loaded, len(rep.Articles), ix.Len())
	if len(rep.Problems) > 0 {
		fmt.Fprintf(stdout, "\nProblems:\n")
		for _, p := range rep.Problems {
			kind := "warning"
			if p.Fatal {
				kind = "error"
			}
			fmt.Fprintf(stdout, "  %s: %s\n", kind, problemText(name, p))
		}
	}
	if rep.Failed() {
		fmt.Fprintln(stderr, "quotebot check: some articles could not be loaded")
		return &exitError{Code: 1}
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
