package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// trainOn trains a word-bigram model on the text of the .txt articles
// below dir, headers left out, and returns it with the outlets the
// headers name, for the generated articles to carry. Files that are not
// regular, over quotes.MaxArticleBytes or without a readable header are
// skipped, as quotebot skips them; a folder without one article to learn
// from is an error.
func trainOn(ctx context.Context, dir string) (*synthetic.Model, []string, *Model, error) {
	var texts []string
	outlets := map[string]bool{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if !d.Type().IsRegular() || !strings.EqualFold(filepath.Ext(p), ".txt") {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > quotes.MaxArticleBytes {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		h, body, _, err := quotes.ParseHeader(strings.ReplaceAll(string(b), "\r\n", "\n"))
		if err != nil || strings.TrimSpace(body) == "" {
			return nil
		}
		texts = append(texts, body)
		if h.Outlet != "" {
			outlets[h.Outlet] = true
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, fmt.Errorf("--train-on %s: %w", dir, err)
	}
	if len(texts) == 0 {
		return nil, nil, nil, fmt.Errorf("--train-on %s: no .txt article with text in it", dir)
	}
	m := synthetic.Train(texts)
	names := make([]string, 0, len(outlets))
	for o := range outlets {
		names = append(names, o)
	}
	slices.Sort(names) // map order would make the corpus differ run to run
	return m, names, &Model{Dir: dir, Files: len(texts), Tokens: m.Tokens, Words: m.Words()}, nil
}
