package bot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

// frontEnd delivers an interaction through a real front end to a fake
// Discord and returns the first response and the edit of it, if any.
type frontEnd struct {
	name string
	ask  func(t *testing.T, b *Bot, payload string) (first map[string]any, edits []restCall)
}

var frontEnds = []frontEnd{
	{"gateway", func(t *testing.T, b *Bot, payload string) (map[string]any, []restCall) {
		f := newFakeDiscord(t)
		s := f.session(t)
		NewGateway(s, b, false).onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, payload)})
		callbacks := f.callsTo(http.MethodPost, "/callback")
		if len(callbacks) != 1 {
			t.Fatalf("%d interaction callbacks, want 1: %v", len(callbacks), f.calls())
		}
		var first map[string]any
		if err := json.Unmarshal(callbacks[0].body, &first); err != nil {
			t.Fatalf("callback body %s: %v", callbacks[0].body, err)
		}
		return first, f.callsTo(http.MethodPatch, "")
	}},
	{"http", func(t *testing.T, b *Bot, payload string) (map[string]any, []restCall) {
		f := newFakeDiscord(t)
		edited := make(chan restCall, 1)
		f.onCall = func(c restCall) {
			if c.method == http.MethodPatch {
				edited <- c
			}
		}
		e := serveEndpoint(t, b, f)
		status, body := e.post(t, []byte(payload), e.priv)
		if status != http.StatusOK {
			t.Fatalf("status %d: %s", status, body)
		}
		var first map[string]any
		if err := json.Unmarshal(body, &first); err != nil {
			t.Fatalf("response %s: %v", body, err)
		}
		if first["type"] != 5.0 {
			return first, nil
		}
		return first, []restCall{<-edited}
	}},
}

// editPath is where the edit of a deferred answer to the test
// interactions goes.
var editPath = "/api/v" + discordgo.APIVersion + "/webhooks/" + appID + "/" + interactionToken + "/messages/@original"

// checkDeferred fails unless first is an ephemeral deferred response and
// edits is the one edit of it, and returns the edit's body.
func checkDeferred(t *testing.T, first map[string]any, edits []restCall) map[string]any {
	t.Helper()
	if first["type"] != 5.0 {
		t.Fatalf("first response type %v, want 5 (deferred): %v", first["type"], first)
	}
	if data, _ := first["data"].(map[string]any); data["flags"] != 64.0 {
		t.Errorf("deferred response data %v, want flags 64 (ephemeral)", data)
	}
	if len(edits) != 1 {
		t.Fatalf("%d edits of the answer, want 1", len(edits))
	}
	if edits[0].path != editPath {
		t.Errorf("edit went to %s, want %s", edits[0].path, editPath)
	}
	var body map[string]any
	if err := json.Unmarshal(edits[0].body, &body); err != nil {
		t.Fatalf("edit body %s: %v", edits[0].body, err)
	}
	checkInert(t, body)
	return body
}

// TestRefreshIsDeferred checks that both front ends answer a moderator's
// /refresh at once with an ephemeral deferred response and edit the report
// in when the refresh is done.
func TestRefreshIsDeferred(t *testing.T) {
	for _, fe := range frontEnds {
		t.Run(fe.name, func(t *testing.T) {
			b, dir := newTestBot(t, Options{})
			must(t, os.WriteFile(filepath.Join(dir, "200_harbour.txt"), []byte(harbourArticle), 0o644))
			first, edits := fe.ask(t, b, slashJSON(member(askerID, managePerms), CmdRefresh))
			body := checkDeferred(t, first, edits)
			embeds, _ := body["embeds"].([]any)
			if len(embeds) != 1 || !strings.Contains(string(edits[0].body), "Quote index refreshed") || !strings.Contains(string(edits[0].body), "7 articles") {
				t.Errorf("edit %s, want the refresh report", edits[0].body)
			}
			if got := speaker(ask(t, b, harbourQuestion)); got != "Agnes Whitlow" {
				t.Errorf("after the refresh the new quotation is attributed to %q", got)
			}
		})
	}
	t.Run("http edits without the bot token", func(t *testing.T) {
		b, _ := newTestBot(t, Options{})
		_, edits := frontEnds[1].ask(t, b, slashJSON(member(askerID, managePerms), CmdRefresh))
		if len(edits) != 1 || edits[0].auth != "" {
			t.Errorf("edits %v, want one without an Authorization header", edits)
		}
	})
	t.Run("refusals are not deferred", func(t *testing.T) {
		for _, fe := range frontEnds {
			b, _ := newTestBot(t, Options{})
			first, edits := fe.ask(t, b, fromGuild(slashJSON(member(askerID, managePerms), CmdRefresh), otherGuildID))
			if first["type"] != 4.0 || len(edits) != 0 {
				t.Errorf("%s: refusal answered with type %v and %d edits, want type 4 and none", fe.name, first["type"], len(edits))
			}
		}
	})
}

// stall holds the loads of a stallingBot's store.
type stall struct {
	entered chan struct{} // receives when a stalled load starts
	release chan struct{} // closing it lets stalled loads go on
}

// stallingBot returns a bot whose first load is the test articles' and
// whose later loads stall until released or their context ends, as a
// slow disk would.
func stallingBot(t *testing.T, opt Options) (*Bot, *stall) {
	t.Helper()
	st := &stall{entered: make(chan struct{}, 10), release: make(chan struct{})}
	t.Cleanup(func() { close(st.release) })
	load := FSSource(os.DirFS(dataDir(t, nil)))
	loads := 0
	store := NewStore(func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
		// Loads run one at a time, so loads needs no lock.
		loads++
		if loads > 1 {
			st.entered <- struct{}{}
			select {
			case <-st.release:
			case <-ctx.Done():
				return nil, nil, ctx.Err()
			}
		}
		return load(ctx)
	})
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opt.AdminGuild == "" {
		opt.AdminGuild = guildID
	}
	return New(store, opt), st
}

// TestRefreshTooSlow checks that a refresh which runs out of time says
// whether loading took too long or another refresh was still running, in
// both front ends.
func TestRefreshTooSlow(t *testing.T) {
	const within = time.Millisecond
	mod := slashJSON(member(askerID, managePerms), CmdRefresh)
	for _, fe := range frontEnds {
		t.Run(fe.name+"/loading took too long", func(t *testing.T) {
			b, _ := stallingBot(t, Options{RefreshTimeout: within})
			before := b.store.Index()
			first, edits := fe.ask(t, b, mod)
			body := checkDeferred(t, first, edits)
			text := body["content"].(string)
			for _, want := range []string{"Refresh failed: loading the data folder took longer than 1ms", "previous index is still serving"} {
				if !strings.Contains(text, want) {
					t.Errorf("edit %q lacks %q", text, want)
				}
			}
			if strings.Contains(text, "another refresh") {
				t.Errorf("edit %q blames another refresh", text)
			}
			if b.store.Index() != before {
				t.Error("the index changed")
			}
		})
		t.Run(fe.name+"/another refresh running", func(t *testing.T) {
			b, st := stallingBot(t, Options{RefreshTimeout: within})
			held := make(chan error)
			go func() {
				_, err := b.store.Refresh(context.Background())
				held <- err
			}()
			<-st.entered
			first, edits := fe.ask(t, b, mod)
			body := checkDeferred(t, first, edits)
			text := body["content"].(string)
			if want := "Refresh failed: another refresh was still running after 1ms"; !strings.Contains(text, want) {
				t.Errorf("edit %q lacks %q", text, want)
			}
			st.release <- struct{}{}
			if err := <-held; err != nil {
				t.Errorf("the refresh that was running: %v", err)
			}
		})
	}
}
