package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestModeratorCommandsAreTheOperators checks the one rule for moderator
// commands. A moderator command Discord delivers from the home server was
// allowed by Discord (its default permission, or an admin's override);
// from any other server it is refused whatever the member's permissions
// there, and without a home server always. What Discord does not check
// itself, such as a button, needs Manage Server (or Administrator), an
// admin user or a moderator role.
func TestModeratorCommandsAreTheOperators(t *testing.T) {
	const adminUser = "80351110224678913"
	const administrator = "8"
	command := func(guild, memberJSON string) string { return fromGuild(slashJSON(memberJSON, CmdRefresh), guild) }
	button := func(guild, memberJSON string) string { return fromGuild(buttonJSON(memberJSON, "mod:confirm"), guild) }
	for _, tt := range []struct {
		name    string
		home    string
		payload string
		allowed bool
	}{
		{"command, manage server, home server", homeGuildID, command(homeGuildID, member(askerID, managePerms)), true},
		{"command, granted by an override, home server", homeGuildID, command(homeGuildID, member(askerID, plainPerms)), true},
		{"command, manage server, another server", homeGuildID, command(guildID, member(askerID, managePerms)), false},
		{"command, administrator, another server", homeGuildID, command(guildID, member(adminUser, administrator)), false},
		{"command, moderator role id, another server", homeGuildID, command(guildID, member(askerID, plainPerms, modRoleID)), false},
		{"command, no home server", "", command(homeGuildID, member(askerID, administrator)), false},
		{"button, manage server, home server", homeGuildID, button(homeGuildID, member(askerID, managePerms)), true},
		{"button, administrator, home server", homeGuildID, button(homeGuildID, member(askerID, administrator)), true},
		{"button, admin user, home server", homeGuildID, button(homeGuildID, member(adminUser, plainPerms)), true},
		{"button, moderator role, home server", homeGuildID, button(homeGuildID, member(askerID, plainPerms, modRoleID)), true},
		{"button, plain member, home server", homeGuildID, button(homeGuildID, member(askerID, plainPerms)), false},
		{"button, admin user, another server", homeGuildID, button(guildID, member(adminUser, administrator)), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := newTestBot(t, Options{AdminGuild: tt.home, AdminUsers: []string{adminUser}, ModeratorRoles: []string{modRoleID}})
			if tt.home == "" {
				b.adminGuild = "" // newTestBot makes the test guild home by default
			}
			i := decode(t, tt.payload)
			in := &request{who: userID(i), i: i}
			if i.Type == discordgo.InteractionApplicationCommand {
				in.data = i.ApplicationCommandData()
			}
			if got := b.mayModerate(in); got != tt.allowed {
				t.Fatalf("mayModerate = %t, want %t", got, tt.allowed)
			}
			if i.Type != discordgo.InteractionApplicationCommand {
				return
			}
			resp, later := b.handle(context.Background(), i, false)
			if got := later != nil; got != tt.allowed {
				t.Fatalf("refresh started = %t, want %t: %s", got, tt.allowed, content(resp))
			}
			if !tt.allowed && (!ephemeral(resp) || !strings.Contains(resp.Data.Content, "Nothing was changed")) {
				t.Errorf("refusal %q is not an ephemeral note that nothing changed", content(resp))
			}
		})
	}
}

// TestArticleAndFeedAreModeratorCommands checks that /article and /feed
// go through the same rule as /refresh: run when Discord delivers them
// from the home server, refused from any other server whatever the
// member's permissions there, and without a home server.
func TestArticleAndFeedAreModeratorCommands(t *testing.T) {
	const adminUser = "80351110224678913"
	const administrator = "8"
	// ran tells from a command's first response that its handler ran.
	for _, cmd := range []struct {
		name    string
		payload func(memberJSON string) string
		ran     func(resp *discordgo.InteractionResponse) bool
	}{
		{CmdArticle + " " + SubList, func(m string) string { return articleJSON(m, SubList, "", "", 2) },
			func(resp *discordgo.InteractionResponse) bool { return strings.Contains(content(resp), "Articles (6)") }},
		// The test bot serves no changeable folder: a moderator is told so.
		{CmdFeed + " " + SubList, func(m string) string { return feedJSON(m, SubList, "", 2) },
			func(resp *discordgo.InteractionResponse) bool { return content(resp) == notEditable }},
	} {
		for _, tt := range []struct {
			name    string
			home    string
			payload string
			allowed bool
		}{
			{"manage server, home server", homeGuildID, fromGuild(cmd.payload(member(askerID, managePerms)), homeGuildID), true},
			{"granted by an override, home server", homeGuildID, fromGuild(cmd.payload(member(askerID, plainPerms)), homeGuildID), true},
			{"manage server, another server", homeGuildID, fromGuild(cmd.payload(member(askerID, managePerms)), guildID), false},
			{"administrator, another server", homeGuildID, fromGuild(cmd.payload(member(adminUser, administrator)), guildID), false},
			{"moderator role id, another server", homeGuildID, fromGuild(cmd.payload(member(askerID, plainPerms, modRoleID)), guildID), false},
			{"no home server", "", fromGuild(cmd.payload(member(askerID, administrator)), homeGuildID), false},
		} {
			t.Run(cmd.name+"/"+tt.name, func(t *testing.T) {
				b, _ := newTestBot(t, Options{AdminGuild: tt.home, AdminUsers: []string{adminUser}, ModeratorRoles: []string{modRoleID}})
				if tt.home == "" {
					b.adminGuild = "" // newTestBot makes the test guild home by default
				}
				resp, _ := b.handle(context.Background(), decode(t, tt.payload), false)
				if got := cmd.ran(resp); got != tt.allowed {
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
// and /feed remove offer the folder's articles and feeds in the home
// server only, where Discord lets only permitted members type them.
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
			{"moderator, home server", payload(member(askerID, managePerms)), true},
			{"granted by an override, home server", payload(member(askerID, plainPerms)), true},
			{"manage server, another server", fromGuild(payload(member(askerID, managePerms)), otherGuildID), false},
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
