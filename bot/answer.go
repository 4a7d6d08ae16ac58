package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// answer is what a handler says, before it is dressed as an interaction
// response or a channel message.
type answer struct {
	content    string
	embeds     []*discordgo.MessageEmbed
	components []discordgo.MessageComponent
	// ephemeral answers are seen by the asker only: errors, refusals and
	// moderator reports.
	ephemeral bool
	// update replaces the message a button belongs to instead of posting.
	update bool
	// later, when set, is work that may outlast the three seconds Discord
	// waits for a first response. The interaction is then answered at once
	// with a deferred response ("quotebot is thinking…"), ephemeral if the
	// answer is, and the answer later returns is edited into it.
	later func(ctx context.Context) answer
}

// restarting is the answer to work asked for while quotebot shuts down.
const restarting = "quotebot is restarting; please try again in a minute."

// fromResponse is the answer a response shows, for dressing it anew.
func fromResponse(r *discordgo.InteractionResponse) answer {
	if r.Data == nil {
		return answer{}
	}
	return answer{
		content:    r.Data.Content,
		embeds:     r.Data.Embeds,
		components: r.Data.Components,
		ephemeral:  r.Data.Flags&discordgo.MessageFlagsEphemeral != 0,
		update:     r.Type == discordgo.InteractionResponseUpdateMessage,
	}
}

// refusal is an ephemeral answer that explains why nothing was done.
func refusal(msg string) answer { return answer{content: msg, ephemeral: true} }

// noMentions lets no mention in a message ping anyone. Parse must be an
// empty list, which is Discord's documented way of allowing none; a nil
// slice would go out as null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// fit applies Discord's limits to a.
func (a answer) fit() answer {
	a.content = truncate(a.content, maxContent)
	if len(a.embeds) > maxEmbedsPerSend {
		a.embeds = a.embeds[:maxEmbedsPerSend]
	}
	total := 0
	for n, e := range a.embeds {
		fitEmbed(e)
		total += embedLength(e)
		if total > maxEmbedTotal {
			a.embeds = a.embeds[:n]
			break
		}
	}
	if a.content == "" && len(a.embeds) == 0 {
		a.content = "(nothing to show)"
	}
	return a
}

// response dresses a as the answer to an interaction: the deferred
// response when a has work for later.
func (a answer) response() *discordgo.InteractionResponse {
	if a.later != nil {
		d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
		if a.ephemeral {
			d.Flags = discordgo.MessageFlagsEphemeral
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: d}
	}
	a = a.fit()
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if a.update && !a.ephemeral {
		typ = discordgo.InteractionResponseUpdateMessage
	}
	d := &discordgo.InteractionResponseData{
		Content:         a.content,
		Embeds:          a.embeds,
		Components:      a.components,
		AllowedMentions: noMentions(),
		Flags:           a.flags(),
	}
	// An update must clear what it does not replace, so it sends empty
	// lists rather than omitting them.
	if typ == discordgo.InteractionResponseUpdateMessage {
		if d.Embeds == nil {
			d.Embeds = []*discordgo.MessageEmbed{}
		}
		if d.Components == nil {
			d.Components = []discordgo.MessageComponent{}
		}
	}
	return &discordgo.InteractionResponse{Type: typ, Data: d}
}

// edit dresses a as the edit that completes a deferred response. Whether
// the message is ephemeral was settled by the deferred response.
func (a answer) edit() *discordgo.WebhookEdit {
	a = a.fit()
	// Empty lists rather than none, so that the edit says exactly what the
	// message shows.
	embeds, components := a.embeds, a.components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{
		Content:         &a.content,
		Embeds:          &embeds,
		Components:      &components,
		AllowedMentions: noMentions(),
	}
}

// message dresses a as a reply to the channel message m. Channel messages
// cannot be ephemeral, so a refusal is a plain reply.
func (a answer) message(m *discordgo.Message) *discordgo.MessageSend {
	a = a.fit()
	return &discordgo.MessageSend{
		Content:         a.content,
		Embeds:          a.embeds,
		Components:      a.components,
		AllowedMentions: noMentions(),
		// A soft reference still answers when the question was deleted.
		Reference: m.SoftReference(),
		Flags:     a.noPreviews(),
	}
}

// flags are a's message flags: ephemeral, and no link previews.
func (a answer) flags() discordgo.MessageFlags {
	f := a.noPreviews()
	if a.ephemeral {
		f |= discordgo.MessageFlagsEphemeral
	}
	return f
}

// noPreviews keeps Discord from previewing the links in a text answer (a
// list of suggestions would grow a preview per outlet). Answers with
// embeds have none to lose.
func (a answer) noPreviews() discordgo.MessageFlags {
	if len(a.embeds) == 0 && strings.Contains(a.content, "://") {
		return discordgo.MessageFlagsSuppressEmbeds
	}
	return 0
}

// choices is an autocomplete answer. With no choices discordgo leaves the
// field out, which Discord shows as "no options match your search".
func choices(c []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: c},
	}
}
