package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"quotebot/quotes"
)

// jsonResult is a search result in --json output: the quotation's fields
// and its score.
type jsonResult struct {
	*quotes.Quote
	Score float64 `json:"score"`
}

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("search")
	dir := fs.String("data", "", "`DIR`ectory of article files (default: the built-in articles)")
	limit := fs.Int("limit", 5, "at most `N` results")
	speaker := fs.String("speaker", "", "only quotations by `S`peaker")
	outlet := fs.String("outlet", "", "only quotations reported by `O`utlet")
	asJSON := fs.Bool("json", false, "print one JSON array")
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *limit < 1 {
		return &usageError{Msg: fmt.Sprintf("quotebot search: --limit must be at least 1, not %d", *limit)}
	}
	q := quotes.ParseQuery(strings.Join(words, " "))
	if *speaker != "" {
		q.Speaker = *speaker
	}
	if *outlet != "" {
		q.Outlet = *outlet
	}
	if q.Text == "" && q.Speaker == "" && q.Outlet == "" {
		return &usageError{Msg: "quotebot search: missing QUERY (usage: quotebot search [--data DIR] [--limit N] [--speaker S] [--outlet O] [--json] QUERY...)"}
	}
	q.Limit = *limit
	ix, _, err := loadIndex(ctx, *dir, stderr)
	if err != nil {
		return err
	}
	results := ix.Search(q)
	if *asJSON {
		out := make([]jsonResult, len(results))
		for i, r := range results {
			out[i] = jsonResult{r.Quote, math.Round(r.Score*10000) / 10000}
		}
		return writeJSON(stdout, out)
	}
	if len(results) == 0 {
		fmt.Fprintln(stdout, "No quotation matches.")
		return nil
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printQuote(stdout, ix, r.Quote, fmt.Sprintf("%d. ", i+1))
	}
	return nil
}

func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("index")
	dir := fs.String("data", "", "`DIR`ectory of article files (default: the built-in articles)")
	asJSON := fs.Bool("json", false, "print one JSON array")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return &usageError{Msg: fmt.Sprintf("quotebot index: unexpected argument %q (usage: quotebot index [--data DIR] [--json])", rest[0])}
	}
	ix, _, err := loadIndex(ctx, *dir, stderr)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, ix.Quotes())
	}
	for i, q := range ix.Quotes() {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		printQuote(stdout, ix, q, "")
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printQuote writes a quotation as a reader wants it: the words, who said
// them, where and when it was reported, and who else reported it.
func printQuote(w io.Writer, ix *quotes.Index, q *quotes.Quote, prefix string) {
	indent := strings.Repeat(" ", len(prefix))
	fmt.Fprintf(w, "%s“%s”\n", prefix, q.Text)
	speaker := q.Speaker
	switch {
	case speaker == "":
		speaker = "speaker unknown"
	case q.Unnamed:
		speaker += ", unnamed" // a description, "a senior Democratic aide"
	}
	if q.Cue != "" {
		speaker += " (" + q.Cue + ")"
	}
	fmt.Fprintf(w, "%s— %s\n", indent, speaker)
	fmt.Fprintf(w, "%s%s\n", indent, source(q))
	if q.URL != "" {
		fmt.Fprintf(w, "%s%s\n", indent, q.URL)
	}
	if len(q.AlsoIn) > 0 {
		var also []string
		seen := map[string]bool{}
		for _, id := range q.AlsoIn {
			if o, ok := ix.Quote(id); ok && !seen[o.Article] {
				seen[o.Article] = true
				also = append(also, source(o))
			}
		}
		fmt.Fprintf(w, "%salso reported by: %s\n", indent, strings.Join(also, "; "))
	}
}

// source names where a quotation was reported: outlet, headline, date.
func source(q *quotes.Quote) string {
	outlet := q.Outlet
	if outlet == "" {
		outlet = "outlet unknown"
	}
	parts := []string{outlet}
	if q.Title != "" {
		parts = append(parts, "“"+q.Title+"”")
	}
	if q.Published != "" {
		parts = append(parts, q.Published)
	}
	return strings.Join(parts, ", ")
}
