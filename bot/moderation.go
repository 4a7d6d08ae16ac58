package bot

import (
	"context"
	"slices"

	"github.com/bwmarrin/discordgo"
)

// ModeratorCommands returns the commands that act on the whole process:
// /refresh, /article and /feed. They belong to the operator: they are
// registered only in the home server (Options.AdminGuild), as guild
// commands for guild installs, and New wraps every handler of one in
// moderatorOnly.
func ModeratorCommands() []*discordgo.ApplicationCommand {
	cmds := []*discordgo.ApplicationCommand{
		{
			Name:        CmdRefresh,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Rebuild the quote index from the data folder (moderators)",
		},
		articleCommand(),
		feedCommand(),
	}
	for _, c := range cmds {
		// Discord shows the commands to members with Manage Server and
		// to those an admin grants them in Server Settings → Integrations.
		manageGuild := int64(discordgo.PermissionManageGuild)
		c.DefaultMemberPermissions = &manageGuild
		c.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
		c.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	}
	return cmds
}

// moderatorNames holds the names of ModeratorCommands.
var moderatorNames = func() map[string]bool {
	names := map[string]bool{}
	for _, c := range ModeratorCommands() {
		names[c.Name] = true
	}
	return names
}()

// moderatorCommand reports whether name is one of ModeratorCommands.
func moderatorCommand(name string) bool { return moderatorNames[name] }

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

// mayModerate is the one rule for moderator commands (ModeratorCommands)
// and their autocomplete. The console's operator may;
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
