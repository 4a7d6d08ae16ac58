package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestHelp checks point 11: /help mentions the commands clickably once
// their IDs are known (from registration or from use), names the bot by
// its mention, and lists moderator commands only to moderators of the
// home server.
func TestHelp(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	help := func(memberJSON string) string {
		resp := b.Interaction(context.Background(), decode(t, slashJSON(memberJSON, CmdHelp)))
		if !ephemeral(resp) {
			t.Errorf("help is not ephemeral")
		}
		return resp.Data.Content
	}
	before := help(member(askerID, plainPerms))
	if !strings.Contains(before, "`/quote`") || !strings.Contains(before, "<@"+appID+">") {
		t.Errorf("help before IDs are known:\n%s", before)
	}
	b.learnCommands([]*discordgo.ApplicationCommand{{ID: "990000000000000001", Name: CmdQuote, Type: discordgo.ChatApplicationCommand},
		{ID: "990000000000000009", Name: CmdRefresh, Type: discordgo.ChatApplicationCommand}})
	b.setSelf(botUserID)
	after := help(member(askerID, plainPerms))
	// /help itself was learned from the interaction (its data.id).
	for _, want := range []string{"</quote:990000000000000001>", "</help:771825006014889984>", "`/speaker`", "<@" + botUserID + "> who said"} {
		if !strings.Contains(after+b.mentionHelp(botUserID), want) {
			t.Errorf("help lacks %q:\n%s", want, after)
		}
	}
	if strings.Contains(after, "refresh") {
		t.Errorf("help shows moderator commands to a member:\n%s", after)
	}
	if mod := help(member(askerID, managePerms)); !strings.Contains(mod, "</refresh:990000000000000009>") {
		t.Errorf("help for a moderator of the home server:\n%s", mod)
	}
}
