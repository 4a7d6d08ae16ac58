package quotes

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"time"
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
	// Extracted counts the files extracted by this load; the others were
	// taken from the last index or the cache as their content had not
	// changed.
	Extracted int
	// Tidy, when not nil, saves the index just built in the cache and
	// removes the entries no load needs any more. A Loader leaves it to
	// the caller, to run once the index serves, since saving a million
	// quotations' index takes a second or more; the next Load runs it if
	// the caller has not. It runs once, however often it is called.
	Tidy func()
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
// large folder answers from much less memory. A file whose stamps
// (inode, size, modification and change times; Linux only) are as they
// were at the last load is not read again, and an article whose file
// has the same content as one in the last index the Loader built is
// taken from that index, words and all,
// not extracted again; when nothing changed, that index is returned
// again. With a Cache, the last index is saved there, and a Loader's
// first load starts from the one saved. A Loader loads once at a time;
// its zero value is ready to use.
type Loader struct {
	// Cache, when set, keeps what was extracted from each article file,
	// by the file's content, between loads and runs: only a file not seen
	// before is extracted.
	Cache *Cache

	mu     sync.Mutex
	bodies bool
	now    func() time.Time // the clock, time.Now when nil
	prev   *Index           // the last index loaded
	files  []fileState      // what prev's articles' files are now, nil for unknown
	tidy   func()           // the last load's Report.Tidy, nil once run
}

// Load is the package's Load, keeping no article's text.
func (l *Loader) Load(ctx context.Context, fsys fs.FS) (*Index, *Report, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var saved chan *Index
	if l.prev == nil && l.Cache != nil {
		// A start: the index the last run saved is the last index, if it
		// is whole and of this version. It is read while the folder is
		// listed, on the other core: a restart is mostly these two.
		saved = make(chan *Index, 1)
		go func() {
			ix, _ := l.Cache.loadIndex()
			saved <- ix
		}()
	}
	files, err := listArticles(ctx, fsys)
	if saved != nil {
		if l.prev = <-saved; l.prev != nil {
			l.files = l.prev.files
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("reading data folder: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, ErrNoArticles
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	if l.tidy != nil {
		// Before this load writes entries that the last one's pruning,
		// which did not know them, would remove.
		l.tidy()
		l.tidy = nil
	}
	ld := newLoading(l.prev, l.files, l.bodies)
	// Closed when the load ends, or gives up: a file read still in
	// progress then fails, and what it read is not used.
	rd := newFileReader(fsys)
	defer rd.close()
	var splitters []*splitter // by worker
	err = inOrder(ctx, len(files), loadBatch(len(files)), func(w int) {
		splitters = append(splitters, newSplitter(w))
	}, func(w, from, to int) []parsed {
		rs := make([]parsed, to-from)
		for i := from; i < to; i++ {
			if f := files[i]; f.err != nil {
				rs[i-from] = parsed{reuse: -1, err: f.err}
			} else {
				rs[i-from] = l.parse(rd, fsys, f, ld)
			}
		}
		// The batch's words together, while the worker's table of them
		// is in the processor's caches, which extraction fills.
		for k := range rs {
			if x := rs[k].x; x != nil {
				rs[k].words = splitters[w].split(len(x.quotes), func(i int) string { return x.quotes[i].text })
			}
		}
		return rs
	}, func(i int, r parsed) {
		ld.use(files[i], r)
		ld.expect(i+1, len(files))
	})
	if l.Cache != nil {
		l.Cache.flush()
	}
	if err != nil {
		return nil, nil, err
	}
	ix := ld.index()
	ix.fillReport(ld.rep)
	if c := l.Cache; c != nil {
		save, keys := ix != l.prev, ld.keys
		l.tidy = sync.OnceFunc(func() {
			if save {
				c.saveIndex(ix)
			}
			c.prune(keys)
		})
		ld.rep.Tidy = l.tidy
	}
	l.prev, l.files = ix, ix.files
	if ix == ld.prev {
		// The same index, and the files as they are now: one read in the
		// tick it changed may have a stamp to trust since.
		l.files = ld.files
	}
	return ix, ld.rep, nil
}

// clock returns the time now.
func (l *Loader) clock() time.Time {
	if l.now != nil {
		return l.now()
	}
	return time.Now()
}

// loading is one load's work as the files come in, in path order.
type loading struct {
	rep       *Report
	b         *builder
	prev      *Index
	known     map[[32]byte]int // prev's articles by key
	prevFiles []fileState      // what prev's articles' files were
	byPath    map[string]int   // prev's articles whose file is known, by path
	seen      map[[32]byte]string
	keys      map[[32]byte]bool // the texts read, whose cache entries are kept
	// same holds while every article so far is prev's, in its order:
	// then nothing is built until one is not, and if none is, prev is
	// the index. files are what their files are now.
	same   bool
	loaded int
	files  []fileState
}

func newLoading(prev *Index, files []fileState, bodies bool) *loading {
	ld := &loading{rep: &Report{}, b: newBuilder(prev, bodies), prev: prev, prevFiles: files,
		seen: map[[32]byte]string{}, keys: map[[32]byte]bool{}, same: prev != nil}
	if prev != nil {
		ld.known = make(map[[32]byte]int, len(prev.arts))
		for i, a := range prev.arts {
			ld.known[a.key] = i
		}
		if files != nil {
			ld.byPath = make(map[string]int, len(prev.arts))
			for i, a := range prev.arts {
				if files[i].stamp != (fileStamp{}) {
					ld.byPath[a.path] = i
				}
			}
		}
	}
	return ld
}

// unchanged returns the article of prev whose file f is, unread, if the
// file system says it has not changed since: a text file whose stamp is
// the one it had when it was read.
func (ld *loading) unchanged(rd fileReader, f articleFile) (int, bool) {
	ai, ok := ld.byPath[f.path]
	if !ok || f.read != f.path {
		return 0, false
	}
	st, ok := rd.stamp(f.read)
	return ai, ok && st == ld.prevFiles[ai].stamp
}

// use takes in what was made of the file f.
func (ld *loading) use(f articleFile, r parsed) {
	p := f.path
	if f.notArticle {
		ld.rep.Problems = append(ld.rep.Problems, Problem{Path: p, Err: r.err})
		return
	}
	row := ArticleReport{Path: p}
	if r.words != nil {
		ld.b.vocab.take(r.words)
	}
	if r.x != nil || r.reuse >= 0 {
		ld.keys[r.key] = true
	}
	if r.fresh {
		ld.rep.Extracted++
	}
	switch {
	case r.err != nil:
		ld.rep.Problems = append(ld.rep.Problems, problemFor(p, r.err))
	case ld.seen[r.sum] != "":
		ld.rep.Problems = append(ld.rep.Problems, Problem{Path: p, Err: fmt.Errorf("same text as %s: skipped", ld.seen[r.sum])})
	default:
		ld.seen[r.sum] = p
		ld.add(p, r)
		row.Loaded = true
	}
	ld.rep.Articles = append(ld.rep.Articles, row)
}

// expect makes room in the builder for the files still to come, as the
// seen files so far suggest, when seen is a power of two from 64 on: a
// cold load does not know how many quotations a folder holds, and
// growing each array of a million quotations by doubling would copy it
// again and again.
func (ld *loading) expect(seen, files int) {
	if seen < 64 || seen&(seen-1) != 0 || ld.same {
		return
	}
	b := ld.b
	more := func(n int) int { return int(float64(n) / float64(seen) * float64(files-seen)) }
	docs, words := more(len(b.ids)), more(b.docTerms.size())
	if cap(b.ids)-len(b.ids) < docs || b.docTerms.spare() < words {
		// An eighth more, so that the next guess, a little larger,
		// finds room.
		b.grow(files-seen, docs+docs/8, 0, words+words/8)
	}
}

// add takes in the article at path.
func (ld *loading) add(path string, r parsed) {
	if ld.same && (r.reuse != ld.loaded || ld.prev.arts[r.reuse].path != path) {
		// The first article that is not prev's: what came before it
		// goes into the builder, and everything after.
		ld.same = false
		ld.reuseSoFar()
	}
	ld.loaded++
	var a *articleRec
	switch {
	case ld.same:
		ld.files = append(ld.files, r.file)
		a = &ld.prev.arts[r.reuse]
	case r.reuse >= 0:
		ld.b.reuse(path, r.reuse, r.file)
		a = &ld.b.arts[len(ld.b.arts)-1]
	default:
		ld.b.add(path, r.key, r.x, r.file, r.words)
		a = &ld.b.arts[len(ld.b.arts)-1]
	}
	ld.rep.Problems = append(ld.rep.Problems, a.articleProblems()...)
}

// reuseSoFar puts prev's articles taken in so far into the builder, which
// then starts to build.
func (ld *loading) reuseSoFar() {
	// The size of the last index and a little more, so that copying it
	// over and adding an article or two copies nothing twice. A
	// thirty-second more is less than fit and strListBuilder.list give
	// back: the arrays and the texts' one chunk are kept as they are. A
	// load that ends with prev's articles as they were builds nothing,
	// and makes no room.
	p := ld.prev
	more := func(n int) int { return n + n/32 }
	ld.b.grow(more(len(p.arts)), more(p.n), more(p.texts.size()), more(len(p.docTerms.data)))
	ld.b.sentences.grow(more(p.sentences.size()))
	for i := range ld.loaded {
		ld.b.reuse(ld.prev.arts[i].path, i, ld.files[i])
	}
}

// index returns the index of the articles taken in.
func (ld *loading) index() *Index {
	if ld.same && ld.loaded == len(ld.prev.arts) {
		return ld.prev
	}
	if ld.same { // some of prev's articles are gone, from the end
		ld.reuseSoFar()
	}
	return ld.b.finish()
}

// parsed is what loading made of one file.
type parsed struct {
	x     *extracted
	words *splitWords // x's quotations' words
	reuse int         // the article of the last index with the same key, or -1
	fresh bool        // x was extracted now, not found in the cache
	key   [32]byte    // names what x was extracted from
	sum   [32]byte    // identifies the file's text, so that a copy is noticed
	file  fileState
	err   error
}

// parse reads the article file f and extracts it, unless the last index
// holds the article of that file, unchanged since, or of the same content,
// or the cache has what was extracted from it. rd reads the file, fsys
// its sidecar.
func (l *Loader) parse(rd fileReader, fsys fs.FS, f articleFile, ld *loading) parsed {
	if ai, ok := ld.unchanged(rd, f); ok {
		file := ld.prevFiles[ai]
		return parsed{reuse: ai, key: ld.prev.arts[ai].key, sum: file.sum, file: file}
	}
	ad, err := readArticle(rd, fsys, f, l.clock())
	if err != nil {
		return parsed{reuse: -1, err: err}
	}
	r := parsed{reuse: -1}
	r.sum, r.key = ad.hashes()
	r.file = fileState{stamp: ad.stamp, sum: r.sum}
	if i, ok := ld.known[r.key]; ok {
		r.reuse = i
		return r
	}
	if l.Cache != nil {
		r.x, _ = l.Cache.get(r.key)
	}
	if r.x == nil {
		a, err := ad.parse()
		if err != nil {
			r.err = err
			return r
		}
		r.x, r.fresh = extractedFrom(a, l.bodies), true
		if l.Cache != nil {
			l.Cache.put(r.key, r.x)
		}
	}
	return r
}

// loadBatch is how many files a worker of a load of n files reads in a
// row: up to 128, since splitting the quotations of more articles at
// once finds more of the worker's table of words in the processor's
// caches (with 128, splitting a million quotations costs two fifths less
// than with 8), but few enough that each core has some sixteen runs to
// take, so that the cores finish together.
func loadBatch(n int) int {
	return min(128, max(8, n/(16*runtime.GOMAXPROCS(0))))
}

// inOrder calls work(w, from, to) for runs of batch items from 0 to n on
// all cores, w numbering the worker that calls it, which returns the
// results of items from to to-1; and use(i, result) on the calling
// goroutine in the order of i as the results come in. Each worker takes
// its runs in order. start(w) is called for each worker before any
// work. inOrder returns when all are used, or as soon as ctx ends, then
// without waiting for a call of work still in progress: a read stuck on
// a hung file system must not hold up the refresh that gave up on it,
// nor the next one.
func inOrder[T any](ctx context.Context, n, batch int, start func(w int), work func(w, from, to int) []T, use func(i int, r T)) error {
	type result struct {
		from int
		rs   []T
	}
	runs := (n + batch - 1) / batch
	// Room for every result, so that a worker never blocks on a caller
	// that has given up.
	done := make(chan result, runs)
	next := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), runs)
	for w := range workers {
		start(w)
	}
	for w := range workers {
		go func() {
			for from := range next {
				done <- result{from, work(w, from, min(from+batch, n))}
			}
		}()
	}
	go func() {
		defer close(next)
		for from := 0; from < n; from += batch {
			select {
			case next <- from:
			case <-ctx.Done():
				return
			}
		}
	}()
	pending := map[int][]T{}
	for want := 0; want < n; {
		select {
		case r := <-done:
			pending[r.from] = r.rs
		case <-ctx.Done():
			return ctx.Err()
		}
		for rs, ok := pending[want]; ok; rs, ok = pending[want] {
			delete(pending, want)
			for _, r := range rs {
				use(want, r)
				want++
			}
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
