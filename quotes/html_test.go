package quotes

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadHTMLArticles(t *testing.T) {
	page := func(name string) []byte {
		b, err := os.ReadFile("htmlpage/testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	fsys := fstest.MapFS{
		"port.html":          {Data: page("graph.html")},
		"flood.htm":          {Data: page("opengraph.html")},
		"flood.htm.meta":     {Data: []byte("---\noutlet: Valley Times (print edition)\nfetched-from: https://valleytimes.example/rss\npublished: soon\n---\n")},
		"library.html":       {Data: page("bare.html")},
		"empty.html":         {Data: []byte("<html><body><nav>Home</nav></body></html>")},
		"notes/readme.md":    {Data: []byte("not an article")},
		"clues-in-text.html": {Data: []byte(`<html><head><meta property="og:site_name" content="Harbour Herald"></head><body><article><p>The harbour master, Ann Lee, retired on Friday after thirty years at the port of Eastmouth.</p><p>"I will miss the boats more than the meetings," Lee told the Kyiv Independent at her leaving party.</p><p>Ann Lee is a news editor at the Kyiv Independent.</p></article></body></html>`)},
	}
	ix, rep, err := Load(context.Background(), fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*Article{}
	for _, a := range ix.Articles() {
		got[a.Path] = a
	}
	for path, want := range map[string]struct{ outlet, title, published, speaker string }{
		"port.html":          {"Coastline News", "Port strike ends after dockers accept pay deal", "2025-06-12", "Dan Mercer"},
		"flood.htm":          {"Valley Times (print edition)", "Flood defences to be raised before winter", "2025-09-03", "Tom Hale"},
		"library.html":       {"", "Library reopens after repairs", "", "Margaret Doyle"},
		"clues-in-text.html": {"Harbour Herald", "", "", "Ann Lee"},
	} {
		a := got[path]
		if a == nil {
			t.Errorf("%s not loaded", path)
			continue
		}
		if a.Outlet != want.outlet || (want.title != "" && a.Title != want.title) || a.Published != want.published {
			t.Errorf("%s: outlet %q title %q published %q, want %q %q %q", path, a.Outlet, a.Title, a.Published, want.outlet, want.title, want.published)
		}
		spoken := false
		for _, q := range a.Quotes {
			spoken = spoken || q.Speaker == want.speaker
		}
		if !spoken {
			t.Errorf("%s: no quotation by %s among %d", path, want.speaker, len(a.Quotes))
		}
		for _, q := range a.Quotes {
			if strings.Contains(q.Text, "held the line") || strings.Contains(q.Text, "summer of strikes") || strings.Contains(q.Text, "Worst floods") {
				t.Errorf("%s: quotation %q taken from page furniture", path, q.Text)
			}
		}
	}
	if p := loadedProblem(rep, "empty.html"); p == nil || !p.Fatal || !errors.Is(p.Err, ErrNoArticleBody) {
		t.Errorf("empty.html: problem %v, want no article body", p)
	}
	if p := loadedProblem(rep, "flood.htm.meta"); p == nil || p.Fatal || p.Line != 4 {
		t.Errorf("flood.htm.meta: problem %v, want a warning on line 4", p)
	}
}
