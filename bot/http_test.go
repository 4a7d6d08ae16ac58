package bot

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
)

// endpoint is the HTTP front end on a local server, with the key pair
// Discord would sign with and a fake Discord for the edits it makes.
type endpoint struct {
	url     string
	priv    ed25519.PrivateKey
	bot     *Bot
	h       *HTTPHandler
	discord *fakeDiscord
}

func newEndpoint(t *testing.T) *endpoint {
	t.Helper()
	b, _ := newTestBot(t, Options{})
	return serveEndpoint(t, b, newFakeDiscord(t))
}

// serveEndpoint serves b's HTTP front end, its edits going to discord.
func serveEndpoint(t *testing.T, b *Bot, discord *fakeDiscord) *endpoint {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	h := NewHTTPHandler(b, pub)
	h.rest.Client = discord.client()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &endpoint{url: srv.URL, priv: priv, bot: b, h: h, discord: discord}
}

// post sends body to /interactions signed with key (nil: unsigned).
func (e *endpoint) post(t *testing.T, body []byte, key ed25519.PrivateKey) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.url+"/interactions", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func TestHTTPSignatures(t *testing.T) {
	e := newEndpoint(t)
	_, stranger, _ := ed25519.GenerateKey(rand.Reader)
	ping := []byte(pingJSON)

	if status, body := e.post(t, ping, e.priv); status != http.StatusOK || string(bytes.TrimSpace(body)) != `{"type":1}` {
		t.Errorf("signed PING: %d %s, want 200 {\"type\":1}", status, body)
	}
	for name, req := range map[string]func() *http.Request{
		"missing signature": func() *http.Request {
			r, _ := http.NewRequest(http.MethodPost, e.url+"/interactions", bytes.NewReader(ping))
			return r
		},
		"signed by another key": func() *http.Request { return signed(e.url, ping, ping, stranger, "1700000000") },
		"body changed after signing": func() *http.Request {
			return signed(e.url, ping, []byte(strings.Replace(pingJSON, `"type": 1`, `"type": 2`, 1)), e.priv, "1700000000")
		},
		"timestamp changed after signing": func() *http.Request {
			r := signed(e.url, ping, ping, e.priv, "1700000000")
			r.Header.Set("X-Signature-Timestamp", "1700000001")
			return r
		},
		"signature not hex": func() *http.Request {
			r := signed(e.url, ping, ping, e.priv, "1700000000")
			r.Header.Set("X-Signature-Ed25519", "not-hex")
			return r
		},
		"signature too short": func() *http.Request {
			r := signed(e.url, ping, ping, e.priv, "1700000000")
			r.Header.Set("X-Signature-Ed25519", r.Header.Get("X-Signature-Ed25519")[:64])
			return r
		},
		"no timestamp": func() *http.Request {
			r := signed(e.url, ping, ping, e.priv, "1700000000")
			r.Header.Del("X-Signature-Timestamp")
			return r
		},
	} {
		t.Run(name, func(t *testing.T) {
			resp, err := http.DefaultClient.Do(req())
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", resp.StatusCode)
			}
		})
	}
}

// TestHTTPReplay checks that a correctly signed request whose timestamp
// is more than five minutes from the handler's clock is refused with 401,
// as a replay, and one within is answered.
func TestHTTPReplay(t *testing.T) {
	e := newEndpoint(t)
	now := time.Unix(1763900000, 0)
	e.h.now = func() time.Time { return now }
	ping := []byte(pingJSON)
	for _, tt := range []struct {
		name string
		age  time.Duration
		want int
	}{
		{"just now", 0, http.StatusOK},
		{"four minutes old", 4 * time.Minute, http.StatusOK},
		{"a clock a minute ahead", -time.Minute, http.StatusOK},
		{"six minutes old", 6 * time.Minute, http.StatusUnauthorized},
		{"a day old", 24 * time.Hour, http.StatusUnauthorized},
		{"six minutes in the future", -6 * time.Minute, http.StatusUnauthorized},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ts := strconv.FormatInt(now.Add(-tt.age).Unix(), 10)
			resp, err := http.DefaultClient.Do(signed(e.url, ping, ping, e.priv, ts))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

// signed is a request whose signature covers signedBody but which carries
// body.
func signed(url string, signedBody, body []byte, key ed25519.PrivateKey, ts string) *http.Request {
	r, _ := http.NewRequest(http.MethodPost, url+"/interactions", bytes.NewReader(body))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), signedBody...))))
	return r
}

func TestHTTPCommands(t *testing.T) {
	e := newEndpoint(t)
	asker, other := member(askerID, plainPerms), member(otherID, plainPerms)
	next := nextPage(t, e.bot)
	tests := []struct {
		name      string
		payload   string
		typ       float64
		ephemeral bool
		shows     string
	}{
		{"quote", slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"}), 4, false, "Vladimir Putin"},
		{"quote without match", slashJSON(asker, CmdQuote, option{name: OptText, value: "xqzv blorp"}), 4, true, "No quote matches"},
		{"speaker", slashJSON(asker, CmdSpeaker, option{name: OptName, value: "sharaa"}), 4, false, "Quotations by Ahmed al-Sharaa"},
		{"outlets", slashJSON(asker, CmdOutlets), 4, false, "The Kyiv Independent"},
		{"refresh from another server", fromGuild(slashJSON(member(askerID, managePerms), CmdRefresh), otherGuildID), 4, true, "bot's operator"},
		{"autocomplete", autocompleteJSON(asker, CmdQuote, option{name: OptText, value: "zebr", focused: true}), 8, false, "Maria Lopes"},
		{"button by the asker", buttonJSON(asker, next), 7, false, "Match 2 of"},
		{"button by another member", buttonJSON(other, next), 4, true, "Only the member who asked"},
		{"message context menu", messageCommandJSON(asker, `"respect all agreements"`), 4, false, "Ahmed al-Sharaa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := e.post(t, []byte(tt.payload), e.priv)
			if status != http.StatusOK {
				t.Fatalf("status %d: %s", status, body)
			}
			var resp map[string]any
			if err := json.Unmarshal(body, &resp); err != nil {
				t.Fatalf("response %s: %v", body, err)
			}
			if resp["type"] != tt.typ {
				t.Errorf("type %v, want %v", resp["type"], tt.typ)
			}
			data := resp["data"].(map[string]any)
			if tt.typ != 8 {
				checkInert(t, data)
			}
			flags, _ := data["flags"].(float64)
			if got := int(flags)&64 != 0; got != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", got, tt.ephemeral)
			}
			if !strings.Contains(string(body), tt.shows) {
				t.Errorf("response lacks %q: %s", tt.shows, body)
			}
		})
	}
}

func TestHTTPRefusals(t *testing.T) {
	e := newEndpoint(t)
	big := append([]byte(`{"type": 2, "data": {"name": "quote", "options": [{"name": "text", "type": 3, "value": "`),
		bytes.Repeat([]byte("a"), MaxInteractionBytes)...)
	big = append(big, `"}]}}`...)
	if status, _ := e.post(t, big, e.priv); status != http.StatusRequestEntityTooLarge {
		t.Errorf("body over 1 MiB: status %d, want 413", status)
	}
	if status, _ := e.post(t, []byte(`{"type": 2, "data": [`), e.priv); status != http.StatusBadRequest {
		t.Errorf("signed garbage: status %d, want 400", status)
	}
	resp, err := http.Get(e.url + "/interactions")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /interactions: %d, want 405", resp.StatusCode)
	}
}

func TestHealthz(t *testing.T) {
	e := newEndpoint(t)
	resp, err := http.Get(e.url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "6 articles") || strings.Contains(string(body), "writing the cache") {
		t.Errorf("loaded, the cache written: %d %s", resp.StatusCode, body)
	}

	empty := NewStore(DirSource(t.TempDir(), nil))
	srv := httptest.NewServer(NewHTTPHandler(New(empty, Options{}), e.priv.Public().(ed25519.PublicKey)))
	defer srv.Close()
	resp, err = http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("before any index: %d, want 503", resp.StatusCode)
	}
}
