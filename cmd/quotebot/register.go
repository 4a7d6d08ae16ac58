package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"quotebot/bot"
	"quotebot/config"
)

// runRegister is `quotebot register`: it registers the commands once, for
// the HTTP front end, which never contacts Discord itself.
func runRegister(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	clear, args, err := clearGuild(args)
	if err != nil {
		return err
	}
	cfg, err := parseConfig(config.Register, args)
	var help *usageError
	if errors.As(err, &help) && strings.HasPrefix(help.Msg, "usage:") {
		help.Msg = strings.Replace(help.Msg, "\nenvironment:",
			"\n  -clear-guild string\n    \tremove every command from this server first, e.g. a test server after going global\nenvironment:", 1)
	}
	if err != nil {
		return err
	}
	if clear != "" && clear == cfg.GuildID {
		return &usageError{Msg: fmt.Sprintf("quotebot register: --clear-guild %s would remove the commands --guild registers there", clear)}
	}
	bot.LogDiscordgo(newLogger(stderr), cfg.Token)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return redact(fmt.Errorf("creating the Discord session: %w", err), cfg.Token)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if clear != "" {
		// Cleared first, so that the registration below puts back the
		// moderator commands if this is the home server.
		if err := bot.ClearGuild(ctx, s, cfg.AppID, clear); err != nil {
			return redact(err, cfg.Token)
		}
		fmt.Fprintf(stdout, "removed every command from guild %s\n", clear)
	}
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

// clearGuild takes --clear-guild GUILD (or =GUILD) out of args: an action
// of register rather than a setting, it has no environment variable.
func clearGuild(args []string) (guild string, rest []string, err error) {
	for n := 0; n < len(args); n++ {
		a := args[n]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "clear-guild" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if n+1 == len(args) {
				return "", nil, &usageError{Msg: "quotebot register: --clear-guild needs a server ID"}
			}
			n++
			value = args[n]
		}
		if id, perr := strconv.ParseUint(value, 10, 64); perr != nil || id == 0 {
			return "", nil, &usageError{Msg: fmt.Sprintf("quotebot register: --clear-guild %.40q is not a Discord ID", value)}
		}
		guild = value
	}
	return guild, rest, nil
}
