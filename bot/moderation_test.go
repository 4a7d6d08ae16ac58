package bot

import (
	"context"
	"strings"
	"testing"
)

// TestModeratorCommandsAreTheOperators checks the one rule for moderator
// commands: from the home server only, from a member with Manage Server
// (or Administrator), an admin user or a moderator role; never from
// another server, whatever the member's permissions there; never
// without a home server.
func TestModeratorCommandsAreTheOperators(t *testing.T) {
	const adminUser = "80351110224678913"
	const administrator = "8"
	inGuild := func(guild, memberJSON string) string {
		return strings.ReplaceAll(slashJSON(memberJSON, CmdRefresh), js(guildID), js(guild))
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
		t.Run(tt.name, func(t *testing.T) {
			b, _ := newTestBot(t, Options{AdminGuild: tt.home, AdminUsers: []string{adminUser}, ModeratorRoles: []string{modRoleID}})
			if tt.home == "" {
				b.adminGuild = "" // newTestBot makes the test guild home by default
			}
			i := decode(t, tt.payload)
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
