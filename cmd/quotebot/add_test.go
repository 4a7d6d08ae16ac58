package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"quotebot/bot"
	"quotebot/config"
)

const bridgePage = `<html><head><meta property="og:site_name" content="Example News"><meta property="og:url" content="https://news.example/bridge">
<title>Mayor opens bridge</title></head><body><article>
<p>Mayor Anne Hidalgo opened the new bridge over the river on Monday after ten years of planning and building.</p>
<p>"It took ten years," Hidalgo said. "It was worth every one of them."</p></article></body></html>`

func TestAddCommand(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, bridgePage)
	}))
	defer srv.Close()
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "bridge.txt")
	if err := os.WriteFile(file, []byte(goodArticle), 0o644); err != nil {
		t.Fatal(err)
	}

	_, errs, code := quotebot(t, "add", "--data", dir, srv.URL+"/bridge")
	if code != 1 || !strings.Contains(errs, "is not public: refused") {
		t.Errorf("without the allow flag: exit %d, stderr %q; want the private address refused", code, errs)
	}

	t.Setenv("QUOTEBOT_FETCH_ALLOW_PRIVATE", "true")
	out, errs, code := quotebot(t, "add", "--data", dir, srv.URL+"/bridge", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{srv.URL + "/bridge: added as web-", "Example News: Mayor opens bridge", "2 quotations, 0 without a speaker", file + ": added as file-"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _, code = quotebot(t, "add", "--data", dir, srv.URL+"/bridge?utm_source=x")
	if code != 0 || !strings.Contains(out, "already in the data folder") {
		t.Errorf("adding again: exit %d\n%s", code, out)
	}
	out, _, code = quotebot(t, "check", "--data", dir)
	if code != 0 || !strings.Contains(out, "2 of 2 articles loaded") {
		t.Errorf("check after adding: exit %d\n%s", code, out)
	}
	if _, errs, code := quotebot(t, "add", srv.URL); code != 2 || !strings.Contains(errs, "no data folder") {
		t.Errorf("without a folder: exit %d %q", code, errs)
	}
}

func TestFeedsCommand(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Example News</title><link>%[1]s</link><description>x</description>
<item><title>Mayor opens bridge</title><link>%[1]s/bridge</link></item><item><title>Gone</title><link>%[1]s/gone</link></item></channel></rss>`, srv.URL)
			return
		}
		if r.URL.Path != "/bridge" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, bridgePage)
	}))
	defer srv.Close()
	dir := t.TempDir()
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(feeds, []byte("# local test feed\n"+srv.URL+"/feed.xml\n"), 0o644)
	t.Setenv("QUOTEBOT_FETCH_ALLOW_PRIVATE", "true")
	out, errs, code := quotebot(t, "feeds", "--data", dir, "--feeds", feeds)
	if code != 1 || !strings.Contains(out, "1 feeds polled, 1 articles added") || !strings.Contains(out, "Example News: Mayor opens bridge") || !strings.Contains(errs, "/gone") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
	out, errs, code = quotebot(t, "feeds", "--data", dir, "--feeds", feeds)
	if code != 0 || !strings.Contains(out, "1 feeds polled, 0 articles added") {
		t.Errorf("second round: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestFollowFeedsRefreshesOncePerRound(t *testing.T) {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Example News</title><link>%[1]s</link><description>x</description>
<item><title>Mayor opens bridge</title><link>%[1]s/bridge</link></item><item><title>Lighthouse</title><link>%[1]s/lighthouse.txt</link></item></channel></rss>`, srv.URL)
		case "/bridge":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, bridgePage)
		case "/lighthouse.txt":
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, lighthouse)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := articleDir(t)
	store := bot.NewStore(bot.DirSource(dir, nil))
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	logs := newLogLines()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		followFeeds(ctx, &config.Config{Feeds: []string{srv.URL + "/feed.xml"}, FeedInterval: time.Hour},
			newLibrary(dir, config.Fetch{AllowPrivate: true}), store, newLogger(logs))
		close(done)
	}()
	if l := logs.next("feeds added articles"); !strings.Contains(l, "added=2") || !strings.Contains(l, "articles=7") {
		t.Errorf("log line %q, want one refresh for both articles", l)
	}
	cancel()
	<-done
	if n := len(store.Index().Articles()); n != 7 {
		t.Errorf("serving %d articles, want 7", n)
	}
}
