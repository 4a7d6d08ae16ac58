package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

func (b *Bot) outletsCommand(_ context.Context, _ *request) answer {
	ix := b.store.Index()
	if ix == nil {
		return refusal(notLoaded)
	}
	counts := ix.Outlets()
	unknown := false
	for _, c := range counts {
		unknown = unknown || c.Name == ""
	}
	if !unknown {
		// The articles whose publisher is not known are part of the
		// index too, and the project says so rather than hide them.
		if c := unknownOutlets(ix); c.Articles > 0 {
			counts = append(counts, c)
		}
	}
	var lines []string
	for _, c := range counts {
		lines = append(lines, fmt.Sprintf("%s — %s, %s", outletName(c.Name), plural(c.Articles, "article"), plural(c.Quotes, "quotation")))
	}
	if len(lines) == 0 {
		lines = append(lines, "The index has no articles.")
	}
	e := &discordgo.MessageEmbed{
		Title:       "Outlets in the quote index",
		Description: joinLines(lines, maxEmbedDesc),
		Color:       embedColor,
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("%s, %s in all",
			plural(len(ix.Articles()), "article"), plural(ix.Len(), "quotation"))},
	}
	return answer{embeds: []*discordgo.MessageEmbed{e}}
}

// unknownOutlets counts the articles without a known outlet.
func unknownOutlets(ix *quotes.Index) quotes.Count {
	c := quotes.Count{}
	for _, a := range ix.Articles() {
		if a != nil && a.Outlet == "" {
			c.Articles++
			c.Quotes += len(a.Quotes)
		}
	}
	return c
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
