package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// readyWithin bounds how long quotebot http may take to load its
// articles; a million quotations take well under a minute.
const readyWithin = 15 * time.Minute

// server is a quotebot http process started for the measurement.
type server struct {
	cmd    *exec.Cmd
	url    string // http://127.0.0.1:port
	log    string // the file its standard error goes to
	exited chan struct{}
	err    error // what Wait returned, once exited is closed
}

// quotebotBinary returns the quotebot to run: bin when given, otherwise
// one go build makes in tmp from the module this runs in.
func quotebotBinary(ctx context.Context, bin, tmp string, logf func(string, ...any)) (string, error) {
	if bin != "" {
		abs, err := filepath.Abs(bin)
		if err != nil {
			return "", fmt.Errorf("--quotebot %s: %w", bin, err)
		}
		return abs, nil
	}
	out := filepath.Join(tmp, "quotebot")
	logf("building quotebot into %s", out)
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "quotebot/cmd/quotebot")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build quotebot/cmd/quotebot (run quotebench inside the quotebot module, or give --quotebot): %w: %s",
			err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// startServer starts bin as `quotebot http` on the articles in dir,
// verifying interactions with pub, and waits until it answers /healthz.
// It returns the time from starting the process to that answer.
func startServer(ctx context.Context, bin, dir string, pub ed25519.PublicKey, logPath string) (*server, time.Duration, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, 0, err
	}
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, 0, fmt.Errorf("quotebot's log: %w", err)
	}
	defer logFile.Close() // the process has its own descriptor
	cmd := exec.Command(bin, "http")
	cmd.Env = append(cleanEnv(os.Environ()),
		"DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub), "QUOTEBOT_DATA_DIR="+dir, "QUOTEBOT_HTTP_ADDR="+addr)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	s := &server{cmd: cmd, url: "http://" + addr, log: logPath, exited: make(chan struct{})}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, 0, fmt.Errorf("starting %s http: %w", bin, err)
	}
	go func() {
		s.err = cmd.Wait()
		close(s.exited)
	}()
	if err := s.awaitReady(ctx); err != nil {
		s.stop()
		return nil, 0, err
	}
	return s, time.Since(start), nil
}

// cleanEnv is env without the settings of quotebot and Discord, so that
// only the ones the measurement gives apply.
func cleanEnv(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "QUOTEBOT_") && !strings.HasPrefix(kv, "DISCORD_") {
			out = append(out, kv)
		}
	}
	return out
}

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("finding a free port: %w", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr, nil
}

// awaitReady polls /healthz until it answers 200, the process exits, ctx
// ends or readyWithin passes.
func (s *server) awaitReady(ctx context.Context) error {
	deadline := time.Now().Add(readyWithin)
	for {
		if _, err := s.healthz(ctx); err == nil {
			return nil
		}
		select {
		case <-s.exited:
			return fmt.Errorf("quotebot http exited before it was ready (%v): %s", s.err, s.logTail())
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("quotebot http not ready after %v: %s", readyWithin, s.logTail())
		}
	}
}

// health is /healthz's answer: "ok: 5 articles, 21 quotations".
var health = regexp.MustCompile(`^ok: (\d+) articles?, (\d+) quotations?`)

// healthz asks the server whether it is ready and returns how many
// quotations it holds.
func (s *server) healthz(ctx context.Context) (int, error) {
	n, _, err := s.health(ctx)
	return n, err
}

// settle waits until quotebot's /healthz no longer says it is writing its
// cache, polling every, and returns how long that took; it gives up
// after limit.
func (s *server) settle(ctx context.Context, every, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	for {
		_, settling, err := s.health(ctx)
		if err != nil {
			return time.Since(start), err
		}
		if !settling {
			return time.Since(start), nil
		}
		if time.Since(start) > limit {
			return time.Since(start), fmt.Errorf("quotebot still writing its cache after %v", limit)
		}
		select {
		case <-ctx.Done():
			return time.Since(start), ctx.Err()
		case <-time.After(every):
		}
	}
}

// health reads /healthz: how many quotations quotebot serves, and whether
// it is still writing its cache.
func (s *server) health(ctx context.Context) (int, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url+"/healthz", nil)
	if err != nil {
		return 0, false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, false, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<10))
	m := health.FindSubmatch(body)
	if resp.StatusCode != http.StatusOK || m == nil {
		return 0, false, fmt.Errorf("GET /healthz: %s %q", resp.Status, body)
	}
	n, err := strconv.Atoi(string(m[2]))
	return n, bytes.Contains(body, []byte("writing the cache")), err
}

// logTail is the end of the server's log, for an error that says why it
// failed.
func (s *server) logTail() string {
	b, err := os.ReadFile(s.log)
	if err != nil {
		return fmt.Sprintf("(its log %s: %v)", s.log, err)
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return fmt.Sprintf("log %s ends:\n%s", s.log, strings.TrimSpace(string(b)))
}

// signal sends sig to the server.
func (s *server) signal(sig os.Signal) error {
	if err := s.cmd.Process.Signal(sig); err != nil {
		return fmt.Errorf("signalling quotebot http: %w", err)
	}
	return nil
}

// stop asks the server to shut down, as a supervisor does, and kills it
// if it has not within 15 seconds. It returns an error only when the
// server could not be stopped or exited of its own accord with a failure.
func (s *server) stop() error {
	select {
	case <-s.exited:
		return s.exitError()
	default:
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return s.exitError()
	case <-time.After(15 * time.Second):
	}
	s.cmd.Process.Kill()
	<-s.exited
	return fmt.Errorf("quotebot http did not stop within 15s of SIGTERM: %s", s.logTail())
}

func (s *server) exitError() error {
	var exit *exec.ExitError
	if s.err != nil && !(errors.As(s.err, &exit) && !exit.Exited()) {
		return fmt.Errorf("quotebot http: %w: %s", s.err, s.logTail())
	}
	return nil
}
