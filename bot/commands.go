package bot

import "github.com/bwmarrin/discordgo"

// Command and option names. They are what members type and what Discord
// sends back, so they are part of quotebot's interface.
const (
	CmdQuote       = "quote"
	CmdSpeaker     = "speaker"
	CmdOutlets     = "outlets"
	CmdRefresh     = "refresh"
	CmdWhoSaidThis = "Who said this?" // message context menu

	OptText    = "text"
	OptSpeaker = "speaker"
	OptOutlet  = "outlet"
	OptName    = "name"
)

// Commands returns the application commands quotebot registers, in the
// form Discord's bulk overwrite takes.
func Commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	anywhere := &[]discordgo.InteractionContextType{
		discordgo.InteractionContextGuild,
		discordgo.InteractionContextBotDM,
	}
	return []*discordgo.ApplicationCommand{
		{
			Name:        CmdQuote,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Find who said a quotation, from a half-remembered fragment",
			Contexts:    anywhere,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptText,
					Description:  "The words you remember, typos welcome",
					Required:     true,
					Autocomplete: true,
					MaxLength:    500,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptSpeaker,
					Description:  "Only quotations by this person",
					Autocomplete: true,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptOutlet,
					Description:  "Only quotations reported by this outlet",
					Autocomplete: true,
				},
			},
		},
		{
			Name:        CmdSpeaker,
			Type:        discordgo.ChatApplicationCommand,
			Description: "List a speaker's quotations",
			Contexts:    anywhere,
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptName,
					Description:  "The speaker's name, or part of it",
					Required:     true,
					Autocomplete: true,
				},
			},
		},
		{
			Name:        CmdOutlets,
			Type:        discordgo.ChatApplicationCommand,
			Description: "The news outlets in the quote index, with article and quote counts",
			Contexts:    anywhere,
		},
		{
			Name:        CmdRefresh,
			Type:        discordgo.ChatApplicationCommand,
			Description: "Rebuild the quote index from the data folder (moderators)",
			// Discord hides the command from members without Manage
			// Server; the handler checks again, since server admins can
			// override who sees it.
			DefaultMemberPermissions: &manageGuild,
			Contexts:                 guildOnly,
		},
		{
			Name:     CmdWhoSaidThis,
			Type:     discordgo.MessageApplicationCommand,
			Contexts: anywhere,
		},
		articleCommand(&manageGuild, guildOnly),
		feedCommand(&manageGuild, guildOnly),
	}
}
