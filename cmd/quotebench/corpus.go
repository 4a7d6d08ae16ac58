package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"quotebot/data"
	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// source is what a corpus is generated from: the seed articles, whose
// statistics the generated quotations follow and whose real quotations
// are probed, or a model trained on a folder of articles (--train-on),
// whose generated quotations are probed.
type source struct {
	seeds   *quotes.Index
	model   *synthetic.Model
	outlets []string
}

// newSource loads the seed articles, or trains the model of --train-on,
// and notes which in r.
func newSource(ctx context.Context, o options, r *Report, logf func(string, ...any)) (*source, error) {
	if o.trainOn == "" {
		seeds, _, err := quotes.Load(ctx, data.FS)
		if err != nil {
			return nil, fmt.Errorf("loading the seed articles: %w", err)
		}
		r.Corpus.Source = "generated articles"
		if o.articles {
			r.Corpus.Source = "article files"
		}
		return &source{seeds: seeds}, nil
	}
	logf("training a word-bigram model on the articles in %s", o.trainOn)
	m, outlets, info, err := trainOn(ctx, o.trainOn)
	if err != nil {
		return nil, err
	}
	logf("model: %d distinct words and marks from %d tokens in %d articles", info.Words, info.Tokens, info.Files)
	r.Corpus.Source, r.Corpus.Model = "news articles", info
	return &source{model: m, outlets: outlets}, nil
}

// generate returns a corpus of n generated quotations.
func (s *source) generate(n int, seed uint64) *synthetic.Corpus {
	if s.model != nil {
		return synthetic.News(s.model, s.outlets, n, seed)
	}
	return synthetic.Generate(s.seeds, n, seed)
}

// probes returns at least n known-answer queries on c: on its real
// quotations, or, for news, on n of its generated ones.
func (s *source) probes(c *synthetic.Corpus, n int, seed uint64) []synthetic.Probe {
	if s.model == nil {
		return probeSet(c.Real, n, seed)
	}
	var qs []*quotes.Quote
	for _, a := range c.Articles {
		qs = append(qs, a.Quotes...)
	}
	if len(qs) == 0 {
		return nil
	}
	return synthetic.Fragments(qs, n, seed)
}

// articleDir returns the folder to write the article files into: keep,
// which must be new or empty, or else a temporary one that cleanup
// removes.
func articleDir(keep string) (dir string, cleanup func(), err error) {
	if keep == "" {
		dir, err := os.MkdirTemp("", "quotebench-")
		if err != nil {
			return "", nil, fmt.Errorf("folder for article files: %w", err)
		}
		return dir, func() { os.RemoveAll(dir) }, nil
	}
	if err := os.MkdirAll(keep, 0o755); err != nil {
		return "", nil, fmt.Errorf("--keep: %w", err)
	}
	f, err := os.Open(keep)
	if err != nil {
		return "", nil, fmt.Errorf("--keep: %w", err)
	}
	defer f.Close()
	if _, err := f.Readdirnames(1); !errors.Is(err, io.EOF) {
		return "", nil, fmt.Errorf("--keep %s: the folder is not empty", keep)
	}
	return keep, func() {}, nil
}

// filesPerFolder keeps folders of generated article files small enough to
// list quickly: a million quotations are a quarter of a million files.
const filesPerFolder = 1000

// writeArticles writes the corpus c into dir as article files, the real
// seed articles, if c holds them, as they are and the generated ones
// through synthetic.Text, so that quotes.Load parses and extracts them
// all. It returns how many files and bytes it wrote.
func writeArticles(dir string, c *synthetic.Corpus) (files int, bytes int64, err error) {
	real := map[string]bool{}
	if len(c.Real) > 0 {
		files, bytes, err = copySeeds(dir, real)
		if err != nil {
			return 0, 0, err
		}
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

// copySeeds copies the seed articles into dir, noting their paths in real.
func copySeeds(dir string, real map[string]bool) (files int, bytes int64, err error) {
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
