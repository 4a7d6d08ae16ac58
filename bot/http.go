package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// MaxInteractionBytes is the largest request body the HTTP endpoint reads.
// Real interactions are a few kilobytes; the cap keeps a stranger from
// making the bot buffer an endless body before the signature is checked.
const MaxInteractionBytes = 1 << 20

// HTTPHandler is the front end for Discord's HTTP interactions: Discord
// POSTs each interaction to /interactions, signed with the application's
// key, and takes the answer from the response body. GET /healthz answers
// 200 once an index is loaded, for load balancers and supervisors, and
// says "writing the cache" while a load's cache writes are under way.
//
// It holds no bot token. The one call it makes to Discord is the edit that
// completes a deferred answer (a /refresh), which the interaction's own
// token authorises.
type HTTPHandler struct {
	bot *Bot
	key ed25519.PublicKey
	mux *http.ServeMux
	// rest makes the edits; it is a discordgo session without a token, so
	// that the edits get discordgo's rate limiting and retries.
	rest *discordgo.Session
	// deferred counts the deferred answers still being worked on.
	deferred *tasks
	now      func() time.Time // replaced in tests
}

// NewHTTPHandler returns the endpoint for b, accepting only requests
// signed by the private half of key.
func NewHTTPHandler(b *Bot, key ed25519.PublicKey) *HTTPHandler {
	// discordgo.New reports no error, token or none.
	rest, _ := discordgo.New("")
	h := &HTTPHandler{bot: b, key: key, mux: http.NewServeMux(), rest: rest, deferred: newTasks(), now: time.Now}
	h.mux.HandleFunc("POST /interactions", h.interactions)
	h.mux.HandleFunc("GET /healthz", h.healthz)
	return h
}

// ServeHTTP routes POST /interactions and GET /healthz; other requests get
// 404 or 405.
func (h *HTTPHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// Shutdown stops the work of deferred answers (a /refresh stops and says
// so) and waits until their edits have gone out or ctx ends. Call it after
// the server's Shutdown, when no request is left to defer more.
func (h *HTTPHandler) Shutdown(ctx context.Context) error { return h.deferred.shutdown(ctx) }

func (h *HTTPHandler) interactions(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBytes))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		http.Error(w, fmt.Sprintf("request body over %d bytes", MaxInteractionBytes), http.StatusRequestEntityTooLarge)
		return
	case err != nil:
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if !verify(h.key, r.Header, body) {
		// Discord tests endpoints with bad signatures and expects 401.
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if !fresh(r.Header, h.now()) {
		// A signed request recorded and sent again later is still signed.
		http.Error(w, "request timestamp too far from now", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		h.bot.log.Warn("undecodable interaction", "err", err)
		http.Error(w, "request body is not an interaction", http.StatusBadRequest)
		return
	}
	received := time.Now()
	// The work may outlast this request, when it is deferred.
	work, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), workWithin)
	resp, later := h.bot.handle(work, &i, false)
	if later != nil && !h.deferred.start() {
		resp, later = refusal(restarting).fitChannel(&i).response(), nil
	}
	if later == nil {
		cancel()
	} else {
		// The edit must not reach Discord before the deferred response it
		// edits, which has gone out when this handler returns.
		answered := make(chan struct{})
		defer close(answered)
		go func() {
			defer h.deferred.done()
			defer cancel()
			a := h.bot.finish(h.deferred.work, &i, later)
			<-answered
			replies, stop := context.WithDeadline(context.WithoutCancel(r.Context()), received.Add(tokenLife))
			defer stop()
			h.bot.deliverLate(replies, h.rest, &i, resp, a)
		}()
	}
	out, err := json.Marshal(resp)
	if err != nil {
		h.bot.log.Error("encoding an interaction response", "interaction", i.ID, "err", err)
		http.Error(w, "cannot encode the answer", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	_, err = w.Write(out)
	if err == nil {
		err = http.NewResponseController(w).Flush()
	}
	if err != nil {
		h.bot.log.Info("writing an interaction response", "interaction", i.ID, "err", err)
	}
}

// verify checks Discord's signature: Ed25519 over the timestamp header
// followed by the raw body.
func verify(key ed25519.PublicKey, h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	ts := h.Get("X-Signature-Timestamp")
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" || len(key) != ed25519.PublicKeySize {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(key, msg, sig)
}

// maxClockSkew is how far a signed request's timestamp may be from now;
// further, it is taken for a replay.
const maxClockSkew = 5 * time.Minute

// fresh reports whether the signed timestamp, in Unix seconds, is within
// maxClockSkew of now.
func fresh(h http.Header, now time.Time) bool {
	sec, err := strconv.ParseInt(h.Get("X-Signature-Timestamp"), 10, 64)
	if err != nil {
		return false
	}
	d := now.Sub(time.Unix(sec, 0))
	return d <= maxClockSkew && d >= -maxClockSkew
}

func (h *HTTPHandler) healthz(w http.ResponseWriter, _ *http.Request) {
	ix := h.bot.store.Index()
	if ix == nil {
		http.Error(w, "index not loaded", http.StatusServiceUnavailable)
		return
	}
	settling := ""
	if h.bot.store.Settling() {
		settling = "; writing the cache"
	}
	fmt.Fprintf(w, "ok: %s, %s%s\n", plural(ix.NumArticles(), "article"), plural(ix.Len(), "quotation"), settling)
}
