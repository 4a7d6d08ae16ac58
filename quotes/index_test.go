package quotes

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// articles parses article files for a test, failing it on any error.
func articles(t testing.TB, files map[string]string) []*Article {
	t.Helper()
	var out []*Article
	for _, path := range slices.Sorted(maps.Keys(files)) {
		a, err := ParseArticle(path, []byte(files[path]))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

var harbourFiles = map[string]string{
	"a.txt": "---\noutlet: Harbour Herald\ntitle: Ferry to resume\n---\nFerry to resume\n\n\"We have waited three winters for this,\" harbour master Ines Carvalho told reporters.\n\n\"The timetable starts in May,\" Carvalho said.\n",
	"b.txt": "---\noutlet: Island Post\n---\nFerries\n\n\"We have waited three winters for this,\" said Ines Carvalho, the harbour master.\n",
	"c.txt": "---\noutlet: Island Post\n---\nMarket\n\nThe market opens on Sunday.\n",
}

// What the index hands out agrees with itself: by position, by ID, by
// article and by speaker.
func TestIndexAccessors(t *testing.T) {
	ix := NewIndex(articles(t, harbourFiles))
	if ix.Len() != 3 || ix.NumArticles() != 3 {
		t.Fatalf("%d quotations in %d articles, want 3 in 3", ix.Len(), ix.NumArticles())
	}
	all := ix.Quotes()
	for i, q := range all {
		if at := ix.QuoteAt(i); at.ID != q.ID || at.Text != q.Text {
			t.Errorf("QuoteAt(%d) = %q, Quotes()[%d] = %q", i, at.Text, i, q.Text)
		}
		if byID, ok := ix.Quote(q.ID); !ok || byID.Text != q.Text {
			t.Errorf("Quote(%s) = %v, %v", q.ID, byID, ok)
		}
		if q.Speaker != "Ines Carvalho" {
			t.Errorf("speaker of %q = %q", q.Text, q.Speaker)
		}
	}
	if _, ok := ix.Quote("0123456789abcdef"); ok {
		t.Errorf("an ID the index does not hold is found")
	}
	if len(all[0].AlsoIn) != 1 || all[0].AlsoIn[0] != all[2].ID {
		t.Errorf("also_in of %q = %v, want [%s]", all[0].Text, all[0].AlsoIn, all[2].ID)
	}
	if a := ix.ArticleAt(0); a.Path != "a.txt" || a.Outlet != "Harbour Herald" || a.Title != "Ferry to resume" || a.Quotes != 2 {
		t.Errorf("ArticleAt(0) = %+v", a)
	}
	arts := ix.Articles()
	if len(arts[0].Quotes) != 2 || len(arts[2].Quotes) != 0 || !strings.Contains(arts[0].Body, "three winters") {
		t.Errorf("Articles() = %+v", arts)
	}
	page, total := ix.QuotesBy("Ines Carvalho", 1, 5)
	if total != 3 || len(page) != 2 || page[0].ID != all[1].ID {
		t.Errorf("QuotesBy from 1 = %d of %d", len(page), total)
	}
	if _, n := ix.QuotesBy("Nobody", 0, 5); n != 0 {
		t.Errorf("QuotesBy of nobody = %d", n)
	}
	if got := ix.Outlets(); len(got) != 2 || got[0] != (Count{"Harbour Herald", 2, 1}) || got[1] != (Count{"Island Post", 1, 2}) {
		t.Errorf("Outlets() = %+v", got)
	}
}

func TestChangedQuotes(t *testing.T) {
	before := NewIndex(articles(t, map[string]string{"a.txt": harbourFiles["a.txt"], "c.txt": harbourFiles["c.txt"]}))
	after := NewIndex(articles(t, map[string]string{"a.txt": harbourFiles["a.txt"], "b.txt": harbourFiles["b.txt"]}))
	if added, removed := ChangedQuotes(before, after); added != 1 || removed != 0 {
		t.Errorf("added %d, removed %d", added, removed)
	}
	if added, removed := ChangedQuotes(after, before); added != 0 || removed != 1 {
		t.Errorf("back: added %d, removed %d", added, removed)
	}
	if added, _ := ChangedQuotes(nil, after); added != 3 {
		t.Errorf("from nothing: added %d", added)
	}
}

// An ID that is not 16 hex digits, as a caller of NewIndex may choose,
// is kept and found as it is.
func TestOddIDs(t *testing.T) {
	a := &Article{Path: "x.txt", Quotes: []*Quote{
		{ID: "q-1", Text: "We will rebuild the harbour"},
		{ID: "ABCDEF0123456789", Text: "The ferries will run again"},
	}}
	ix := NewIndex([]*Article{a})
	for _, id := range []string{"q-1", "ABCDEF0123456789"} {
		if q, ok := ix.Quote(id); !ok || q.ID != id {
			t.Errorf("Quote(%q) = %v, %v", id, q, ok)
		}
	}
	if _, ok := ix.Quote("abcdef0123456789"); ok {
		t.Errorf("an upper-case ID is found in lower case")
	}
}
