package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"quotebot/data"
	"quotebot/quotes/synthetic"
)

// endToEnd measures quotebot as Discord reaches it: it starts quotebot
// http on the article files in dir with a key pair made for the run,
// times its start, puts the probes and keystrokes to it as signed
// interactions over loopback, reads its memory as the kernel counts it,
// times a refresh after one article is added, and times a second start.
func endToEnd(ctx context.Context, o options, r *Report, dir string, probes []synthetic.Probe, logf func(string, ...any)) (*Report, error) {
	tmp, err := os.MkdirTemp("", "quotebench-http-")
	if err != nil {
		return nil, fmt.Errorf("folder for quotebot: %w", err)
	}
	defer os.RemoveAll(tmp)
	bin, err := quotebotBinary(ctx, o.quotebot, tmp, logf)
	if err != nil {
		return nil, err
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("making a key pair: %w", err)
	}
	s := &Server{Binary: bin}
	if o.quotebot == "" {
		s.Binary = "built from quotebot/cmd/quotebot"
	}
	r.Server = s
	logf("starting quotebot http on %d article files", r.Load.Files)
	srv, ready, err := startServer(ctx, bin, dir, pub, filepath.Join(tmp, "quotebot.log"))
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	s.ReadySeconds = ready.Seconds()
	if s.RSSBytes, s.PeakRSSBytes, err = processMemory(srv.cmd.Process.Pid); err != nil {
		logf("%v", err)
	}
	// Lookups are timed, and memory read, once quotebot has written its
	// cache: what it answers like, and holds, from then on.
	settled, err := srv.settle(ctx, 100*time.Millisecond, 5*time.Minute)
	if err != nil {
		return nil, err
	}
	s.SettledSeconds = s.ReadySeconds + settled.Seconds()
	if wrote, err := written(ctx, 32<<20, 200*time.Millisecond, o.writeback); err != nil {
		logf("%v", err)
	} else {
		s.WritebackSeconds = wrote.Seconds()
	}
	if s.SettledRSSBytes, err = settledMemory(ctx, srv.cmd.Process.Pid, 200*time.Millisecond, 15*time.Second); err != nil {
		logf("%v", err)
	}
	e := newHTTPEngine(srv.url, priv)
	keys := keystrokes(probes, o.queries)
	logf("quotebot http ready after %.1fs: %d probes, %d lookups, %d keystrokes", s.ReadySeconds, len(probes), o.queries, len(keys))
	if err := lookups(ctx, r, e, probes, answers{}, keys, o); err != nil {
		return nil, fmt.Errorf("quotebot http: %w", err)
	}
	if s.AfterRSSBytes, _, err = processMemory(srv.cmd.Process.Pid); err != nil {
		logf("%v", err)
	}
	s.Requests = int(e.sent.Load())

	logf("refresh: adding an article and sending SIGHUP")
	refreshed, err := refreshOne(ctx, srv, dir)
	if err != nil {
		return nil, err
	}
	s.RefreshSeconds = refreshed.Seconds()
	if err := srv.stop(); err != nil {
		return nil, err
	}
	logf("starting quotebot http again on the same folder")
	again, ready, err := startServer(ctx, bin, dir, pub, filepath.Join(tmp, "quotebot-again.log"))
	if err != nil {
		return nil, err
	}
	s.RestartSeconds = ready.Seconds()
	if err := again.stop(); err != nil {
		return nil, err
	}
	r.Targets = targets(r)
	return r, nil
}

// addedArticle is the seed article refreshOne adds, under a name of its
// own.
const addedArticle = "000_11b75dd1c1573e36.txt"

// refreshOne adds one article to the folder srv serves, sends SIGHUP as an
// operator does, and returns the time until /healthz counts the added
// quotations. It removes the article again, so that a second start sees
// the folder as generated.
func refreshOne(ctx context.Context, srv *server, dir string) (time.Duration, error) {
	before, err := srv.healthz(ctx)
	if err != nil {
		return 0, err
	}
	text, err := data.FS.ReadFile(addedArticle)
	if err != nil {
		return 0, fmt.Errorf("the article to add: %w", err)
	}
	path := filepath.Join(dir, "added-by-quotebench.txt")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		return 0, fmt.Errorf("adding an article: %w", err)
	}
	defer os.Remove(path)
	start := time.Now()
	if err := srv.signal(syscall.SIGHUP); err != nil {
		return 0, err
	}
	deadline := start.Add(readyWithin)
	for {
		if n, err := srv.healthz(ctx); err == nil && n > before {
			return time.Since(start), nil
		}
		select {
		case <-srv.exited:
			return 0, fmt.Errorf("quotebot http exited during a refresh: %s", srv.logTail())
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return 0, fmt.Errorf("quotebot http did not count the added article within %v of SIGHUP: %s", readyWithin, srv.logTail())
		}
	}
}
