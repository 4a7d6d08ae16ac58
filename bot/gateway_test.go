package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// testToken is shaped like a bot token; it must never show in an error or log.
const testToken = "MTAwMDAwMDAwMDAwMDAwMDAx.GhIjKl.t0k3n-t0k3n-t0k3n-t0k3n-t0k3n-t0k3"

// interactionToken is the token in the interaction payloads.
const interactionToken = "aW50ZXJhY3Rpb246Nzg2MDA4NzI5NzE1MjEyMzM4OnRva2Vu"

// restCall is one REST call discordgo made.
type restCall struct {
	method, path, auth string
	body               []byte
}

// fakeDiscord is a local stand-in for Discord's REST API: it records what
// discordgo sends and answers as Discord would.
type fakeDiscord struct {
	srv    *httptest.Server
	status int // 0 means success
	// gateway is the websocket URL GET /gateway announces.
	gateway string
	// onCall, when set, sees each call before it is answered; it may block
	// to hold the answer back.
	onCall func(restCall)
	// fail, when set, may answer a call with an error status instead
	// (0: answer normally).
	fail func(restCall) int

	mu       sync.Mutex
	requests []restCall
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDiscord) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	c := restCall{r.Method, r.URL.Path, r.Header.Get("Authorization"), body}
	f.mu.Lock()
	f.requests = append(f.requests, c)
	status := f.status
	f.mu.Unlock()
	if f.onCall != nil {
		f.onCall(c)
	}
	if f.fail != nil && status == 0 {
		status = f.fail(c)
	}
	switch status {
	case 0:
	case http.StatusNotFound:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, `{"message": "Unknown Message", "code": 10008}`)
		return
	case http.StatusForbidden:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, `{"message": "Missing Permissions", "code": 50013}`)
		return
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, `{"message": "401: Unauthorized", "code": 0}`)
		return
	}
	if bad := badURL(body); bad != "" {
		// Discord refuses the whole message for one malformed link.
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		io.WriteString(w, `{"message": "Invalid Form Body", "code": 50035, "errors": {"url": {"_errors": [{"code": "URL_TYPE_INVALID_URL", "message": "Not a well formed URL."}]}}}`)
		return
	}
	switch {
	case strings.HasSuffix(r.URL.Path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodDelete && strings.HasSuffix(r.URL.Path, "/messages/@original"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPost && strings.Contains(r.URL.Path, "/webhooks/"):
		// A follow-up message, as Discord returns it.
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": "1300000000000000011", "channel_id": "`+channelID+`", "content": "", "type": 20, "flags": 64}`)
	case strings.HasSuffix(r.URL.Path, "/commands"):
		// Echo the commands back with IDs, as Discord does.
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for i, c := range cmds {
			c["id"] = "99000000000000000" + string(rune('0'+i))
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(cmds)
	case strings.HasSuffix(r.URL.Path, "/messages"):
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": "1300000000000000009", "channel_id": "`+channelID+`", "content": "", "type": 19}`)
	case r.Method == http.MethodPatch && strings.HasSuffix(r.URL.Path, "/messages/@original"):
		// The edited message, as Discord returns it.
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id": "1300000000000000010", "channel_id": "`+channelID+`", "content": "", "type": 20, "flags": 64}`)
	case r.URL.Path == "/api/v"+discordgo.APIVersion+"/gateway/bot":
		// As documented for Get Gateway Bot.
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"url": `+js(f.gateway)+`, "shards": 3, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}}`)
	case r.URL.Path == "/api/v"+discordgo.APIVersion+"/gateway":
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"url": `+js(f.gateway)+`}`)
	default:
		http.NotFound(w, r)
	}
}

// badURL returns the first "url" value anywhere in the JSON body that
// Discord would refuse, "" when there is none.
func badURL(body []byte) string {
	var v any
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	var walk func(v any) string
	walk = func(v any) string {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "url" {
					u, err := url.Parse(s)
					if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(s, " \t\n") {
						return s
					}
				}
				if bad := walk(x); bad != "" {
					return bad
				}
			}
		case []any:
			for _, x := range v {
				if bad := walk(x); bad != "" {
					return bad
				}
			}
		}
		return ""
	}
	return walk(v)
}

func (f *fakeDiscord) calls() []restCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]restCall(nil), f.requests...)
}

// session returns a real discordgo session whose REST calls go to f
// instead of Discord.
func (f *fakeDiscord) session(t *testing.T) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New("Bot " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = f.client()
	return s
}

// client is an HTTP client whose transport sends every request to f,
// whatever its host.
func (f *fakeDiscord) client() *http.Client {
	target, _ := url.Parse(f.srv.URL)
	return &http.Client{Transport: rewriteHost{target: target, next: http.DefaultTransport}}
}

// callsTo returns the calls made with method to paths ending in suffix.
func (f *fakeDiscord) callsTo(method, suffix string) []restCall {
	var cs []restCall
	for _, c := range f.calls() {
		if c.method == method && strings.HasSuffix(c.path, suffix) {
			cs = append(cs, c)
		}
	}
	return cs
}

type rewriteHost struct {
	target *url.URL
	next   http.RoundTripper
}

func (rt rewriteHost) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = rt.target.Scheme, rt.target.Host, rt.target.Host
	return rt.next.RoundTrip(r)
}

func newTestGateway(t *testing.T, f *fakeDiscord, messageContent bool) (*Gateway, *discordgo.Session, *bytes.Buffer) {
	t.Helper()
	logs := &bytes.Buffer{}
	b, _ := newTestBot(t, Options{Logger: slog.New(slog.NewTextHandler(&lockedWriter{w: logs}, nil))})
	s := f.session(t)
	return NewGateway(s, b, messageContent), s, logs
}

// lockedWriter serialises writes from handler goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestGatewayAnswersInteractions(t *testing.T) {
	asker, other := member(askerID, plainPerms), member(otherID, plainPerms)
	f := newFakeDiscord(t)
	g, s, _ := newTestGateway(t, f, false)
	next := nextPage(t, g.bot)

	tests := []struct {
		name      string
		payload   string
		typ       float64
		ephemeral bool
		check     func(t *testing.T, data map[string]any)
	}{
		{"slash command", slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"}), 4, false, func(t *testing.T, d map[string]any) {
			embeds := d["embeds"].([]any)
			e := embeds[0].(map[string]any)
			if !strings.Contains(e["description"].(string), "**great success**") {
				t.Errorf("embed description %q", e["description"])
			}
			row := d["components"].([]any)[0].(map[string]any)
			if row["type"].(float64) != 1 || len(row["components"].([]any)) != 3 {
				t.Fatalf("components = %v, want one action row of three buttons", d["components"])
			}
			read := row["components"].([]any)[2].(map[string]any)
			if read["style"] != 5.0 || read["label"] != "Read the article" || read["url"] != "https://www.dailypost-ng.com/2025/10/syrian-president-al-sharaa-meets-putin.html" || read["custom_id"] != nil {
				t.Errorf("link button %v", read)
			}
		}},
		{"refusal", slashJSON(asker, CmdQuote, option{name: OptText, value: "xqzv blorp"}), 4, true, nil},
		{"refresh refused outside the home server", fromGuild(slashJSON(member(askerID, managePerms), CmdRefresh), otherGuildID), 4, true, nil},
		{"autocomplete", autocompleteJSON(asker, CmdSpeaker, option{name: OptName, value: "put", focused: true}), 8, false, func(t *testing.T, d map[string]any) {
			cs := d["choices"].([]any)
			if cs[0].(map[string]any)["value"] != "Vladimir Putin" {
				t.Errorf("choices = %v", cs)
			}
		}},
		{"paging by the asker", buttonJSON(asker, next), 7, false, nil},
		{"paging by another member", buttonJSON(other, next), 4, true, nil},
		{"message context menu", messageCommandJSON(asker, "great success"), 4, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := len(f.calls())
			g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, tt.payload)})
			calls := f.calls()
			if len(calls) != n+1 {
				t.Fatalf("%d REST calls, want 1", len(calls)-n)
			}
			c := calls[n]
			if c.method != http.MethodPost || c.path != "/api/v"+discordgo.APIVersion+"/interactions/786008729715212338/"+interactionToken+"/callback" {
				t.Errorf("%s %s, want POST to the interaction's callback", c.method, c.path)
			}
			var body map[string]any
			if err := json.Unmarshal(c.body, &body); err != nil {
				t.Fatalf("callback body %s: %v", c.body, err)
			}
			if body["type"] != tt.typ {
				t.Errorf("response type %v, want %v: %s", body["type"], tt.typ, c.body)
			}
			data := body["data"].(map[string]any)
			if tt.typ != 8 {
				checkInert(t, data)
			}
			flags, _ := data["flags"].(float64)
			if got := int(flags)&int(discordgo.MessageFlagsEphemeral) != 0; got != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v: %s", got, tt.ephemeral, c.body)
			}
			if tt.check != nil {
				tt.check(t, data)
			}
		})
	}
}

func TestGatewayAnswersMentions(t *testing.T) {
	f := newFakeDiscord(t)
	g, s, _ := newTestGateway(t, f, false)
	g.onReady(s, &discordgo.Ready{User: &discordgo.User{ID: botUserID}, Application: &discordgo.Application{ID: appID}})

	g.onMessage(s, &discordgo.MessageCreate{Message: messageCreate(t, messageCreateJSON(askerID, false, "just chatting"))})
	g.onMessage(s, &discordgo.MessageCreate{Message: messageCreate(t, messageCreateJSON(askerID, false, "<@"+botUserID+"> zebras of lisbon", botUserID))})
	calls := f.calls()
	if len(calls) != 1 {
		t.Fatalf("%d REST calls, want 1 (only the mention is answered)", len(calls))
	}
	c := calls[0]
	if c.method != http.MethodPost || c.path != "/api/v"+discordgo.APIVersion+"/channels/"+channelID+"/messages" {
		t.Errorf("%s %s, want POST to the channel's messages", c.method, c.path)
	}
	if c.auth != "Bot "+testToken {
		t.Errorf("Authorization header %q, want the bot token", c.auth)
	}
	var body map[string]any
	json.Unmarshal(c.body, &body)
	checkInert(t, body)
	if ref := body["message_reference"].(map[string]any); ref["message_id"] != "1200000000000000002" {
		t.Errorf("message_reference = %v", ref)
	}
	if e := body["embeds"].([]any)[0].(map[string]any); !strings.Contains(e["description"].(string), "@\u200beveryone") {
		t.Errorf("embed = %v", e)
	}
}

func TestGatewayIntents(t *testing.T) {
	f := newFakeDiscord(t)
	for _, content := range []bool{false, true} {
		_, s, _ := newTestGateway(t, f, content)
		want := discordgo.IntentGuildMessages | discordgo.IntentDirectMessages
		if content {
			want |= discordgo.IntentMessageContent
		}
		if s.Identify.Intents != want {
			t.Errorf("message content %v: intents %b, want %b", content, s.Identify.Intents, want)
		}
	}
}

// TestGatewayFailureLogsNoToken makes the REST call fail in transport,
// where the error carries the request URL and with it the interaction
// token, and checks the log line.
func TestGatewayFailureLogsNoToken(t *testing.T) {
	f := newFakeDiscord(t)
	g, s, logs := newTestGateway(t, f, false)
	s.Client = &http.Client{Transport: failing{}}
	g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, slashJSON(member(askerID, plainPerms), CmdOutlets))})
	out := logs.String()
	if !strings.Contains(out, "answering an interaction") || !strings.Contains(out, "connection refused") {
		t.Errorf("log lacks the failure: %s", out)
	}
	if strings.Contains(out, interactionToken) || strings.Contains(out, testToken) {
		t.Errorf("log shows a token: %s", out)
	}
}

type failing struct{}

func (failing) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, errors.New("dial tcp: connection refused")
}

// homeGuildID is the operator's home server in the moderation tests.
const homeGuildID = "290926798626357001"

func commandsPath(guild string) string {
	if guild == "" {
		return "/api/v" + discordgo.APIVersion + "/applications/" + appID + "/commands"
	}
	return "/api/v" + discordgo.APIVersion + "/applications/" + appID + "/guilds/" + guild + "/commands"
}

// TestRegister checks where each command goes: member commands globally
// (with installation contexts) or in the test server (without), and
// moderator commands only in the home server, guild-install only, with
// Manage Server as their default permission.
func TestRegister(t *testing.T) {
	for _, tt := range []struct {
		name string
		reg  Registration
		want map[string][]string // path -> command names, one PUT each
	}{
		{"global, no home server", Registration{AppID: appID},
			map[string][]string{commandsPath(""): {CmdQuote, CmdSpeaker, CmdOutlets, CmdHelp, CmdWhoSaidThis}}},
		{"test server, no home server", Registration{AppID: appID, Guild: guildID},
			map[string][]string{commandsPath(guildID): {CmdQuote, CmdSpeaker, CmdOutlets, CmdHelp, CmdWhoSaidThis}}},
		{"global and home server", Registration{AppID: appID, AdminGuild: homeGuildID},
			map[string][]string{commandsPath(""): {CmdQuote, CmdSpeaker, CmdOutlets, CmdHelp, CmdWhoSaidThis}, commandsPath(homeGuildID): {CmdRefresh, CmdArticle, CmdFeed}}},
		{"test server is the home server", Registration{AppID: appID, Guild: homeGuildID, AdminGuild: homeGuildID},
			map[string][]string{commandsPath(homeGuildID): {CmdQuote, CmdSpeaker, CmdOutlets, CmdHelp, CmdWhoSaidThis, CmdRefresh, CmdArticle, CmdFeed}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			cmds, err := Register(context.Background(), f.session(t), tt.reg)
			if err != nil {
				t.Fatal(err)
			}
			calls := f.calls()
			if len(calls) != len(tt.want) {
				t.Fatalf("%d REST calls, want %d: %v", len(calls), len(tt.want), calls)
			}
			total := 0
			for _, c := range calls {
				want, ok := tt.want[c.path]
				if c.method != http.MethodPut || !ok {
					t.Fatalf("%s %s, want a PUT (bulk overwrite) to one of %v", c.method, c.path, tt.want)
				}
				var sent []map[string]any
				if err := json.Unmarshal(c.body, &sent); err != nil {
					t.Fatal(err)
				}
				var names []string
				for _, cmd := range sent {
					names = append(names, cmd["name"].(string))
					checkCommand(t, cmd, c.path == commandsPath(""))
				}
				if strings.Join(names, ",") != strings.Join(want, ",") {
					t.Errorf("PUT %s sent %v, want %v", c.path, names, want)
				}
				total += len(want)
			}
			if len(cmds) != total || cmds[0].ID == "" {
				t.Errorf("Register returned %d commands, want the %d Discord echoed", len(cmds), total)
			}
		})
	}
}

// checkCommand checks one command as sent to Discord.
func checkCommand(t *testing.T, cmd map[string]any, global bool) {
	t.Helper()
	name := cmd["name"].(string)
	_, hasContexts := cmd["contexts"]
	switch name {
	case CmdRefresh, CmdArticle, CmdFeed:
		if cmd["default_member_permissions"] != "32" {
			t.Errorf("/%s default_member_permissions = %v, want \"32\" (Manage Server)", name, cmd["default_member_permissions"])
		}
		if fmt.Sprint(cmd["integration_types"]) != "[0]" || fmt.Sprint(cmd["contexts"]) != "[0]" {
			t.Errorf("/%s integration_types %v contexts %v, want [0] and [0]", name, cmd["integration_types"], cmd["contexts"])
		}
		return
	case CmdQuote:
		opts := cmd["options"].([]any)
		text := opts[0].(map[string]any)
		if text["name"] != OptText || text["required"] != true || text["autocomplete"] != true || text["type"] != 3.0 || text["max_length"] != 500.0 {
			t.Errorf("/quote text option = %v", text)
		}
		for _, o := range opts[1:] {
			if o.(map[string]any)["autocomplete"] != true || o.(map[string]any)["max_length"] != 100.0 {
				t.Errorf("/quote option %v lacks autocomplete or max_length 100", o)
			}
		}
	case CmdWhoSaidThis:
		if cmd["type"] != 3.0 || cmd["description"] != nil {
			t.Errorf("context menu = %v, want type 3 without description", cmd)
		}
	case CmdSpeaker:
		if o := cmd["options"].([]any)[0].(map[string]any); o["max_length"] != 100.0 {
			t.Errorf("/speaker name option = %v, want max_length 100", o)
		}
	}
	if _, ok := cmd["default_member_permissions"]; ok && cmd["default_member_permissions"] != nil {
		t.Errorf("%s has default_member_permissions %v; members' commands need none", name, cmd["default_member_permissions"])
	}
	if hasContexts != global {
		t.Errorf("%s: contexts %v sent to a scope where global = %t", name, cmd["contexts"], global)
	}
}

// TestClearGuild checks that --clear-guild sends an empty list, not null.
func TestClearGuild(t *testing.T) {
	f := newFakeDiscord(t)
	if err := ClearGuild(context.Background(), f.session(t), appID, guildID); err != nil {
		t.Fatal(err)
	}
	calls := f.calls()
	if len(calls) != 1 || calls[0].method != http.MethodPut || calls[0].path != commandsPath(guildID) || strings.TrimSpace(string(calls[0].body)) != "[]" {
		t.Fatalf("calls %v, want one PUT of [] to %s", calls, commandsPath(guildID))
	}
}

func TestRegisterErrorNamesTargetNotToken(t *testing.T) {
	f := newFakeDiscord(t)
	f.status = http.StatusUnauthorized
	_, err := Register(context.Background(), f.session(t), Registration{AppID: appID, Guild: guildID})
	if err == nil {
		t.Fatal("Register succeeded against a 401")
	}
	msg := err.Error()
	if !strings.Contains(msg, "commands in guild "+guildID+" for application "+appID) || !strings.Contains(msg, "401") {
		t.Errorf("error %q does not say what failed", msg)
	}
	if strings.Contains(msg, testToken) {
		t.Errorf("error shows the token: %q", msg)
	}
}

func TestLogDiscordgoScrubsToken(t *testing.T) {
	var buf bytes.Buffer
	old := discordgo.Logger
	t.Cleanup(func() { discordgo.Logger = old })
	LogDiscordgo(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), testToken)
	discordgo.Logger(discordgo.LogDebug, 1, "Identify Packet: %#v", map[string]string{"token": testToken})
	if strings.Contains(buf.String(), testToken) || !strings.Contains(buf.String(), "[token]") {
		t.Errorf("discordgo log line: %s", buf.String())
	}
}
