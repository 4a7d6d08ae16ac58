package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// slowQuote makes b's /quote wait for release before it answers, as a
// handler stuck on a slow lookup would, and shortens the deadline for a
// first response so that the test need not wait 2.5 seconds. The handler
// is held until the deferred response has gone out, so the outcome does
// not depend on timing.
func slowQuote(b *Bot, release <-chan struct{}, reply command) {
	b.answerWithin = time.Millisecond
	b.retryFirst = time.Millisecond
	b.commands[CmdQuote] = func(ctx context.Context, in *request) answer {
		<-release
		return reply(ctx, in)
	}
}

// lateFrontEnds deliver an interaction through a real front end to a fake
// Discord whose calls the test sees as they come.
var lateFrontEnds = []struct {
	name    string
	deliver func(t *testing.T, b *Bot, f *fakeDiscord, payload string) (first map[string]any)
}{
	{"gateway", func(t *testing.T, b *Bot, f *fakeDiscord, payload string) map[string]any {
		s := f.session(t)
		go NewGateway(s, b, false).onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, payload)})
		return nil
	}},
	{"http", func(t *testing.T, b *Bot, f *fakeDiscord, payload string) map[string]any {
		e := serveEndpoint(t, b, f)
		status, body := e.post(t, []byte(payload), e.priv)
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var first map[string]any
		if err := json.Unmarshal(body, &first); err != nil {
			t.Fatal(err)
		}
		return first
	}},
}

// recorder collects a fake Discord's calls on a channel.
func recorder(f *fakeDiscord) <-chan restCall {
	calls := make(chan restCall, 20)
	f.onCall = func(c restCall) { calls <- c }
	return calls
}

// next waits for the next call.
func next(t *testing.T, calls <-chan restCall) restCall {
	t.Helper()
	select {
	case c := <-calls:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("no call reached Discord")
	}
	return restCall{}
}

// TestSlowAnswerIsDeferred checks point 4: a handler that has not
// answered in time gets a deferred response (type 5), and the answer is
// edited in when ready; and point 5: in HTTP mode the edit can reach
// Discord first and get 404, or hit a 5xx, and is tried again.
func TestSlowAnswerIsDeferred(t *testing.T) {
	for _, fe := range lateFrontEnds {
		t.Run(fe.name, func(t *testing.T) {
			b, _ := newTestBot(t, Options{})
			release := make(chan struct{})
			slowQuote(b, release, b.quoteCommand)
			f := newFakeDiscord(t)
			var mu sync.Mutex
			patches := 0
			f.fail = func(c restCall) int {
				mu.Lock()
				defer mu.Unlock()
				if c.method != http.MethodPatch {
					return 0
				}
				patches++
				switch patches {
				case 1:
					return http.StatusNotFound
				case 2:
					return http.StatusServiceUnavailable
				}
				return 0
			}
			calls := recorder(f)
			first := fe.deliver(t, b, f, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"}))
			if first == nil {
				c := next(t, calls)
				json.Unmarshal(c.body, &first)
			}
			if first["type"] != 5.0 {
				t.Fatalf("first response %v, want type 5 (deferred)", first)
			}
			if data, _ := first["data"].(map[string]any); data["flags"] != nil && data["flags"] != 0.0 {
				t.Errorf("deferred response %v is ephemeral; the answer is for the channel", data)
			}
			close(release)
			for try := 1; try <= 3; try++ {
				c := next(t, calls)
				if c.method != http.MethodPatch || c.path != editPath {
					t.Fatalf("call %s %s, want PATCH %s", c.method, c.path, editPath)
				}
				if try == 3 && !strings.Contains(string(c.body), "Vladimir Putin") {
					t.Errorf("edit %s lacks the answer", c.body)
				}
			}
		})
	}
}

// TestSlowRefusalLeavesNoThinking checks that a slow answer that turns
// out to be an ephemeral note does not stay behind a public "thinking…":
// the deferred response is deleted and the note sent as an ephemeral
// follow-up.
func TestSlowRefusalLeavesNoThinking(t *testing.T) {
	for _, fe := range lateFrontEnds {
		t.Run(fe.name, func(t *testing.T) {
			b, _ := newTestBot(t, Options{})
			release := make(chan struct{})
			slowQuote(b, release, func(context.Context, *request) answer { return refusal("No quote matches “xqzv”.") })
			f := newFakeDiscord(t)
			calls := recorder(f)
			first := fe.deliver(t, b, f, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "xqzv"}))
			if first == nil {
				next(t, calls)
			}
			close(release)
			del := next(t, calls)
			if del.method != http.MethodDelete || del.path != editPath {
				t.Fatalf("call %s %s, want DELETE %s", del.method, del.path, editPath)
			}
			note := next(t, calls)
			var body map[string]any
			json.Unmarshal(note.body, &body)
			if note.method != http.MethodPost || body["flags"] != 64.0 || !strings.Contains(body["content"].(string), "No quote matches") {
				t.Errorf("follow-up %s %s %s, want an ephemeral note", note.method, note.path, note.body)
			}
			checkInert(t, body)
		})
	}
}

// TestSlowButtonIsDeferredUpdate checks that a slow page update is
// deferred with type 6 and then edits the message the button is on.
func TestSlowButtonIsDeferredUpdate(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	b.answerWithin = time.Millisecond
	release := make(chan struct{})
	i := decode(t, buttonJSON(member(askerID, plainPerms), nextPage(t, b)))
	resp, later := b.inTime(context.Background(), i, func(context.Context) answer {
		<-release
		return b.page(askerID, i.MessageComponentData().CustomID)
	})
	if resp.Type != discordgo.InteractionResponseDeferredMessageUpdate || later == nil {
		t.Fatalf("first response type %d, want 6 (deferred update)", resp.Type)
	}
	close(release)
	f := newFakeDiscord(t)
	b.deliverLate(context.Background(), f.session(t), i, resp, b.finish(context.Background(), i, later))
	edits := f.callsTo(http.MethodPatch, "/messages/@original")
	if len(edits) != 1 || !strings.Contains(string(edits[0].body), "Match 2 of") {
		t.Errorf("edits %v, want the second page edited into the message", edits)
	}
}

// TestEditGivesUpWhenTokenRunsOut checks that a deferred answer Discord
// keeps refusing with 5xx is tried until the interaction's token runs out,
// and no longer.
func TestEditGivesUpWhenTokenRunsOut(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	b.retryFirst = time.Millisecond
	f := newFakeDiscord(t)
	f.status = http.StatusInternalServerError
	i := decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"}))
	ctx, cancel := context.WithCancel(context.Background())
	f.onCall = func(c restCall) {
		if len(f.calls()) >= 4 {
			cancel() // the token runs out
		}
	}
	b.deliverLate(ctx, f.session(t), i, deferral(i), refusal("x").fitChannel(i))
	if n := len(f.callsTo(http.MethodDelete, "")); n < 4 {
		t.Errorf("%d tries, want tries until the token ran out", n)
	}
}

// TestMissingEmbedLinks checks point 6 for interactions: where
// app_permissions lacks Embed Links the answer is plain text, and where
// Discord refuses embeds with 403 anyway the gateway answers again in
// plain text and logs the channel once.
func TestMissingEmbedLinks(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	noEmbeds := strings.Replace(slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"}),
		`"app_permissions": "442368"`, `"app_permissions": "3072"`, 1) // View Channel and Send Messages only
	resp := b.Interaction(context.Background(), decode(t, noEmbeds))
	if len(resp.Data.Embeds) != 0 || !strings.Contains(resp.Data.Content, "Vladimir Putin") || !strings.Contains(resp.Data.Content, "**Speaker:**") {
		t.Errorf("answer without Embed Links: %d embeds, content %q", len(resp.Data.Embeds), resp.Data.Content)
	}
	if strings.Contains(resp.Data.Content, "](http") || !strings.Contains(resp.Data.Content, "<https://") {
		t.Errorf("plain answer %q: want links in angle brackets, which Discord does not preview", resp.Data.Content)
	}

	f := newFakeDiscord(t)
	f.fail = func(c restCall) int {
		if strings.Contains(string(c.body), `"embeds":[{`) {
			return http.StatusForbidden
		}
		return 0
	}
	g, s, logs := newTestGateway(t, f, false)
	for range 2 {
		g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"}))})
	}
	callbacks := f.callsTo(http.MethodPost, "/callback")
	if len(callbacks) != 4 || !strings.Contains(string(callbacks[1].body), "**Speaker:**") {
		t.Fatalf("callbacks %d, want a refused one and a plain one per interaction", len(callbacks))
	}
	if n := strings.Count(logs.String(), "missing permission"); n != 1 {
		t.Errorf("%d log lines about the channel, want 1:\n%s", n, logs)
	}
}

// TestMissingSendMessages checks point 6 for mentions: without Embed
// Links the answer goes out as text; without Send Messages nothing can
// reach the member, and the channel is logged once.
func TestMissingSendMessages(t *testing.T) {
	mention := messageCreateJSON(askerID, false, "<@"+botUserID+"> who said great success?", botUserID)
	for _, tt := range []struct {
		name  string
		fail  func(restCall) int
		sends int
		log   string
	}{
		{"no embed links", func(c restCall) int {
			if strings.Contains(string(c.body), `"embeds":[{`) {
				return http.StatusForbidden
			}
			return 0
		}, 2, "cannot embed links"},
		{"no send messages", func(restCall) int { return http.StatusForbidden }, 2, "cannot send messages"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakeDiscord(t)
			f.fail = tt.fail
			g, s, logs := newTestGateway(t, f, false)
			g.self.Store(botUserID)
			var mc discordgo.MessageCreate
			if err := json.Unmarshal([]byte(mention), &mc); err != nil {
				t.Fatal(err)
			}
			g.onMessage(s, &mc)
			g.onMessage(s, &mc)
			sends := f.callsTo(http.MethodPost, "/messages")
			if len(sends) != 2*tt.sends {
				t.Fatalf("%d sends, want %d", len(sends), 2*tt.sends)
			}
			if tt.name == "no embed links" {
				var body map[string]any
				json.Unmarshal(sends[1].body, &body)
				if !strings.Contains(body["content"].(string), "Vladimir Putin") || body["flags"] != 4.0 {
					t.Errorf("plain answer %v, want the quotation in text with previews suppressed", body)
				}
			}
			if n := strings.Count(logs.String(), tt.log); n != 1 {
				t.Errorf("%d log lines %q, want 1:\n%s", n, tt.log, logs)
			}
		})
	}
}

// TestAnsweredDuringDrain checks point 7: an interaction that arrives
// after the gateway began to shut down is still answered; slow work is
// not started.
func TestAnsweredDuringDrain(t *testing.T) {
	f := newFakeDiscord(t)
	g, s, _ := newTestGateway(t, f, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g.inFlight.shutdown(ctx)
	g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "great success"}))})
	g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, slashJSON(member(askerID, managePerms), CmdRefresh))})
	callbacks := f.callsTo(http.MethodPost, "/callback")
	if len(callbacks) != 2 {
		t.Fatalf("%d callbacks during the drain, want 2", len(callbacks))
	}
	if !strings.Contains(string(callbacks[0].body), "Vladimir Putin") {
		t.Errorf("lookup during the drain: %s", callbacks[0].body)
	}
	if !strings.Contains(string(callbacks[1].body), "restarting") {
		t.Errorf("refresh during the drain: %s, want a note that quotebot is restarting", callbacks[1].body)
	}
}
