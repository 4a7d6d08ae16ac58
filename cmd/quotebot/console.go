package main

import (
	"context"
	"errors"
	"io"

	"quotebot/bot"
	"quotebot/config"
)

// runConsole is `quotebot console`: the bot's commands typed on stdin and
// answered as text on stdout, for a machine without Discord.
func runConsole(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(config.Console, args)
	if err != nil {
		return err
	}
	log := newLogger(stderr)
	store, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	b := bot.New(store, bot.Options{Logger: log})
	if err := b.Console(ctx, stdin, stdout); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
