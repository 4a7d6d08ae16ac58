package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

// speakerPerPage is how many quotations one page of /speaker lists; five
// long quotations still fit an embed's description.
const speakerPerPage = 5

func (b *Bot) speakerCommand(_ context.Context, in *request) answer {
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	ix := snap.ix
	name := strings.TrimSpace(cutRunes(stringOption(in.data.Options, OptName), maxNameOption))
	if name == "" {
		return refusal("Tell me whose quotations to list, e.g. `/speaker name: Putin`.")
	}
	matches := ix.MatchSpeakers(name, 1)
	if len(matches) == 0 {
		return refusal(noSpeaker(snap.speakers, name))
	}
	return b.speakerPage(snap, lookup{kind: kindSpeaker, speaker: matches[0]}, in.who, 0)
}

// noSpeaker refuses a /speaker for name, listing the most quoted of
// speakers as far as 1500 characters allow.
func noSpeaker(speakers []quotes.Count, name string) string {
	const maxKnown = 1500
	msg := "No speaker in the index matches “" + escape(truncate(name, 100)) + "”."
	var known []string
	n := 0
	for _, c := range speakers {
		if n > maxKnown {
			break
		}
		if c.Name != "" {
			known = append(known, escape(c.Name))
			n += length(c.Name) + len(", ")
		}
	}
	if len(known) > 0 {
		msg += " Speakers I know: " + truncate(strings.Join(known, ", "), maxKnown) + "."
	}
	return msg
}

// speakerPage shows one page of a speaker's quotations.
func (b *Bot) speakerPage(snap *snapshot, l lookup, asker string, page int) answer {
	l = pageable(l, asker)
	name := l.speaker
	_, total := snap.ix.QuotesBy(name, 0, 0)
	if total == 0 {
		// A name cut to fit a button, or one the index has since spelled
		// otherwise.
		if names := snap.ix.MatchSpeakers(l.speaker, 1); len(names) > 0 {
			name = names[0]
			_, total = snap.ix.QuotesBy(name, 0, 0)
		}
	}
	if total == 0 {
		return refusal("The index has no quotations by " + escape(truncate(l.speaker, 100)) + " any more.")
	}
	pages := (total + speakerPerPage - 1) / speakerPerPage
	page = min(max(page, 0), pages-1)
	var lines []string
	on, _ := snap.ix.QuotesBy(name, page*speakerPerPage, speakerPerPage)
	for i, q := range on {
		// Share the description among the quotations on the page,
		// leaving room for escapes and the source links.
		lines = append(lines, fmt.Sprintf("**%d.** %s", page*speakerPerPage+i+1, quoteLine(q, 3000/len(on), false)))
	}
	e := &discordgo.MessageEmbed{
		Title:       "Quotations by " + escape(l.speaker),
		Description: join(lines, "\n\n", maxEmbedDesc),
		Color:       embedColor,
		Footer:      &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · %d quotations", page+1, pages, total)},
	}
	return answer{
		embeds:     []*discordgo.MessageEmbed{e},
		components: pager(snap.version, l, asker, page, pages),
	}
}
