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
