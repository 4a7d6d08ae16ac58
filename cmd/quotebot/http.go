package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"quotebot/bot"
	"quotebot/config"
)

// shutdownGrace is how long `quotebot http` lets answers in flight finish.
const shutdownGrace = 5 * time.Second

// runHTTP is `quotebot http`: Discord's HTTP interactions endpoint. It
// never contacts Discord; `quotebot register` registers the commands.
func runHTTP(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, err := parseConfig(config.HTTP, args)
	if err != nil {
		return err
	}
	log := newLogger(stderr)
	store, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	b := bot.New(store, bot.Options{ModeratorRoles: cfg.ModeratorRoles, Logger: log})
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.HTTPAddr, err)
	}
	srv := &http.Server{
		Handler:           bot.NewHTTPHandler(b, cfg.PublicKey),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	refreshOnHangup(ctx, store, log)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "endpoint", "POST /interactions", "health", "GET /healthz")
	select {
	case err := <-served:
		return fmt.Errorf("serving %s: %w", cfg.HTTPAddr, err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutting down %s: %w", cfg.HTTPAddr, err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving %s: %w", cfg.HTTPAddr, err)
	}
	return nil
}
