package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"quotebot/library"
	"quotebot/quotes"
)

// The /article command and its options.
const (
	CmdArticle = "article"
	SubAdd     = "add"
	SubRemove  = "remove"
	SubList    = "list"
	OptURL     = "url"
	OptFile    = "file"
	OptArticle = "article"
)

// articlesPerPage is how many articles /article list shows at once.
const articlesPerPage = 10

// articleCommand is the definition of /article, for ModeratorCommands, which
// makes it the operator's.
func articleCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        CmdArticle,
		Type:        discordgo.ChatApplicationCommand,
		Description: "Add, remove or list the news articles in the quote index (moderators)",
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubAdd,
				Description: "Add an article from a link or an attached .txt or .html file",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: OptURL, Description: "Link to the article's page", MaxLength: 2000},
					{Type: discordgo.ApplicationCommandOptionAttachment, Name: OptFile, Description: "The article as a .txt or .html file"},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubRemove,
				Description: "Take an article out of the data folder and the index",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: OptArticle, Description: "Title or outlet of the article", Required: true, Autocomplete: true},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        SubList,
				Description: "List the articles with outlet, title, date and quotation count",
			},
		},
	}
}

// notEditable is the refusal when quotebot serves its built-in articles.
const notEditable = "quotebot is serving its built-in articles, which cannot be changed. Start it with a data folder (QUOTEBOT_DATA_DIR) to add articles."

func (b *Bot) articleCommand(_ context.Context, in *request) answer {
	if len(in.data.Options) == 0 || in.data.Options[0] == nil {
		return refusal("Use /article add, /article remove or /article list.")
	}
	sub := in.data.Options[0]
	if sub.Name == SubList {
		ix := b.store.Index()
		if ix == nil {
			return refusal(notLoaded)
		}
		return b.articlePage(ix, in.who, 0)
	}
	if b.lib == nil {
		return refusal(notEditable)
	}
	switch sub.Name {
	case SubAdd:
		return b.articleAdd(in, sub.Options)
	case SubRemove:
		return b.articleRemove(in, stringOption(sub.Options, OptArticle))
	}
	return refusal("Use /article add, /article remove or /article list.")
}

// articleAdd adds the linked or attached article, then refreshes. The
// attachment's name only says whether it is text or a web page.
func (b *Bot) articleAdd(in *request, opts []*discordgo.ApplicationCommandInteractionDataOption) answer {
	link := strings.TrimSpace(stringOption(opts, OptURL))
	var att *discordgo.MessageAttachment
	if id := stringOption(opts, OptFile); id != "" && in.data.Resolved != nil {
		att = in.data.Resolved.Attachments[id]
	}
	switch {
	case (link == "") == (att == nil):
		return refusal("Give either a link (url) or an attached file (file), not both.")
	case att != nil && att.Size > quotes.MaxArticleBytes:
		return refusal(fmt.Sprintf("That file is larger than %d MiB, too large to be an article.", quotes.MaxArticleBytes>>20))
	}
	who := in.who
	return answer{ephemeral: true, later: func(ctx context.Context) answer {
		ctx, cancel := context.WithTimeout(ctx, b.refreshWithin)
		defer cancel()
		var a *library.Added
		var err error
		if att != nil {
			a, err = b.lib.AddAttachment(ctx, att.URL, att.Filename)
		} else {
			a, err = b.lib.AddURL(ctx, link)
		}
		if err != nil {
			return refusal("Nothing was added: " + b.libraryTrouble(err) + ".")
		}
		b.log.Info("article added", "user", who, "path", a.Path, "duplicate", a.Duplicate)
		e := addedEmbed(a)
		if !a.Duplicate {
			e.Description += "\n\n" + b.refreshAfterChange(ctx, who)
		}
		return answer{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
	}}
}

// articleRemove removes the article the autocomplete value names. The
// value is looked up among the index's articles, so that what a member
// types never becomes a path.
func (b *Bot) articleRemove(in *request, value string) answer {
	ix := b.store.Index()
	if ix == nil {
		return refusal(notLoaded)
	}
	var art *quotes.ArticleInfo
	for i := range ix.NumArticles() {
		if a := ix.ArticleAt(i); articleRef(a.Path) == value {
			art = &a
		}
	}
	if art == nil {
		return refusal("I don't know that article. Pick one from the list as you type its title or outlet.")
	}
	who := in.who
	return answer{ephemeral: true, later: func(ctx context.Context) answer {
		ctx, cancel := context.WithTimeout(ctx, b.refreshWithin)
		defer cancel()
		if err := b.lib.Remove(art.Path); err != nil {
			return refusal("Nothing was removed: " + b.libraryTrouble(err) + ".")
		}
		b.log.Info("article removed", "user", who, "path", art.Path)
		return answer{content: fmt.Sprintf("Removed %s (%s).\n%s", escape(orDefault(art.Title, untitled)),
			outletName(art.Outlet), b.refreshAfterChange(ctx, who)), ephemeral: true}
	}}
}

// libraryTrouble says why a change to the data folder failed without
// naming where the folder is: the reply goes to a Discord member, the
// path to the log.
func (b *Bot) libraryTrouble(err error) string {
	b.log.Info("data folder not changed", "err", err)
	msg := err.Error()
	if dir := b.lib.Dir(); dir != "" {
		msg = strings.ReplaceAll(msg, "data folder "+dir, "the data folder")
		msg = strings.ReplaceAll(msg, dir, "the data folder")
	}
	return escape(truncate(msg, 500))
}

// refreshAfterChange refreshes the index after the data folder changed
// and says how it went.
func (b *Bot) refreshAfterChange(ctx context.Context, who string) string {
	before := b.store.Index()
	c, err := b.store.Refresh(ctx)
	if err != nil {
		b.log.Warn("refresh after a change failed", "user", who, "err", err)
		return refreshFailed(b.whyFailed(ctx, err), c, before)
	}
	return fmt.Sprintf("The index now holds %s and %s.", plural(c.Articles, "article"), plural(c.Quotes, "quotation"))
}

// addedEmbed reports one added article as quotebot add prints it.
func addedEmbed(a *library.Added) *discordgo.MessageEmbed {
	title := "Article added"
	if a.Duplicate {
		title = "Already in the index: nothing added"
	}
	desc := fmt.Sprintf("**%s**: %s\n%s, %d without a speaker", outletName(a.Outlet), escape(orDefault(a.Title, untitled)),
		plural(a.Quotes, "quotation"), a.Unspoken)
	if len(a.Problems) > 0 {
		head := fmt.Sprintf("\n\n**Problems (%d)**\n", len(a.Problems))
		desc += head + problemList(a.Problems, 1500)
	}
	return &discordgo.MessageEmbed{Title: title, Description: desc, Color: embedColor}
}

// articleRef names the article at path in an autocomplete value: a hash
// of the path, which fits the 100-character limit and is looked up, not
// trusted.
func articleRef(path string) string {
	sum := sha256.Sum256([]byte(path))
	return "art:" + hex.EncodeToString(sum[:10])
}

// articleChoices offers the articles whose title or outlet holds what is
// typed in /article remove's option, which Discord sends inside the
// subcommand's options.
func articleChoices(ix *quotes.Index, opts []*discordgo.ApplicationCommandInteractionDataOption) []*discordgo.ApplicationCommandOptionChoice {
	if len(opts) == 0 || opts[0] == nil || opts[0].Name != SubRemove {
		return nil
	}
	typed := strings.ToLower(strings.TrimSpace(stringOption(opts[0].Options, OptArticle)))
	var cs []*discordgo.ApplicationCommandOptionChoice
	for i := range ix.NumArticles() {
		a := ix.ArticleAt(i)
		name := orDefault(a.Outlet, unknownOutlet) + " — " + orDefault(a.Title, a.Path)
		if typed != "" && !strings.Contains(strings.ToLower(name), typed) {
			continue
		}
		cs = append(cs, choice(name, articleRef(a.Path)))
		if len(cs) == maxChoices {
			break
		}
	}
	return cs
}

// articleListPrefix starts the custom_id of /article list's paging
// buttons: "al:<page>:<asker>". The page is read from the index at the
// time of the press, so nothing is kept between presses.
const articleListPrefix = "al:"

// articlePage shows one page of the article list to asker.
func (b *Bot) articlePage(ix *quotes.Index, asker string, page int) answer {
	n := ix.NumArticles()
	pages := max(1, (n+articlesPerPage-1)/articlesPerPage)
	page = min(max(page, 0), pages-1)
	var lines []string
	for i := page * articlesPerPage; i < min(n, (page+1)*articlesPerPage); i++ {
		a := ix.ArticleAt(i)
		date := orDefault(a.Published, unknownDate)
		lines = append(lines, fmt.Sprintf("**%s** — %s (%s) · %s", outletName(a.Outlet),
			link(truncate(orDefault(a.Title, untitled), 120), a.URL), date, plural(a.Quotes, "quotation")))
	}
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("Articles (%d)", n),
		Description: joinLines(lines, maxEmbedDesc),
		Color:       embedColor,
		Footer:      &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d", page+1, pages)},
	}
	a := answer{embeds: []*discordgo.MessageEmbed{e}, ephemeral: true}
	if pages > 1 {
		ref := func(p int) string { return fmt.Sprintf("%s%d:%s", articleListPrefix, p, asker) }
		a.components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: labelPrev, Style: discordgo.SecondaryButton, CustomID: ref(max(page-1, 0)), Disabled: page == 0},
			discordgo.Button{Label: labelNext, Style: discordgo.PrimaryButton, CustomID: ref(min(page+1, pages-1)), Disabled: page >= pages-1},
		}}}
	}
	return a
}

// articleListButton answers a press on /article list's paging buttons.
func (b *Bot) articleListButton(who, customID string) answer {
	pageText, asker, ok := strings.Cut(strings.TrimPrefix(customID, articleListPrefix), ":")
	page, err := strconv.Atoi(pageText)
	switch {
	case !ok || err != nil:
		return refusal("This button no longer works. Ask again with /article list.")
	case who == "" || who != asker:
		return refusal("Only the moderator who asked can page through this list.")
	}
	ix := b.store.Index()
	if ix == nil {
		return refusal(notLoaded)
	}
	a := b.articlePage(ix, asker, page)
	// An update keeps the message ephemeral; only new messages choose.
	a.update, a.ephemeral = true, false
	return a
}
