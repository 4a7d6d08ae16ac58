package quotes

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
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

// Cache is a data folder's CacheDir. Nothing read from it is trusted: an
// entry that is truncated, corrupt, of another version or for another
// text is extracted anew and written again. Writes go to a temporary file
// renamed into place, so that a reader sees a whole entry or none; they
// are not synced, as an entry a crash cut short is told by its checksum.
// A Cache does nothing in the background, and is safe for concurrent use.
type Cache struct {
	root    *os.Root
	entries string // the folder of this version's entries

	mu     sync.Mutex
	dirs   map[string]bool // entry folders known to exist
	failed error           // the first write that failed: writing stops
}

// entriesDir names the folder of the entries of this version.
func entriesDir() string { return fmt.Sprintf("extract-%d-%d", cacheVersion, extract.Version) }

// maxEntryBytes bounds what is read of an entry: what an article yields is
// never much larger than the article.
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
	c := &Cache{root: root, entries: entriesDir(), dirs: map[string]bool{}}
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

// Close closes the cache.
func (c *Cache) Close() error { return c.root.Close() }

// Err returns the first write to the cache that failed, if any; the cache
// has written nothing since.
func (c *Cache) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// entryPath is where the entry of key is kept: in one of 256 folders, so
// that none grows too large to list.
func (c *Cache) entryPath(key [32]byte) (dir, name string) {
	h := hex.EncodeToString(key[:])
	dir = path.Join(c.entries, h[:2])
	return dir, path.Join(dir, h)
}

// get returns what was extracted from what key names, if the cache holds
// it whole and of this version.
func (c *Cache) get(key [32]byte) (*extracted, bool) {
	_, name := c.entryPath(key)
	f, err := c.root.Open(name)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxEntryBytes+1))
	if err != nil || len(data) > maxEntryBytes {
		return nil, false
	}
	x, err := decodeEntry(key, data)
	return x, err == nil
}

// put keeps x as what was extracted from what key names. A failure is
// kept for Err, and stops writing.
func (c *Cache) put(key [32]byte, x *extracted) {
	dir, name := c.entryPath(key)
	c.write(dir, name, encodeEntry(key, x))
}

// write puts data in the file name, in the folder dir, atomically.
func (c *Cache) write(dir, name string, data []byte) {
	c.mu.Lock()
	if c.failed != nil {
		c.mu.Unlock()
		return
	}
	known := c.dirs[dir]
	c.mu.Unlock()
	err := func() error {
		if !known {
			if err := c.root.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		tmp, err := c.writeTemp(data)
		if err != nil {
			if tmp != "" {
				c.root.Remove(tmp)
			}
			return err
		}
		if err := c.root.Rename(tmp, name); err != nil {
			c.root.Remove(tmp)
			return err
		}
		return nil
	}()
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case err == nil:
		c.dirs[dir] = true
	case c.failed == nil:
		c.failed = fmt.Errorf("cache: writing %s: %w", name, unwrapPath(err))
	}
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
	var b [8]byte
	rand.Read(b[:])
	name := tempPrefix + hex.EncodeToString(b[:])
	f, err := c.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	return f, name, err
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

// remove removes the entries of keys.
func (c *Cache) remove(keys [][32]byte) {
	for _, k := range keys {
		_, name := c.entryPath(k)
		c.root.Remove(name)
	}
}

// prune removes the entries of texts not in keep, looking through them
// all.
func (c *Cache) prune(keep map[[32]byte]bool) {
	fsys := c.root.FS()
	dirs, err := fs.ReadDir(fsys, c.entries)
	if err != nil {
		return
	}
	for _, d := range dirs {
		dir := path.Join(c.entries, d.Name())
		names, err := fs.ReadDir(fsys, dir)
		if err != nil {
			continue
		}
		for _, n := range names {
			var key [32]byte
			if b, err := hex.DecodeString(n.Name()); err == nil && len(b) == len(key) {
				copy(key[:], b)
				if keep[key] {
					continue
				}
			}
			c.root.Remove(path.Join(dir, n.Name()))
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
