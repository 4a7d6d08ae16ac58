package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Register replaces the application's commands with Commands() by bulk
// overwrite: in the guild guildID when it is set, which takes effect at
// once and suits testing, else globally. Overwriting rather than creating
// one by one also removes commands an older quotebot registered.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string) ([]*discordgo.ApplicationCommand, error) {
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in guild " + guildID
		}
		return nil, fmt.Errorf("register commands %s for application %s: %w", where, appID, hideURL(err))
	}
	return cmds, nil
}
