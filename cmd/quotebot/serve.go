package main

import (
	"context"
	"fmt"
	"io"

	"github.com/bwmarrin/discordgo"

	"quotebot/bot"
	"quotebot/config"
)

// runServe is `quotebot serve`: the bot over the Discord gateway. It
// registers the commands at start-up, answers until ctx ends (SIGINT or
// SIGTERM, see main) and refreshes the index on SIGHUP.
func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, err := parseConfig(config.Serve, args)
	if err != nil {
		return err
	}
	log := newLogger(stderr)
	log.Info("starting quotebot serve", "config", cfg.String())
	hup, stopHangups := catchHangups()
	defer stopHangups()
	store, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	refreshing, cancel := context.WithCancel(ctx)
	defer cancel() // ends refreshOn
	go refreshOn(refreshing, hup, store, log)
	bot.LogDiscordgo(log, cfg.Token)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return redact(fmt.Errorf("creating the Discord session: %w", err), cfg.Token)
	}
	s.LogLevel = discordgo.LogWarning
	lib, err := frontLibrary(cfg)
	if err != nil {
		return err
	}
	go followFeeds(refreshing, cfg, lib, store, log)
	b := bot.New(store, bot.Options{ModeratorRoles: cfg.ModeratorRoles, Prefix: cfg.Prefix, Logger: log, Library: lib, Feeds: cfg.Feeds})
	g := bot.NewGateway(s, b, cfg.MessageContent)
	return redact(g.Run(ctx, cfg.AppID, cfg.GuildID), cfg.Token)
}
