package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
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
	answered := callbackSeen(f)
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
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
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
	registered := logs.seen("commands registered")
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
	<-registered
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

// TestGatewayRegistrationFailureIsNotFatal checks point 16: when Discord
// refuses the registration, Run logs it and goes on answering with the
// commands Discord already has.
func TestGatewayRegistrationFailureIsNotFatal(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	f.fail = func(c restCall) int {
		if c.method == http.MethodPut {
			return http.StatusForbidden
		}
		return 0
	}
	logs := &logWatch{}
	failed := logs.seen("registering the commands failed")
	answered := callbackSeen(f)
	b, _ := newTestBot(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	stop, done := runGateway(t, b, f, gw)
	select {
	case <-failed:
	case err := <-done:
		t.Fatalf("Run = %v after a failed registration, want it to go on", err)
	}
	gw.events <- "INTERACTION_CREATE " + slashJSON(member(askerID, plainPerms), CmdOutlets)
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
		t.Error("no answer after the failed registration")
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
}

// callbackSeen returns a channel closed when f gets its first interaction
// callback.
func callbackSeen(f *fakeDiscord) <-chan struct{} {
	seen := make(chan struct{})
	var once sync.Once
	f.onCall = func(c restCall) {
		if strings.HasSuffix(c.path, "/callback") {
			once.Do(func() { close(seen) })
		}
	}
	return seen
}
