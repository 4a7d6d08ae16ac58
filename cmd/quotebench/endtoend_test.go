package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"quotebot/bot"
)

// fakeQuotebotEnv makes the test binary stand in for quotebot when
// quotebench starts it as `--quotebot` (see fakeQuotebot).
const fakeQuotebotEnv = "QUOTEBENCH_TEST_AS_QUOTEBOT"

func TestMain(m *testing.M) {
	if os.Getenv(fakeQuotebotEnv) != "" {
		os.Exit(fakeQuotebot())
	}
	os.Exit(m.Run())
}

// fakeQuotebot serves as `quotebot http` does, for tests that cannot build
// quotebot in the time a test has: the bot's own HTTP front end over the
// data folder, configured from the same environment variables, refreshed
// on SIGHUP and shut down on SIGTERM.
func fakeQuotebot() int {
	fail := func(err error) int {
		fmt.Fprintln(os.Stderr, "fake quotebot:", err)
		return 1
	}
	key, err := hex.DecodeString(os.Getenv("DISCORD_PUBLIC_KEY"))
	if err != nil {
		return fail(err)
	}
	ctx := context.Background()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	store := bot.NewStore(bot.DirSource(os.Getenv("QUOTEBOT_DATA_DIR"), log))
	if _, err := store.Refresh(ctx); err != nil {
		return fail(err)
	}
	b := bot.New(store, bot.Options{Logger: log})
	ln, err := net.Listen("tcp", os.Getenv("QUOTEBOT_HTTP_ADDR"))
	if err != nil {
		return fail(err)
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM)
	srv := &http.Server{Handler: bot.NewHTTPHandler(b, key)}
	go func() {
		for s := range sigs {
			if s == syscall.SIGTERM {
				srv.Shutdown(ctx)
				return
			}
			store.Refresh(ctx)
		}
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fail(err)
	}
	return 0
}

// trainingFolder writes a few articles of news prose written for the test,
// for --train-on.
func trainingFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	articles := map[string]string{
		"council.txt": `---
outlet: The Harbour Times
---
The city council voted on Tuesday to delay the new harbour plan until the spring. Members of the council said the plan would cost far more than the mayor had promised, and several of them asked for a new study of the costs.

The mayor, who has backed the harbour plan since the election, said the delay was a mistake. She told reporters that the city could not afford to wait another year for the jobs the harbour would bring.`,
		"wages.txt": `---
outlet: The Valley Post
---
The government announced on Friday that it would raise the minimum wage by five percent next year. The finance minister said the increase was fair to workers and to small businesses, but the opposition called it too little and too late.

Business groups warned that the increase would force some shops to close. The largest union in the country said it would keep up the pressure on the government until the wage was raised again.`,
		"talks.txt": `The two leaders met in the capital on Wednesday for talks on trade and security. It was the first visit by the president to the country since the war ended, and officials on both sides said the talks were friendly.

The president said his country was ready to help rebuild the roads and schools destroyed in the war. Human rights groups asked the leaders to free the journalists who are still held in prison.`,
		"notes.md": "Not an article: skipped.",
	}
	for name, text := range articles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEndToEnd(t *testing.T) {
	t.Setenv(fakeQuotebotEnv, "1")
	args := []string{"--quotes", "400", "--probes", "20", "--queries", "30", "--train-on", trainingFolder(t),
		"--http", "--quotebot", os.Args[0], "--writeback", "0", "--json"}
	r := runJSON(t, args, Report{
		Corpus: Corpus{Model: &Model{}}, Load: &Load{},
		Accuracy: Accuracies{Quotebot: Accuracy{ByKind: map[string]Tally{}}}, Server: &Server{}, Targets: []Target{},
	})
	if c := r.Corpus; c.Synthetic != 400 || c.Real != 0 || c.Probes != 20 || c.Articles != 20 || c.Source != "news articles" {
		t.Errorf("corpus = %+v", c)
	}
	if m := r.Corpus.Model; m.Files != 3 || m.Tokens < 100 || m.Words < 50 {
		t.Errorf("model = %+v: want 3 articles learnt", m)
	}
	s := r.Server
	if s.Binary != os.Args[0] || s.ReadySeconds <= 0 || s.RestartSeconds <= 0 || s.RefreshSeconds <= 0 {
		t.Errorf("server = %+v", s)
	}
	keys := r.Autocomplete.Quotebot.Count
	if s.Requests != 20+30+keys || r.Lookup.Quotebot.Count != 30 || keys < 20 {
		t.Errorf("%d interactions for 20 probes, 30 lookups and %d keystrokes", s.Requests, keys)
	}
	if runtime.GOOS == "linux" && (s.RSSBytes <= 0 || s.PeakRSSBytes < s.RSSBytes || s.SettledRSSBytes <= 0 || s.SettledRSSBytes > s.PeakRSSBytes || s.AfterRSSBytes <= 0) {
		t.Errorf("memory: %+v", s)
	}
	checkLatency(t, "lookup over HTTP", r.Lookup.Quotebot)
	checkLatency(t, "autocomplete over HTTP", r.Autocomplete.Quotebot)
	a := r.Accuracy.Quotebot
	if a.Probes != 20 || len(a.ByKind) != 4 || a.Top1 < 0.5 {
		t.Errorf("accuracy over HTTP = %+v: a tiny corpus is answered right", a)
	}
	if len(r.Targets) != 7 {
		t.Errorf("%d targets, want issue 10's 7", len(r.Targets))
	}
	for _, tg := range r.Targets {
		if tg.Issue != 10 || tg.Status != notJudged {
			t.Errorf("target %+v: a 400-quote run judges none", tg)
		}
	}
}

func TestTrainedTable(t *testing.T) {
	keep := filepath.Join(t.TempDir(), "articles")
	args := append(tiny[:len(tiny):len(tiny)], "--train-on", trainingFolder(t), "--keep", keep, "--misses")
	var out, errs bytes.Buffer
	if err := run(context.Background(), args, &out, &errs); err != nil {
		t.Fatalf("run: %v\n%s", err, errs.String())
	}
	for _, want := range []string{"news drawn from a word-bigram model of 3 articles", "top-1 who said", "top-1 shuffled",
		"quotes.Load of article files", "issue 10: top-1 accuracy"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	files, _ := filepath.Glob(filepath.Join(keep, "*", "*", "*.txt"))
	if len(files) != 100 {
		t.Errorf("--keep holds %d articles, want the 2000 quotations' 100", len(files))
	}
	err := run(context.Background(), args, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a second run into the same --keep: %v, want it refused", err)
	}
}

func TestStatusMemory(t *testing.T) {
	status := "Name:\tquotebot\nVmPeak:\t 1200000 kB\nVmHWM:\t  614400 kB\nVmRSS:\t  512000 kB\nThreads:\t9\n"
	rss, peak, err := statusMemory([]byte(status), "status")
	if err != nil || rss != 512000<<10 || peak != 614400<<10 {
		t.Errorf("statusMemory = %d, %d, %v; want 500 MiB and 600 MiB", rss, peak, err)
	}
	for _, bad := range []string{"Name:\tquotebot\n", "VmHWM:\t12 kB\nVmRSS:\tlots kB\n"} {
		if _, _, err := statusMemory([]byte(bad), "status"); err == nil {
			t.Errorf("statusMemory(%q) did not fail", bad)
		}
	}
	if runtime.GOOS == "linux" {
		if rss, peak, err := processMemory(os.Getpid()); err != nil || rss <= 0 || peak < rss {
			t.Errorf("processMemory(self) = %d, %d, %v", rss, peak, err)
		}
	}
}

// TestSettledMemory reads this process's memory until it stops falling,
// and fails on an ended context or a process that is not there.
func TestSettledMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	self, _, err := processMemory(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	rss, err := settledMemory(context.Background(), os.Getpid(), time.Millisecond, 5*time.Second)
	if err != nil || rss <= 0 || rss > self+self/10 {
		t.Errorf("settledMemory(self) = %d, %v; VmRSS was %d", rss, err, self)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := settledMemory(ctx, os.Getpid(), time.Hour, time.Hour); err == nil {
		t.Error("settledMemory with an ended context did not fail")
	}
	if _, err := settledMemory(context.Background(), -1, time.Millisecond, time.Second); err == nil {
		t.Error("settledMemory of no process did not fail")
	}
}

func TestWritten(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	if d, err := dirtyBytes(); err != nil || d < 0 {
		t.Fatalf("dirtyBytes = %d, %v", d, err)
	}
	took, err := written(context.Background(), 1<<62, time.Hour, time.Hour)
	if err != nil || took > time.Minute {
		t.Errorf("written under a bound nothing reaches: %v, %v", took, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := written(ctx, -1, time.Hour, time.Hour); err == nil {
		t.Error("written with an ended context and a bound never met did not fail")
	}
}
