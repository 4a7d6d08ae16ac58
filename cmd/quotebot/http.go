package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"quotebot/bot"
	"quotebot/config"
)

// shutdownGrace is how long `quotebot http` lets answers in flight finish.
const shutdownGrace = 5 * time.Second

// runHTTP is `quotebot http`: Discord's HTTP interactions endpoint. It
// never contacts Discord but to complete a deferred answer; `quotebot
// register` registers the commands.
func runHTTP(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, err := parseConfig(config.HTTP, args)
	if err != nil {
		return err
	}
	log := newLogger(stderr)
	hup, stopHangups := catchHangups()
	defer stopHangups()
	store, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	// The process ends only once the cache has taken the index, so that
	// the next start finds it.
	defer store.Settle()
	lib, err := frontLibrary(cfg)
	if err != nil {
		return err
	}
	b := bot.New(store, bot.Options{AdminGuild: cfg.AdminGuild, AdminUsers: cfg.AdminUsers, ModeratorRoles: cfg.ModeratorRoles,
		Logger: log, Library: lib, Feeds: cfg.Feeds})
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.HTTPAddr, err)
	}
	// The cache takes the index while the endpoint answers, on the other
	// core: saving a million quotations' index takes half a second that
	// a start need not wait for. /healthz says so meanwhile.
	go store.Settle()
	refreshing, cancel := context.WithCancel(ctx)
	defer cancel() // ends refreshOn
	go refreshOn(refreshing, hup, store, log)
	go followFeeds(refreshing, cfg, lib, store, log)
	return serveHTTP(ctx, ln, bot.NewHTTPHandler(b, cfg.PublicKey), log)
}

// endpoint is an HTTP handler that may still owe answers when its requests
// have ended, as bot.HTTPHandler owes the edits of deferred answers.
type endpoint interface {
	http.Handler
	Shutdown(context.Context) error
}

// serveHTTP serves h on ln until ctx ends, then shuts down: it stops
// taking requests and gives the requests in flight, and then the answers h
// still owes, shutdownGrace to finish.
func serveHTTP(ctx context.Context, ln net.Listener, h endpoint, log *slog.Logger) error {
	addr := ln.Addr().String()
	// Requests get contexts of their own rather than ctx (no BaseContext):
	// ctx ends with SIGTERM, which must not cut off the answers Shutdown
	// waits for.
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", "addr", addr, "endpoint", "POST /interactions", "health", "GET /healthz")
	select {
	case err := <-served:
		return fmt.Errorf("serving %s: %w", addr, err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	err := srv.Shutdown(shutdown)
	if owed := h.Shutdown(shutdown); err == nil {
		err = owed
	}
	if err != nil {
		return fmt.Errorf("shutting down %s: %w", addr, err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving %s: %w", addr, err)
	}
	return nil
}
