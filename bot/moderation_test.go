package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestModeratorCommandsAreTheOperators checks the one rule for moderator
// commands, /refresh, /article and /feed alike: from the home server
// only, from a member with Manage Server (or Administrator), an admin
// user or a moderator role; never from another server, whatever the
// member's permissions there; never without a home server.
func TestModeratorCommandsAreTheOperators(t *testing.T) {
	const adminUser = "80351110224678913"
	const administrator = "8"
	// ran tells from a command's first response that its handler ran.
	commands := []struct {
		name    string
		payload func(memberJSON string) string
		ran     func(resp *discordgo.InteractionResponse, later bool) bool
	}{
		{CmdRefresh, func(m string) string { return slashJSON(m, CmdRefresh) },
			func(_ *discordgo.InteractionResponse, later bool) bool { return later }},
		{CmdArticle + " " + SubList, func(m string) string { return articleJSON(m, SubList, "", "", 2) },
			func(resp *discordgo.InteractionResponse, _ bool) bool {
				return strings.Contains(content(resp), "Articles (6)")
			}},
		// The test bot serves no changeable folder: a moderator is told so.
		{CmdFeed + " " + SubList, func(m string) string { return feedJSON(m, SubList, "", 2) },
			func(resp *discordgo.InteractionResponse, _ bool) bool { return content(resp) == notEditable }},
	}
	for _, cmd := range commands {
		inGuild := func(guild, memberJSON string) string {
			return strings.ReplaceAll(cmd.payload(memberJSON), js(guildID), js(guild))
		}
		for _, tt := range []struct {
			name    string
			home    string
			payload string
			allowed bool
		}{
			{"manage server in the home server", homeGuildID, inGuild(homeGuildID, member(askerID, managePerms)), true},
			{"administrator in the home server", homeGuildID, inGuild(homeGuildID, member(askerID, administrator)), true},
			{"admin user in the home server", homeGuildID, inGuild(homeGuildID, member(adminUser, plainPerms)), true},
			{"moderator role in the home server", homeGuildID, inGuild(homeGuildID, member(askerID, plainPerms, modRoleID)), true},
			{"plain member of the home server", homeGuildID, inGuild(homeGuildID, member(askerID, plainPerms)), false},
			{"manage server in another server", homeGuildID, inGuild(guildID, member(askerID, managePerms)), false},
			{"admin user in another server", homeGuildID, inGuild(guildID, member(adminUser, administrator)), false},
			{"moderator role id in another server", homeGuildID, inGuild(guildID, member(askerID, plainPerms, modRoleID)), false},
			{"no home server", "", inGuild(homeGuildID, member(askerID, administrator)), false},
		} {
			t.Run(cmd.name+"/"+tt.name, func(t *testing.T) {
				b, _ := newTestBot(t, Options{AdminGuild: tt.home, AdminUsers: []string{adminUser}, ModeratorRoles: []string{modRoleID}})
				if tt.home == "" {
					b.adminGuild = "" // newTestBot makes the test guild home by default
				}
				i := decode(t, tt.payload)
				resp, later := b.handle(context.Background(), i, false)
				if got := cmd.ran(resp, later != nil); got != tt.allowed {
					t.Fatalf("/%s ran = %t, want %t: %s", cmd.name, got, tt.allowed, content(resp))
				}
				if !tt.allowed && (!ephemeral(resp) || !strings.Contains(resp.Data.Content, "Nothing was changed")) {
					t.Errorf("refusal %q is not an ephemeral note that nothing changed", content(resp))
				}
			})
		}
	}
}

// TestModeratorAutocompleteIsTheOperators checks that /article remove
// and /feed remove offer the folder's articles and feeds only to those
// who may change them.
func TestModeratorAutocompleteIsTheOperators(t *testing.T) {
	b, _, _ := newArticleBot(t)
	if _, err := b.lib.AddFeed("https://www.islandpost.example/rss.xml"); err != nil {
		t.Fatal(err)
	}
	typing := map[string]func(memberJSON string) string{
		CmdArticle: func(m string) string {
			return articleJSON(m, SubRemove, `{"type": 3, "name": "article", "value": "zebras", "focused": true}`, "", 4)
		},
		CmdFeed: func(m string) string {
			return feedJSON(m, SubRemove, `{"type": 3, "name": "feed", "value": "islandpost", "focused": true}`, 4)
		},
	}
	for name, payload := range typing {
		for _, tt := range []struct {
			who     string
			payload string
			offered bool
		}{
			{"moderator in the home server", payload(member(askerID, managePerms)), true},
			{"plain member of the home server", payload(member(askerID, plainPerms)), false},
			{"manage server in another server", strings.ReplaceAll(payload(member(askerID, managePerms)), js(guildID), js(homeGuildID)), false},
		} {
			resp := b.Interaction(context.Background(), decode(t, tt.payload))
			if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("/%s, %s: response type %d", name, tt.who, resp.Type)
			}
			if got := len(resp.Data.Choices) > 0; got != tt.offered {
				t.Errorf("/%s, %s: choices %v, want offered = %t", name, tt.who, resp.Data.Choices, tt.offered)
			}
		}
	}
}

// TestConsoleMayRefreshWithoutHomeServer checks that the operator at the
// console refreshes though Discord has no moderator commands.
func TestConsoleMayRefreshWithoutHomeServer(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	b.adminGuild = ""
	var out strings.Builder
	if err := b.Console(context.Background(), strings.NewReader("/refresh\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Quote index refreshed") {
		t.Errorf("console /refresh: %s", out.String())
	}
}
