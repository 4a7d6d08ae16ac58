package library

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestPollFeeds(t *testing.T) {
	var rssFull, rssNotModified, atomFull atomic.Int32
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"rss-1"` {
			rssNotModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		rssFull.Add(1)
		w.Header().Set("ETag", `"rss-1"`)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastline News: Business</title><link>%[1]s/</link><description>Business news</description>
<item><title>Port strike ends after dockers accept pay deal</title><link>%[1]s/business/port-strike-ends</link><guid>%[1]s/business/port-strike-ends</guid><pubDate>Thu, 12 Jun 2025 07:45:00 GMT</pubDate></item>
<item><title>Broken link</title><link>%[1]s/missing</link></item>
</channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		atomFull.Add(1)
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lighthouse Weekly</title><id>urn:lighthouse</id><updated>2025-06-13T00:00:00Z</updated>
<entry><title>Lighthouse keeper retires</title><id>urn:lighthouse:1</id><updated>2025-06-13T00:00:00Z</updated><link href="%[1]s/lighthouse.txt"/></entry>
<entry><title>Port strike (syndicated)</title><id>urn:lighthouse:2</id><updated>2025-06-13T00:00:00Z</updated><link href="%[1]s/amp/port-strike-ends"/></entry>
</feed>`, srv.URL)
	})
	mux.Handle("/", newsServer(t).Config.Handler)
	srv = httptest.NewServer(mux)
	defer srv.Close()
	l := newLibrary(t)
	if added, err := l.AddFeed(srv.URL + "/atom.xml"); !added || err != nil {
		t.Fatalf("AddFeed: %v %v", added, err)
	}
	if added, _ := l.AddFeed(srv.URL + "/atom.xml"); added {
		t.Error("the same feed added twice")
	}
	if _, err := l.AddFeed("file:///etc/passwd"); err == nil {
		t.Error("a file: link was accepted as a feed")
	}

	r, err := l.PollFeeds(context.Background(), []string{srv.URL + "/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range r.Added {
		titles = append(titles, a.Title)
	}
	if r.Feeds != 2 || strings.Join(titles, "|") != "Port strike ends after dockers accept pay deal|Lighthouse keeper retires" {
		t.Errorf("first round: %d feeds, added %q", r.Feeds, titles)
	}
	if len(r.Failures) != 1 || !strings.Contains(r.Failures[0].Error(), "/missing") || !strings.Contains(r.Failures[0].Error(), "404") {
		t.Errorf("failures %v, want the missing item", r.Failures)
	}

	r, err = l.PollFeeds(context.Background(), []string{srv.URL + "/rss.xml"})
	if err != nil || len(r.Added) != 0 || len(r.Failures) != 0 {
		t.Errorf("second round: added %d, failures %v, err %v", len(r.Added), r.Failures, err)
	}
	if rssFull.Load() != 1 || rssNotModified.Load() != 1 || atomFull.Load() != 2 {
		t.Errorf("rss fetched %d times in full and %d not modified; atom %d, want 1, 1, 2", rssFull.Load(), rssNotModified.Load(), atomFull.Load())
	}
	if removed, _ := l.RemoveFeed(srv.URL + "/atom.xml"); !removed {
		t.Error("RemoveFeed did not remove the feed")
	}
	if feeds, _ := l.Feeds(); len(feeds) != 0 {
		t.Errorf("feeds after removing: %v", feeds)
	}
}

func TestPollFeedsAddsAtMostSoManyPerRound(t *testing.T) {
	// Each of three feeds lists its own 20 stories: 60 new articles, more
	// than a round adds.
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/busy.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			var items strings.Builder
			for i := 0; i < itemsPerRound; i++ {
				fmt.Fprintf(&items, "<item><title>Story</title><link>%s/%s/%d.txt</link></item>", srv.URL, r.URL.RawQuery, i)
			}
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Busy</title><link>%s</link><description>x</description>%s</channel></rss>`, srv.URL, items.String())
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprintf(w, "Council meets\n\n\"We will see,\" said Ann Lee, the council leader, about item %s.\n", r.URL.Path)
	}))
	defer srv.Close()
	l := newLibrary(t)
	feeds := []string{srv.URL + "/busy.xml?a", srv.URL + "/busy.xml?b", srv.URL + "/busy.xml?c"}
	r, err := l.PollFeeds(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Added) != addedPerRound || len(r.Failures) != 1 || !strings.Contains(r.Failures[0].Error(), "the rest come next round") {
		t.Errorf("added %d, failures %v; want %d and the cap reported", len(r.Added), r.Failures, addedPerRound)
	}
	r, _ = l.PollFeeds(context.Background(), feeds)
	if len(r.Added) != 3*itemsPerRound-addedPerRound {
		t.Errorf("next round added %d, want the %d left over", len(r.Added), 3*itemsPerRound-addedPerRound)
	}
}
