package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestPing(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	resp := b.Interaction(context.Background(), decode(t, pingJSON))
	got, _ := json.Marshal(resp)
	if string(got) != `{"type":1}` {
		t.Errorf("PING answered %s, want {\"type\":1}", got)
	}
}

func TestQuoteCommand(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	tests := []struct {
		name    string
		opts    []option
		speaker string   // wanted in the Speaker field
		shows   []string // wanted somewhere in the embed
		paged   bool     // more than one match
	}{
		{
			name:    "misspelled fragment",
			opts:    []option{{name: OptText, value: "grate sucess"}},
			speaker: "Vladimir Putin",
			shows:   []string{"**great success**", "Match 1 of"},
			paged:   true,
		},
		{
			name:    "question with filler and inline filter",
			opts:    []option{{name: OptText, value: `who said "respect all agreements" speaker:sharaa?`}},
			speaker: "Ahmed al-Sharaa",
			shows:   []string{"**respect all agreements**"},
		},
		{
			name:    "speaker option",
			opts:    []option{{name: OptText, value: "relations"}, {name: OptSpeaker, value: "al-Sharaa"}},
			speaker: "Ahmed al-Sharaa",
			paged:   true, // three of his quotations mention relations
		},
		{
			name:    "outlet option and link to the article",
			opts:    []option{{name: OptText, value: "great success"}, {name: OptOutlet, value: "daily post"}},
			speaker: "Vladimir Putin",
			shows:   []string{"Daily Post", "Syrian President Al-Sharaa meets Putin"},
		},
		{
			name:    "markdown and mentions in the article stay inert",
			opts:    []option{{name: OptText, value: "zebras of lisbon sing at dawn"}},
			speaker: "Maria Lopes",
			shows:   []string{"@\u200beveryone", `Zebras [sing] in Lisbon`, `Test \*Gazette\*`, "<t:1735819200:D>"},
		},
		{
			name:    "literal bold and user tag in a quotation",
			opts:    []option{{name: OptText, value: "choir of volunteers"}},
			speaker: "Maria Lopes",
			shows:   []string{`\*\*`, `\<@123456>`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, tt.opts...)))
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || ephemeral(resp) {
				t.Fatalf("answer type %d ephemeral=%v, want a public message: %s", resp.Type, ephemeral(resp), content(resp))
			}
			checkInert(t, wire(t, resp)["data"].(map[string]any))
			if len(resp.Data.Embeds) != 1 {
				t.Fatalf("got %d embeds, want 1", len(resp.Data.Embeds))
			}
			e := resp.Data.Embeds[0]
			if got := e.Fields[0]; got.Name != "Speaker" || speaker(resp) != tt.speaker {
				t.Errorf("Speaker field = %q: %q, want %q", got.Name, got.Value, tt.speaker)
			}
			text := content(resp)
			for _, want := range tt.shows {
				if !strings.Contains(text, want) {
					t.Errorf("answer lacks %q:\n%s", want, text)
				}
			}
			if paged := pagerButtons(resp.Data.Components) > 0; paged != tt.paged {
				t.Errorf("paging buttons = %v, want %v", paged, tt.paged)
			}
			for _, btn := range buttons(resp.Data.Components) {
				if len(btn.CustomID) > maxCustomID {
					t.Errorf("custom_id of %d bytes", len(btn.CustomID))
				}
			}
		})
	}
}

func TestQuoteCommandRefusals(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	tests := []struct {
		name string
		opts []option
		want string
	}{
		{"nothing matches", []option{{name: OptText, value: "xqzv blorp wibble"}}, "No quote matches “xqzv blorp wibble”"},
		{"only filler", []option{{name: OptText, value: "who said?"}}, "Tell me some words"},
		{"no options at all", nil, "Tell me some words"},
		{"filter excludes the match", []option{{name: OptText, value: "zebras of lisbon"}, {name: OptSpeaker, value: "Putin"}}, "The closest I have"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, tt.opts...)))
			if !ephemeral(resp) {
				t.Errorf("refusal is not ephemeral: %s", content(resp))
			}
			if !strings.Contains(content(resp), tt.want) {
				t.Errorf("answer %q lacks %q", content(resp), tt.want)
			}
			checkInert(t, wire(t, resp)["data"].(map[string]any))
		})
	}
}

func TestAutocomplete(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	tests := []struct {
		name    string
		command string
		opts    []option
		want    string // a choice name that must be offered; "" for none at all
		prefix  string // every value starts with it
	}{
		{"quotation while typing", CmdQuote, []option{{name: OptText, value: "great succ", focused: true}}, "great success", quoteRef},
		{"quotation before typing", CmdQuote, []option{{name: OptText, value: "", focused: true}}, "“", quoteRef},
		{"quotation within a chosen speaker", CmdQuote, []option{{name: OptText, value: "relat", focused: true}, {name: OptSpeaker, value: "Ahmed al-Sharaa"}}, "al-Sharaa", quoteRef},
		{"speaker typo", CmdQuote, []option{{name: OptText, value: "x"}, {name: OptSpeaker, value: "putn", focused: true}}, "Vladimir Putin", ""},
		{"speaker of /speaker", CmdSpeaker, []option{{name: OptName, value: "shar", focused: true}}, "Ahmed al-Sharaa", ""},
		{"speakers before typing", CmdSpeaker, []option{{name: OptName, value: "", focused: true}}, "Vladimir Putin", ""},
		{"outlet", CmdQuote, []option{{name: OptText, value: "x"}, {name: OptOutlet, value: "kyiv", focused: true}}, "The Kyiv Independent", ""},
		{"no focused option", CmdQuote, []option{{name: OptText, value: "great"}}, "", ""},
		{"unknown command", "nonsense", []option{{name: OptText, value: "great", focused: true}}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.Interaction(context.Background(), decode(t, autocompleteJSON(asker, tt.command, tt.opts...)))
			if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("answer type %d, want 8", resp.Type)
			}
			cs := resp.Data.Choices
			if tt.want == "" {
				if len(cs) != 0 {
					t.Errorf("got %d choices, want none", len(cs))
				}
				return
			}
			if len(cs) == 0 || len(cs) > maxChoices {
				t.Fatalf("got %d choices, want 1 to 25", len(cs))
			}
			found := false
			for _, c := range cs {
				v, _ := c.Value.(string)
				if n := length(c.Name); n < 1 || n > maxChoiceName {
					t.Errorf("choice name of %d characters: %q", n, c.Name)
				}
				if length(v) > maxChoiceValue || !strings.HasPrefix(v, tt.prefix) {
					t.Errorf("choice value %q: want at most 100 characters starting %q", v, tt.prefix)
				}
				found = found || strings.Contains(c.Name, tt.want)
			}
			if !found {
				t.Errorf("no choice contains %q: %v", tt.want, names(cs))
			}
		})
	}
}

func names(cs []*discordgo.ApplicationCommandOptionChoice) []string {
	var n []string
	for _, c := range cs {
		n = append(n, c.Name)
	}
	return n
}

// TestAutocompleteChoiceLeadsQuote picks a choice as a member would and
// checks that /quote then shows exactly that quotation.
func TestAutocompleteChoiceLeadsQuote(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	ac := b.Interaction(context.Background(), decode(t, autocompleteJSON(asker, CmdQuote, option{name: OptText, value: "zebras", focused: true})))
	if len(ac.Data.Choices) == 0 {
		t.Fatal("no choices for zebras")
	}
	picked := ac.Data.Choices[0]
	resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: picked.Value.(string)})))
	if ephemeral(resp) {
		t.Fatalf("picking %q was refused: %s", picked.Name, content(resp))
	}
	id, _, _ := strings.Cut(strings.TrimPrefix(picked.Value.(string), quoteRef), ":")
	q, ok := b.store.Index().Quote(id)
	if !ok || !strings.Contains(resp.Data.Embeds[0].Description, escape(q.Text[:20])) {
		t.Fatalf("answer shows %q, want the picked quotation %s", resp.Data.Embeds[0].Description, id)
	}
	if len(picked.Value.(string)) > maxChoiceValue {
		t.Errorf("choice value of %d bytes", len(picked.Value.(string)))
	}
}

// TestAutocompletePickSurvivesRefresh checks point 15: a choice picked
// before a refresh that changed the quotation's ID (here, the article was
// edited) still finds the quotation, by its words.
func TestAutocompletePickSurvivesRefresh(t *testing.T) {
	b, dir := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	ac := b.Interaction(context.Background(), decode(t, autocompleteJSON(asker, CmdQuote, option{name: OptText, value: "zebras of lisbon", focused: true})))
	if len(ac.Data.Choices) == 0 {
		t.Fatal("no choices")
	}
	picked := ac.Data.Choices[0].Value.(string)
	edited := strings.Replace(zebraArticle, "LISBON —", "LISBON (Reuters) —", 1)
	must(t, os.WriteFile(filepath.Join(dir, "100_zebras.txt"), []byte(edited), 0o644))
	if _, err := b.store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	id, _, _ := strings.Cut(strings.TrimPrefix(picked, quoteRef), ":")
	if _, still := b.store.Index().Quote(id); still {
		t.Fatal("the edit did not change the quotation's ID; the test proves nothing")
	}
	resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: picked})))
	if ephemeral(resp) || !strings.Contains(content(resp), "zebras of Lisbon will sing") {
		t.Errorf("old pick after a refresh:\n%s", content(resp))
	}
}

// TestLongOptionsAreCut checks point 18: option values over what the
// command definition promises are cut before the lookup.
func TestLongOptionsAreCut(t *testing.T) {
	long := strings.Repeat("great success ", 1000)
	l := commandLookup([]*discordgo.ApplicationCommandInteractionDataOption{
		{Name: OptText, Type: discordgo.ApplicationCommandOptionString, Value: long},
		{Name: OptSpeaker, Type: discordgo.ApplicationCommandOptionString, Value: long},
		{Name: OptOutlet, Type: discordgo.ApplicationCommandOptionString, Value: long},
	})
	if n := len([]rune(l.text)); n > maxTextOption || n == 0 {
		t.Errorf("text of %d characters, want 1 to %d", n, maxTextOption)
	}
	if len([]rune(l.speaker)) > maxNameOption || len([]rune(l.outlet)) > maxNameOption {
		t.Errorf("speaker %d and outlet %d characters, want at most %d", len([]rune(l.speaker)), len([]rune(l.outlet)), maxNameOption)
	}
	b, _ := newTestBot(t, Options{})
	q, ok := b.addressed("<@"+botUserID+"> "+long, botUserID)
	if !ok || len([]rune(q)) > maxMention {
		t.Errorf("mention question of %d characters, want at most %d", len([]rune(q)), maxMention)
	}
}

func TestPaging(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker, other := member(askerID, plainPerms), member(otherID, plainPerms)
	first := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"})))
	next := button(t, first, labelNext)
	if next.Disabled || !button(t, first, labelPrev).Disabled {
		t.Fatalf("page 1 buttons: want Previous disabled and Next enabled")
	}

	t.Run("another member may not page", func(t *testing.T) {
		resp := b.Interaction(context.Background(), decode(t, buttonJSON(other, next.CustomID)))
		if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !ephemeral(resp) {
			t.Fatalf("got type %d ephemeral=%v, want an ephemeral note", resp.Type, ephemeral(resp))
		}
		if !strings.Contains(resp.Data.Content, "Only the member who asked") {
			t.Errorf("note = %q", resp.Data.Content)
		}
	})

	t.Run("the asker pages forward and back", func(t *testing.T) {
		resp := b.Interaction(context.Background(), decode(t, buttonJSON(asker, next.CustomID)))
		if resp.Type != discordgo.InteractionResponseUpdateMessage {
			t.Fatalf("got type %d (%s), want 7, an update of the message", resp.Type, content(resp))
		}
		checkInert(t, wire(t, resp)["data"].(map[string]any))
		if !strings.Contains(resp.Data.Embeds[0].Footer.Text, "Match 2 of") {
			t.Errorf("footer %q, want match 2", resp.Data.Embeds[0].Footer.Text)
		}
		back := b.Interaction(context.Background(), decode(t, buttonJSON(asker, button(t, resp, labelPrev).CustomID)))
		if content(back) != content(first) {
			t.Errorf("Previous shows\n%s\nwant the first page\n%s", content(back), content(first))
		}
	})

	t.Run("speaker pages", func(t *testing.T) {
		resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdSpeaker, option{name: OptName, value: "putin"})))
		if !strings.Contains(content(resp), "Quotations by Vladimir Putin") || !strings.Contains(content(resp), "Page 1 of") {
			t.Fatalf("/speaker putin:\n%s", content(resp))
		}
		resp = b.Interaction(context.Background(), decode(t, buttonJSON(asker, button(t, resp, labelNext).CustomID)))
		if resp.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(content(resp), "Page 2 of") {
			t.Errorf("Next on /speaker: type %d\n%s", resp.Type, content(resp))
		}
	})

	t.Run("long lookups fit the buttons", func(t *testing.T) {
		long := "great success step toward societal consolidation, strengthen cooperation"
		resp := b.Interaction(context.Background(), decode(t, messageCommandJSON(asker, long)))
		if ephemeral(resp) {
			t.Fatalf("context menu refused: %s", content(resp))
		}
		btn := button(t, resp, labelNext)
		if len(btn.CustomID) > maxCustomID {
			t.Fatalf("custom_id %q over 100 bytes", btn.CustomID)
		}
		resp = b.Interaction(context.Background(), decode(t, buttonJSON(asker, btn.CustomID)))
		if resp.Type != discordgo.InteractionResponseUpdateMessage {
			t.Errorf("long lookup: type %d %s", resp.Type, content(resp))
		}
	})

	for _, tt := range []struct{ name, customID, want string }{
		{"foreign button", "some-other-bot:1", "no longer works"},
		{"bad page", "pg:q:0a1b2c3d:x:" + askerID + ":t=a", "no longer works"},
		{"bad query", "pg:q:0a1b2c3d:1:" + askerID + ":t=%zz", "no longer works"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp := b.Interaction(context.Background(), decode(t, buttonJSON(asker, tt.customID)))
			if !ephemeral(resp) || !strings.Contains(resp.Data.Content, tt.want) {
				t.Errorf("got ephemeral=%v %q, want an ephemeral %q", ephemeral(resp), resp.Data.Content, tt.want)
			}
		})
	}
}

// pagerButtons counts the paging buttons among components.
func pagerButtons(components []discordgo.MessageComponent) int {
	n := 0
	for _, b := range buttons(components) {
		if b.CustomID != "" {
			n++
		}
	}
	return n
}

// button finds the button labelled label in an answer.
func button(t *testing.T, resp *discordgo.InteractionResponse, label string) discordgo.Button {
	t.Helper()
	ids := map[string]bool{}
	var found *discordgo.Button
	for _, btn := range buttons(resp.Data.Components) {
		if ids[btn.CustomID] {
			t.Errorf("custom_id %q appears twice in one message", btn.CustomID)
		}
		ids[btn.CustomID] = true
		if btn.Label == label {
			found = &btn
		}
	}
	if found == nil {
		t.Fatalf("no %q button in\n%s", label, content(resp))
	}
	return *found
}

func TestWhoSaidThis(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	resp := b.Interaction(context.Background(), decode(t, messageCommandJSON(asker, `didn't someone say "we respect all agreements made with it"? @everyone`)))
	if ephemeral(resp) {
		t.Fatalf("refused: %s", content(resp))
	}
	if got := speaker(resp); got != "Ahmed al-Sharaa" {
		t.Errorf("speaker = %q, want Ahmed al-Sharaa", got)
	}
	checkInert(t, wire(t, resp)["data"].(map[string]any))

	resp = b.Interaction(context.Background(), decode(t, messageCommandJSON(asker, "")))
	if !ephemeral(resp) || !strings.Contains(resp.Data.Content, "no text") {
		t.Errorf("empty message: ephemeral=%v %q", ephemeral(resp), resp.Data.Content)
	}
}

func TestSpeakerCommand(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdSpeaker, option{name: OptName, value: "Maria Lopes"})))
	text := content(resp)
	for _, want := range []string{"Quotations by Maria Lopes", "Page 1 of 1 · 2 quotations", "@\u200beveryone", "[Test \\*Gazette\\*](<https://example.com/zebras>)"} {
		if !strings.Contains(text, want) {
			t.Errorf("/speaker Maria Lopes lacks %q:\n%s", want, text)
		}
	}
	if len(resp.Data.Components) != 0 {
		t.Errorf("one page has paging buttons")
	}
	resp = b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdSpeaker, option{name: OptName, value: "Zyxwv Qqq"})))
	if !ephemeral(resp) || !strings.Contains(resp.Data.Content, "No speaker in the index matches") || !strings.Contains(resp.Data.Content, "Vladimir Putin") {
		t.Errorf("unknown speaker: ephemeral=%v %q", ephemeral(resp), resp.Data.Content)
	}
}

func TestOutletsCommand(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	resp := b.Interaction(context.Background(), decode(t, slashJSON(member(askerID, plainPerms), CmdOutlets)))
	text := content(resp)
	for _, want := range []string{"DW — 1 article", "The Kyiv Independent — 1 article", "Daily Post", `Test \*Gazette\* — 1 article, 2 quotations`, "*outlet unknown* — 2 articles", "6 articles"} {
		if !strings.Contains(text, want) {
			t.Errorf("/outlets lacks %q:\n%s", want, text)
		}
	}
	checkInert(t, wire(t, resp)["data"].(map[string]any))
}

func TestPanicIsRecovered(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	b.commands[CmdOutlets] = func(context.Context, *request) answer { panic("index exploded") }
	asker := member(askerID, plainPerms)
	resp := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdOutlets)))
	if !ephemeral(resp) || !strings.Contains(resp.Data.Content, "something went wrong") {
		t.Errorf("panicking command answered ephemeral=%v %q", ephemeral(resp), resp.Data.Content)
	}
	resp = b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"})))
	if ephemeral(resp) {
		t.Errorf("the bot stopped answering after a panic: %s", content(resp))
	}
}

func TestUnknownInteractions(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	asker := member(askerID, plainPerms)
	for _, payload := range []string{
		slashJSON(asker, "dice"),
		interaction(5, asker, `{"custom_id": "modal", "components": []}`),
	} {
		resp := b.Interaction(context.Background(), decode(t, payload))
		if !ephemeral(resp) {
			t.Errorf("unknown interaction answered %s", content(resp))
		}
	}
}

func TestRateLimit(t *testing.T) {
	b, _ := newTestBot(t, Options{Burst: 2, Every: time.Minute})
	now := time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC)
	b.limit.now = func() time.Time { return now }
	asker, other := member(askerID, plainPerms), member(otherID, plainPerms)
	ask := func(m string) *discordgo.InteractionResponse {
		return b.Interaction(context.Background(), decode(t, slashJSON(m, CmdOutlets)))
	}
	for n := range 2 {
		if resp := ask(asker); ephemeral(resp) {
			t.Fatalf("lookup %d refused: %s", n+1, content(resp))
		}
	}
	if resp := ask(asker); !ephemeral(resp) || resp.Data.Content != slowDown {
		t.Errorf("third lookup in a burst of 2: %s", content(resp))
	}
	ac := b.Interaction(context.Background(), decode(t, autocompleteJSON(asker, CmdQuote, option{name: OptText, value: "great", focused: true})))
	if len(ac.Data.Choices) == 0 {
		t.Errorf("autocomplete was rate limited")
	}
	// A member paging through all 25 results is reading, not flooding.
	now = now.Add(time.Minute)
	first := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: "great success"})))
	for n := range 10 {
		label := labelNext
		if n%2 == 1 {
			label = labelPrev
		}
		first = b.Interaction(context.Background(), decode(t, buttonJSON(asker, button(t, first, label).CustomID)))
		if first.Type != discordgo.InteractionResponseUpdateMessage {
			t.Fatalf("press %d, more than the burst of 2: %s", n+1, content(first))
		}
	}
	if resp := ask(other); ephemeral(resp) {
		t.Errorf("another member was limited too: %s", content(resp))
	}
	now = now.Add(time.Minute)
	if resp := ask(asker); ephemeral(resp) {
		t.Errorf("still limited after the refill interval: %s", content(resp))
	}
}
