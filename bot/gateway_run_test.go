package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fakeGateway is a local stand-in for Discord's gateway that speaks just
// enough of the protocol for a session to connect: HELLO (op 10), then
// READY for the IDENTIFY (op 2), heartbeat ACKs (op 11), and any dispatch
// the test sends.
type fakeGateway struct {
	url      string
	identify chan map[string]any // the IDENTIFY payload's d
	events   chan string         // dispatches to send: "TYPE payload"
	closed   chan struct{}       // closed when the session hangs up
	// closeWith, when set, is the close code sent instead of READY.
	closeWith int
	// drop, when sent to, drops the connection as a network fault would.
	drop    chan struct{}
	resumes chan map[string]any // the RESUME payloads' d

	closeOnce sync.Once
}

func newFakeGateway(t *testing.T) *fakeGateway {
	gw := &fakeGateway{identify: make(chan map[string]any, 8), events: make(chan string), closed: make(chan struct{}),
		drop: make(chan struct{}), resumes: make(chan map[string]any, 8)}
	srv := httptest.NewServer(http.HandlerFunc(gw.serve))
	t.Cleanup(srv.Close)
	gw.url = "ws" + strings.TrimPrefix(srv.URL, "http")
	return gw
}

func (gw *fakeGateway) serve(w http.ResponseWriter, r *http.Request) {
	conn, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var mu sync.Mutex // one writer at a time
	seq := 0
	send := func(op int, typ string, d string) error {
		mu.Lock()
		defer mu.Unlock()
		msg := fmt.Sprintf(`{"op": %d, "d": %s}`, op, d)
		if op == 0 {
			seq++
			msg = fmt.Sprintf(`{"op": 0, "s": %d, "t": %q, "d": %s}`, seq, typ, d)
		}
		return conn.WriteMessage(websocket.TextMessage, []byte(msg))
	}
	if send(10, "", `{"heartbeat_interval": 41250}`) != nil {
		return
	}
	var hello struct {
		Op int            `json:"op"`
		D  map[string]any `json:"d"`
	}
	if conn.ReadJSON(&hello) != nil || (hello.Op != 2 && hello.Op != 6) {
		return
	}
	if gw.closeWith != 0 {
		gw.identify <- hello.D
		conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(gw.closeWith, "Authentication failed."))
		return
	}
	if hello.Op == 6 {
		gw.resumes <- hello.D
		if send(0, "RESUMED", "{}") != nil {
			return
		}
	} else {
		gw.identify <- hello.D
		ready := fmt.Sprintf(`{"v": 10, "session_id": "d4a1f0c2", "resume_gateway_url": %s, "guilds": [{"id": %s, "unavailable": true}],
		"user": {"id": %s, "username": "quotebot", "discriminator": "0", "bot": true, "avatar": null},
		"application": {"id": %s, "flags": 0}}`, js(gw.url), js(guildID), js(botUserID), js(appID))
		if send(0, "READY", ready) != nil {
			return
		}
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case ev := <-gw.events:
				typ, payload, _ := strings.Cut(ev, " ")
				send(0, typ, payload)
			case <-gw.drop:
				conn.Close()
				return
			case <-stop:
				return
			}
		}
	}()
	defer gw.closeOnce.Do(func() { close(gw.closed) })
	for {
		var in struct {
			Op int `json:"op"`
		}
		if err := conn.ReadJSON(&in); err != nil {
			return // the session closed the connection
		}
		if in.Op == 1 {
			send(11, "", "null")
		}
	}
}

// logWatch is a log destination that tells when a line containing a
// given text has been written.
type logWatch struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	waits map[string]chan struct{}
}

// seen returns a channel closed once a line containing s is written.
func (l *logWatch) seen(s string) <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.waits == nil {
		l.waits = map[string]chan struct{}{}
	}
	c := make(chan struct{})
	l.waits[s] = c
	return c
}

func (l *logWatch) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for s, c := range l.waits {
		if bytes.Contains(p, []byte(s)) {
			close(c)
			delete(l.waits, s)
		}
	}
	return l.buf.Write(p)
}

func (l *logWatch) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// runGateway starts Run for b on a session connected to gw, with its REST
// calls going to f, and returns what stops it and what it returned.
func runGateway(t *testing.T, b *Bot, f *fakeDiscord, gw *fakeGateway) (stop context.CancelFunc, done <-chan error) {
	t.Helper()
	f.gateway = gw.url
	s := f.session(t)
	g := NewGateway(s, b, false)
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	ran := make(chan error, 1)
	go func() { ran <- g.Run(ctx, Registration{Guild: guildID}) }()
	return cancel, ran
}

// TestGatewayRun connects to a fake gateway: Run identifies with the
// token and intents, learns the application ID from READY, registers the
// commands in the guild, answers an interaction dispatched over the
// gateway, and hangs up when its context ends.
func TestGatewayRun(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	calls := make(chan restCall, 10)
	f.onCall = func(c restCall) { calls <- c }
	b, _ := newTestBot(t, Options{})
	stop, done := runGateway(t, b, f, gw)

	id := <-gw.identify
	if id["token"] != "Bot "+testToken {
		t.Errorf("IDENTIFY token %v, want the bot token", id["token"])
	}
	if want := float64(discordgo.IntentGuildMessages | discordgo.IntentDirectMessages); id["intents"] != want {
		t.Errorf("IDENTIFY intents %v, want %v", id["intents"], want)
	}
	if c := <-calls; c.method != http.MethodGet || !strings.HasSuffix(c.path, "/gateway") {
		t.Errorf("first call %s %s, want GET /gateway", c.method, c.path)
	}
	reg := <-calls
	if want := "/api/v" + discordgo.APIVersion + "/applications/" + appID + "/guilds/" + guildID + "/commands"; reg.method != http.MethodPut || reg.path != want {
		t.Errorf("registration %s %s, want PUT %s with the application ID from READY", reg.method, reg.path, want)
	}

	gw.events <- "INTERACTION_CREATE " + slashJSON(member(askerID, plainPerms), CmdOutlets)
	answer := <-calls
	if answer.method != http.MethodPost || !strings.HasSuffix(answer.path, "/interactions/786008729715212338/"+interactionToken+"/callback") {
		t.Errorf("answer %s %s, want POST to the interaction's callback", answer.method, answer.path)
	}
	var body map[string]any
	if err := json.Unmarshal(answer.body, &body); err != nil || !strings.Contains(string(answer.body), "Outlets in the quote index") {
		t.Errorf("answer %s: %v", answer.body, err)
	}

	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil after its context ended", err)
	}
	<-gw.closed
}

// TestGatewayShutdownLetsAnswersFinish ends Run while an answer is on its
// way to Discord and checks that the answer still arrives, and that Run
// returns only after it has.
func TestGatewayShutdownLetsAnswersFinish(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	arrived, release := make(chan struct{}), make(chan struct{})
	f.onCall = func(c restCall) {
		if strings.HasSuffix(c.path, "/callback") {
			close(arrived)
			<-release // Discord is slow to take the answer
		}
	}
	logs := &logWatch{}
	registered, shuttingDown := logs.seen("commands registered"), logs.seen("shutting down")
	b, _ := newTestBot(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	stop, done := runGateway(t, b, f, gw)
	<-registered

	gw.events <- "INTERACTION_CREATE " + slashJSON(member(askerID, plainPerms), CmdOutlets)
	<-arrived
	stop() // SIGTERM
	select {
	case <-shuttingDown:
	case err := <-done:
		t.Fatalf("Run returned %v before shutting down", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	if out := logs.String(); strings.Contains(out, "answering an interaction") || strings.Contains(out, "answers in flight") {
		t.Errorf("the answer in flight was cut off:\n%s", out)
	}
}

// TestGatewayShutdownStopsRefresh ends Run while a moderator's /refresh
// is loading: the refresh stops, the moderator is told why, and the index
// stays as it was.
func TestGatewayShutdownStopsRefresh(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	logs := &logWatch{}
	registered := logs.seen("commands registered")
	b, st := stallingBot(t, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	before := b.store.Index()
	stop, done := runGateway(t, b, f, gw)
	<-registered

	gw.events <- "INTERACTION_CREATE " + slashJSON(member(askerID, managePerms), CmdRefresh)
	<-st.entered // deferred, and loading
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v", err)
	}
	edits := f.callsTo(http.MethodPatch, "/messages/@original")
	if len(edits) != 1 || !strings.Contains(string(edits[0].body), "Refresh failed: quotebot is shutting down") {
		t.Errorf("edits %v, want one saying the refresh stopped for the shutdown", edits)
	}
	if b.store.Index() != before {
		t.Error("the index changed")
	}
}

// TestGatewayStopDuringRegistration ends Run while the commands are being
// registered: being told to stop is no failure.
func TestGatewayStopDuringRegistration(t *testing.T) {
	f, gw := newFakeDiscord(t), newFakeGateway(t)
	putting, release := make(chan struct{}), make(chan struct{})
	f.onCall = func(c restCall) {
		if c.method == http.MethodPut {
			close(putting)
			<-release
		}
	}
	b, _ := newTestBot(t, Options{})
	stop, done := runGateway(t, b, f, gw)
	<-putting
	stop()
	if err := <-done; err != nil {
		t.Errorf("Run = %v, want nil when stopped while registering", err)
	}
	close(release)
}
