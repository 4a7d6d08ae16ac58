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
// an article and builds an index of their quotations, keeping each
// article's text (Article.Body). A file that cannot be read as an article
// is reported in the Report and skipped; the others still load. The error
// is non-nil only when the folder itself cannot be read, it holds no
// article files, or ctx ends; Load then returns without waiting for a
// file read still in progress.
func Load(ctx context.Context, fsys fs.FS) (*Index, *Report, error) {
	return (&Loader{bodies: true}).Load(ctx, fsys)
}

// Loader loads the articles of a data folder, again and again as the
// folder changes. Unlike Load, it keeps no article's text: an index of a
// large folder answers from much less memory. A Loader loads once at a
// time; its zero value is ready to use.
type Loader struct {
	// Cache, when set, keeps what was extracted from each article file,
	// by the file's content, between loads and runs: only a file not seen
	// before is extracted.
	Cache *Cache

	mu     sync.Mutex
	bodies bool
	// kept are the texts of the last load, whose cache entries were kept;
	// entries are looked through for removal only once one goes.
	kept map[[32]byte]bool
}

// Load is the package's Load, keeping no article's text.
func (l *Loader) Load(ctx context.Context, fsys fs.FS) (*Index, *Report, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	files, err := listArticles(ctx, fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("reading data folder: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, ErrNoArticles
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	rep := &Report{}
	b := newBuilder(nil, l.bodies)
	seen := map[[32]byte]string{}
	keys := map[[32]byte]bool{} // the texts read, whose cache entries are kept
	// Each article goes into the builder as soon as it and those before
	// it are read, so that only the builder's compact copy of the
	// articles read so far stays in memory.
	err = inOrder(ctx, len(files), func(i int) parsed {
		if f := files[i]; f.err != nil {
			return parsed{err: f.err}
		}
		return l.parse(fsys, files[i])
	}, func(i int, r parsed) {
		p := files[i].path
		if files[i].notArticle {
			rep.Problems = append(rep.Problems, Problem{Path: p, Err: r.err})
			return
		}
		row := ArticleReport{Path: p}
		if r.x != nil {
			keys[r.key] = true
		}
		switch {
		case r.err != nil:
			rep.Problems = append(rep.Problems, problemFor(p, r.err))
		case seen[r.sum] != "":
			rep.Problems = append(rep.Problems, Problem{Path: p, Err: fmt.Errorf("same text as %s: skipped", seen[r.sum])})
		default:
			seen[r.sum] = p
			b.add(p, r.key, r.x)
			rep.Problems = append(rep.Problems, b.arts[len(b.arts)-1].articleProblems()...)
			row.Loaded = true
		}
		rep.Articles = append(rep.Articles, row)
	})
	if err != nil {
		return nil, nil, err
	}
	ix := b.finish()
	ix.fillReport(rep)
	if l.Cache != nil && (l.kept == nil || lost(l.kept, keys)) {
		l.Cache.prune(keys)
	}
	l.kept = keys
	return ix, rep, nil
}

// lost reports whether a key of before is not in now.
func lost(before, now map[[32]byte]bool) bool {
	for k := range before {
		if !now[k] {
			return true
		}
	}
	return false
}

// parsed is what loading made of one file.
type parsed struct {
	x   *extracted
	key [32]byte // names what x was extracted from
	sum [32]byte // identifies the file's text, so that a copy is noticed
	err error
}

// parse reads and extracts the article file f.
func (l *Loader) parse(fsys fs.FS, f articleFile) parsed {
	ad, err := readArticle(fsys, f)
	if err != nil {
		return parsed{err: err}
	}
	r := parsed{sum: ad.sum(), key: ad.key()}
	if l.Cache != nil {
		if x, ok := l.Cache.get(r.key); ok {
			r.x = x
			return r
		}
	}
	a, err := ad.parse()
	if err != nil {
		r.err = err
		return r
	}
	r.x = extractedFrom(a, l.bodies)
	if l.Cache != nil {
		l.Cache.put(r.key, r.x)
	}
	return r
}

// inOrder calls work(i) for 0 ≤ i < n on all cores, and use(i, result)
// on the calling goroutine in the order of i as the results come in. It
// returns when all are used, or as soon as ctx ends, then without waiting
// for a call of work still in progress: a read stuck on a hung file system
// must not hold up the refresh that gave up on it, nor the next one.
func inOrder[T any](ctx context.Context, n int, work func(i int) T, use func(i int, r T)) error {
	type result struct {
		i int
		r T
	}
	// Room for every result, so that a worker never blocks on a caller
	// that has given up.
	done := make(chan result, n)
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		go func() {
			for i := range next {
				done <- result{i, work(i)}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range n {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	pending := map[int]T{}
	for want := 0; want < n; {
		select {
		case r := <-done:
			pending[r.i] = r.r
		case <-ctx.Done():
			return ctx.Err()
		}
		for r, ok := pending[want]; ok; r, ok = pending[want] {
			delete(pending, want)
			use(want, r)
			want++
		}
	}
	return ctx.Err()
}

// fillReport fills the rows of the loaded articles, in the index's order,
// once the speakers are settled.
func (ix *Index) fillReport(rep *Report) {
	k := 0
	for i := range rep.Articles {
		row := &rep.Articles[i]
		if !row.Loaded {
			continue
		}
		a := &ix.arts[k]
		k++
		row.Outlet, row.Title, row.Quotes = a.outlet, a.title, int(a.count)
		for d := a.first; d < a.first+a.count; d++ {
			if ix.speakerOf[d] == 0 {
				row.Unspoken++
			}
		}
	}
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
