package bot

import (
	"context"
	"strings"
	"testing"

	"quotebot/quotes"
)

// fragmentArticle has a partial quotation inside reported speech and a
// quotation introduced with a cue of several words.
const fragmentArticle = `---
outlet: Harbour Herald
title: Ferry service to resume
url: https://example.com/ferry
published: 2025-03-07
---
Ferry service to resume

The harbour master, Ines Carvalho, said on Friday that the new timetable was "a fresh start for the islands" and that crossings would begin in May.

"We have waited three winters for this," Carvalho told reporters.
`

// TestAnswerShowsContext checks point 12: the date as a Discord timestamp,
// a "Read the article" link button, the cue of several words, and for a
// fragment the sentence it comes from with the fragment in bold.
func TestAnswerShowsContext(t *testing.T) {
	b, dir := newTestBot(t, Options{})
	must(t, writeFile(dir, "400_ferry.txt", fragmentArticle))
	if _, err := b.store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	asker := member(askerID, plainPerms)
	frag := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: "fresh start for the islands"})))
	text := content(frag)
	for _, want := range []string{"<t:1741348800:D>", "From the sentence", "the new timetable was \"**a fresh start for the islands**\" and that crossings would begin in May."} {
		if !strings.Contains(text, want) {
			t.Errorf("fragment answer lacks %q:\n%s", want, text)
		}
	}
	var read bool
	for _, btn := range buttons(frag.Data.Components) {
		read = read || (btn.Label == "Read the article" && btn.URL == "https://example.com/ferry")
	}
	if !read {
		t.Errorf("no link button to the article: %+v", frag.Data.Components)
	}
	whole := b.Interaction(context.Background(), decode(t, slashJSON(asker, CmdQuote, option{name: OptText, value: "waited three winters"})))
	if v := whole.Data.Embeds[0].Fields[0].Value; v != "Ines Carvalho, *told reporters*" {
		t.Errorf("speaker field %q, want the name and the cue", v)
	}
	if strings.Contains(content(whole), "From the sentence") {
		t.Errorf("a whole quotation shows its sentence:\n%s", content(whole))
	}
}

func TestSentence(t *testing.T) {
	q := &quotes.Quote{Text: "a great success", Partial: true, Sentence: `Putin called it "a great success" for both.`}
	if got, want := sentence(q), `Putin called it "**a great success**" for both.`; got != want {
		t.Errorf("sentence = %q, want %q", got, want)
	}
	for _, q := range []*quotes.Quote{
		{Text: "a great success", Partial: true},
		{Text: "not there", Partial: true, Sentence: "He left."},
		{Text: "x", Partial: true, Sentence: "x " + strings.Repeat("word ", maxSentence/5)},
	} {
		if got := sentence(q); got != "" {
			t.Errorf("sentence of %+v = %q, want none", q, got)
		}
	}
}
