package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

func (b *Bot) refreshCommand(_ context.Context, in *request) answer {
	// Loading the data folder can take longer than Discord waits for a
	// first answer. The report is for the moderator; the channel need not
	// see it.
	return answer{ephemeral: true, later: func(ctx context.Context) answer { return b.refresh(ctx, in.who) }}
}

// refresh rebuilds the index for the moderator who, within b.refreshWithin
// of ctx, and reports what changed or why nothing did.
func (b *Bot) refresh(ctx context.Context, who string) answer {
	ctx, cancel := context.WithTimeout(ctx, b.refreshWithin)
	defer cancel()
	before := b.store.Index()
	c, err := b.store.Refresh(ctx)
	if err != nil {
		b.log.Warn("refresh failed", "user", who, "err", err)
		return refusal(refreshFailed(b.whyFailed(ctx, err), c, before))
	}
	b.log.Info("refreshed", "user", who, "articles", c.Articles, "quotes", c.Quotes,
		"added", c.AddedQuotes, "removed", c.RemovedQuotes, "problems", len(c.Problems),
		"extracted", c.Extracted, "took", c.Took)
	return answer{embeds: []*discordgo.MessageEmbed{refreshEmbed(c)}, ephemeral: true}
}

// whyFailed tells a moderator why the refresh under ctx failed with err.
// A refresh that ran out of time waiting for another one and one that ran
// out of time loading call for different action, so they are told apart.
func (b *Bot) whyFailed(ctx context.Context, err error) string {
	stopped := errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled)
	switch {
	case stopped && errors.Is(context.Cause(ctx), errShuttingDown):
		return "quotebot is shutting down; try again when it is back"
	case stopped && errors.Is(err, errRefreshRunning) && errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("another refresh was still running after %s; try again when it has finished", b.refreshWithin)
	case stopped && errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("loading the data folder took longer than %s", b.refreshWithin)
	case errors.Is(err, ErrNothingLoaded):
		return "no article in the data folder could be loaded"
	}
	return folderTrouble(err)
}

// folderTrouble says what went wrong with the data folder without naming
// where it is: the reply goes to a Discord member, the path to the log.
func folderTrouble(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "the data folder is gone"
	case errors.Is(err, errNotFolder):
		return "the data folder is not a folder any more"
	case errors.Is(err, fs.ErrPermission):
		return "the data folder cannot be read: permission denied"
	case errors.Is(err, quotes.ErrNoArticles):
		return "the data folder holds " + quotes.ErrNoArticles.Error()
	}
	return "loading the data folder failed; the log says why"
}

func refreshEmbed(c *Change) *discordgo.MessageEmbed {
	desc := fmt.Sprintf("Now serving **%s** and **%s**.\nArticles: %s\nQuotations: +%d / −%d",
		plural(c.Articles, "article"), plural(c.Quotes, "quotation"),
		changed(c.AddedArticles, c.RemovedArticles), c.AddedQuotes, c.RemovedQuotes)
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

// refreshFailed reports a failed refresh: the reason, the index still
// serving and the problem files.
func refreshFailed(reason string, c *Change, before *quotes.Index) string {
	msg := "Refresh failed: " + escape(reason) + "."
	if before != nil {
		msg += fmt.Sprintf(" The previous index is still serving: %s, %s.",
			plural(before.NumArticles(), "article"), plural(before.Len(), "quotation"))
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
