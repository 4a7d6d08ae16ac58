package main

import (
	"context"
	"fmt"
	"io"
	"time"

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
	// The cache takes the index before the shards connect, as Discord
	// waits for a gateway bot to connect, not for it to answer.
	store.Settle()
	refreshing, cancel := context.WithCancel(ctx)
	defer cancel() // ends refreshOn
	go refreshOn(refreshing, hup, store, log)
	bot.LogDiscordgo(log, cfg.Token)
	lib, err := frontLibrary(cfg)
	if err != nil {
		return err
	}
	go followFeeds(refreshing, cfg, lib, store, log)
	b := bot.New(store, bot.Options{AdminGuild: cfg.AdminGuild, AdminUsers: cfg.AdminUsers, ModeratorRoles: cfg.ModeratorRoles,
		Prefix: cfg.Prefix, Logger: log, Library: lib, Feeds: cfg.Feeds})
	reg := bot.Registration{AppID: cfg.AppID, Guild: cfg.GuildID, AdminGuild: cfg.AdminGuild}
	first, err := session(cfg.Token)
	if err != nil {
		return err
	}
	shards, ids, concurrency := cfg.ShardCount, []int{cfg.ShardID}, 1
	if shards == 0 {
		// One process runs every shard Discord recommends.
		asking, cancel := context.WithTimeout(ctx, 30*time.Second)
		shards, concurrency, err = bot.Recommended(asking, first)
		cancel()
		if err != nil {
			return redact(err, cfg.Token)
		}
		ids = ids[:0]
		for id := range shards {
			ids = append(ids, id)
		}
	}
	log.Info("connecting to Discord", "shards", shards, "here", len(ids))
	var gws []*bot.Gateway
	for n, id := range ids {
		s := first
		if n > 0 {
			if s, err = session(cfg.Token); err != nil {
				return err
			}
		}
		s.ShardID, s.ShardCount = id, shards
		gws = append(gws, bot.NewGateway(s, b, cfg.MessageContent))
	}
	return redact(bot.RunShards(ctx, gws, reg, concurrency), cfg.Token)
}

// session returns a discordgo session for the bot token.
func session(token string) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, redact(fmt.Errorf("creating the Discord session: %w", err), token)
	}
	s.LogLevel = discordgo.LogWarning
	return s, nil
}
