package bot

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// lookup is what a member asked, in the form a paging button carries it.
type lookup struct {
	kind    byte // kindQuote or kindSpeaker
	text    string
	speaker string
	outlet  string
}

const (
	kindQuote   = 'q' // one search result per page
	kindSpeaker = 's' // a speaker's quotes, several per page
)

// pageRef is the state behind a paging button: the lookup, the page it
// leads to, and the one member allowed to press it. It travels in the
// button's custom_id, so that paging works across restarts and in the
// stateless HTTP front end; a lookup too long for the 100-character
// custom_id is kept in a pageCache and the custom_id carries its key.
type pageRef struct {
	asker string
	page  int
	lookup
}

// custom_id layout: "pg:<kind>:<page>:<asker>:" then "v:" and the lookup
// as URL query values, or "k:" and a pageCache key.
const pagePrefix = "pg:"

var errExpired = errors.New("these results have expired")

func (b *Bot) encodePage(r pageRef) string {
	head := fmt.Sprintf("%s%c:%d:%s:", pagePrefix, r.kind, r.page, r.asker)
	v := url.Values{}
	for k, s := range map[string]string{"t": r.text, "s": r.speaker, "o": r.outlet} {
		if s != "" {
			v.Set(k, s)
		}
	}
	payload := v.Encode()
	if len(head)+len("v:")+len(payload) <= maxCustomID {
		return head + "v:" + payload
	}
	return head + "k:" + b.pages.put(payload)
}

func (b *Bot) decodePage(id string) (pageRef, error) {
	var r pageRef
	rest, ok := strings.CutPrefix(id, pagePrefix)
	parts := strings.SplitN(rest, ":", 5)
	if !ok || len(parts) != 5 || len(parts[0]) != 1 {
		return r, fmt.Errorf("custom_id %q is not a paging button", clipLog(id))
	}
	r.kind = parts[0][0]
	if r.kind != kindQuote && r.kind != kindSpeaker {
		return r, fmt.Errorf("custom_id %q: unknown kind", clipLog(id))
	}
	page, err := strconv.Atoi(parts[1])
	if err != nil || page < 0 {
		return r, fmt.Errorf("custom_id %q: bad page", clipLog(id))
	}
	r.page, r.asker = page, parts[2]
	payload := parts[4]
	switch parts[3] {
	case "v":
	case "k":
		if payload, ok = b.pages.get(payload); !ok {
			return r, errExpired
		}
	default:
		return r, fmt.Errorf("custom_id %q: bad payload", clipLog(id))
	}
	v, err := url.ParseQuery(payload)
	if err != nil {
		return r, fmt.Errorf("custom_id %q: %w", clipLog(id), err)
	}
	r.text, r.speaker, r.outlet = v.Get("t"), v.Get("s"), v.Get("o")
	return r, nil
}

// clipLog shortens member-controlled text for a log line or error.
func clipLog(s string) string { return truncate(s, 120) }

// Paging button labels; the console recognises the buttons by them.
const (
	labelPrev = "◀ Previous"
	labelNext = "Next ▶"
)

// pager returns the Previous/Next buttons for page of pages, or nothing
// when there is one page. At either end the button is shown disabled, so
// that the row keeps its shape.
func (b *Bot) pager(l lookup, asker string, page, pages int) []discordgo.MessageComponent {
	if pages <= 1 {
		return nil
	}
	ref := func(p int) string { return b.encodePage(pageRef{asker: asker, page: p, lookup: l}) }
	// Discord wants every custom_id in a message to differ, so a disabled
	// button at either end points at the current page rather than past it.
	prev := max(page-1, 0)
	next := min(page+1, pages-1)
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: labelPrev, Style: discordgo.SecondaryButton, CustomID: ref(prev), Disabled: page == 0},
		discordgo.Button{Label: labelNext, Style: discordgo.PrimaryButton, CustomID: ref(next), Disabled: page >= pages-1},
	}}}
}

// page answers a paging button press by who.
func (b *Bot) page(who, customID string) *discordgo.InteractionResponse {
	r, err := b.decodePage(customID)
	switch {
	case errors.Is(err, errExpired):
		return refusal("These results have expired. Ask again with /quote or /speaker.").response()
	case err != nil:
		b.log.Warn("unknown button", "err", err)
		return refusal("This button no longer works. Ask again with /quote or /speaker.").response()
	case who == "" || who != r.asker:
		return refusal("Only the member who asked can page through these results. Use /quote or /speaker to ask your own.").response()
	}
	ix := b.store.Index()
	if ix == nil {
		return refusal(notLoaded).response()
	}
	var a answer
	switch r.kind {
	case kindSpeaker:
		a = b.speakerPage(ix, r.lookup, r.asker, r.page)
	default:
		a = b.quotePage(ix, r.lookup, r.asker, r.page)
	}
	a.update = true
	return a.response()
}

// pageCache keeps the lookups too long for a custom_id, forgetting the
// oldest when full. Losing one only means a button answers "expired".
type pageCache struct {
	mu    sync.Mutex
	max   int
	items map[string]string
	order []string // keys, oldest first
}

func newPageCache(max int) *pageCache {
	return &pageCache{max: max, items: map[string]string{}}
}

// put stores payload and returns its key, a hash, so that the same lookup
// asked twice takes one slot.
func (c *pageCache) put(payload string) string {
	sum := sha256.Sum256([]byte(payload))
	key := hex.EncodeToString(sum[:12])
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[key]; ok {
		return key
	}
	if len(c.order) >= c.max {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.items[key] = payload
	c.order = append(c.order, key)
	return key
}

func (c *pageCache) get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.items[key]
	return p, ok
}
