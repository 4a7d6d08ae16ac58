package bot

import (
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

// autocomplete offers up to 25 choices for the option being typed. It
// reads the other options already filled in, so that text suggestions
// respect a chosen speaker or outlet.
func (b *Bot) autocomplete(d discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	snap := b.store.serving()
	if snap == nil {
		return choices(nil)
	}
	ix := snap.ix
	switch d.Name {
	case CmdArticle:
		return choices(articleChoices(ix, d.Options))
	case CmdFeed:
		return choices(b.feedChoices(d.Options))
	}
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range d.Options {
		if o != nil && o.Focused {
			focused = o
		}
	}
	if focused == nil {
		return choices(nil)
	}
	typed, _ := focused.Value.(string)
	typed = strings.TrimSpace(cutRunes(typed, maxTextOption))
	switch {
	case d.Name == CmdQuote && focused.Name == OptText:
		return choices(textChoices(ix, typed, stringOption(d.Options, OptSpeaker), stringOption(d.Options, OptOutlet)))
	case focused.Name == OptSpeaker || (d.Name == CmdSpeaker && focused.Name == OptName):
		return choices(nameChoices(typed, ix.MatchSpeakers, snap.speakers))
	case focused.Name == OptOutlet:
		return choices(nameChoices(typed, ix.MatchOutlets, snap.outlets))
	}
	return choices(nil)
}

// textChoices suggests quotations for what has been typed so far. The
// value names the quotation by ID, as a quotation rarely fits the
// 100-character limit on a value.
func textChoices(ix *quotes.Index, typed, speaker, outlet string) []*discordgo.ApplicationCommandOptionChoice {
	var found []*quotes.Quote
	if typed == "" && speaker == "" && outlet == "" {
		for i := range min(ix.Len(), maxChoices) {
			found = append(found, ix.QuoteAt(i))
		}
	} else {
		q := quotes.ParseQuery(typed)
		q.Prefix, q.Limit = true, maxChoices
		if speaker != "" {
			q.Speaker = speaker
		}
		if outlet != "" {
			q.Outlet = outlet
		}
		for _, r := range ix.Search(q) {
			found = append(found, r.Quote)
		}
	}
	var cs []*discordgo.ApplicationCommandOptionChoice
	for _, q := range found {
		if len(cs) == maxChoices {
			break
		}
		if q == nil || q.ID == "" || len(quoteRef+q.ID+":") > maxChoiceValue {
			continue
		}
		name := "“" + q.Text + "”"
		if q.Speaker != "" {
			// The speaker, cut to 40 characters, always shows; the
			// quotation gives way.
			who := " — " + truncate(q.Speaker, 40)
			if q.Unnamed {
				who += ", unnamed" // a description, never a name
			}
			name = truncate("“"+q.Text, maxChoiceName-length(who)-length("”")) + "”" + who
		}
		cs = append(cs, choice(name, pickValue(q)))
	}
	return cs
}

// pickValue names q in a choice: its ID, and as many of its first words
// as fit, which find it again should a refresh change its ID.
func pickValue(q *quotes.Quote) string {
	// Every keystroke builds 25 of these, and a quotation can run to
	// thousands of words: read its words only as far as the value goes.
	var v strings.Builder
	v.Grow(maxChoiceValue)
	v.WriteString(quoteRef)
	v.WriteString(q.ID)
	v.WriteByte(':')
	first := true
	for w := range strings.FieldsSeq(q.Text) {
		if v.Len()+len(w)+1 > maxChoiceValue {
			break
		}
		if !first {
			v.WriteByte(' ')
		}
		v.WriteString(w)
		first = false
	}
	return v.String()
}

// nameChoices suggests speaker or outlet names: forgiving matches for what
// has been typed, or top, the most quoted names, before anything is typed.
func nameChoices(typed string, match func(string, int) []string, top []quotes.Count) []*discordgo.ApplicationCommandOptionChoice {
	var cs []*discordgo.ApplicationCommandOptionChoice
	// add offers n if it can be a choice and reports whether there is
	// room for more.
	add := func(n string) bool {
		if strings.TrimSpace(n) != "" && length(n) <= maxChoiceValue {
			cs = append(cs, choice(n, n))
		}
		return len(cs) < maxChoices
	}
	if typed == "" {
		for _, c := range top {
			if !add(c.Name) {
				break
			}
		}
		return cs
	}
	for _, n := range match(typed, maxChoices) {
		if !add(n) {
			break
		}
	}
	return cs
}

// choice builds a choice whose name is 1 to 100 characters of plain text:
// Discord shows choice names as typed, without markdown.
func choice(name, value string) *discordgo.ApplicationCommandOptionChoice {
	name = strings.Join(strings.Fields(name), " ")
	return &discordgo.ApplicationCommandOptionChoice{Name: truncate(name, maxChoiceName), Value: value}
}
