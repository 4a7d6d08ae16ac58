package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestGatewayFatalClose checks that a close code after which retrying is
// useless stops Run with one clear line instead of retrying forever.
func TestGatewayFatalClose(t *testing.T) {
	for _, tt := range []struct {
		code int
		want string
	}{
		{4004, "DISCORD_TOKEN is wrong"},
		{4011, "sharding required"},
		{4014, "Message Content Intent"},
	} {
		t.Run(fmt.Sprint(tt.code), func(t *testing.T) {
			f, gw := newFakeDiscord(t), newFakeGateway(t)
			gw.closeWith = tt.code
			b, _ := newTestBot(t, Options{})
			_, done := runGateway(t, b, f, gw)
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("code %d", tt.code)) || !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), testToken) {
					t.Errorf("Run = %v, want one line naming code %d and %q", err, tt.code, tt.want)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Run kept retrying after a fatal close code")
			}
			if n := len(gw.identify); n != 1 {
				t.Errorf("%d identifies, want 1", n)
			}
		})
	}
}

// TestGatewayReconnectsAndResumes drops the connection: Run logs the
// disconnect, connects again, resumes the session and goes on answering.
func TestGatewayReconnectsAndResumes(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	logs := &logWatch{}
	registered, disconnected, resumed := logs.seen("commands registered"), logs.seen("disconnected from the Discord gateway"), logs.seen("gateway session resumed")
	b, _ := newTestBot(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	stop, done := runGateway(t, b, f, gw)
	<-registered
	gw.drop <- struct{}{}
	<-disconnected
	resume := <-gw.resumes
	if resume["session_id"] != "d4a1f0c2" || resume["token"] != "Bot "+testToken {
		t.Errorf("RESUME %v, want the session from READY", resume)
	}
	<-resumed
	gw.events <- "INTERACTION_CREATE " + slashJSON(member(askerID, plainPerms), CmdOutlets)
	deadline := time.Now().Add(10 * time.Second)
	for len(f.callsTo(http.MethodPost, "/callback")) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if len(f.callsTo(http.MethodPost, "/callback")) != 1 {
		t.Error("no answer after the resume")
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
}

// TestRunShards runs two shards in one process: each identifies with its
// shard, and only shard 0 registers the commands.
func TestRunShards(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	f.gateway = gw.url
	logs := &logWatch{}
	b, _ := newTestBot(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	var gws []*Gateway
	for id := range 2 {
		s := f.session(t)
		s.ShardID, s.ShardCount = id, 2
		gws = append(gws, NewGateway(s, b, false))
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- RunShards(ctx, gws, Registration{Guild: guildID}, 2) }()
	shards := map[string]bool{}
	for range 2 {
		id := <-gw.identify
		shards[fmt.Sprint(id["shard"])] = true
	}
	if !shards["[0 2]"] || !shards["[1 2]"] {
		t.Errorf("IDENTIFY shards %v, want [0 2] and [1 2]", shards)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(logs.String(), "commands registered") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("RunShards = %v", err)
	}
	if n := len(f.callsTo(http.MethodPut, "/commands")); n != 1 {
		t.Errorf("%d registrations, want 1, by shard 0", n)
	}
}

// TestRecommended reads Discord's Get Gateway Bot answer.
func TestRecommended(t *testing.T) {
	f := newFakeDiscord(t)
	shards, conc, err := Recommended(context.Background(), f.session(t))
	if err != nil || shards != 3 || conc != 1 {
		t.Errorf("Recommended = %d, %d, %v; want 3 shards, 1 at a time", shards, conc, err)
	}
}
