package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// messageCreate decodes a MESSAGE_CREATE payload as the gateway does.
func messageCreate(t *testing.T, payload string) *discordgo.Message {
	t.Helper()
	var m discordgo.MessageCreate
	if err := json.Unmarshal([]byte(payload), &m); err != nil {
		t.Fatalf("unmarshal MESSAGE_CREATE: %v", err)
	}
	return m.Message
}

func TestMessage(t *testing.T) {
	tests := []struct {
		name    string
		prefix  string
		payload string
		want    string // in the answer's visible text; "" for no answer
	}{
		{
			name:    "mention with a question",
			payload: messageCreateJSON(askerID, false, "<@"+botUserID+`> who said "grate sucess"?`, botUserID),
			want:    "Vladimir Putin",
		},
		{
			name:    "nickname mention at the end",
			payload: messageCreateJSON(askerID, false, `"respect all agreements" <@!`+botUserID+`>`, botUserID),
			want:    "Ahmed al-Sharaa",
		},
		{
			name:    "mention alone asks for a question",
			payload: messageCreateJSON(askerID, false, "<@"+botUserID+">", botUserID),
			want:    "Ask me about a quotation",
		},
		{
			name:    "mention with nothing to find",
			payload: messageCreateJSON(askerID, false, "<@"+botUserID+"> xqzv blorp @everyone", botUserID),
			want:    "No quote matches",
		},
		{
			name:    "reply to the bot without a mention in the text",
			payload: messageCreateJSON(askerID, false, "thanks!", botUserID),
		},
		{
			name:    "no mention",
			payload: messageCreateJSON(askerID, false, `who said "great success"?`),
		},
		{
			name:    "another bot",
			payload: messageCreateJSON(otherID, true, "<@"+botUserID+"> great success", botUserID),
		},
		{
			name:    "prefix",
			prefix:  "!quote",
			payload: messageCreateJSON(askerID, false, "!Quote great success"),
			want:    "Vladimir Putin",
		},
		{
			name:    "prefix needs a word break",
			prefix:  "!quote",
			payload: messageCreateJSON(askerID, false, "!quotes are fun"),
		},
		{
			name:    "prefix off",
			payload: messageCreateJSON(askerID, false, "!quote great success"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := newTestBot(t, Options{Prefix: tt.prefix})
			m := messageCreate(t, tt.payload)
			send := b.Message(m, botUserID)
			if tt.want == "" {
				if send != nil {
					t.Fatalf("answered a message not meant for the bot: %+v", send)
				}
				return
			}
			if send == nil {
				t.Fatal("no answer")
			}
			body := wire(t, send)
			checkInert(t, body)
			if am := body["allowed_mentions"].(map[string]any); am["replied_user"] != false {
				t.Errorf("replied_user = %v, want false", am["replied_user"])
			}
			ref, _ := body["message_reference"].(map[string]any)
			if ref["message_id"] != m.ID || ref["fail_if_not_exists"] != false {
				t.Errorf("message_reference = %v, want a soft reply to %s", ref, m.ID)
			}
			text, _ := json.Marshal(body)
			if !strings.Contains(string(text), tt.want) {
				t.Errorf("answer lacks %q: %s", tt.want, text)
			}
		})
	}
}

func TestMessagePagingBelongsToAuthor(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	send := b.Message(messageCreate(t, messageCreateJSON(askerID, false, "<@"+botUserID+"> great success", botUserID)), botUserID)
	btns := buttons(send.Components)
	if len(btns) != 3 || !strings.Contains(btns[1].CustomID, askerID) || btns[2].URL == "" {
		t.Fatalf("buttons %+v, want Previous/Next for the author and the article's link", btns)
	}
}

// TestMessageRateLimitSaysSoOnce checks that a member over the limit is
// told once, and then not answered until allowed again.
func TestMessageRateLimitSaysSoOnce(t *testing.T) {
	b, _ := newTestBot(t, Options{Burst: 1, Every: time.Hour})
	now := time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC)
	b.limit.now = func() time.Time { return now }
	m := messageCreate(t, messageCreateJSON(askerID, false, "<@"+botUserID+"> great success", botUserID))
	if b.Message(m, botUserID) == nil {
		t.Fatal("first question unanswered")
	}
	if send := b.Message(m, botUserID); send == nil || send.Content != slowDown || len(send.Embeds) > 0 {
		t.Fatalf("first flooded message: %+v, want the short note", send)
	}
	for range 3 {
		if send := b.Message(m, botUserID); send != nil {
			t.Errorf("flooding member answered again: %s", send.Content)
		}
	}
	now = now.Add(time.Hour)
	if send := b.Message(m, botUserID); send == nil || len(send.Embeds) == 0 {
		t.Fatal("question after the refill unanswered")
	}
	if send := b.Message(m, botUserID); send == nil || send.Content != slowDown {
		t.Errorf("limited again after being allowed: %+v, want the note again", send)
	}
}

// TestDirectMessages checks point 13: a direct message is a question
// without a mention; in a server, a message without one is not.
func TestDirectMessages(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	inGuild := messageCreateJSON(askerID, false, "who said great success?")
	dm := strings.Replace(inGuild, `, "guild_id": `+js(guildID), "", 1)
	dm = strings.Replace(dm, `"member": {"roles": [], "premium_since": null, "pending": false, "nick": null, "mute": false, "joined_at": "2017-03-13T19:19:14.040000+00:00", "flags": 0, "deaf": false},`, "", 1)
	if send := b.Message(messageCreate(t, inGuild), botUserID); send != nil {
		t.Errorf("a server message without a mention was answered: %+v", send)
	}
	send := b.Message(messageCreate(t, dm), botUserID)
	if send == nil || len(send.Embeds) == 0 || !strings.Contains(send.Embeds[0].Fields[0].Value, "Vladimir Putin") {
		t.Fatalf("direct message unanswered or wrong: %+v", send)
	}
	help := b.Message(messageCreate(t, strings.Replace(dm, "who said great success?", "  ", 1)), botUserID)
	if help == nil || !strings.Contains(help.Content, "<@"+botUserID+"> who said") {
		t.Errorf("empty direct message: %+v, want help naming the bot by its mention", help)
	}
}

// TestWhoSaidThisReadsEmbeds checks that the context menu on a message
// without text, such as a link preview, looks up its embed's text.
func TestWhoSaidThisReadsEmbeds(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	payload := messageCommandJSON(member(askerID, plainPerms), "")
	payload = strings.Replace(payload, `"embeds": []`, `"embeds": [{"type": "article", "title": "Syria's leader in Moscow", "description": "Putin called the talks a \"great success\" for both countries", "url": "https://www.dw.com/en/a-74369742"}]`, 1)
	resp := b.Interaction(context.Background(), decode(t, payload))
	if ephemeral(resp) || !strings.Contains(content(resp), "Vladimir Putin") {
		t.Errorf("context menu on an embed:\n%s", content(resp))
	}
}
