package quotes

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"sync"
)

// Problem is something wrong with one article file.
type Problem struct {
	Path  string // file path relative to the data folder
	Line  int    // 1-based, 0 when the problem is not at one line
	Err   error
	Fatal bool // the article could not be loaded at all
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", p.Path, p.Line, p.Err)
	}
	return fmt.Sprintf("%s: %v", p.Path, p.Err)
}

func (p Problem) Unwrap() error { return p.Err }

// Report says what Load read: one entry per article file, in path order,
// and every problem.
type Report struct {
	Articles []ArticleReport
	Problems []Problem
}

// Failed reports whether any article could not be loaded.
func (r *Report) Failed() bool {
	for _, p := range r.Problems {
		if p.Fatal {
			return true
		}
	}
	return false
}

// ArticleReport is one row of a check report.
type ArticleReport struct {
	Path     string
	Outlet   string
	Title    string
	Quotes   int
	Unspoken int // quotes without a speaker
	Loaded   bool
}

// ErrNoArticles is returned by Load when the folder holds no article file.
var ErrNoArticles = errors.New("no article files (*.txt, *.html)")

// Load reads every *.txt, *.html and *.htm file below the root of fsys as
// an article and builds an index of their quotations. A file that cannot
// be read as an article is reported in the Report and skipped; the others
// still load. The error is non-nil only when the folder itself cannot be
// read, it holds no article files, or ctx ends; Load then returns without
// waiting for a file read still in progress.
func Load(ctx context.Context, fsys fs.FS) (*Index, *Report, error) {
	files, err := listArticles(ctx, fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("reading data folder: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, ErrNoArticles
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.path
	}
	type parsed struct {
		art *Article
		err error
		sum [32]byte
	}
	results := make([]parsed, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f := files[i]
				if f.err != nil {
					results[i].err = f.err
					continue
				}
				r := &results[i]
				r.art, r.sum, r.err = readArticle(fsys, f)
			}
		}()
	}
	finished := make(chan struct{})
	go func() {
		defer close(finished)
	feed:
		for i := range files {
			select {
			case next <- i:
			case <-ctx.Done():
				break feed
			}
		}
		close(next)
		wg.Wait()
	}()
	// A read stuck on a hung file system must not hold up the refresh that
	// gave up on it, nor the next one.
	select {
	case <-finished:
	case <-ctx.Done():
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	rep := &Report{}
	var arts []*Article
	seen := map[[32]byte]string{}
	for i, r := range results {
		if files[i].notArticle {
			rep.Problems = append(rep.Problems, Problem{Path: paths[i], Err: r.err})
			continue
		}
		row := ArticleReport{Path: paths[i]}
		switch {
		case r.err != nil:
			rep.Problems = append(rep.Problems, problemFor(paths[i], r.err))
		case seen[r.sum] != "":
			rep.Problems = append(rep.Problems, Problem{Path: paths[i], Err: fmt.Errorf("same text as %s: skipped", seen[r.sum])})
		default:
			seen[r.sum] = paths[i]
			a := r.art
			arts = append(arts, a)
			rep.Problems = append(rep.Problems, a.Problems...)
			row.Loaded = true
		}
		rep.Articles = append(rep.Articles, row)
	}
	ix := NewIndex(arts)
	// Fill the rows after NewIndex, which settles the speakers.
	k := 0
	for i := range rep.Articles {
		if !rep.Articles[i].Loaded {
			continue
		}
		a := arts[k]
		k++
		row := &rep.Articles[i]
		row.Outlet, row.Title, row.Quotes = a.Outlet, a.Title, len(a.Quotes)
		for _, q := range a.Quotes {
			if q.Speaker == "" {
				row.Unspoken++
			}
		}
	}
	return ix, rep, nil
}

// problemFor turns the error of a file that did not load into a Problem,
// taking a line number out of a header error.
func problemFor(p string, err error) Problem {
	pr := Problem{Path: p, Err: err, Fatal: true}
	var he *HeaderError
	var le *LineError
	switch {
	case errors.As(err, &he):
		pr.Line = he.Line
		pr.Err = errors.New("header: " + he.Msg)
	case errors.As(err, &le):
		pr.Line, pr.Err = le.Line, le.Err
	}
	return pr
}
