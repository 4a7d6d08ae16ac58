package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// Registration says where the commands go.
type Registration struct {
	AppID string
	// Guild, when set, takes the member commands instead of the global
	// scope: guild commands change at once, which suits a test server.
	Guild string
	// AdminGuild, when set, is the home server, the only place moderator
	// commands are registered. Without it there are none.
	AdminGuild string
}

// Register replaces the application's commands by bulk overwrite: the
// member commands (Commands) globally or in r.Guild, and the moderator
// commands (ModeratorCommands) in r.AdminGuild. Overwriting rather than
// creating one by one also removes commands an older quotebot
// registered, such as a global /refresh. It returns every command
// registered, with the IDs Discord gave them.
func Register(ctx context.Context, s *discordgo.Session, r Registration) ([]*discordgo.ApplicationCommand, error) {
	scopes := map[string][]*discordgo.ApplicationCommand{r.Guild: Commands(r.Guild == "")}
	if r.AdminGuild != "" {
		// One overwrite per scope: a second one would undo the first.
		scopes[r.AdminGuild] = append(scopes[r.AdminGuild], ModeratorCommands()...)
	}
	var all []*discordgo.ApplicationCommand
	// The member commands go first, so that a failure leaves the ones
	// members use in place.
	for _, guild := range []string{r.Guild, r.AdminGuild} {
		cmds, ok := scopes[guild]
		if !ok {
			continue
		}
		delete(scopes, guild)
		got, err := overwrite(ctx, s, r.AppID, guild, cmds)
		if err != nil {
			return all, err
		}
		all = append(all, got...)
	}
	return all, nil
}

// ClearGuild removes every command the application has in guild, such as
// the ones left in a test server after going global.
func ClearGuild(ctx context.Context, s *discordgo.Session, appID, guild string) error {
	// An empty list, not nil: Discord reads null as a malformed body.
	_, err := overwrite(ctx, s, appID, guild, []*discordgo.ApplicationCommand{})
	return err
}

func overwrite(ctx context.Context, s *discordgo.Session, appID, guild string, cmds []*discordgo.ApplicationCommand) ([]*discordgo.ApplicationCommand, error) {
	got, err := s.ApplicationCommandBulkOverwrite(appID, guild, cmds, discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guild != "" {
			where = "in guild " + guild
		}
		return nil, fmt.Errorf("register %d commands %s for application %s: %w", len(cmds), where, appID, hideURL(err))
	}
	return got, nil
}
