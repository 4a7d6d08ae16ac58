package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"quotebot/bot"
	"quotebot/config"
	"quotebot/data"
)

// clearBotEnv makes the test independent of the machine's settings.
func clearBotEnv(t *testing.T) {
	for _, k := range []string{config.EnvToken, config.EnvAppID, config.EnvPublicKey, config.EnvGuildID,
		config.EnvDataDir, config.EnvModeratorRoles, config.EnvPrefix, config.EnvMessageContent, config.EnvHTTPAddr} {
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
	if code := exitCode(err, &buf); code != 2 || !strings.Contains(buf.String(), "-public-key") {
		t.Errorf("http -h: exit %d, %q", code, buf.String())
	}
}

// TestHTTPSubcommand starts `quotebot http` on a free local port, checks
// /healthz and a signed PING, and stops it as SIGTERM would.
func TestHTTPSubcommand(t *testing.T) {
	clearBotEnv(t)
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(config.EnvPublicKey, hex.EncodeToString(pub))
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

	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "5 articles") {
		t.Errorf("/healthz: %d %s", resp.StatusCode, body)
	}

	ping := []byte(`{"id": "1", "application_id": "2", "type": 1, "token": "t", "version": 1}`)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", bytes.NewReader(ping))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), ping...))))
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
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
	store := bot.NewStore(bot.DirSource(dir))
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
