package quotes

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"quotebot/quotes/extract"
)

// CacheDir is the folder, inside a data folder, where quotebot keeps what
// it extracted from each article file, by the file's content, and the
// last index it built, so that a restart or a refresh reads again only
// what changed. Loading skips it, as every hidden folder, and removing it
// costs only the time to make it again.
const CacheDir = ".quotebot"

// Cache is a data folder's CacheDir. It keeps the entries, what was
// extracted from each article, in packs (see pack.go): a load appends
// the entries it makes to packs of its own, so that fifty thousand
// articles cost a few dozen files, not fifty thousand, each of which
// would take longer to create than its article takes to extract.
//
// Nothing read from it is trusted: an entry that is truncated, corrupt,
// of another version or for another text is extracted anew and written
// again. A pack is written to a temporary file renamed into place once
// whole, so that a reader sees a whole pack or none; it is not synced,
// as an entry a crash cut short is told by its checksum. A Cache does
// nothing in the background, and is safe for concurrent use.
type Cache struct {
	root    *os.Root
	entries string // the folder of this version's packs

	mu     sync.Mutex
	failed error // the first write that failed: writing stops
	made   bool  // the entries folder is known to exist
	// read holds once the packs in the entries folder are known; packs
	// and where then hold them, and the packs written since.
	read  bool
	packs map[string]*pack     // by name
	where map[[32]byte]entryAt // the entry kept for each key
	idle  []*packWriter        // packs being written, between puts
}

// entriesDir names the folder of the entries of this version.
func entriesDir() string { return fmt.Sprintf("extract-%d-%d", cacheVersion, extract.Version) }

// maxEntryBytes bounds an entry: what an article yields is never much
// larger than the article. A larger one is not kept.
const maxEntryBytes = 4 * MaxArticleBytes

// OpenCache opens the cache of the data folder dir, making it if need be.
// It fails when the cache cannot be written, as in a read-only folder;
// quotebot then runs without one.
func OpenCache(dir string) (*Cache, error) {
	data, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("cache: data folder: %w", err)
	}
	defer data.Close()
	if err := data.Mkdir(CacheDir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("cache: making %s: %w", filepath.Join(dir, CacheDir), unwrapPath(err))
	}
	root, err := data.OpenRoot(CacheDir)
	if err != nil {
		return nil, fmt.Errorf("cache: opening %s: %w", filepath.Join(dir, CacheDir), unwrapPath(err))
	}
	c := &Cache{root: root, entries: entriesDir(), packs: map[string]*pack{}, where: map[[32]byte]entryAt{}}
	// A cache that cannot be written is no cache: find out now, once.
	probe, err := c.writeTemp([]byte("quotebot"))
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("cache: %s cannot be written: %w", filepath.Join(dir, CacheDir), unwrapPath(err))
	}
	root.Remove(probe)
	c.tidy()
	return c, nil
}

// Close puts the packs being written in place and closes the cache.
func (c *Cache) Close() error {
	c.flush()
	return c.root.Close()
}

// Err returns the first write to the cache that failed, if any; the cache
// has written nothing since.
func (c *Cache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// fail keeps err, about writing what, for Err, unless a write failed
// before; c.mu must be held.
func (c *Cache) fail(what string, err error) {
	if c.failed == nil {
		c.failed = fmt.Errorf("cache: writing %s: %w", what, unwrapPath(err))
	}
}

// get returns what was extracted from what key names, if the cache holds
// it whole and of this version.
func (c *Cache) get(key [32]byte) (*extracted, bool) {
	c.mu.Lock()
	c.readPacks()
	at, ok := c.where[key]
	var f *os.File
	if ok {
		f = c.open(at.p)
	}
	c.mu.Unlock()
	if f == nil {
		return nil, false
	}
	data := make([]byte, at.n)
	if _, err := f.ReadAt(data, int64(at.off)); err != nil {
		return nil, false
	}
	x, err := decodeEntry(key, data)
	if err != nil {
		// What is left of it goes with the next pruning, and a good
		// entry, once written, takes its place.
		c.mu.Lock()
		if c.where[key] == at {
			delete(c.where, key)
		}
		c.mu.Unlock()
		return nil, false
	}
	return x, true
}

// open returns p's file, opened for reading until the next flush; nil
// when it cannot be opened. c.mu must be held.
func (c *Cache) open(p *pack) *os.File {
	if p.f == nil {
		f, err := c.root.Open(p.name)
		if err != nil {
			return nil
		}
		p.f = f
	}
	return p.f
}

// put keeps x as what was extracted from what key names, appending it to
// a pack being written. A failure is kept for Err, and stops writing.
func (c *Cache) put(key [32]byte, x *extracted) {
	c.mu.Lock()
	w := c.writer()
	c.mu.Unlock()
	if w == nil {
		return
	}
	err := w.add(key, x)
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case err != nil:
		c.fail("a pack of entries", err)
		w.discard(c.root)
	case w.full():
		c.place(w)
	default:
		c.idle = append(c.idle, w)
	}
}

// writer returns a pack being written that no put is using, or a new
// one; nil once writing has failed. c.mu must be held.
func (c *Cache) writer() *packWriter {
	if c.failed != nil {
		return nil
	}
	if n := len(c.idle); n > 0 {
		w := c.idle[n-1]
		c.idle = c.idle[:n-1]
		return w
	}
	f, tmp, err := c.createTemp()
	if err != nil {
		c.fail("a pack of entries", err)
		return nil
	}
	return newPackWriter(f, tmp)
}

// place finishes the pack w and renames it into the entries folder,
// where gets find its entries from then on. c.mu must be held.
func (c *Cache) place(w *packWriter) {
	if !c.made {
		if err := c.root.MkdirAll(c.entries, 0o755); err != nil {
			c.fail(c.entries, err)
			w.discard(c.root)
			return
		}
		c.made = true
	}
	name := path.Join(c.entries, packPrefix+randomHex())
	err := w.finish()
	if err == nil {
		err = c.root.Rename(w.tmp, name)
	}
	if err != nil {
		c.fail(name, err)
		w.discard(c.root)
		return
	}
	p := &pack{name: name, dir: w.dir}
	c.packs[name] = p
	for _, e := range p.dir {
		c.where[e.key] = entryAt{p, e.off, e.n}
	}
}

// flush puts the packs being written in place, and closes the packs
// read, which a load holds open only while it runs. A load calls it as
// it ends.
func (c *Cache) flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range c.idle {
		c.place(w)
	}
	c.idle = nil
	for _, p := range c.packs {
		if p.f != nil {
			p.f.Close()
			p.f = nil
		}
	}
}

// readPacks learns the entries of the packs in the entries folder, once:
// from then on the cache knows what it writes itself. A pack whose
// directory cannot be trusted is known with none, and pruning removes
// it. c.mu must be held.
func (c *Cache) readPacks() {
	if c.read {
		return
	}
	c.read = true
	des, err := fs.ReadDir(c.root.FS(), c.entries)
	if err != nil {
		return
	}
	c.made = true
	for _, de := range des {
		name := path.Join(c.entries, de.Name())
		if c.packs[name] != nil {
			continue
		}
		p := &pack{name: name}
		c.packs[name] = p
		if strings.HasPrefix(de.Name(), packPrefix) && de.Type().IsRegular() {
			p.dir = c.readDirectory(name)
		}
		for _, e := range p.dir {
			if _, ok := c.where[e.key]; !ok {
				c.where[e.key] = entryAt{p, e.off, e.n}
			}
		}
	}
}

// prune removes the entries of texts not in keep. A pack left with none
// is removed; one left with some, and packs too small to be worth a file
// of their own (a refresh writes one of an entry or two), are written
// again as new packs of what they keep.
func (c *Cache) prune(keep map[[32]byte]bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.readPacks()
	var again []*pack // the packs to write again
	small := 0
	for _, p := range c.packs {
		live, bytes := c.live(p, keep)
		switch {
		case live == 0:
			c.drop(p)
		case live < len(p.dir):
			again = append(again, p)
		case bytes < packBytes/2:
			again = append(again, p)
			small++
		}
	}
	if len(again) == 1 && small == 1 {
		return // alone, a small pack stays as it is
	}
	var w *packWriter
	for _, p := range again {
		f := c.open(p)
		if f == nil {
			c.drop(p)
			continue
		}
		for _, e := range p.dir {
			if c.where[e.key] != (entryAt{p, e.off, e.n}) || !keep[e.key] {
				continue
			}
			data := make([]byte, e.n)
			if _, err := f.ReadAt(data, int64(e.off)); err != nil || !intactEntry(e.key, data) {
				continue
			}
			if w == nil {
				if w = c.writer(); w == nil {
					return // the packs stay as they are
				}
			}
			if err := w.addEntry(e.key, data); err != nil {
				c.fail("a pack of entries", err)
				w.discard(c.root)
				return
			}
			if w.full() {
				c.place(w)
				w = nil
			}
		}
	}
	if w != nil {
		c.place(w)
	}
	if c.failed != nil {
		return // the old packs hold what the new ones may not
	}
	for _, p := range again {
		c.drop(p)
	}
}

// live counts the entries of p that the cache keeps for a key of keep,
// and their bytes. c.mu must be held.
func (c *Cache) live(p *pack, keep map[[32]byte]bool) (n, bytes int) {
	for _, e := range p.dir {
		if keep[e.key] && c.where[e.key] == (entryAt{p, e.off, e.n}) {
			n++
			bytes += int(e.n)
		}
	}
	return n, bytes
}

// drop removes the pack p and forgets its entries. c.mu must be held.
func (c *Cache) drop(p *pack) {
	if p.f != nil {
		p.f.Close()
		p.f = nil
	}
	for _, e := range p.dir {
		if c.where[e.key].p == p {
			delete(c.where, e.key)
		}
	}
	delete(c.packs, p.name)
	c.root.Remove(p.name)
}

// tempPrefix starts the names of files being written.
const tempPrefix = ".tmp-"

// writeTemp writes data to a new temporary file and returns its name.
func (c *Cache) writeTemp(data []byte) (string, error) {
	f, name, err := c.createTemp()
	if err != nil {
		return "", err
	}
	_, werr := f.Write(data)
	return name, errors.Join(werr, f.Close())
}

// createTemp creates a new temporary file and returns it with its name
// in the cache folder.
func (c *Cache) createTemp() (*os.File, string, error) {
	name := tempPrefix + randomHex()
	f, err := c.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	return f, name, err
}

// randomHex returns a name no other file is likely to have.
func randomHex() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// staleTemp is how old a temporary file must be to be taken for the
// leftover of a process that stopped while writing, not the work of
// another process sharing the folder.
const staleTemp = 10 * time.Minute

// tidy removes the entries of other versions and leftover temporary
// files.
func (c *Cache) tidy() {
	des, err := fs.ReadDir(c.root.FS(), ".")
	if err != nil {
		return
	}
	for _, de := range des {
		name := de.Name()
		switch {
		case de.IsDir() && strings.HasPrefix(name, "extract-") && name != c.entries:
			c.root.RemoveAll(name)
		case strings.HasPrefix(name, tempPrefix):
			if info, err := de.Info(); err == nil && time.Since(info.ModTime()) > staleTemp {
				c.root.Remove(name)
			}
		}
	}
}

// unwrapPath drops the path an *fs.PathError repeats, as the message that
// wraps it names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
