package bot

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

// maxResults is how many matches /quote pages through.
const maxResults = 25

// quoteRef starts an autocomplete choice's value: the member picked one
// known quotation, and /quote shows exactly that one first.
const quoteRef = "id:"

// maxLookupText bounds the text of a message looked up by the context menu
// or a mention, which can run to thousands of characters.
const maxLookupText = 1000

const notLoaded = "The quote index is not loaded yet. Please try again in a moment."

func (b *Bot) quoteCommand(_ context.Context, in *request) answer {
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	l := commandLookup(in.data.Options)
	if l.text == "" && l.speaker == "" {
		return refusal("Tell me some words of the quotation, e.g. `/quote text: great success`.")
	}
	return b.quotePage(snap, l, in.who, 0)
}

// commandLookup reads /quote's options, cut to the lengths the command
// definition promises: Discord's client enforces them, a request made
// without it need not, and a longer text must not make a dearer lookup.
func commandLookup(opts []*discordgo.ApplicationCommandInteractionDataOption) lookup {
	return quoteLookup(cutRunes(stringOption(opts, OptText), maxTextOption),
		cutRunes(stringOption(opts, OptSpeaker), maxNameOption), cutRunes(stringOption(opts, OptOutlet), maxNameOption))
}

// whoSaidThis looks up the text of the message the menu was opened on.
func (b *Bot) whoSaidThis(_ context.Context, in *request) answer {
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	var m *discordgo.Message
	if res := in.data.Resolved; res != nil {
		m = res.Messages[in.data.TargetID]
	}
	text := messageText(m)
	if strings.TrimSpace(text) == "" {
		return refusal("That message has no text I can look up.")
	}
	l, ok := chatLookup(snap.ix, text)
	if !ok {
		return refusal("That message has no words I can look up.")
	}
	return b.quotePage(snap, l, in.who, 0)
}

// messageText is the text of m a member may mean: its content, or when
// it has none (a link preview, another bot's answer), its embeds' text.
func messageText(m *discordgo.Message) string {
	if m == nil {
		return ""
	}
	if strings.TrimSpace(m.Content) != "" {
		return m.Content
	}
	var parts []string
	for _, e := range m.Embeds {
		if e == nil {
			continue
		}
		parts = append(parts, e.Title, e.Description)
		for _, f := range e.Fields {
			if f != nil {
				parts = append(parts, f.Value)
			}
		}
	}
	return strings.Join(parts, "\n")
}

// chatLookup reads a question from a chat message, which may hold more
// than the quotation ("lol didn't Putin call it a "great success"?"): the
// words in quote marks are tried first, then the whole message. It reports
// false when there is nothing to look up.
func chatLookup(ix *quotes.Index, text string) (lookup, bool) {
	text = cutRunes(text, maxLookupText)
	var tries []lookup
	if q := quoted(text); q != "" {
		tries = append(tries, quoteLookup(q, "", ""))
	}
	tries = append(tries, quoteLookup(text, "", ""))
	var first lookup
	found := false
	for _, l := range tries {
		if l.text == "" && l.speaker == "" {
			continue
		}
		if !found {
			first, found = l, true
		}
		if len(results(ix, l)) > 0 {
			return l, true
		}
	}
	return first, found
}

// quoteMarks pairs each opening quote mark with its closing one.
var quoteMarks = map[rune]rune{'"': '"', '“': '”', '„': '“', '«': '»'}

// quoted returns the longest run of text in quote marks in s, "" if none.
func quoted(s string) string {
	best := ""
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		closing, ok := quoteMarks[rs[i]]
		if !ok {
			continue
		}
		for j := i + 1; j < len(rs); j++ {
			if rs[j] == closing {
				if in := strings.TrimSpace(string(rs[i+1 : j])); len(in) > len(best) {
					best = in
				}
				i = j
				break
			}
		}
	}
	return best
}

// quoteLookup reads a question: filler and inline speaker:/outlet: filters
// are taken out of text, and the command's own options win over inline
// filters. A picked autocomplete choice is kept as it is.
func quoteLookup(text, speaker, outlet string) lookup {
	l := lookup{kind: kindQuote}
	text = strings.TrimSpace(text)
	if strings.HasPrefix(text, quoteRef) {
		l.text = text
	} else {
		q := quotes.ParseQuery(text)
		l.text, l.speaker, l.outlet = q.Text, q.Speaker, q.Outlet
	}
	if s := strings.TrimSpace(speaker); s != "" {
		l.speaker = s
	}
	if o := strings.TrimSpace(outlet); o != "" {
		l.outlet = o
	}
	return l
}

// results runs a lookup against ix, best first.
func results(ix *quotes.Index, l lookup) []quotes.Result {
	var rs []quotes.Result
	if ref, ok := strings.CutPrefix(l.text, quoteRef); ok {
		// A pick made before a refresh may name a quotation the index
		// now calls otherwise; its words find it again.
		id, words, _ := strings.Cut(ref, ":")
		l.text = words
		if q, found := ix.Quote(id); found && q != nil {
			rs = append(rs, quotes.Result{Quote: q, Score: 1})
			// The picked quotation leads; its neighbours in wording follow.
			l.text = q.Text
		}
		if l.text == "" {
			return nil
		}
	}
	for _, r := range ix.Search(quotes.Query{Text: l.text, Speaker: l.speaker, Outlet: l.outlet, Limit: maxResults}) {
		if r.Quote == nil || (len(rs) > 0 && r.Quote.ID == rs[0].Quote.ID) {
			continue
		}
		rs = append(rs, r)
	}
	if len(rs) > maxResults {
		rs = rs[:maxResults]
	}
	return rs
}

// quotePage shows result page of lookup l, with buttons for asker.
func (b *Bot) quotePage(snap *snapshot, l lookup, asker string, page int) answer {
	ix := snap.ix
	rs := results(ix, l)
	if len(rs) == 0 {
		return noMatch(ix, l)
	}
	best := rs[0]
	if cut := pageable(l, asker); cut != l {
		// Too long for a button to carry: the pages become the best
		// match and the quotations worded like it, which a button can
		// name by the best match's ID. The best match is still the one
		// the whole question found.
		l = pageable(lookup{kind: kindQuote, text: pickValue(best.Quote), speaker: l.speaker, outlet: l.outlet}, asker)
		rs = results(ix, l)
		if len(rs) == 0 || rs[0].Quote.ID != best.Quote.ID {
			rs = append([]quotes.Result{best}, rs...)
		}
		rs[0] = best
	}
	page = min(max(page, 0), len(rs)-1)
	rows := pager(snap.version, l, asker, page, len(rs))
	if btn, ok := readButton(rs[page].Quote); ok {
		rows = withButton(rows, btn)
	}
	return answer{
		embeds:     []*discordgo.MessageEmbed{quoteEmbed(snap, rs[page], page, len(rs))},
		components: rows,
	}
}

// maxSuggestions is how many near misses a "no quote matches" answer offers.
const maxSuggestions = 3

// noMatch says nothing matched well and offers the closest quotations: the
// same words without the filters when there were filters, else a looser
// reading of the words; and speakers whose names look like the words.
func noMatch(ix *quotes.Index, l lookup) answer {
	if ref, ok := strings.CutPrefix(l.text, quoteRef); ok {
		_, l.text, _ = strings.Cut(ref, ":")
	}
	var b strings.Builder
	b.WriteString("No quote matches")
	if l.text != "" {
		b.WriteString(" “" + escape(truncate(l.text, 200)) + "”")
	}
	if l.speaker != "" {
		b.WriteString(" by " + escape(truncate(l.speaker, 100)))
	}
	if l.outlet != "" {
		b.WriteString(" in " + escape(truncate(l.outlet, 100)))
	}
	b.WriteString(".")

	var near []quotes.Result
	if l.text != "" {
		q := quotes.Query{Text: l.text, Limit: maxSuggestions}
		if l.speaker == "" && l.outlet == "" {
			q.Prefix = true
		}
		near = ix.Search(q)
	}
	var lines []string
	for _, r := range near {
		if r.Quote != nil {
			lines = append(lines, "• "+quoteLine(r.Quote, 150, true))
		}
	}
	if len(lines) > 0 {
		b.WriteString("\nThe closest I have:\n" + joinLines(lines, 1200))
	}
	if l.text != "" {
		if names := ix.MatchSpeakers(l.text, maxSuggestions); len(names) > 0 {
			for i, n := range names {
				names[i] = escape(n)
			}
			b.WriteString("\nLooking for a person? Try `/speaker` with " + strings.Join(names, ", ") + ".")
		}
	}
	return refusal(b.String())
}

// cutRunes keeps the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
