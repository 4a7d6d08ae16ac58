package quotes

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// cacheArticles are the files of a data folder loaded through a cache.
var cacheArticles = map[string]string{
	"a.txt":     "---\noutlet: Harbour Herald\ntitle: Ferry to resume\n---\nFerry to resume\n\n\"We have waited three winters for this,\" harbour master Ines Carvalho told reporters.\n",
	"b.txt":     "---\noutlet: Island Post\ntitle: Market day\n---\nMarket day\n\n\"The stalls open at dawn,\" said Tomas Berg, who runs the market.\n",
	"sub/c.txt": "---\noutlet: Island Post\ntitle: Lighthouse keeper retires\n---\nLighthouse keeper retires\n\n\"Every storm taught me something about patience,\" Agnes Whitlow said.\n",
}

// writeArticles writes files into a new data folder and returns it.
func writeArticles(t *testing.T, files map[string]string) string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}

// cachedLoad loads dir through a new Loader with a new Cache, as a
// process starting does.
func cachedLoad(t *testing.T, dir string) (*Index, *Report) {
	t.Helper()
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	l := Loader{Cache: c}
	ix, rep, err := l.Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	rep.Tidy()
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Err(); err != nil {
		t.Fatal(err)
	}
	return ix, rep
}

// textKey returns the key of the text of the article file name.
func textKey(name, text string) [32]byte {
	return keyOf(articleData{path: name, data: []byte(text)})
}

// packsOf returns the paths of the packs of dir's cache.
func packsOf(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, CacheDir, entriesDir(), packPrefix+"*"))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// cacheEntries returns the entries the packs of dir's cache hold, by
// key, failing t if a pack's directory does not read.
func cacheEntries(t *testing.T, dir string) map[[32]byte][]byte {
	t.Helper()
	entries := map[[32]byte][]byte{}
	for _, name := range packsOf(t, dir) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseDirectory(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, e := range d {
			entries[e.key] = data[e.off : e.off+e.n]
		}
	}
	return entries
}

// rewritePacks replaces the packs of dir's cache by one holding each
// entry as edit returns it, leaving out those it returns nil for.
func rewritePacks(t *testing.T, dir string, edit func(key [32]byte, e []byte) []byte) {
	t.Helper()
	entries := cacheEntries(t, dir)
	for _, name := range packsOf(t, dir) {
		must(t, os.Remove(name))
	}
	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.writer()
	for key, e := range entries {
		if e = edit(key, e); e != nil {
			must(t, w.addEntry(key, e))
		}
	}
	c.place(w)
	must(t, c.failed)
}

func titles(ix *Index) string {
	var ts []string
	for i := range ix.NumArticles() {
		ts = append(ts, ix.ArticleAt(i).Title)
	}
	return strings.Join(ts, "|")
}

// A restart without a saved index takes what was extracted from the
// cache and extracts nothing; an entry that is cut short, of another
// version or corrupt is found anew and written again; entries of removed
// articles go.
func TestLoaderCache(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	first, rep := cachedLoad(t, dir)
	if len(rep.Articles) != 3 || len(rep.Problems) != 0 {
		t.Fatalf("first load: %+v", rep)
	}
	entries := cacheEntries(t, dir)
	for name, text := range cacheArticles {
		if _, ok := entries[textKey(name, text)]; !ok {
			t.Errorf("no cache entry for %s", name)
		}
	}
	if n := len(packsOf(t, dir)); n != 1 {
		t.Errorf("the entries of one load are in %d packs, want 1", n)
	}

	// The entry of a.txt now says something its file does not: a load
	// that shows it took it from the cache rather than the file. That of
	// b.txt is cut short, and one byte of c.txt's changed.
	aKey, bKey, cKey := textKey("a.txt", cacheArticles["a.txt"]), textKey("b.txt", cacheArticles["b.txt"]), textKey("sub/c.txt", cacheArticles["sub/c.txt"])
	rewritePacks(t, dir, func(key [32]byte, e []byte) []byte {
		switch key {
		case aKey:
			x, err := decodeEntry(key, e)
			if err != nil {
				t.Fatal(err)
			}
			x.title = "Told by the cache"
			return appendEntry(nil, key, x)
		case bKey:
			return e[:len(e)/2]
		case cKey:
			e = bytes.Clone(e)
			e[len(e)-9] ^= 0x10 // inside the last field, not the checksum
		}
		return e
	})

	// Without the index the first load saved, the restart reads the
	// entries.
	must(t, os.Remove(filepath.Join(dir, CacheDir, savedIndex)))
	again, rep := cachedLoad(t, dir)
	if got, want := titles(again), "Told by the cache|Market day|Lighthouse keeper retires"; got != want {
		t.Errorf("titles after a restart %q, want %q", got, want)
	}
	if again.Len() != first.Len() || len(rep.Problems) != 0 || rep.Extracted != 2 {
		t.Errorf("restart: %d quotations, %d extracted, problems %v; want %d, 2 and none", again.Len(), rep.Extracted, rep.Problems, first.Len())
	}
	entries = cacheEntries(t, dir)
	for _, key := range [][32]byte{bKey, cKey} {
		if _, err := decodeEntry(key, entries[key]); err != nil {
			t.Errorf("entry %x not written again: %v", key[:4], err)
		}
	}
	if n := len(packsOf(t, dir)); n != 1 {
		t.Errorf("%d packs after a restart that wrote two entries, want them merged into 1", n)
	}

	must(t, os.Remove(filepath.Join(dir, "sub", "c.txt")))
	if ix, _ := cachedLoad(t, dir); ix.NumArticles() != 2 {
		t.Fatalf("%d articles after a removal", ix.NumArticles())
	}
	entries = cacheEntries(t, dir)
	if _, ok := entries[cKey]; ok {
		t.Error("the entry of a removed article is kept")
	}
	if _, ok := entries[aKey]; !ok {
		t.Error("the entry of a kept article is gone")
	}
}

// A pack whose directory cannot be trusted is no pack: its articles are
// extracted anew, and it is removed. Refreshes that each add an article
// leave one small pack, not one each.
func TestCachePacks(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	cachedLoad(t, dir)
	packs := packsOf(t, dir)
	if len(packs) != 1 {
		t.Fatalf("%d packs, want 1", len(packs))
	}
	data, err := os.ReadFile(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-packTail-1] ^= 1 // in the directory
	must(t, os.WriteFile(packs[0], data, 0o644))
	must(t, os.Remove(filepath.Join(dir, CacheDir, savedIndex)))
	if _, rep := cachedLoad(t, dir); rep.Extracted != 3 {
		t.Errorf("%d articles extracted beside a corrupt pack, want 3", rep.Extracted)
	}
	if now := packsOf(t, dir); len(now) != 1 || now[0] == packs[0] {
		t.Errorf("packs %v after a corrupt %s", now, packs[0])
	}
	if n := len(cacheEntries(t, dir)); n != 3 {
		t.Errorf("%d entries, want 3", n)
	}

	c, err := OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	l := Loader{Cache: c}
	for i := range 5 {
		must(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("added-%d.txt", i)), []byte(fmt.Sprintf("Ferries\n\n\"We have waited %d winters,\" said Ines Carvalho.\n", i)), 0o644))
		_, rep, err := l.Load(context.Background(), os.DirFS(dir))
		if err != nil || rep.Extracted != 1 {
			t.Fatalf("refresh %d: %v, %d extracted", i, err, rep.Extracted)
		}
		rep.Tidy()
		if n := len(packsOf(t, dir)); n != 1 {
			t.Errorf("refresh %d: %d packs, want 1", i, n)
		}
	}
	if n := len(cacheEntries(t, dir)); n != 8 {
		t.Errorf("%d entries, want 8", n)
	}
}

// The cache is no article: a load and a check never report it.
func TestCacheIsNotAnArticle(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	cachedLoad(t, dir)
	must(t, os.WriteFile(filepath.Join(dir, CacheDir, "notes.txt"), []byte("\"not an article,\" said nobody."), 0o644))
	_, rep := cachedLoad(t, dir)
	for _, a := range rep.Articles {
		if strings.HasPrefix(a.Path, CacheDir) {
			t.Errorf("the cache is read as an article: %s", a.Path)
		}
	}
	for _, p := range rep.Problems {
		t.Errorf("problem: %v", p)
	}
}

// A data folder whose cache cannot be written has none.
func TestCacheUnwritable(t *testing.T) {
	dir := writeArticles(t, map[string]string{CacheDir: "a file where the cache folder goes"})
	if c, err := OpenCache(dir); err == nil {
		c.Close()
		t.Error("a cache where a file stands")
	}
	if os.Geteuid() == 0 {
		return // root writes to read-only folders
	}
	dir = writeArticles(t, cacheArticles)
	must(t, os.Chmod(dir, 0o555))
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	if c, err := OpenCache(dir); err == nil {
		c.Close()
		t.Error("a cache in a read-only folder")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
