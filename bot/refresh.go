package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

func (b *Bot) refreshCommand(ctx context.Context, in *request) answer {
	if !b.moderator(in.i.Member) {
		b.log.Info("refresh refused", "user", in.who, "guild", in.i.GuildID)
		return refusal("Only moderators can refresh the quote index: it takes the Manage Server permission or a moderator role. Nothing was changed.")
	}
	before := b.store.Index()
	c, err := b.store.Refresh(ctx)
	if err != nil {
		b.log.Warn("refresh failed", "user", in.who, "err", err)
		return refusal(refreshFailed(err, c, before))
	}
	b.log.Info("refreshed", "user", in.who, "articles", c.Articles, "quotes", c.Quotes,
		"added", len(c.AddedQuotes), "removed", len(c.RemovedQuotes), "problems", len(c.Problems))
	a := answer{embeds: []*discordgo.MessageEmbed{refreshEmbed(c)}}
	// The report is for the moderator; the channel need not see it.
	a.ephemeral = true
	return a
}

// moderator reports whether m may refresh: Manage Server (which
// Administrator implies) or one of the configured roles. Outside a server
// there is no member and nobody is a moderator.
func (b *Bot) moderator(m *discordgo.Member) bool {
	if m == nil {
		return false
	}
	if m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0 {
		return true
	}
	for _, r := range m.Roles {
		if b.modRoles[r] {
			return true
		}
	}
	return false
}

func refreshEmbed(c *Change) *discordgo.MessageEmbed {
	desc := fmt.Sprintf("Now serving **%s** and **%s**.\nArticles: %s\nQuotations: +%d / −%d",
		plural(c.Articles, "article"), plural(c.Quotes, "quotation"),
		changed(c.AddedArticles, c.RemovedArticles), len(c.AddedQuotes), len(c.RemovedQuotes))
	if len(c.Problems) > 0 {
		head := fmt.Sprintf("\n\n**Problems (%d)**\n", len(c.Problems))
		desc += head + problemList(c.Problems, maxEmbedDesc-length(desc)-length(head))
	}
	return &discordgo.MessageEmbed{
		Title:       "Quote index refreshed",
		Description: desc,
		Color:       embedColor,
	}
}

// maxNamedChanges is how many added and removed articles a refresh report
// names; beyond that it only counts them.
const maxNamedChanges = 10

// changed shows added and removed article paths, named while they are few.
func changed(added, removed []string) string {
	s := fmt.Sprintf("+%d / −%d", len(added), len(removed))
	var names []string
	for _, p := range added {
		names = append(names, "+"+escape(p))
	}
	for _, p := range removed {
		names = append(names, "−"+escape(p))
	}
	if len(names) > 0 && len(names) <= maxNamedChanges {
		s += " (" + strings.Join(names, ", ") + ")"
	}
	return s
}

func refreshFailed(err error, c *Change, before *quotes.Index) string {
	reason := err.Error()
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		reason = "it took too long (another refresh may be running); try again shortly"
	case errors.Is(err, ErrNothingLoaded):
		reason = "no article in the data folder could be loaded"
	}
	msg := "Refresh failed: " + escape(reason) + "."
	if before != nil {
		msg += fmt.Sprintf(" The previous index is still serving: %s, %s.",
			plural(len(before.Articles()), "article"), plural(before.Len(), "quotation"))
	}
	if c != nil && len(c.Problems) > 0 {
		msg += "\nProblems:\n" + problemList(c.Problems, maxContent-length(msg)-20)
	}
	return msg
}

// problemList shows one line per problem file with its reason.
func problemList(ps []quotes.Problem, max int) string {
	var lines []string
	for _, p := range ps {
		where := p.Path
		if p.Line > 0 {
			where += fmt.Sprintf(":%d", p.Line)
		}
		reason := "unknown problem"
		if p.Err != nil {
			reason = p.Err.Error()
		}
		line := "• `" + strings.ReplaceAll(where, "`", "'") + "` " + escape(truncate(reason, 200))
		if p.Fatal {
			line += " (not loaded)"
		}
		lines = append(lines, line)
	}
	return joinLines(lines, max)
}
