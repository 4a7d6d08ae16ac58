package quotes

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"
)

// sameIndex fails t unless a and b hold the same quotations, groups,
// words and postings.
func sameIndex(t *testing.T, what string, a, b *Index) {
	t.Helper()
	qa, qb := a.Quotes(), b.Quotes()
	if len(qa) != len(qb) {
		t.Fatalf("%s: %d quotations, want %d", what, len(qa), len(qb))
	}
	for i := range qa {
		x, y := *qa[i], *qb[i]
		if !slices.Equal(x.AlsoIn, y.AlsoIn) {
			t.Errorf("%s: also_in of %q is %v, want %v", what, x.Text, x.AlsoIn, y.AlsoIn)
		}
		x.AlsoIn, y.AlsoIn = nil, nil
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s: quotation %d is %+v, want %+v", what, i, x, y)
		}
	}
	if !slices.Equal(a.vocab.terms, b.vocab.terms) || !bytes.Equal(a.postings.data, b.postings.data) ||
		!bytes.Equal(a.docTerms.data, b.docTerms.data) || !slices.Equal(a.df, b.df) || !slices.Equal(a.speakers, b.speakers) {
		t.Errorf("%s: words differ: terms %q, want %q", what, a.vocab.terms, b.vocab.terms)
	}
}

// A Loader takes what did not change from the index it built last, and
// builds the very index a fresh load of the folder builds.
func TestLoaderReusesTheLastIndex(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	var l Loader
	load := func(what string, extracted int) *Index {
		t.Helper()
		ix, rep, err := l.Load(context.Background(), os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		if rep.Extracted != extracted {
			t.Errorf("%s: %d files extracted, want %d", what, rep.Extracted, extracted)
		}
		fresh, _, err := (&Loader{}).Load(context.Background(), os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		sameIndex(t, what, ix, fresh)
		return ix
	}
	first := load("first load", 3)
	if again := load("nothing changed", 0); again != first {
		t.Error("nothing changed, and the index was built again")
	}
	write := func(name, text string) {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	write("d.txt", "---\noutlet: Harbour Herald\n---\nCrossings\n\n\"We have waited three winters for this ferry,\" said Ines Carvalho, who is harbour master.\n")
	added := load("an article added", 1)
	if q := added.QuoteAt(2); q.Article != "d.txt" || len(q.AlsoIn) != 1 || q.AlsoIn[0] != added.QuoteAt(0).ID {
		t.Errorf("the added statement is grouped with %v, want %s", q.AlsoIn, added.QuoteAt(0).ID)
	}
	write("b.txt", cacheArticles["b.txt"]+"\n\"Bring your own bags,\" Berg added.\n")
	load("an article changed", 1)
	must(t, os.Remove(filepath.Join(dir, "a.txt")))
	removed := load("an article removed", 0)
	if _, ok := removed.vocab.ids["winters"]; !ok {
		t.Error("a word another article holds is gone")
	}
	if _, ok := removed.vocab.ids["reporters"]; ok {
		t.Error("a word only the removed article held is still offered")
	}
	must(t, os.Rename(filepath.Join(dir, "d.txt"), filepath.Join(dir, "0.txt")))
	load("an article renamed", 0)
}

// openCounter is a folder that counts the article files opened in it.
type openCounter struct {
	fs.StatFS
	mu     sync.Mutex
	opened map[string]int
}

func (c *openCounter) Open(name string) (fs.File, error) {
	if isArticleName(path.Base(name)) {
		c.mu.Lock()
		c.opened[name]++
		c.mu.Unlock()
	}
	return c.StatFS.Open(name)
}

// A file the file system says has not changed since it was read is not
// read again; one that changed, even only its time, is.
func TestLoaderSkipsUnchangedFiles(t *testing.T) {
	dir := writeArticles(t, cacheArticles)
	fsys := &openCounter{StatFS: os.DirFS(dir).(fs.StatFS)}
	// An hour on, the files were not written in the tick they were read.
	l := Loader{now: func() time.Time { return time.Now().Add(time.Hour) }}
	load := func(what string, opened ...string) *Index {
		t.Helper()
		fsys.opened = map[string]int{}
		ix, _, err := l.Load(context.Background(), fsys)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Sorted(maps.Keys(fsys.opened)); !slices.Equal(got, opened) {
			t.Errorf("%s: read %q, want %q", what, got, opened)
		}
		fresh, _, err := (&Loader{}).Load(context.Background(), os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		sameIndex(t, what, ix, fresh)
		return ix
	}
	first := load("first load", "a.txt", "b.txt", "sub/c.txt")
	if again := load("nothing changed"); again != first {
		t.Error("nothing changed, and the index was built again")
	}
	must(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte(cacheArticles["b.txt"]+"\n\"Bring bags,\" Berg added.\n"), 0o644))
	load("a file changed", "b.txt")
	later := time.Now().Add(time.Minute)
	must(t, os.Chtimes(filepath.Join(dir, "a.txt"), later, later))
	load("a file touched", "a.txt")
	load("nothing changed since")
}
