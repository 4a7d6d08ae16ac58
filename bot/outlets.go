package bot

import (
	"context"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

func (b *Bot) outletsCommand(_ context.Context, _ *request) answer {
	snap := b.store.serving()
	if snap == nil {
		return refusal(notLoaded)
	}
	var lines []string
	for _, c := range snap.outlets {
		lines = append(lines, fmt.Sprintf("%s — %s, %s", outletName(c.Name), plural(c.Articles, "article"), plural(c.Quotes, "quotation")))
	}
	if len(lines) == 0 {
		lines = append(lines, "The index has no articles.")
	}
	ix := snap.ix
	e := &discordgo.MessageEmbed{
		Title:       "Outlets in the quote index",
		Description: joinLines(lines, maxEmbedDesc),
		Color:       embedColor,
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("%s, %s in all",
			plural(ix.NumArticles(), "article"), plural(ix.Len(), "quotation"))},
	}
	return answer{embeds: []*discordgo.MessageEmbed{e}}
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
