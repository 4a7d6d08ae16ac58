package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"quotebot/data"
)

// IDs used across the tests, shaped like Discord snowflakes.
const (
	appID       = "1000000000000000001"
	guildID     = "290926798626357999"
	channelID   = "645027906669510667"
	askerID     = "53908232506183680"
	otherID     = "80351110224678912"
	modRoleID   = "539082325061836999"
	botUserID   = "1000000000000000001"
	plainPerms  = "1071698660929" // @everyone's defaults: no Manage Server
	managePerms = "32"            // Manage Server only
)

// zebraArticle is a test article whose quotations carry markdown, an
// @everyone and a user mention, which must reach Discord inert.
const zebraArticle = `---
outlet: Test *Gazette*
title: Zebras [sing] in Lisbon
url: https://example.com/zebras
published: 2025-01-02
---
Zebras sing in Lisbon

LISBON — A local naturalist made an unusual prediction on Tuesday.

"The zebras of Lisbon will sing at dawn, and @everyone should listen," Maria Lopes said on Tuesday.

She added that the city was ready. "We have built a **choir** of <@123456> volunteers," Lopes told reporters.
`

// harbourArticle is added by the refresh tests.
const harbourArticle = `---
outlet: Harbour Herald
title: Lighthouse keeper retires
url: https://example.com/lighthouse
published: 2025-03-04
---
Lighthouse keeper retires

The keeper of the Saint Mary lighthouse, Agnes Whitlow, retired on Friday after forty years.

"Every storm taught me something about patience and the sea," Agnes Whitlow said.
`

// dataDir writes the built-in articles and extra into a new folder.
func dataDir(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(data.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// newTestBot returns a bot serving the built-in articles and the zebra
// article from a temporary data folder.
func newTestBot(t *testing.T, opt Options) (*Bot, string) {
	t.Helper()
	dir := dataDir(t, map[string]string{"100_zebras.txt": zebraArticle})
	store := NewStore(DirSource(dir, nil))
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatalf("loading the test articles: %v", err)
	}
	if opt.AdminGuild == "" {
		// The test interactions come from the home server unless a test
		// says otherwise.
		opt.AdminGuild = guildID
	}
	if opt.Burst == 0 {
		opt.Burst = 1000 // the rate limit has its own test
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return New(store, opt), dir
}

// js is v as a JSON literal, for building payloads.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// member is the "member" object of a guild interaction, as in the
// example of Discord's "Interaction Object" documentation.
func member(userID, perms string, roles ...string) string {
	if roles == nil {
		roles = []string{}
	}
	return fmt.Sprintf(`{
		"user": {"id": %s, "username": "Mason", "avatar": "a_d5efa99b3eeaa7dd43acca82f5692432", "discriminator": "0", "public_flags": 131141, "global_name": "Mason"},
		"roles": %s,
		"premium_since": null,
		"permissions": %s,
		"pending": false,
		"nick": null,
		"mute": false,
		"joined_at": "2017-03-13T19:19:14.040000+00:00",
		"deaf": false,
		"flags": 0
	}`, js(userID), js(roles), js(perms))
}

// interaction wraps data in the envelope Discord sends for a guild
// interaction of type typ.
func interaction(typ int, memberJSON, dataJSON string) string {
	return fmt.Sprintf(`{
		"type": %d,
		"token": "aW50ZXJhY3Rpb246Nzg2MDA4NzI5NzE1MjEyMzM4OnRva2Vu",
		"member": %s,
		"id": "786008729715212338",
		"application_id": %s,
		"guild_id": %s,
		"app_permissions": "442368",
		"guild_locale": "en-US",
		"locale": "en-US",
		"data": %s,
		"channel_id": %s,
		"channel": {"id": %s, "type": 0, "name": "general"},
		"context": 0,
		"entitlements": [],
		"authorizing_integration_owners": {"0": %s},
		"version": 1
	}`, typ, memberJSON, js(appID), js(guildID), dataJSON, js(channelID), js(channelID), js(guildID))
}

// option is a string option in an application command's data.
type option struct {
	name, value string
	focused     bool
}

// slashJSON is an APPLICATION_COMMAND interaction for a chat command.
func slashJSON(memberJSON, name string, opts ...option) string {
	return interaction(2, memberJSON, commandData(name, opts))
}

// autocompleteJSON is an APPLICATION_COMMAND_AUTOCOMPLETE interaction.
func autocompleteJSON(memberJSON, name string, opts ...option) string {
	return interaction(4, memberJSON, commandData(name, opts))
}

func commandData(name string, opts []option) string {
	var o []string
	for _, op := range opts {
		f := ""
		if op.focused {
			f = `, "focused": true`
		}
		o = append(o, fmt.Sprintf(`{"type": 3, "name": %s, "value": %s%s}`, js(op.name), js(op.value), f))
	}
	return fmt.Sprintf(`{"id": "771825006014889984", "name": %s, "type": 1, "options": [%s]}`, js(name), strings.Join(o, ", "))
}

// buttonJSON is a MESSAGE_COMPONENT interaction for a button on a message
// the bot sent.
func buttonJSON(memberJSON, customID string) string {
	data := fmt.Sprintf(`{"custom_id": %s, "component_type": 2}`, js(customID))
	i := interaction(3, memberJSON, data)
	msg := fmt.Sprintf(`{
		"type": 20, "tts": false, "timestamp": "2025-10-20T17:15:13.683000+00:00", "pinned": false,
		"mentions": [], "mention_roles": [], "mention_everyone": false,
		"id": "1300000000000000001", "flags": 0, "embeds": [], "edited_timestamp": null, "content": "",
		"components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Next ▶", "custom_id": %s}]}],
		"channel_id": %s,
		"author": {"username": "quotebot", "id": %s, "discriminator": "0", "bot": true, "avatar": null},
		"attachments": []
	}`, js(customID), js(channelID), js(botUserID))
	return strings.Replace(i, `"version": 1`, `"version": 1, "message": `+msg, 1)
}

// messageCommandJSON is an APPLICATION_COMMAND interaction for the
// message context menu, opened on a message whose text is content.
func messageCommandJSON(memberJSON, content string) string {
	const target = "1200000000000000001"
	data := fmt.Sprintf(`{
		"id": "771825006014889985", "name": %s, "type": 3, "target_id": %s,
		"resolved": {"messages": {%s: {
			"id": %s, "type": 0, "content": %s, "channel_id": %s,
			"author": {"id": %s, "username": "Ana", "discriminator": "0", "avatar": null},
			"attachments": [], "embeds": [], "mentions": [], "mention_roles": [], "pinned": false,
			"mention_everyone": false, "tts": false, "timestamp": "2025-10-20T17:10:00.000000+00:00",
			"edited_timestamp": null, "flags": 0, "components": []
		}}}
	}`, js(CmdWhoSaidThis), js(target), js(target), js(target), js(content), js(channelID), js(otherID))
	return interaction(2, memberJSON, data)
}

// pingJSON is the PING Discord sends when the endpoint URL is saved.
const pingJSON = `{"application_id": "1000000000000000001", "id": "1100000000000000001", "token": "aW50ZXJhY3Rpb246cGluZw", "type": 1, "user": {"id": "53908232506183680", "username": "Mason", "discriminator": "0", "avatar": null}, "version": 1}`

// messageCreateJSON is a MESSAGE_CREATE event's payload in a guild.
func messageCreateJSON(authorID string, bot bool, content string, mentions ...string) string {
	var m []string
	for _, id := range mentions {
		m = append(m, fmt.Sprintf(`{"id": %s, "username": "quotebot", "discriminator": "0", "bot": true, "avatar": null}`, js(id)))
	}
	return fmt.Sprintf(`{
		"type": 0, "tts": false, "timestamp": "2025-10-20T17:10:00.000000+00:00", "pinned": false,
		"mentions": [%s], "mention_roles": [], "mention_everyone": false,
		"member": {"roles": [], "premium_since": null, "pending": false, "nick": null, "mute": false, "joined_at": "2017-03-13T19:19:14.040000+00:00", "flags": 0, "deaf": false},
		"id": "1200000000000000002", "flags": 0, "embeds": [], "edited_timestamp": null,
		"content": %s, "components": [], "channel_id": %s,
		"author": {"username": "Ana", "id": %s, "discriminator": "0", "bot": %t, "avatar": null},
		"attachments": [], "guild_id": %s
	}`, strings.Join(m, ", "), js(content), js(channelID), js(authorID), bot, js(guildID))
}

// decode unmarshals an interaction the way discordgo does for gateway
// events and the HTTP front end does for requests.
func decode(t *testing.T, payload string) *discordgo.Interaction {
	t.Helper()
	var i discordgo.Interaction
	if err := json.Unmarshal([]byte(payload), &i); err != nil {
		t.Fatalf("unmarshal interaction: %v\n%s", err, payload)
	}
	return &i
}

// wire is the JSON a value becomes on its way to Discord, decoded
// generically so that tests see exactly what Discord would.
func wire(t *testing.T, v any) map[string]any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	return m
}

// checkInert fails unless the message JSON m (an interaction response's
// data or a message create body) lets nothing ping: allowed_mentions with
// an empty parse list, and no live @everyone or @here in what it shows.
func checkInert(t *testing.T, m map[string]any) {
	t.Helper()
	am, ok := m["allowed_mentions"].(map[string]any)
	if !ok {
		t.Fatalf("no allowed_mentions in %v", m)
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Errorf(`allowed_mentions.parse = %#v, want []`, am["parse"])
	}
	b, _ := json.Marshal(m)
	s := string(b)
	for _, ping := range []string{"@everyone", "@here"} {
		if strings.Contains(s, ping) {
			t.Errorf("message shows a live %s: %s", ping, s)
		}
	}
}

// content is the visible text of an interaction response: its content and
// every embed's text.
func content(r *discordgo.InteractionResponse) string {
	if r == nil || r.Data == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(r.Data.Content)
	for _, e := range r.Data.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
		if e.Footer != nil {
			b.WriteString("\n" + e.Footer.Text)
		}
	}
	return b.String()
}

func ephemeral(r *discordgo.InteractionResponse) bool {
	return r != nil && r.Data != nil && r.Data.Flags&discordgo.MessageFlagsEphemeral != 0
}

// nextPage asks /quote "great success" as the asker and returns the custom_id
// of the answer's Next button.
func nextPage(t *testing.T, b *Bot) string {
	t.Helper()
	first := b.Interaction(context.Background(), decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"})))
	return button(t, first, labelNext).CustomID
}

// writeFile writes an article into the data folder dir.
func writeFile(dir, name, text string) error {
	return os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
}

// fromGuild moves an interaction payload to the server guild.
func fromGuild(payload, guild string) string {
	return strings.ReplaceAll(payload, js(guildID), js(guild))
}

// otherGuildID is a server that is not the operator's home server.
const otherGuildID = "290926798626357555"
