package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"quotebot/bot"
)

// httpEngine asks quotebot http as Discord does: each lookup a signed
// /quote interaction, each keystroke a signed autocomplete interaction,
// answered in the response body.
type httpEngine struct {
	url    string // the server's, without a path
	key    ed25519.PrivateKey
	client *http.Client
	sent   atomic.Int64 // interactions sent, which also numbers them
	// took is how long the last interaction took from sending the
	// request to reading the whole response: what quotebot and the
	// network cost, not the client's signing and decoding. The engine
	// is asked one thing at a time.
	took time.Duration
}

// lastTook returns how long the last interaction took on the wire.
func (e *httpEngine) lastTook() time.Duration { return e.took }

func newHTTPEngine(url string, key ed25519.PrivateKey) *httpEngine {
	return &httpEngine{url: url, key: key, client: &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 8, DisableCompression: true},
	}}
}

// best sends /quote text:query and returns the quotation of the first
// answer's embed, or of its text when the answer has no embed.
func (e *httpEngine) best(query string) (found, error) {
	resp, err := e.post(discordgo.InteractionApplicationCommand, query, false)
	if err != nil {
		return found{}, err
	}
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil {
		return found{}, nil // deferred, or no answer to judge
	}
	if len(resp.Data.Embeds) > 0 {
		return found{text: resp.Data.Embeds[0].Description}, nil
	}
	return found{text: resp.Data.Content}, nil
}

// complete sends an autocomplete interaction for /quote's text option
// holding typed, and returns how many choices came back.
func (e *httpEngine) complete(typed string) (int, error) {
	resp, err := e.post(discordgo.InteractionApplicationCommandAutocomplete, typed, true)
	if err != nil {
		return 0, err
	}
	if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
		return 0, fmt.Errorf("autocomplete answered with response type %d", resp.Type)
	}
	if resp.Data == nil {
		return 0, nil
	}
	return len(resp.Data.Choices), nil
}

// response is what the measurement reads of an interaction response.
// (discordgo.InteractionResponse cannot be decoded: its components are
// interfaces.)
type response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data *struct {
		Content string `json:"content"`
		Embeds  []struct {
			Description string `json:"description"`
		} `json:"embeds"`
		Choices []json.RawMessage `json:"choices"`
	} `json:"data"`
}

// post sends an interaction of typ for /quote with text, signed as
// Discord signs, and decodes the response.
func (e *httpEngine) post(typ discordgo.InteractionType, text string, focused bool) (*response, error) {
	n := e.sent.Add(1)
	body, err := json.Marshal(quoteInteraction(typ, n, text, focused))
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, e.url+"/interactions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e.key, append([]byte(ts), body...))))
	start := time.Now()
	res, err := e.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	out, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	e.took = time.Since(start)
	if err != nil {
		return nil, fmt.Errorf("reading the response: %w", err)
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("POST /interactions: %s: %s", res.Status, bytes.TrimSpace(out))
	}
	var resp response
	if err := json.Unmarshal(out, &resp); err != nil {
		return nil, fmt.Errorf("decoding the response %q: %w", out, err)
	}
	return &resp, nil
}

// memberBase numbers the members the interactions come from: each
// interaction is from a member of its own, as a busy server's are, so
// that the per-member rate limit does not refuse the measurement.
const memberBase = 400_000_000_000_000_000

// quoteInteraction is the JSON Discord sends for /quote with its text
// option holding text, as the n-th interaction: a slash command, or an
// autocomplete while text is typed, in a guild channel where the bot may
// send messages and embed links.
func quoteInteraction(typ discordgo.InteractionType, n int64, text string, focused bool) map[string]any {
	id := func(base int64) string { return strconv.FormatInt(base+n, 10) }
	return map[string]any{
		"type":            int(typ),
		"id":              id(1_300_000_000_000_000_000),
		"application_id":  "1000000000000000001",
		"token":           "aW50ZXJhY3Rpb246YmVuY2g" + strconv.FormatInt(n, 36),
		"guild_id":        "1100000000000000001",
		"channel_id":      "1100000000000000002",
		"channel":         map[string]any{"id": "1100000000000000002", "type": 0, "name": "general"},
		"app_permissions": strconv.FormatInt(discordgo.PermissionViewChannel|discordgo.PermissionSendMessages|discordgo.PermissionEmbedLinks, 10),
		"locale":          "en-US",
		"guild_locale":    "en-US",
		"version":         1,
		"member": map[string]any{
			"user":        map[string]any{"id": id(memberBase), "username": "reader" + strconv.FormatInt(n, 10), "discriminator": "0", "avatar": nil},
			"roles":       []string{},
			"permissions": strconv.FormatInt(discordgo.PermissionViewChannel|discordgo.PermissionSendMessages, 10),
			"joined_at":   "2024-03-13T19:19:14.040000+00:00",
			"deaf":        false,
			"mute":        false,
		},
		"data": map[string]any{
			"id": "1200000000000000001", "name": bot.CmdQuote, "type": 1,
			"options": []map[string]any{{"type": 3, "name": bot.OptText, "value": text, "focused": focused}},
		},
	}
}
