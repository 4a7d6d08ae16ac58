package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"quotebot/bot"
	"quotebot/config"
	"quotebot/data"
	"quotebot/quotes"
)

// clearBotEnv makes the test independent of the machine's settings.
func clearBotEnv(t *testing.T) {
	for _, k := range []string{config.EnvToken, config.EnvAppID, config.EnvPublicKey, config.EnvGuildID,
		config.EnvDataDir, config.EnvModeratorRoles, config.EnvPrefix, config.EnvMessageContent, config.EnvHTTPAddr,
		config.EnvAdminGuild, config.EnvAdminUsers, config.EnvShardID, config.EnvShardCount,
		config.EnvFeeds, config.EnvFeedInterval, config.EnvFetchAllowPrivate, config.EnvFetchMaxBytes} {
		t.Setenv(k, "")
	}
}

// articleDir copies the built-in articles into a new folder.
func articleDir(t *testing.T) string {
	t.Helper()
	entries, err := fs.ReadDir(data.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, e := range entries {
		b, err := fs.ReadFile(data.FS, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	return writeArticles(t, files)
}

const lighthouse = `---
outlet: Harbour Herald
title: Lighthouse keeper retires
published: 2025-03-04
---
Lighthouse keeper retires

"Every storm taught me something about patience and the sea," Agnes Whitlow said.
`

func TestConsoleSubcommand(t *testing.T) {
	clearBotEnv(t)
	dir := articleDir(t)
	stdin := strings.NewReader("/quote great success\n/outlets\n/speaker putin\n")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"console", "--data", dir}, stdin, &stdout, &stderr); err != nil {
		t.Fatalf("console: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"5 articles", "Speaker: Vladimir Putin", "DW — 1 article", "Quotations by Vladimir Putin"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("console output lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestBotSubcommandConfigErrors(t *testing.T) {
	const token = "MTAwMDAwMDAwMDAwMDAwMDAx.GhIjKl.s3cr3t-s3cr3t"
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"serve without token", []string{"serve"}, nil, "DISCORD_TOKEN is not set"},
		{"serve with a bad guild", []string{"serve", "--guild", "home"}, map[string]string{config.EnvToken: token}, `--guild: "home" is not a Discord ID`},
		{"serve with a missing data folder", []string{"serve"}, map[string]string{config.EnvToken: token, config.EnvDataDir: "/nonexistent/articles"}, "QUOTEBOT_DATA_DIR: /nonexistent/articles: no such folder"},
		{"serve with the token as an argument", []string{"serve", token}, map[string]string{config.EnvToken: token}, "unexpected argument"},
		{"http without key", []string{"http"}, nil, "DISCORD_PUBLIC_KEY is not set"},
		{"register without app id", []string{"register"}, map[string]string{config.EnvToken: token}, "DISCORD_APP_ID is not set"},
		{"register with a malformed token", []string{"register", "--app-id", "1"}, map[string]string{config.EnvToken: "s3cr3t s3cr3t"}, "DISCORD_TOKEN is malformed"},
		{"console with unknown flag", []string{"console", "--verbose"}, nil, "flag provided but not defined: -verbose"},
		{"clear-guild without a server", []string{"register", "--app-id", "1", "--clear-guild"}, map[string]string{config.EnvToken: token}, "--clear-guild needs a server ID"},
		{"clear-guild not an ID", []string{"register", "--clear-guild=test-server", "--app-id", "1"}, map[string]string{config.EnvToken: token}, `--clear-guild "test-server" is not a Discord ID`},
		{"clear-guild is the guild registered", []string{"register", "--app-id", "1", "--guild", "42", "--clear-guild", "42"}, map[string]string{config.EnvToken: token}, "would remove the commands --guild registers there"},
		{"shard without count", []string{"serve", "--shard-id", "1"}, map[string]string{config.EnvToken: token}, "--shard-id and QUOTEBOT_SHARD_COUNT go together"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearBotEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr)
			if err == nil {
				t.Fatal("started with a bad configuration")
			}
			var buf bytes.Buffer
			code := exitCode(err, &buf)
			msg := buf.String()
			if code == 0 || !strings.Contains(msg, tt.want) || strings.Count(msg, "\n") != 1 {
				t.Errorf("exit %d, message %q: want one line containing %q", code, msg, tt.want)
			}
			if strings.Contains(msg+stderr.String(), "s3cr3t") {
				t.Errorf("the token was printed: %q %q", msg, stderr.String())
			}
		})
	}
}

func TestBotSubcommandHelp(t *testing.T) {
	clearBotEnv(t)
	err := run(context.Background(), []string{"http", "-h"}, strings.NewReader(""), io.Discard, io.Discard)
	var buf bytes.Buffer
	if code := exitCode(err, &buf); code != 2 || !strings.Contains(buf.String(), "-public-key") || !strings.Contains(buf.String(), "-admin-guild") {
		t.Errorf("http -h: exit %d, %q", code, buf.String())
	}
	err = run(context.Background(), []string{"register", "--help"}, strings.NewReader(""), io.Discard, io.Discard)
	buf.Reset()
	if code := exitCode(err, &buf); code != 2 || !strings.Contains(buf.String(), "-clear-guild") {
		t.Errorf("register --help: exit %d, %q", code, buf.String())
	}
}

// httpEnv sets up the environment of `quotebot http` with a new key pair
// and returns the key Discord would sign with.
func httpEnv(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	clearBotEnv(t)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvPublicKey, hex.EncodeToString(pub))
	return priv
}

// TestHTTPSubcommand starts `quotebot http` on a free local port, checks
// /healthz and a signed PING, and stops it as SIGTERM would.
func TestHTTPSubcommand(t *testing.T) {
	priv := httpEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logR, logW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"http", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, logW)
		logW.Close()
	}()
	addr := ""
	lines := bufio.NewScanner(logR)
	for addr == "" && lines.Scan() {
		if l := lines.Text(); strings.Contains(l, "msg=listening") {
			_, a, _ := strings.Cut(l, "addr=")
			addr, _, _ = strings.Cut(a, " ")
		}
	}
	go io.Copy(io.Discard, logR)
	if addr == "" {
		t.Fatalf("no listening line; run returned %v", <-done)
	}

	if code, body := healthz(t, addr); code != http.StatusOK || !strings.Contains(body, "5 articles") {
		t.Errorf("/healthz: %d %s", code, body)
	}

	ping := []byte(`{"id": "1", "application_id": "2", "type": 1, "token": "t", "version": 1}`)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", bytes.NewReader(ping))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), ping...))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(bytes.TrimSpace(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s", resp.StatusCode, body)
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("http after shutdown: %v", err)
	}
}

// TestRefreshOnSignal delivers hang-ups as the signal package does and
// checks that each refreshes, and that a failed one keeps the old index.
func TestRefreshOnSignal(t *testing.T) {
	dir := articleDir(t)
	store := bot.NewStore(bot.DirSource(dir, nil))
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	// hangUp delivers one SIGHUP and returns when its refresh is done.
	hangUp := func() {
		sig := make(chan os.Signal, 1)
		sig <- syscall.SIGHUP
		close(sig)
		refreshOn(context.Background(), sig, store, log)
	}

	if err := os.WriteFile(filepath.Join(dir, "200_lighthouse.txt"), []byte(lighthouse), 0o644); err != nil {
		t.Fatal(err)
	}
	hangUp()
	if n := len(store.Index().Articles()); n != 6 {
		t.Errorf("after SIGHUP with a new article: %d articles, want 6", n)
	}

	before := store.Index()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	hangUp()
	if store.Index() != before {
		t.Error("a failed refresh replaced the index")
	}
	if !strings.Contains(logs.String(), "refresh failed; the previous index keeps serving") || !strings.Contains(logs.String(), "is gone") {
		t.Errorf("log lacks the failure:\n%s", logs.String())
	}
}

// logLines collects the lines of a log for next to look through in order.
type logLines struct {
	mu    sync.Mutex
	lines []string
	pos   int           // lines before pos have been looked through
	grew  chan struct{} // holds a token when lines may have grown
	ended chan struct{} // closed when nothing more will be written
}

func newLogLines() *logLines {
	return &logLines{grew: make(chan struct{}, 1), ended: make(chan struct{})}
}

func (l *logLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	l.lines = append(l.lines, strings.Split(strings.TrimSuffix(string(p), "\n"), "\n")...)
	l.mu.Unlock()
	select {
	case l.grew <- struct{}{}:
	default:
	}
	return len(p), nil
}

// end tells next that nothing more will be written.
func (l *logLines) end() { close(l.ended) }

// next returns the next line containing s, waiting for it to be written,
// or "" if the log ends without one.
func (l *logLines) next(s string) string {
	for {
		l.mu.Lock()
		for l.pos < len(l.lines) {
			line := l.lines[l.pos]
			l.pos++
			if strings.Contains(line, s) {
				l.mu.Unlock()
				return line
			}
		}
		l.mu.Unlock()
		select {
		case <-l.grew:
		case <-l.ended:
			select {
			case <-l.grew: // written just before the end
			default:
				return ""
			}
		}
	}
}

// TestHangupDuringStartUp sends SIGHUP while `quotebot http` is loading
// its articles, which by default would end the process, and checks that
// the hang-up is kept for a refresh once start-up is done. Each load of
// the data folder waits for the test to let it go.
func TestHangupDuringStartUp(t *testing.T) {
	httpEnv(t)
	dir := articleDir(t)
	if err := os.WriteFile(filepath.Join(dir, "300_wire.txt"), []byte(lighthouse), 0o644); err != nil {
		t.Fatal(err)
	}
	loading, proceed := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() { dirSource = bot.DirSource })
	dirSource = func(dir string, log *slog.Logger) bot.Source {
		load := bot.DirSource(dir, log)
		return func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
			loading <- struct{}{}
			<-proceed
			return load(ctx)
		}
	}
	logs := newLogLines()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"http", "--addr", "127.0.0.1:0", "--data", dir}, strings.NewReader(""), io.Discard, logs)
		logs.end()
	}()

	<-loading
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	proceed <- struct{}{}
	if l := logs.next(`msg="index loaded"`); !strings.Contains(l, "articles=6") {
		t.Fatalf("log line %q, want the index loaded with 6 articles", l)
	}

	<-loading // the refresh the hang-up asked for
	proceed <- struct{}{}
	if l := logs.next("msg=refreshed"); !strings.Contains(l, "signal=hangup") || !strings.Contains(l, "articles=6") {
		t.Errorf("refresh log line %q, want a refresh for the hang-up", l)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("http: %v", err)
	}
}

// probe is an endpoint whose requests wait for release and answer with
// whether their context had ended; it records when it is shut down.
type probe struct {
	arrived, release chan struct{}
	answered         chan struct{} // closed when the request's answer is written
	shutdownAfter    bool          // Shutdown came after the answer
}

func (p *probe) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	close(p.arrived)
	<-p.release
	fmt.Fprint(w, r.Context().Err())
	close(p.answered)
}

func (p *probe) Shutdown(context.Context) error {
	select {
	case <-p.answered:
		p.shutdownAfter = true
	default:
	}
	return nil
}

// TestServeHTTPLetsRequestsFinish ends serveHTTP, as SIGTERM does, while
// a request is in flight: the request's context must not end with it, the
// request must get its answer, and the endpoint is shut down after.
func TestServeHTTPLetsRequestsFinish(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &probe{arrived: make(chan struct{}), release: make(chan struct{}), answered: make(chan struct{})}
	logs := newLogLines()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- serveHTTP(ctx, ln, p, slog.New(slog.NewTextHandler(logs, nil)))
		logs.end()
	}()
	if logs.next("msg=listening") == "" {
		t.Fatalf("serveHTTP ended before listening: %v", <-done)
	}
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/interactions")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		got <- string(body)
	}()
	<-p.arrived
	cancel()
	logs.next(`msg="shutting down"`)
	close(p.release)
	if body := <-got; body != "<nil>" {
		t.Errorf("the request in flight got %q, want its context still live (<nil>)", body)
	}
	if err := <-done; err != nil {
		t.Errorf("serveHTTP = %v", err)
	}
	if !p.shutdownAfter {
		t.Error("the endpoint was not shut down after the request in flight was answered")
	}
}

// TestHTTPSavesIndexAfterListening holds the cache's taking of the index
// at start-up: /healthz answers meanwhile, saying so, and the process,
// stopped then, ends only once the index is saved, so that the next start
// finds it.
func TestHTTPSavesIndexAfterListening(t *testing.T) {
	httpEnv(t)
	dir := articleDir(t)
	tidying, release := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() { dirSource = bot.DirSource })
	dirSource = func(dir string, log *slog.Logger) bot.Source {
		load := bot.DirSource(dir, log)
		return func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
			ix, rep, err := load(ctx)
			if rep != nil && rep.Tidy != nil {
				tidy := rep.Tidy
				rep.Tidy = func() {
					close(tidying)
					<-release
					tidy()
				}
			}
			return ix, rep, err
		}
	}
	logs := newLogLines()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"http", "--addr", "127.0.0.1:0", "--data", dir}, strings.NewReader(""), io.Discard, logs)
		logs.end()
	}()
	l := logs.next("msg=listening")
	if l == "" {
		close(release)
		t.Fatalf("no listening line; run returned %v", <-done)
	}
	_, addr, _ := strings.Cut(l, "addr=")
	addr, _, _ = strings.Cut(addr, " ")
	<-tidying
	if code, body := healthz(t, addr); code != http.StatusOK || !strings.Contains(body, "writing the cache") {
		t.Errorf("/healthz while the index is saved: %d %s", code, body)
	}
	cancel()
	select {
	case err := <-done:
		t.Fatalf("http ended before the index was saved: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatalf("http: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, quotes.CacheDir, "index")); err != nil {
		t.Errorf("no saved index once http has ended: %v", err)
	}
}

// healthz returns the status and body of /healthz from the front end
// listening at addr.
func healthz(t *testing.T, addr string) (int, string) {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}
