package synthetic

import (
	"context"
	"strings"
	"testing"

	"quotebot/data"
	"quotebot/quotes"
)

func seeds(t *testing.T) *quotes.Index {
	t.Helper()
	ix, _, err := quotes.Load(context.Background(), data.FS)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestGenerateIsDeterministic(t *testing.T) {
	ix := seeds(t)
	a, b, c := Generate(ix, 500, 1), Generate(ix, 500, 1), Generate(ix, 500, 2)
	text := func(c *Corpus) string {
		var s []string
		for _, a := range c.Articles {
			for _, q := range a.Quotes {
				s = append(s, q.Speaker+": "+q.Text)
			}
		}
		return strings.Join(s, "\n")
	}
	if text(a) != text(b) {
		t.Error("the same seed gave two corpora")
	}
	if text(a) == text(c) {
		t.Error("two seeds gave the same corpus")
	}
	n := 0
	for _, art := range a.Articles {
		n += len(art.Quotes)
	}
	if want := 500 + ix.Len(); n != want {
		t.Errorf("%d quotations, want %d generated plus the real ones", n, want)
	}
	if len(a.Real) != ix.Len() {
		t.Errorf("%d real quotations, want %d", len(a.Real), ix.Len())
	}
}

// Text renders an article that the extractor reads back: the same
// quotations by the same speakers.
func TestTextRoundTrip(t *testing.T) {
	c := Generate(seeds(t), 8000, 3)
	for _, art := range c.Articles[:len(c.Articles)-5] { // the generated ones
		got, err := quotes.ParseArticle(art.Path, []byte(Text(art)))
		if err != nil {
			t.Fatalf("%s: %v", art.Path, err)
		}
		if len(got.Quotes) != len(art.Quotes) || got.Outlet != art.Outlet || got.Title != art.Title {
			t.Fatalf("%s: read back %d quotations in %q %q, want %d in %q %q\n%s", art.Path, len(got.Quotes), got.Outlet, got.Title, len(art.Quotes), art.Outlet, art.Title, Text(art))
		}
		for i, q := range got.Quotes {
			want := strings.TrimSuffix(art.Quotes[i].Text, ".")
			if q.Text != want || q.Speaker != art.Quotes[i].Speaker {
				t.Errorf("%s: read back %q by %q, want %q by %q", art.Path, q.Text, q.Speaker, want, art.Quotes[i].Speaker)
			}
		}
	}
}

func TestProbesGarbleButKeepTheTarget(t *testing.T) {
	ix := seeds(t)
	ps := Probes(ix.Quotes(), 7)
	kinds := map[string]int{}
	for _, p := range ps {
		kinds[p.Kind]++
		if _, ok := ix.Quote(p.Want); !ok || strings.TrimSpace(p.Query) == "" {
			t.Errorf("probe %+v has no target or no query", p)
		}
	}
	for _, k := range Kinds {
		if kinds[k] == 0 || kinds[k] != kinds["exact"] {
			t.Errorf("kind %s: %d probes, want as many as exact (%d)", k, kinds[k], kinds["exact"])
		}
	}
}
