package bot

import (
	"strings"
	"unicode"

	"github.com/bwmarrin/discordgo"
)

// maxMention is the longest message text read: Discord's own limit for
// a message, and more than any question needs.
const maxMention = 2000

// Message answers a channel message addressed to the bot, whose user ID is
// self: one that mentions it, or that starts with the configured prefix.
// It returns nil for every other message, for messages from bots (so that
// two bots cannot talk each other into a loop), and when the author is
// over the rate limit.
func (b *Bot) Message(m *discordgo.Message, self string) (send *discordgo.MessageSend) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == self {
		return nil
	}
	question, ok := b.addressed(m.Content, self)
	if !ok && m.GuildID == "" {
		// In a direct message everything is addressed to the bot.
		question, ok = strings.TrimSpace(cutRunes(m.Content, maxMention)), true
	}
	if !ok {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("message handler panicked", "message", m.ID, "panic", p)
			send = refusal(sorry).message(m)
		}
	}()
	if !b.limit.allow(m.Author.ID) {
		b.log.Info("rate limited", "user", m.Author.ID, "channel", m.ChannelID)
		if b.limit.tell(m.Author.ID) {
			return refusal(slowDown).message(m)
		}
		return nil
	}
	return b.ask(question, m.Author.ID, self).message(m)
}

// mentionHelp tells how to ask; self is the bot's user ID, whose mention
// Discord shows as the bot's own name.
func (b *Bot) mentionHelp(self string) string {
	me := "@quotebot"
	if self != "" {
		me = "<@" + self + ">"
	}
	return "Ask me about a quotation, e.g. " + me + " who said \"great success\"? — or use " + b.mention(CmdQuote) + ". " + b.mention(CmdHelp) + " tells more."
}

// ask answers a question typed as plain text, as /quote would.
func (b *Bot) ask(question, who, self string) answer {
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	if strings.TrimSpace(question) == "" {
		return refusal(b.mentionHelp(self))
	}
	l, ok := chatLookup(snap.ix, question)
	if !ok {
		return refusal(b.mentionHelp(self))
	}
	return b.quotePage(snap, l, who, 0)
}

// addressed reports whether content is meant for the bot and returns the
// question in it. Only a mention written in the text counts: a reply to
// one of the bot's answers lists the bot among the mentions too, and
// "thanks!" is not a question.
func (b *Bot) addressed(content, self string) (string, bool) {
	content = cutRunes(content, maxMention)
	if self != "" {
		for _, tag := range []string{"<@" + self + ">", "<@!" + self + ">"} {
			if strings.Contains(content, tag) {
				return strings.TrimSpace(strings.ReplaceAll(content, tag, " ")), true
			}
		}
	}
	if b.prefix != "" && len(content) >= len(b.prefix) && strings.EqualFold(content[:len(b.prefix)], b.prefix) {
		rest := content[len(b.prefix):]
		// "!quotes" is not "!quote" followed by a question.
		if r := []rune(rest); len(r) == 0 || unicode.IsSpace(r[0]) {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}
