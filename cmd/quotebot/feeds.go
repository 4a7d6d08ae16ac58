package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"quotebot/bot"
	"quotebot/config"
	"quotebot/library"
)

// runFeeds is `quotebot feeds`: one round of polling the followed feeds
// by hand, printing what was added and every failure.
func runFeeds(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("feeds")
	dir := fs.String("data", "", "`DIR`ectory of article files [QUOTEBOT_DATA_DIR]")
	file := fs.String("feeds", "", "`FILE` of feed links, one a line, besides QUOTEBOT_FEEDS and the data folder's list")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return &usageError{Msg: fmt.Sprintf("quotebot feeds: unexpected argument %q (usage: quotebot feeds [--data DIR] [--feeds FILE])", rest[0])}
	}
	lib, err := openLibrary(*dir)
	if err != nil {
		return err
	}
	extra, err := config.FeedList(config.EnvFeeds, os.Getenv(config.EnvFeeds))
	if err != nil {
		return err
	}
	if *file != "" {
		listed, err := config.FeedsFile(*file)
		if err != nil {
			return err
		}
		extra = append(extra, listed...)
	}
	r, err := lib.PollFeeds(ctx, extra)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d feeds polled, %d articles added.\n", r.Feeds, len(r.Added))
	for _, a := range r.Added {
		printAdded(stdout, lib.Dir(), a)
	}
	for _, f := range r.Failures {
		fmt.Fprintf(stderr, "quotebot feeds: %v\n", f)
	}
	if len(r.Failures) > 0 {
		return &exitError{Code: 1}
	}
	return nil
}

// followFeeds polls the feeds every cfg.FeedInterval until ctx ends, and
// refreshes store once after a round that added anything. Feeds are only
// followed with a data folder to add to.
func followFeeds(ctx context.Context, cfg *config.Config, lib *library.Library, store *bot.Store, log *slog.Logger) {
	if lib == nil {
		return
	}
	interval := cfg.FeedInterval
	if interval <= 0 {
		interval = config.DefaultFeedInterval
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		r, err := lib.PollFeeds(ctx, cfg.Feeds)
		if ctx.Err() != nil {
			return
		}
		switch {
		case err != nil:
			log.Warn("polling feeds", "err", err)
		default:
			for _, f := range r.Failures {
				log.Warn("feed problem", "err", f)
			}
			if len(r.Added) > 0 {
				c, err := store.Refresh(ctx)
				logProblems(log, c)
				if err != nil {
					log.Error("refresh after polling feeds failed; the previous index keeps serving", "err", err)
				} else {
					log.Info("feeds added articles", "added", len(r.Added), "articles", c.Articles, "quotes", c.Quotes)
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
