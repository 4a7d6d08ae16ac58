package bot

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

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

// pageRef is the state behind a paging button: the lookup, the version of
// the index it was answered from, the page it leads to, and the one
// member allowed to press it. It travels whole in the button's custom_id,
// so that any process with the same index can recompute the page: HTTP
// replicas behind one load balancer share nothing, and a restart loses
// nothing.
type pageRef struct {
	version string
	asker   string
	page    int
	lookup
}

// custom_id layout: "pg:<kind>:<version>:<page>:<asker>:" and the lookup
// as URL query values.
const pagePrefix = "pg:"

func encodePage(r pageRef) string {
	return pageHead(r) + lookupValues(r.lookup)
}

func pageHead(r pageRef) string {
	return fmt.Sprintf("%s%c:%s:%d:%s:", pagePrefix, r.kind, r.version, r.page, r.asker)
}

func lookupValues(l lookup) string {
	v := url.Values{}
	for k, s := range map[string]string{"t": l.text, "s": l.speaker, "o": l.outlet} {
		if s != "" {
			v.Set(k, s)
		}
	}
	return v.Encode()
}

// pageable returns l cut to fit a paging button's custom_id with the
// longest head r can have: the text loses its last words, the names their
// ends. A lookup is cut before it is answered, not only for the buttons,
// so that every page comes from the same lookup.
func pageable(l lookup, asker string) lookup {
	room := maxCustomID - len(pageHead(pageRef{version: versionLen, asker: asker, page: maxResults, lookup: l}))
	for len(lookupValues(l)) > room {
		// The first words of the text say the most; a filter name cut
		// short still matches forgivingly.
		switch {
		case strings.ContainsAny(strings.TrimSpace(l.text), " \t\n") && !strings.HasPrefix(l.text, quoteRef):
			l.text = dropLastWord(l.text)
		case len(l.outlet) > 0:
			l.outlet = cutRunes(l.outlet, len([]rune(l.outlet))-1)
		case len(l.speaker) > 0:
			l.speaker = cutRunes(l.speaker, len([]rune(l.speaker))-1)
		default:
			l.text = dropLastWord(l.text)
		}
	}
	return l
}

// versionLen stands for a version when a head's length is worked out.
const versionLen = "vvvvvvvv"

// dropLastWord removes the last word of s, or its last character when it
// is one word.
func dropLastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, " \t\n"); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return cutRunes(s, len([]rune(s))-1)
}

func decodePage(id string) (pageRef, error) {
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
	page, err := strconv.Atoi(parts[2])
	if err != nil || page < 0 {
		return r, fmt.Errorf("custom_id %q: bad page", clipLog(id))
	}
	r.version, r.page, r.asker = parts[1], page, parts[3]
	v, err := url.ParseQuery(parts[4])
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

// pager returns the Previous/Next buttons for page of pages of lookup l
// answered from the index of version, or nothing when there is one page.
// At either end the button is shown disabled, so that the row keeps its
// shape.
func pager(version string, l lookup, asker string, page, pages int) []discordgo.MessageComponent {
	if pages <= 1 {
		return nil
	}
	ref := func(p int) string { return encodePage(pageRef{version: version, asker: asker, page: p, lookup: l}) }
	// Discord wants every custom_id in a message to differ, so a disabled
	// button at either end points at the current page rather than past it.
	prev := max(page-1, 0)
	next := min(page+1, pages-1)
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: labelPrev, Style: discordgo.SecondaryButton, CustomID: ref(prev), Disabled: page == 0},
		discordgo.Button{Label: labelNext, Style: discordgo.PrimaryButton, CustomID: ref(next), Disabled: page >= pages-1},
	}}}
}

// page answers a paging button press by who. A button from an index since
// replaced shows the first page of its lookup in the index now serving:
// page numbers would point at other quotations.
func (b *Bot) page(who, customID string) answer {
	r, err := decodePage(customID)
	switch {
	case err != nil:
		b.log.Warn("unknown button", "err", err)
		return refusal("This button no longer works. Ask again with /quote or /speaker.")
	case who == "" || who != r.asker:
		return refusal("Only the member who asked can page through these results. Use /quote or /speaker to ask your own.")
	}
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	if r.version != snap.version {
		r.page = 0
	}
	var a answer
	switch r.kind {
	case kindSpeaker:
		a = b.speakerPage(snap, r.lookup, r.asker, r.page)
	default:
		a = b.quotePage(snap, r.lookup, r.asker, r.page)
	}
	a.update = true
	return a
}
