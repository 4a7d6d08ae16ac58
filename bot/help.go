package bot

import (
	"context"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// commandIDs remembers the IDs Discord gave the commands, which command
// mentions (</quote:ID>) need. They come from registration and, in the
// HTTP front end, which registers nothing, from the commands members use.
type commandIDs struct {
	mu  sync.RWMutex
	ids map[string]string
}

func (c *commandIDs) learn(name, id string) {
	if name == "" || id == "" {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ids == nil {
		c.ids = map[string]string{}
	}
	c.ids[name] = id
}

func (c *commandIDs) id(name string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.ids[name]
}

// learnCommands remembers the IDs of registered commands.
func (b *Bot) learnCommands(cmds []*discordgo.ApplicationCommand) {
	for _, c := range cmds {
		if c != nil && c.Type == discordgo.ChatApplicationCommand {
			b.cmdIDs.learn(c.Name, c.ID)
		}
	}
}

// mention is a clickable mention of the slash command name, or its name
// in code when its ID is not known yet.
func (b *Bot) mention(name string) string {
	if id := b.cmdIDs.id(name); id != "" {
		return "</" + name + ":" + id + ">"
	}
	return "`/" + name + "`"
}

// setSelf records the bot's user ID, which the gateway learns at READY.
func (b *Bot) setSelf(id string) {
	if id != "" {
		b.self.Store(id)
	}
}

// selfFor is the bot's user ID as far as it is known when answering i.
// The HTTP front end never sees READY; the application ID stands in, as
// a bot user's ID is its application's for every application created
// since 2020 or so.
func (b *Bot) selfFor(i *discordgo.Interaction) string {
	if id, _ := b.self.Load().(string); id != "" {
		return id
	}
	return i.AppID
}

func (b *Bot) helpCommand(_ context.Context, in *request) answer {
	me := "quotebot"
	if self := b.selfFor(in.i); self != "" {
		me = "<@" + self + ">"
	}
	lines := []string{
		"I find who said a quotation, from the words you remember, typos and all, in the news articles I have read.",
		"",
		b.mention(CmdQuote) + " `text:` the words you remember; `speaker:` and `outlet:` narrow it down. Pick a suggestion as you type, or send your own words.",
		b.mention(CmdSpeaker) + " `name:` a speaker's quotations.",
		b.mention(CmdOutlets) + " the outlets I know, with their articles and quotations.",
		"**Apps → " + CmdWhoSaidThis + "** on a message looks up what it says.",
		"Mention me with a question: " + me + " who said \"great success\"?",
	}
	if b.mayModerate(in) {
		for _, c := range ModeratorCommands() {
			lines = append(lines, b.mention(c.Name)+" "+c.Description+".")
		}
	}
	return answer{content: strings.Join(lines, "\n"), ephemeral: true}
}
