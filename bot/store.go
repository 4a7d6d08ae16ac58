package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"quotebot/quotes"
)

// Source loads a fresh index, as quotes.Load does from a folder.
type Source func(ctx context.Context) (*quotes.Index, *quotes.Report, error)

// DirSource loads the article files in dir. The folder is looked at anew on
// every load, so that a folder deleted or unmounted since start-up fails the
// refresh with a clear reason instead of yielding an empty index. What was
// extracted from each file is kept in the folder's cache (quotes.Cache),
// so that a refresh or a restart extracts only files not seen before; a
// folder whose cache cannot be written, such as a read-only one, is
// loaded without, which log says once (nil: slog's default logger).
func DirSource(dir string, log *slog.Logger) Source {
	if log == nil {
		log = slog.Default()
	}
	var (
		mu     sync.Mutex // one load at a time, as the loader loads
		loader quotes.Loader
		warned bool // that there is no cache, or it failed
	)
	cache := func() {
		if loader.Cache == nil {
			c, err := quotes.OpenCache(dir)
			if err == nil {
				loader.Cache = c
			} else if !warned {
				warned = true
				log.Warn("loading without a cache: every start and refresh extracts every article", "data", dir, "err", err)
			}
		} else if err := loader.Cache.Err(); err != nil && !warned {
			warned = true
			log.Warn("the cache stopped being written", "data", dir, "err", err)
		}
	}
	return func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
		mu.Lock()
		defer mu.Unlock()
		fi, err := os.Stat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, nil, fmt.Errorf("data folder %s is gone: %w", dir, pathless(err))
		case err != nil:
			return nil, nil, fmt.Errorf("data folder %s: %w", dir, pathless(err))
		case !fi.IsDir():
			return nil, nil, fmt.Errorf("data folder %s: %w", dir, errNotFolder)
		}
		// A Root keeps every read inside the folder, links included.
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, nil, fmt.Errorf("data folder %s: %w", dir, pathless(err))
		}
		defer root.Close()
		cache()
		ix, rep, err := loader.Load(ctx, quotes.FolderFS(root))
		cache()
		if err != nil {
			return nil, rep, fmt.Errorf("data folder %s: %w", dir, err)
		}
		return ix, rep, nil
	}
}

// errNotFolder is why a data folder that has become a file cannot load.
var errNotFolder = errors.New("is not a folder")

// pathless drops the operation and path an *fs.PathError repeats, as the
// message that wraps it already names the folder.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// FSSource loads the article files at the root of fsys, such as the
// built-in articles in quotebot/data.
func FSSource(fsys fs.FS) Source {
	return func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
		return quotes.Load(ctx, fsys)
	}
}

// Store holds the index the bot answers from. Lookups read it without
// locking; a refresh builds a whole new index and swaps it in, so a lookup
// sees either the old index or the new one, never a mix. Refreshes run one
// at a time.
type Store struct {
	source Source
	cur    atomic.Pointer[snapshot]
	// refreshing is a one-slot semaphore rather than a mutex so that a
	// waiting refresh can give up when its context ends.
	refreshing chan struct{}
	untidy     atomic.Int32 // refreshes whose quotes.Report.Tidy has not finished

	mu      sync.Mutex
	pending *func() // what Start left to Settle, nil when nothing
}

// NewStore returns a Store that loads from source. It holds no index until
// the first Refresh succeeds.
func NewStore(source Source) *Store {
	return &Store{source: source, refreshing: make(chan struct{}, 1)}
}

// Index returns the index currently serving, nil before the first
// successful refresh.
func (s *Store) Index() *quotes.Index {
	if snap := s.cur.Load(); snap != nil {
		return snap.ix
	}
	return nil
}

// serving returns the snapshot currently serving, nil before the first
// successful refresh.
func (s *Store) serving() *snapshot { return s.cur.Load() }

// Change is what a refresh did.
type Change struct {
	Articles, Quotes int // in the index now serving
	// AddedArticles and RemovedArticles are the paths of the articles
	// that appeared or disappeared, compared with the index served
	// before; AddedQuotes and RemovedQuotes count the quotations.
	AddedArticles, RemovedArticles []string
	AddedQuotes, RemovedQuotes     int
	// Problems are the article files that were skipped or are suspect.
	Problems []quotes.Problem
	// Extracted counts the article files read anew; the others had not
	// changed since the last load or are in the cache.
	Extracted int
	// Took is how long the refresh took.
	Took time.Duration
}

// ErrNothingLoaded is the reason a refresh fails when the folder can be
// read but holds no article that loads.
var ErrNothingLoaded = errors.New("no article could be loaded")

// errRefreshRunning is the reason a refresh fails when ctx ended while it
// waited for another one to finish; the error wraps ctx's error too.
var errRefreshRunning = errors.New("another refresh is still running")

// Refresh loads the source again and, if it yields at least one article,
// makes the new index serve. On failure the previous index keeps serving
// and the error says why; the returned Change, if not nil, lists the
// problems found on the way.
func (s *Store) Refresh(ctx context.Context) (*Change, error) {
	return s.refresh(ctx, false)
}

// Start is Refresh for the first load of a process, which answers as soon
// as the index serves: it leaves the cache to take the index, which takes
// a second or more for a million quotations, to Settle, so that the
// process can listen first. Settling holds from when the index serves
// until Settle is done. A refresh settles first, and a process that ends
// before Settle loses only time: the cache writes the index atomically,
// and the next start, finding the index an earlier run saved or none,
// takes from the saved index only the articles whose files are as they
// were.
func (s *Store) Start(ctx context.Context) (*Change, error) {
	return s.refresh(ctx, true)
}

// Settle lets the cache take the index Start made serve, and returns once
// it has; it does nothing when there is nothing to settle. Calls while
// another is taking it wait for it to finish.
func (s *Store) Settle() {
	s.mu.Lock()
	settle := s.pending
	s.mu.Unlock()
	if settle == nil {
		return
	}
	(*settle)()
	// Forgotten once done, as it holds the index it saved.
	s.mu.Lock()
	if s.pending == settle {
		s.pending = nil
	}
	s.mu.Unlock()
}

func (s *Store) refresh(ctx context.Context, later bool) (*Change, error) {
	select {
	case s.refreshing <- struct{}{}:
	default:
		// Taking a free slot first keeps a context that has already
		// ended from being reported as waiting for a refresh.
		select {
		case s.refreshing <- struct{}{}:
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: %w", errRefreshRunning, ctx.Err())
		}
	}
	defer func() { <-s.refreshing }()
	// What Start left is done before anything else writes the cache; the
	// loader would do it too, but Settling must end with it.
	s.Settle()

	start := time.Now()
	ix, rep, err := s.source(ctx)
	var problems []quotes.Problem
	extracted := 0
	if rep != nil {
		problems, extracted = rep.Problems, rep.Extracted
	}
	if err != nil {
		return &Change{Problems: problems}, err
	}
	if ix == nil || ix.NumArticles() == 0 {
		return &Change{Problems: problems}, ErrNothingLoaded
	}
	// Settling holds from the moment the new index serves.
	s.untidy.Add(1)
	var old *quotes.Index
	if prev := s.cur.Swap(newSnapshot(ix)); prev != nil {
		old = prev.ix
	}
	c := diff(old, ix)
	c.Problems, c.Extracted, c.Took = problems, extracted, time.Since(start).Round(time.Millisecond)
	// The new index serves while the cache takes it; a refresh ends when
	// the cache has. Building left the old index, once lookups let go of
	// it, and the scratch of building as garbage: a process that gives
	// the memory back now holds what its index takes, not its high-water
	// mark.
	settle := func() {
		if rep != nil && rep.Tidy != nil {
			rep.Tidy()
		}
		s.untidy.Add(-1)
		go debug.FreeOSMemory()
	}
	if later {
		settle = sync.OnceFunc(settle)
		s.mu.Lock()
		s.pending = &settle
		s.mu.Unlock()
		return c, nil
	}
	settle()
	return c, nil
}

// Settling reports whether the cache is still taking, or has yet to take,
// the index a refresh or Start serves: the process does more than answer,
// and holds more memory than it will.
func (s *Store) Settling() bool { return s.untidy.Load() > 0 }

func diff(old, cur *quotes.Index) *Change {
	c := &Change{Articles: cur.NumArticles(), Quotes: cur.Len()}
	var oldArticles []string
	if old != nil {
		oldArticles = articlePaths(old)
	}
	c.AddedArticles, c.RemovedArticles = compare(oldArticles, articlePaths(cur))
	c.AddedQuotes, c.RemovedQuotes = quotes.ChangedQuotes(old, cur)
	return c
}

func articlePaths(ix *quotes.Index) []string {
	p := make([]string, ix.NumArticles())
	for i := range p {
		p[i] = ix.ArticleAt(i).Path
	}
	return p
}

// compare returns the sorted names in b but not a, and in a but not b.
func compare(a, b []string) (added, removed []string) {
	in := func(list []string) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, s := range list {
			m[s] = true
		}
		return m
	}
	inA, inB := in(a), in(b)
	for s := range inB {
		if !inA[s] {
			added = append(added, s)
		}
	}
	for s := range inA {
		if !inB[s] {
			removed = append(removed, s)
		}
	}
	sort.Strings(added)
	sort.Strings(removed)
	return added, removed
}
