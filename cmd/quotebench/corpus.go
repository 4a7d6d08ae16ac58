package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"quotebot/data"
	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// filesPerFolder keeps folders of generated article files small enough to
// list quickly: a million quotations are a quarter of a million files.
const filesPerFolder = 1000

// writeArticles writes the corpus c into dir as article files, the real
// seed articles as they are and the generated ones through
// synthetic.Text, so that quotes.Load parses and extracts them all. It
// returns how many files and bytes it wrote.
func writeArticles(dir string, c *synthetic.Corpus) (files int, bytes int64, err error) {
	real := map[string]bool{}
	err = fs.WalkDir(data.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		b, err := fs.ReadFile(data.FS, p)
		if err != nil {
			return err
		}
		real[p] = true
		files, bytes = files+1, bytes+int64(len(b))
		return os.WriteFile(filepath.Join(dir, filepath.FromSlash(p)), b, 0o644)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("copying the seed articles into %s: %w", dir, err)
	}
	made := 0
	for _, a := range c.Articles {
		if real[a.Path] {
			continue
		}
		sub := filepath.Join(dir, "synthetic", fmt.Sprintf("%04d", made/filesPerFolder))
		if made%filesPerFolder == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return 0, 0, fmt.Errorf("article folder: %w", err)
			}
		}
		text := synthetic.Text(a)
		name := filepath.Join(sub, filepath.Base(a.Path))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return 0, 0, fmt.Errorf("writing article %s: %w", name, err)
		}
		made++
		files, bytes = files+1, bytes+int64(len(text))
	}
	return files, bytes, nil
}

// copyArticles returns copies of articles and their quotations for
// quotes.NewIndex to own: it rewrites the quotations it indexes, which an
// index still being searched must not see.
func copyArticles(articles []*quotes.Article) []*quotes.Article {
	out := make([]*quotes.Article, len(articles))
	for i, a := range articles {
		cp := *a
		cp.Quotes = make([]*quotes.Quote, len(a.Quotes))
		for j, q := range a.Quotes {
			qc := *q
			qc.AlsoIn = []string{}
			cp.Quotes[j] = &qc
		}
		out[i] = &cp
	}
	return out
}
