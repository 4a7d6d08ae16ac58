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
	CmdHelp        = "help"

	OptText    = "text"
	OptSpeaker = "speaker"
	OptOutlet  = "outlet"
	OptName    = "name"
)

// Commands returns the commands every member gets, in the form Discord's
// bulk overwrite takes. global says whether they are registered globally:
// installation contexts apply to global commands only, so a test
// server's copy goes without. Moderator commands are apart, in
// ModeratorCommands.
func Commands(global bool) []*discordgo.ApplicationCommand {
	var anywhere *[]discordgo.InteractionContextType
	if global {
		anywhere = &[]discordgo.InteractionContextType{
			discordgo.InteractionContextGuild,
			discordgo.InteractionContextBotDM,
		}
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
					MaxLength:    maxTextOption,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptSpeaker,
					Description:  "Only quotations by this person",
					Autocomplete: true,
					MaxLength:    maxNameOption,
				},
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         OptOutlet,
					Description:  "Only quotations reported by this outlet",
					Autocomplete: true,
					MaxLength:    maxNameOption,
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
					MaxLength:    maxNameOption,
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
			Name:        CmdHelp,
			Type:        discordgo.ChatApplicationCommand,
			Description: "How to ask quotebot who said something",
			Contexts:    anywhere,
		},
		{
			Name:     CmdWhoSaidThis,
			Type:     discordgo.MessageApplicationCommand,
			Contexts: anywhere,
		},
	}
}

// The lengths the command definitions promise; the handlers cut longer
// values, so that a request made without Discord's client costs no more.
const (
	maxTextOption = 500
	maxNameOption = 100
)
