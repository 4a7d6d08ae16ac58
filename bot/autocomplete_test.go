package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// syntheticBot returns a bot serving n generated quotations; the numbers
// of speakers and outlets grow with n.
func syntheticBot(t *testing.T, n int) *Bot {
	t.Helper()
	real, _ := newTestBot(t, Options{})
	articles := synthetic.Generate(real.store.Index(), n, 1).Articles
	for k, a := range articles {
		a.Outlet = fmt.Sprintf("The Herald %d", k%(len(articles)/50))
		for _, q := range a.Quotes {
			q.Outlet = a.Outlet
		}
	}
	ix := quotes.NewIndex(articles)
	store := NewStore(func(context.Context) (*quotes.Index, *quotes.Report, error) { return ix, &quotes.Report{}, nil })
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	return New(store, Options{Logger: real.log})
}

// TestAutocompleteBeforeTypingIsCheap checks that offering the most quoted
// speakers and outlets before anything is typed costs the same in a large
// index as in a small one: it happens on every keystroke, so it must not
// count the index's names each time.
func TestAutocompleteBeforeTypingIsCheap(t *testing.T) {
	small, large := syntheticBot(t, 10_000), syntheticBot(t, 60_000)
	for what, count := range map[string]func(*quotes.Index) []quotes.Count{"speakers": (*quotes.Index).Speakers, "outlets": (*quotes.Index).Outlets} {
		if s, l := len(count(small.store.Index())), len(count(large.store.Index())); s < maxChoices || l < 5*s {
			t.Fatalf("%d %s in the large index, %d in the small one: want at least 25 and many more", l, what, s)
		}
	}
	asker := member(askerID, plainPerms)
	for _, tt := range []struct {
		name    string
		payload string
	}{
		{"speaker", autocompleteJSON(asker, CmdSpeaker, option{name: OptName, value: "", focused: true})},
		{"outlet", autocompleteJSON(asker, CmdQuote, option{name: OptText, value: "x"}, option{name: OptOutlet, value: "", focused: true})},
	} {
		t.Run(tt.name, func(t *testing.T) {
			i := decode(t, tt.payload)
			allocs := func(b *Bot) float64 {
				if n := len(b.Interaction(context.Background(), i).Data.Choices); n != maxChoices {
					t.Fatalf("%d choices, want %d", n, maxChoices)
				}
				return testing.AllocsPerRun(20, func() { b.Interaction(context.Background(), i) })
			}
			// A little slack for names of more words, which cost more.
			if s, l := allocs(small), allocs(large); l > s+10 {
				t.Errorf("%.0f allocations per keystroke in the large index, %.0f in the small one: want about as many", l, s)
			}
		})
	}
}

// TestSpeakerPageIsCheap checks that a page of /speaker costs the same in
// a large index as in a small one: it reads the speaker's own list rather
// than every quotation in the index.
func TestSpeakerPageIsCheap(t *testing.T) {
	small, large := syntheticBot(t, 10_000), syntheticBot(t, 60_000)
	allocs := func(b *Bot) float64 {
		snap := b.store.serving()
		top := snap.speakers[0].Name
		l := lookup{kind: kindSpeaker, speaker: top}
		if a := b.speakerPage(snap, l, askerID, 1); len(a.embeds) != 1 {
			t.Fatalf("no page for %s", top)
		}
		return testing.AllocsPerRun(20, func() { b.speakerPage(snap, l, askerID, 1) })
	}
	if s, l := allocs(small), allocs(large); l > s+10 {
		t.Errorf("a /speaker page allocates %.0f times in the large index, %.0f in the small one", l, s)
	}
}

func TestPickValue(t *testing.T) {
	long := strings.Repeat("taxpayers deserve better than this ", 400)
	tests := []struct {
		name, id, text, want string
	}{
		{"short", "a1b2", "We will rebuild the bridge.", "id:a1b2:We will rebuild the bridge."},
		{"spaces of any kind", "a1b2", "  We\u00a0will\n rebuild\tit ", "id:a1b2:We will rebuild it"},
		{"a word ending in a colon", "a1b2", "He said: never again", "id:a1b2:He said: never again"},
		{"cut at a word", "c3", long, "id:c3:taxpayers deserve better than this taxpayers deserve better than this taxpayers deserve better"},
		{"no words", "d4", "  ", "id:d4:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pickValue(&quotes.Quote{ID: tt.id, Text: tt.text})
			if got != tt.want {
				t.Errorf("pickValue = %q, want %q", got, tt.want)
			}
			if len(got) > maxChoiceValue {
				t.Errorf("pickValue is %d bytes, over Discord's %d", len(got), maxChoiceValue)
			}
		})
	}
}
