package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// The /feed command and its options.
const (
	CmdFeed = "feed"
	OptFeed = "feed"
)

// feedCommand is the definition of /feed, for ModeratorCommands, which
// makes it the operator's.
func feedCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        CmdFeed,
		Type:        discordgo.ChatApplicationCommand,
		Description: "Follow RSS or Atom feeds: their new articles join the quote index (moderators)",
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubAdd,
				Description: "Follow a feed",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: OptURL, Description: "Link to the RSS or Atom feed", Required: true, MaxLength: 2000},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubRemove,
				Description: "Stop following a feed",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: OptFeed, Description: "The feed's link", Required: true, Autocomplete: true},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubList,
				Description: "List the feeds quotebot follows",
			},
		},
	}
}

func (b *Bot) feedCommand(_ context.Context, in *request) answer {
	if b.lib == nil {
		return refusal(notEditable)
	}
	if len(in.data.Options) == 0 || in.data.Options[0] == nil {
		return refusal("Use /feed add, /feed remove or /feed list.")
	}
	sub := in.data.Options[0]
	switch sub.Name {
	case SubAdd:
		link := strings.TrimSpace(stringOption(sub.Options, OptURL))
		who := in.who
		return answer{ephemeral: true, later: func(ctx context.Context) answer { return b.feedAdd(ctx, who, link) }}
	case SubRemove:
		return b.feedRemove(in.who, strings.TrimSpace(stringOption(sub.Options, OptFeed)))
	case SubList:
		return b.feedList()
	}
	return refusal("Use /feed add, /feed remove or /feed list.")
}

// feedAdd checks that link is a working feed, then follows it.
func (b *Bot) feedAdd(ctx context.Context, who, link string) answer {
	ctx, cancel := context.WithTimeout(ctx, b.refreshWithin)
	defer cancel()
	title, items, err := b.lib.CheckFeed(ctx, link)
	if err != nil {
		return refusal("Not following it: " + b.libraryTrouble(err) + ".")
	}
	added, err := b.lib.AddFeed(link)
	if err != nil {
		return refusal("Not following it: " + b.libraryTrouble(err) + ".")
	}
	if !added {
		return refusal("quotebot already follows that feed.")
	}
	b.log.Info("feed followed", "user", who, "feed", link)
	return answer{content: fmt.Sprintf("Now following %s (%s). Its new articles join the index at the next poll.",
		escape(orDefault(title, "an untitled feed")), plural(items, "item")), ephemeral: true}
}

func (b *Bot) feedRemove(who, link string) answer {
	for _, f := range b.feeds {
		if f == link {
			return refusal("That feed is set in quotebot's configuration (QUOTEBOT_FEEDS or --feeds); the operator can remove it there.")
		}
	}
	removed, err := b.lib.RemoveFeed(link)
	switch {
	case err != nil:
		return refusal("Nothing was changed: " + b.libraryTrouble(err) + ".")
	case !removed:
		return refusal("quotebot does not follow that feed. Pick one from the list as you type.")
	}
	b.log.Info("feed unfollowed", "user", who, "feed", link)
	return answer{content: "No longer following " + escape(link) + ". Articles already added stay; remove them with /article remove.", ephemeral: true}
}

func (b *Bot) feedList() answer {
	listed, err := b.lib.Feeds()
	if err != nil {
		return refusal("Could not read the feed list: " + b.libraryTrouble(err) + ".")
	}
	var lines []string
	for _, f := range b.feeds {
		lines = append(lines, "• "+escape(f)+" (configuration)")
	}
	for _, f := range listed {
		lines = append(lines, "• "+escape(f))
	}
	if len(lines) == 0 {
		return refusal("quotebot follows no feeds. Add one with /feed add.")
	}
	return answer{embeds: []*discordgo.MessageEmbed{{
		Title:       fmt.Sprintf("Feeds followed (%d)", len(lines)),
		Description: joinLines(lines, maxEmbedDesc),
		Color:       embedColor,
	}}, ephemeral: true}
}

// feedChoices offers the feeds in the folder's list that hold what is
// typed in /feed remove's option.
func (b *Bot) feedChoices(opts []*discordgo.ApplicationCommandInteractionDataOption) []*discordgo.ApplicationCommandOptionChoice {
	if b.lib == nil || len(opts) == 0 || opts[0] == nil || opts[0].Name != SubRemove {
		return nil
	}
	typed := strings.ToLower(strings.TrimSpace(stringOption(opts[0].Options, OptFeed)))
	listed, err := b.lib.Feeds()
	if err != nil {
		return nil
	}
	var cs []*discordgo.ApplicationCommandOptionChoice
	for _, f := range listed {
		if len(f) > maxChoiceValue || !strings.Contains(strings.ToLower(f), typed) {
			continue
		}
		cs = append(cs, choice(f, f))
		if len(cs) == maxChoices {
			break
		}
	}
	return cs
}
