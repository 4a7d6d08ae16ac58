package quotes

import (
	"context"
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

// entryFile is where the cache of dir keeps the entry of name's text.
func entryFile(dir, name, text string) (string, [32]byte) {
	key := keyOf(articleData{path: name, data: []byte(text)})
	_, p := (&Cache{entries: entriesDir()}).entryPath(key)
	return filepath.Join(dir, CacheDir, filepath.FromSlash(p)), key
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
	for name, text := range cacheArticles {
		if _, err := os.Stat(func() string { p, _ := entryFile(dir, name, text); return p }()); err != nil {
			t.Errorf("no cache entry for %s: %v", name, err)
		}
	}

	// The entry of a.txt now says something its file does not: a load
	// that shows it took it from the cache rather than the file.
	aPath, aKey := entryFile(dir, "a.txt", cacheArticles["a.txt"])
	data, err := os.ReadFile(aPath)
	if err != nil {
		t.Fatal(err)
	}
	x, err := decodeEntry(aKey, data)
	if err != nil {
		t.Fatal(err)
	}
	x.title = "Told by the cache"
	must(t, os.WriteFile(aPath, encodeEntry(aKey, x), 0o644))
	bPath, bKey := entryFile(dir, "b.txt", cacheArticles["b.txt"])
	bData, err := os.ReadFile(bPath)
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(bPath, bData[:len(bData)/2], 0o644))
	cPath, cKey := entryFile(dir, "sub/c.txt", cacheArticles["sub/c.txt"])
	cData, err := os.ReadFile(cPath)
	if err != nil {
		t.Fatal(err)
	}
	cData[len(cData)-9] ^= 0x10 // inside the last field, not the checksum
	must(t, os.WriteFile(cPath, cData, 0o644))

	// Without the index the first load saved, the restart reads the
	// entries.
	must(t, os.Remove(filepath.Join(dir, CacheDir, savedIndex)))
	again, rep := cachedLoad(t, dir)
	if got, want := titles(again), "Told by the cache|Market day|Lighthouse keeper retires"; got != want {
		t.Errorf("titles after a restart %q, want %q", got, want)
	}
	if again.Len() != first.Len() || len(rep.Problems) != 0 {
		t.Errorf("restart: %d quotations, problems %v; want %d and none", again.Len(), rep.Problems, first.Len())
	}
	for p, key := range map[string][32]byte{bPath: bKey, cPath: cKey} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decodeEntry(key, data); err != nil {
			t.Errorf("entry %s not written again: %v", p, err)
		}
	}

	must(t, os.Remove(filepath.Join(dir, "sub", "c.txt")))
	if ix, _ := cachedLoad(t, dir); ix.NumArticles() != 2 {
		t.Fatalf("%d articles after a removal", ix.NumArticles())
	}
	if _, err := os.Stat(cPath); !os.IsNotExist(err) {
		t.Errorf("the entry of a removed article is kept (%v)", err)
	}
	if _, err := os.Stat(aPath); err != nil {
		t.Errorf("the entry of a kept article is gone: %v", err)
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
