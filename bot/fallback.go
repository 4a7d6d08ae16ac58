package bot

import (
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// fitChannel makes a fit the channel i came from: where the bot may not
// embed links (app_permissions says so), embeds become plain text.
// Discord sends no app_permissions in some contexts; then nothing is
// known and nothing changes.
func (a answer) fitChannel(i *discordgo.Interaction) answer {
	if i.AppPermissions != 0 && i.AppPermissions&discordgo.PermissionEmbedLinks == 0 {
		return a.plainText()
	}
	return a
}

// plainText writes a's embeds into its content, for a channel where
// embeds are not allowed. Links are in angle brackets, so that Discord
// previews none of them.
func (a answer) plainText() answer {
	if len(a.embeds) == 0 {
		return a
	}
	var parts []string
	if a.content != "" {
		parts = append(parts, a.content)
	}
	for _, e := range a.embeds {
		fitEmbed(e)
		parts = append(parts, embedText(e))
	}
	a.content = strings.Join(parts, "\n\n")
	a.embeds = nil
	return a
}

// embedText is e in markdown: the title (and its link), the description,
// the fields and the footer as subtext.
func embedText(e *discordgo.MessageEmbed) string {
	var lines []string
	if e.Title != "" {
		t := "**" + e.Title + "**"
		if e.URL != "" {
			t += " <" + e.URL + ">"
		}
		lines = append(lines, t)
	}
	if e.Description != "" {
		lines = append(lines, e.Description)
	}
	var inline []string
	flush := func() {
		if len(inline) > 0 {
			lines = append(lines, strings.Join(inline, " · "))
			inline = nil
		}
	}
	for _, f := range e.Fields {
		s := "**" + f.Name + ":** " + f.Value
		if f.Inline {
			inline = append(inline, s)
			continue
		}
		flush()
		lines = append(lines, s)
	}
	flush()
	if e.Footer != nil && e.Footer.Text != "" {
		lines = append(lines, "-# "+escape(e.Footer.Text))
	}
	return strings.Join(lines, "\n")
}

// followup dresses a as a follow-up message, for an ephemeral note after a
// public deferred response.
func (a answer) followup() *discordgo.WebhookParams {
	a = a.fit()
	return &discordgo.WebhookParams{
		Content:         a.content,
		Embeds:          a.embeds,
		Components:      a.components,
		AllowedMentions: noMentions(),
		Flags:           a.flags(),
	}
}

// troubledChannels remembers the channels whose missing permissions have
// been logged, so that a busy channel does not fill the log.
type troubledChannels struct {
	mu   sync.Mutex
	seen map[string]bool
}

// maxTroubled bounds the memory: past it the log may repeat a channel.
const maxTroubled = 10000

func (t *troubledChannels) first(channel string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen == nil || len(t.seen) >= maxTroubled {
		t.seen = map[string]bool{}
	}
	if t.seen[channel] {
		return false
	}
	t.seen[channel] = true
	return true
}

// channelTrouble logs, once per channel, that the bot lacks a permission
// there.
func (b *Bot) channelTrouble(channel, what string, err error) {
	if b.troubled.first(channel) {
		b.log.Warn("missing permission in a channel: "+what, "channel", channel, "err", hideURL(err))
	}
}
