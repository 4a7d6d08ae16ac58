package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"quotebot/bot"
	"quotebot/config"
	"quotebot/data"
)

// parseConfig reads the configuration of a bot front end; -h prints the
// flags and environment variables.
func parseConfig(mode config.Mode, args []string) (*config.Config, error) {
	cfg, err := config.Parse(mode, args, os.Getenv)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, &usageError{Msg: strings.TrimRight(config.Usage(mode), "\n")}
		}
		return nil, err
	}
	return cfg, nil
}

// dirSource makes the source of a data folder; tests hold a load with it.
var dirSource = bot.DirSource

// openStore loads the index the bot front ends serve: the data folder when
// one is configured, else the built-in articles. A first load that yields
// nothing stops start-up, as there would be nothing to answer from. The
// cache has yet to take the index: the caller settles the store (see
// bot.Store.Start) once it answers.
func openStore(ctx context.Context, cfg *config.Config, log *slog.Logger) (*bot.Store, error) {
	source := bot.FSSource(data.FS)
	if cfg.DataDir != "" {
		source = dirSource(cfg.DataDir, log)
	}
	store := bot.NewStore(source)
	c, err := store.Start(ctx)
	logProblems(log, c)
	if err != nil {
		return nil, fmt.Errorf("loading the articles: %w", err)
	}
	log.Info("index loaded", "articles", c.Articles, "quotes", c.Quotes, "data", orBuiltIn(cfg.DataDir),
		"extracted", c.Extracted, "took", c.Took)
	return store, nil
}

func orBuiltIn(dir string) string {
	if dir == "" {
		return "built-in"
	}
	return dir
}

// newLogger writes text log lines to w.
func newLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}

// catchHangups makes SIGHUP, the operator's way to reload without
// Discord, deliver on hup from now on until stop is called. A front end
// calls it before it first loads the index: by default SIGHUP ends the
// process, and one that arrives while the index loads waits on hup (one
// at most) for refreshOn instead.
func catchHangups() (hup <-chan os.Signal, stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP)
	return c, func() { signal.Stop(c) }
}

// refreshOn refreshes store each time sig delivers, until ctx ends or sig
// is closed. A failed refresh is logged and the previous index keeps
// serving.
func refreshOn(ctx context.Context, sig <-chan os.Signal, store *bot.Store, log *slog.Logger) {
	for {
		select {
		case <-ctx.Done():
			return
		case s, ok := <-sig:
			if !ok {
				return
			}
			c, err := store.Refresh(ctx)
			logProblems(log, c)
			if err != nil {
				log.Error("refresh failed; the previous index keeps serving", "signal", s.String(), "err", err)
				continue
			}
			log.Info("refreshed", "signal", s.String(), "articles", c.Articles, "quotes", c.Quotes,
				"added", c.AddedQuotes, "removed", c.RemovedQuotes, "extracted", c.Extracted, "took", c.Took)
		}
	}
}

func logProblems(log *slog.Logger, c *bot.Change) {
	if c == nil {
		return
	}
	for _, p := range c.Problems {
		log.Warn("article problem", "path", p.Path, "line", p.Line, "err", p.Err, "loaded", !p.Fatal)
	}
}

// redact keeps the token out of an error that reaches the terminal, in
// case a library ever puts it in one.
func redact(err error, token string) error {
	if err == nil || token == "" || !strings.Contains(err.Error(), token) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), token, "[token]"))
}
