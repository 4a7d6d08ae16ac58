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

// moderatorOnly wraps the handler of a moderator command so that it runs
// only for a request mayModerate accepts, and otherwise refuses.
func (b *Bot) moderatorOnly(cmd command) command {
	return func(ctx context.Context, in *request) answer {
		if b.mayModerate(in) {
			return cmd(ctx, in)
		}
		b.log.Info("moderator command refused", "command", in.data.Name, "user", in.who, "guild", in.i.GuildID)
		return refusal("This command is for the bot's operator and moderators, in the bot's home server. Nothing was changed.")
	}
}

// mayModerate is the one rule for moderator commands: /refresh and every
// command, button or form that acts on the whole process. The console's
// operator may. Otherwise the interaction must come from the home server,
// from a member, and either
//
//   - be the invocation of a moderator command, or the autocomplete of
//     one being typed: Discord has then applied the command's default
//     permission (Manage Server) and any override an admin set in Server
//     Settings → Integrations, as it sends no interaction for a member it
//     does not let run the command; or
//   - come from a member with the default permission (Manage Server, or
//     Administrator), an admin user or a member with a moderator role,
//     for what Discord does not check itself, such as a button on a
//     moderator's message.
//
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
	delivered := i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionApplicationCommandAutocomplete
	if delivered && moderatorCommand(in.data.Name) {
		return true
	}
	m := i.Member
	if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 || b.adminUsers[m.User.ID] {
		return true
	}
	return slices.ContainsFunc(m.Roles, func(r string) bool { return b.modRoles[r] })
}

// moderatorCommand reports whether name is one of ModeratorCommands.
func moderatorCommand(name string) bool {
	return slices.ContainsFunc(ModeratorCommands(), func(c *discordgo.ApplicationCommand) bool { return c.Name == name })
}
