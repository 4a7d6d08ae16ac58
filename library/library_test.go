package library

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"quotebot/fetch"
	"quotebot/quotes"
)

// newsPage is an article page as an outlet serves it: JSON-LD in @graph,
// OpenGraph, a canonical link elsewhere than where it was fetched.
const newsPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Port strike ends | Coastline News</title>
<link rel="canonical" href="/business/port-strike-ends">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Organization","@id":"#org","name":"Coastline News"},
{"@type":"NewsArticle","headline":"Port strike ends after dockers accept pay deal","datePublished":"2025-06-12T07:45:00Z","publisher":{"@id":"#org"}}]}</script>
</head><body><article>
<h1>Port strike ends after dockers accept pay deal</h1>
<p>Dockers at the port of Eastmouth voted on Wednesday to accept a pay offer, ending a strike that had halted container traffic for nine days.</p>
<p>The union's regional secretary, Dan Mercer, said the deal was fair. "Nobody wanted this strike to go on, but we had to be heard," Mercer said.</p>
<p>The port authority welcomed the vote. "Ships will be moving again by Friday," a spokesperson said.</p>
</article></body></html>`

const textArticle = `Lighthouse keeper retires

The keeper of the Saint Mary lighthouse, Agnes Whitlow, retired on Friday after forty years.

"Every storm taught me something about patience and the sea," Agnes Whitlow said.
`

func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/business/port-strike-ends", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, newsPage)
	})
	mux.HandleFunc("/amp/port-strike-ends", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, newsPage)
	})
	mux.HandleFunc("/lighthouse.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, textArticle)
	})
	mux.HandleFunc("/menu", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><nav><a href="/">Home</a></nav></body></html>`)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 1<<12 && r.Context().Err() == nil; i++ {
			fmt.Fprint(w, strings.Repeat("<p>word ", 128))
		}
	})
	mux.HandleFunc("/nested", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Repeat("<div>", 50000))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func newLibrary(t *testing.T) *Library {
	t.Helper()
	l := New(t.TempDir(), fetch.New(fetch.Options{AllowPrivate: true, PerHost: time.Nanosecond, MaxBytes: 256 << 10}))
	l.now = func() time.Time { return time.Date(2026, 11, 23, 18, 30, 0, 0, time.UTC) }
	return l
}

// listing is the folder's file names, sorted.
func listing(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func TestAddURL(t *testing.T) {
	srv := newsServer(t)
	l := newLibrary(t)
	a, err := l.AddURL(context.Background(), srv.URL+"/business/port-strike-ends")
	if err != nil {
		t.Fatal(err)
	}
	if a.Duplicate || a.Outlet != "Coastline News" || a.Title != "Port strike ends after dockers accept pay deal" || a.Quotes != 2 || a.Unspoken != 0 {
		t.Errorf("added %+v", a)
	}
	if !strings.HasPrefix(a.Path, "web-") || !strings.HasSuffix(a.Path, ".html") {
		t.Errorf("stored as %q", a.Path)
	}
	meta, err := os.ReadFile(filepath.Join(l.Dir(), a.Path+quotes.SidecarSuffix))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"url: " + srv.URL + "/business/port-strike-ends\n", "fetched-from: " + srv.URL + "/business/port-strike-ends\n", "added: 2026-11-23T18:30:00Z\n"} {
		if !strings.Contains(string(meta), want) {
			t.Errorf("sidecar lacks %q:\n%s", want, meta)
		}
	}
	// The same article by another link is the same canonical article.
	again, err := l.AddURL(context.Background(), srv.URL+"/amp/port-strike-ends")
	if err != nil || !again.Duplicate || again.Path != a.Path {
		t.Errorf("second add: %+v, %v; want a duplicate of %s", again, err, a.Path)
	}
	ix, rep, err := quotes.Load(context.Background(), os.DirFS(l.Dir()))
	if err != nil || len(ix.Articles()) != 1 || len(rep.Problems) != 0 {
		t.Fatalf("loading the folder: %v, %d articles, problems %v", err, len(ix.Articles()), rep.Problems)
	}
	if got := ix.Articles()[0].URL; got != srv.URL+"/business/port-strike-ends" {
		t.Errorf("indexed link %q", got)
	}
}

func TestAddPlainText(t *testing.T) {
	srv := newsServer(t)
	l := newLibrary(t)
	a, err := l.AddURL(context.Background(), srv.URL+"/lighthouse.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(l.Dir(), a.Path))
	if !strings.HasPrefix(string(data), "---\nurl: "+srv.URL+"/lighthouse.txt\nfetched-from: ") || !strings.HasSuffix(a.Path, ".txt") {
		t.Errorf("stored %s as:\n%s", a.Path, data)
	}
	if a.Quotes != 1 || a.Title != "Lighthouse keeper retires" {
		t.Errorf("added %+v", a)
	}
}

func TestFailedAddsLeaveTheFolderAsItWas(t *testing.T) {
	srv := newsServer(t)
	l := newLibrary(t)
	if err := os.WriteFile(filepath.Join(l.Dir(), "existing.txt"), []byte(textArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	before := listing(t, l.Dir())
	for link, want := range map[string]string{
		srv.URL + "/menu":                 "no article body found",
		srv.URL + "/huge":                 "response too large",
		srv.URL + "/nested":               "tags nested more than",
		srv.URL + "/missing":              "404 Not Found",
		"file:///etc/passwd":              "only http and https",
		srv.URL + "/../../etc/passwd.txt": "404 Not Found",
	} {
		_, err := l.AddURL(context.Background(), link)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line saying %q", link, err, want)
		}
	}
	if _, err := l.AddFile("notes.md", []byte(textArticle)); !errors.Is(err, ErrKind) {
		t.Errorf("a .md file: %v", err)
	}
	if _, err := l.AddFile("blob.txt", []byte("\x00\x01\x02binary")); err == nil {
		t.Error("a binary .txt file was added")
	}
	if after := listing(t, l.Dir()); after != before {
		t.Errorf("folder changed from %q to %q", before, after)
	}
}

func TestAddFileNamesAreDerived(t *testing.T) {
	l := newLibrary(t)
	a, err := l.AddFile("../../../etc/cron.d/evil.txt", []byte(textArticle))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(a.Path, "/\\") || strings.Contains(a.Path, "evil") || !strings.HasPrefix(a.Path, "file-") {
		t.Errorf("stored as %q", a.Path)
	}
	b, err := l.AddFile("copy.txt", []byte(textArticle))
	if err != nil || !b.Duplicate || b.Path != a.Path {
		t.Errorf("adding the same file again: %+v, %v", b, err)
	}
	if got := listing(t, l.Dir()); got != a.Path {
		t.Errorf("folder holds %q", got)
	}
}

func TestRemove(t *testing.T) {
	srv := newsServer(t)
	l := newLibrary(t)
	a, err := l.AddURL(context.Background(), srv.URL+"/business/port-strike-ends")
	if err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "keep.txt")
	os.WriteFile(outside, []byte(textArticle), 0o644)
	for _, p := range []string{"../" + filepath.Base(filepath.Dir(outside)) + "/keep.txt", "/etc/hostname", "notes.md", "missing.txt", "."} {
		if err := l.Remove(p); !errors.Is(err, ErrNotArticle) {
			t.Errorf("Remove(%q) = %v, want refused", p, err)
		}
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("a file outside the folder is gone: %v", err)
	}
	if err := l.Remove(a.Path); err != nil {
		t.Fatal(err)
	}
	if got := listing(t, l.Dir()); got != "" {
		t.Errorf("after removing, the folder holds %q", got)
	}
}

func TestWriteAllRollsBack(t *testing.T) {
	dir := t.TempDir()
	// A folder where the page should go makes its rename fail after the
	// sidecar's has succeeded.
	if err := os.MkdirAll(filepath.Join(dir, "web-1.html", "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	err = writeAll(root, "web-1.html", [][2]string{{quotes.SidecarSuffix, "---\nurl: https://news.example/a\n---\n"}, {"", newsPage}})
	if err == nil {
		t.Fatal("writing over a folder succeeded")
	}
	if got := listing(t, dir); got != "web-1.html" {
		t.Errorf("after the failed write the folder holds %q", got)
	}
}

func TestAddRefusedWhenTheDiskIsNearlyFull(t *testing.T) {
	srv := newsServer(t)
	l := newLibrary(t)
	l.minFree = 1 << 62 // more than any disk has
	_, err := l.AddURL(context.Background(), srv.URL+"/business/port-strike-ends")
	if !errors.Is(err, ErrDiskFull) {
		t.Errorf("err = %v, want the disk nearly full", err)
	}
	if got := listing(t, l.Dir()); got != "" {
		t.Errorf("the folder holds %q", got)
	}
}
