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

// runRegister is `quotebot register`: it registers the commands once, for
// the HTTP front end, which never contacts Discord itself.
func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseConfig(config.Register, args)
	if err != nil {
		return err
	}
	bot.LogDiscordgo(newLogger(stderr), cfg.Token)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return redact(fmt.Errorf("creating the Discord session: %w", err), cfg.Token)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmds, err := bot.Register(ctx, s, bot.Registration{AppID: cfg.AppID, Guild: cfg.GuildID, AdminGuild: cfg.AdminGuild})
	if err != nil {
		return redact(err, cfg.Token)
	}
	fmt.Fprintf(stdout, "registered %d commands:\n", len(cmds))
	for _, c := range cmds {
		where := "global"
		if c.GuildID != "" {
			where = "guild " + c.GuildID
		}
		fmt.Fprintf(stdout, "  %s (id %s, %s)\n", c.Name, c.ID, where)
	}
	return nil
}
