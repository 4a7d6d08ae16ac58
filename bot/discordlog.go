package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// LogDiscordgo sends discordgo's own log lines to log, with token replaced
// wherever it appears. discordgo logs through a package-wide hook, so this
// affects every session in the process; its debug level prints the
// identify packet, token included, which is why the token is scrubbed here
// as well as the level kept low.
func LogDiscordgo(log *slog.Logger, token string) {
	discordgo.Logger = func(level, _ int, format string, a ...any) {
		msg := fmt.Sprintf(format, a...)
		if token != "" {
			msg = strings.ReplaceAll(msg, token, "[token]")
		}
		log.Log(context.Background(), slogLevel(level), strings.TrimSpace(msg), "source", "discordgo")
	}
}

func slogLevel(level int) slog.Level {
	switch level {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	case discordgo.LogInformational:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}
