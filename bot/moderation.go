package bot

import (
	"context"
	"slices"

	"github.com/bwmarrin/discordgo"
)

// ModeratorCommands returns the commands that act on the whole process,
// such as /refresh. They belong to the operator: they are registered only
// in the home server (Options.AdminGuild), as guild commands for guild
// installs, and every handler of one is wrapped in moderatorOnly.
func ModeratorCommands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	return []*discordgo.ApplicationCommand{
		{
			Name:        CmdRefresh,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Rebuild the quote index from the data folder (moderators)",
			// Discord shows the command to members with Manage Server and
			// to those an admin grants it in Server Settings → Integrations.
			DefaultMemberPermissions: &manageGuild,
			IntegrationTypes:         &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall},
			Contexts:                 &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		},
	}
}

// moderatorOnly wraps the handler of a moderator command so that it runs
// only for a request mayModerate accepts, and otherwise refuses.
func (b *Bot) moderatorOnly(cmd command) command {
	return func(ctx context.Context, in *request) answer {
		if b.mayModerate(in) {
			return cmd(ctx, in)
		}
		b.log.Info("moderator command refused", "command", in.data.Name, "user", in.who, "guild", in.i.GuildID)
		if b.adminGuild == "" || in.i.GuildID != b.adminGuild {
			return refusal("This command is for the bot's operator, in the bot's home server. Nothing was changed.")
		}
		return refusal("Only moderators can do that: it takes the Manage Server permission, a moderator role or an operator's grant. Nothing was changed.")
	}
}

// mayModerate is the one rule for moderator commands: /refresh and every
// command that acts on the whole process. The console's operator may;
// otherwise the interaction must come from the home server, from a member
// who holds the command's default permission (Manage Server, which
// Administrator implies) or is an admin user or holds a moderator role.
// Outside the home server nobody may, whatever their permissions there:
// a Manage Server member of some other server is not the operator.
func (b *Bot) mayModerate(in *request) bool {
	if in.operator {
		return true
	}
	i := in.i
	if b.adminGuild == "" || i.GuildID != b.adminGuild || i.Member == nil || i.Member.User == nil {
		return false
	}
	m := i.Member
	if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 || b.adminUsers[m.User.ID] {
		return true
	}
	return slices.ContainsFunc(m.Roles, func(r string) bool { return b.modRoles[r] })
}
