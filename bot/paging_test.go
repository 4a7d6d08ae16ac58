package bot

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestPageRefRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ref  pageRef
	}{
		{"short quote lookup", pageRef{version: "0a1b2c3d", asker: askerID, page: 3, lookup: lookup{kind: kindQuote, text: "great success", speaker: "Putin"}}},
		{"speaker", pageRef{version: "0a1b2c3d", asker: askerID, page: 0, lookup: lookup{kind: kindSpeaker, speaker: "Ahmed al-Sharaa"}}},
		{"separators in the text", pageRef{version: "0a1b2c3d", asker: askerID, page: 1, lookup: lookup{kind: kindQuote, text: "a:b&c=d?e", outlet: "DW"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := encodePage(tt.ref)
			if len(id) > maxCustomID {
				t.Fatalf("custom_id of %d bytes: %q", len(id), id)
			}
			got, err := decodePage(id)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.ref {
				t.Errorf("decoded %+v, want %+v", got, tt.ref)
			}
		})
	}
}

// TestPageableFits checks that a lookup of any length is cut to fit a
// custom_id, keeping its first words.
func TestPageableFits(t *testing.T) {
	for _, l := range []lookup{
		{kind: kindQuote, text: strings.Repeat("désolé ", 80)},
		{kind: kindQuote, text: "we are taking a step toward societal consolidation and the strengthening of cooperation", speaker: "Ahmed al-Sharaa", outlet: "Deutsche Welle"},
		{kind: kindQuote, text: strings.Repeat("x", 500)},
		{kind: kindSpeaker, speaker: strings.Repeat("Ahmed Hussein al-Sharaa ", 5)},
		{kind: kindQuote, text: "great", outlet: strings.Repeat("The Kyiv Independent ", 6)},
	} {
		cut := pageable(l, askerID)
		id := encodePage(pageRef{version: "0a1b2c3d", asker: askerID, page: maxResults - 1, lookup: cut})
		if len(id) > maxCustomID {
			t.Errorf("custom_id of %d bytes for %+v", len(id), l)
		}
		if !strings.HasPrefix(l.text, strings.TrimSpace(cut.text)) || !strings.HasPrefix(l.speaker, cut.speaker) || !strings.HasPrefix(l.outlet, cut.outlet) {
			t.Errorf("pageable(%+v) = %+v: want the beginnings kept", l, cut)
		}
		if l.text != "" && cut.text == "" {
			t.Errorf("pageable(%+v) lost the whole text", l)
		}
	}
}

// TestPagingAcrossReplicas checks that two HTTP front ends sharing
// nothing but the data folder answer each other's paging buttons, and that
// a button from an index since replaced shows a fresh first page.
func TestPagingAcrossReplicas(t *testing.T) {
	dir := dataDir(t, map[string]string{"100_zebras.txt": zebraArticle})
	replica := func() *endpoint {
		store := NewStore(DirSource(dir, nil))
		if _, err := store.Refresh(context.Background()); err != nil {
			t.Fatal(err)
		}
		b, _ := newTestBot(t, Options{})
		b.store = store
		return serveEndpoint(t, b, newFakeDiscord(t))
	}
	a, b := replica(), replica()
	asker := member(askerID, plainPerms)
	long := "great success step toward societal consolidation, strengthen cooperation"
	for _, question := range []string{"great success", long} {
		t.Run(question[:13], func(t *testing.T) {
			first := postResponse(t, a, slashJSON(asker, CmdQuote, option{name: OptText, value: question}))
			next := button(t, first, labelNext)
			second := postResponse(t, b, buttonJSON(asker, next.CustomID))
			if second.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(content(second), "Match 2 of") {
				t.Fatalf("replica b answered Next with type %d:\n%s", second.Type, content(second))
			}
			back := postResponse(t, a, buttonJSON(asker, button(t, second, labelPrev).CustomID))
			// The first answer to a long question bolds the member's
			// words; the page a button recomputes cannot know them.
			if unbold := func(s string) string { return strings.ReplaceAll(s, "**", "") }; unbold(content(back)) != unbold(content(first)) {
				t.Errorf("Previous on replica a shows\n%s\nwant\n%s", content(back), content(first))
			}
		})
	}

	t.Run("stale index", func(t *testing.T) {
		first := postResponse(t, a, slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"}))
		next := button(t, first, labelNext)
		must(t, os.WriteFile(filepath.Join(dir, "200_harbour.txt"), []byte(harbourArticle), 0o644))
		if _, err := b.bot.store.Refresh(context.Background()); err != nil {
			t.Fatal(err)
		}
		resp := postResponse(t, b, buttonJSON(asker, next.CustomID))
		if resp.Type != discordgo.InteractionResponseUpdateMessage || ephemeral(resp) || !strings.Contains(content(resp), "Match 1 of") {
			t.Errorf("stale button: type %d ephemeral %t\n%s\nwant a fresh first page", resp.Type, ephemeral(resp), content(resp))
		}
	})
}

// postResponse posts a signed interaction to e and decodes the response.
func postResponse(t *testing.T, e *endpoint, payload string) *discordgo.InteractionResponse {
	t.Helper()
	status, body := e.post(t, []byte(payload), e.priv)
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	// Components are interfaces, which only discordgo.Message decodes.
	var raw struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data *discordgo.Message                `json:"data"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		t.Fatalf("response %s: %v", body, err)
	}
	resp := &discordgo.InteractionResponse{Type: raw.Type}
	if raw.Data != nil {
		resp.Data = &discordgo.InteractionResponseData{Content: raw.Data.Content, Embeds: raw.Data.Embeds, Flags: raw.Data.Flags}
		// discordgo decodes components as pointers and builds them as values.
		for _, c := range raw.Data.Components {
			row, ok := c.(*discordgo.ActionsRow)
			if !ok {
				continue
			}
			var in []discordgo.MessageComponent
			for _, x := range row.Components {
				if btn, ok := x.(*discordgo.Button); ok {
					in = append(in, *btn)
				}
			}
			resp.Data.Components = append(resp.Data.Components, discordgo.ActionsRow{Components: in})
		}
	}
	return resp
}

// FuzzDecodePage feeds custom_ids, which come from whoever sends the
// interaction: decoding never panics, and what decodes encodes back to a
// custom_id that decodes the same.
func FuzzDecodePage(f *testing.F) {
	f.Add("pg:q:0a1b2c3d:1:53908232506183680:t=great+success")
	f.Add("pg:s:0a1b2c3d:0:53908232506183680:s=Ahmed+al-Sharaa")
	f.Add("pg:q:x:-1::t=%zz")
	f.Fuzz(func(t *testing.T, id string) {
		r, err := decodePage(id)
		if err != nil {
			return
		}
		again, err := decodePage(encodePage(r))
		if err != nil || again != r {
			t.Fatalf("%q decoded to %+v, which round-trips to %+v, %v", id, r, again, err)
		}
	})
}
