package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const page = `<html><head><title>Port strike ends</title></head><body><p>"Nobody wanted this strike," Dan Mercer said.</p></body></html>`

// testClient fetches from local test servers quickly.
func testClient() *Client {
	return New(Options{AllowPrivate: true, PerHost: time.Nanosecond, Timeout: 2 * time.Second, MaxBytes: 64 << 10})
}

func TestPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"93.184.216.34":    true,
		"2606:4700::6810":  true,
		"127.0.0.1":        false,
		"10.1.2.3":         false,
		"172.16.0.1":       false,
		"192.168.1.20":     false,
		"169.254.169.254":  false, // cloud metadata
		"100.64.0.1":       false,
		"0.0.0.0":          false,
		"224.0.0.251":      false,
		"::1":              false,
		"fe80::1":          false,
		"fc00::1":          false,
		"ff02::1":          false,
		"::":               false,
		"::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1":  false,
	} {
		if got := Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestPrivateAddressesRefused(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	c := New(Options{PerHost: time.Nanosecond})
	for _, link := range []string{srv.URL + "/news", "http://localhost" + port + "/news", "http://[::ffff:127.0.0.1]" + port + "/"} {
		_, err := c.Page(context.Background(), link)
		if !errors.Is(err, ErrPrivate) {
			t.Errorf("%s: err = %v, want it refused as private", link, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("the server was reached %d times", hits.Load())
	}
	if _, err := testClient().Page(context.Background(), srv.URL+"/news"); err != nil {
		t.Errorf("with AllowPrivate: %v", err)
	}
}

func TestSchemesRefused(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	defer srv.Close()
	for _, link := range []string{"file:///etc/passwd", "ftp://example.com/a.txt", "gopher://example.com/", "javascript:alert(1)", srv.URL} {
		if _, err := testClient().Page(context.Background(), link); !errors.Is(err, ErrScheme) {
			t.Errorf("%s: err = %v, want an unsupported scheme", link, err)
		}
	}
}

func TestHostileServers(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>more "), 1024)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/declared-huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "10000000000")
		fmt.Fprint(w, page)
	})
	var bomb bytes.Buffer // 16 KiB that inflate to 16 MiB
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write(make([]byte, 16<<20))
	zw.Close()
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb.Bytes())
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for r.Context().Err() == nil {
			w.Write([]byte("<"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{AllowPrivate: true, PerHost: time.Nanosecond, Timeout: 300 * time.Millisecond, MaxBytes: 64 << 10})
	for path, want := range map[string]error{
		"/endless":       ErrTooLarge,
		"/declared-huge": ErrTooLarge,
		"/gzip-bomb":     ErrTooLarge,
		"/trickle":       context.DeadlineExceeded,
		"/loop":          ErrRedirects,
		"/image":         ErrContentType,
		"/gone":          ErrHTTPStatus,
	} {
		_, err := c.Page(context.Background(), srv.URL+path)
		if !errors.Is(err, want) && !(want == context.DeadlineExceeded && isTimeout(err)) {
			t.Errorf("%s: err = %v, want %v", path, err, want)
			continue
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error spans lines: %q", path, err)
		}
	}
}

func TestCharsets(t *testing.T) {
	for _, tc := range []struct {
		name, contentType, body, want, warn string
	}{
		{"UTF-8", "text/plain; charset=utf-8", "Caf\u00e9 \u201cquoted\u201d", "Caf\u00e9 \u201cquoted\u201d", ""},
		{"latin-1 declared", "text/plain; charset=iso-8859-1", "Caf\xe9 \x93quoted\x94", "Caf\u00e9 \u201cquoted\u201d", ""},
		{"latin-1 undeclared", "text/plain", "Caf\xe9", "Caf\u00e9", ""},
		{"UTF-8 declared latin-1", "text/html; charset=iso-8859-1", "Caf\u00e9", "Caf\u00e9", "declared charset iso-8859-1 but the bytes are UTF-8"},
		{"invalid UTF-8", "text/plain; charset=utf-8", "Caf\xe9 au lait", "Caf\uFFFD au lait", "invalid bytes replaced"},
		{"shift_jis in the header only", "text/html; charset=shift_jis", "\x93\x8c\x8b\x9e", "東京", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				fmt.Fprint(w, tc.body)
			}))
			defer srv.Close()
			resp, err := testClient().Page(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != tc.want {
				t.Errorf("body %q, want %q", resp.Body, tc.want)
			}
			warned := strings.Join(resp.Warnings, "; ")
			if (tc.warn == "") != (warned == "") || !strings.Contains(warned, tc.warn) {
				t.Errorf("warnings %q, want %q", warned, tc.warn)
			}
		})
	}
}

func TestConditionalRequestsAndUserAgent(t *testing.T) {
	const etag = `"v7"`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.UserAgent(), "quotebot") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, "<rss/>")
	}))
	defer srv.Close()
	c := testClient()
	first, err := c.Feed(context.Background(), srv.URL, Validators{})
	if err != nil || first.NotModified || first.ETag != etag {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	again, err := c.Feed(context.Background(), srv.URL, Validators{ETag: first.ETag})
	if err != nil || !again.NotModified {
		t.Fatalf("conditional fetch: %+v, %v; want not modified", again, err)
	}
}

func TestOneRequestPerHostAtATime(t *testing.T) {
	var inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond) // give overlapping requests a chance to show
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	c := testClient()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Page(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() != 1 {
		t.Errorf("%d requests to one host at once, want 1", most.Load())
	}
}

func TestRequestsToAHostSpacedOut(t *testing.T) {
	g := newHostGate(time.Second)
	clock := time.Date(2026, 11, 23, 18, 0, 0, 0, time.UTC)
	var slept []time.Duration
	g.now = func() time.Time { return clock }
	g.sleep = func(_ context.Context, d time.Duration) error {
		slept = append(slept, d)
		clock = clock.Add(d)
		return nil
	}
	for _, host := range []string{"news.example", "news.example", "other.example", "NEWS.example"} {
		release, err := g.acquire(context.Background(), host)
		if err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(300 * time.Millisecond) // the request takes this long
		release()
	}
	// The second request to news.example waits 700ms; other.example goes at
	// once; the third to news.example comes 600ms after the second began.
	want := []time.Duration{700 * time.Millisecond, 400 * time.Millisecond}
	if fmt.Sprint(slept) != fmt.Sprint(want) {
		t.Errorf("waited %v, want %v", slept, want)
	}
}
