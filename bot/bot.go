// Package bot is quotebot's Discord layer: the application commands, the
// handlers that answer them from a quotes.Index, the rendering of answers
// within Discord's limits, and the three front ends that carry interactions
// to the handlers (the gateway, the HTTP interactions endpoint and a text
// console).
//
// Every answer goes through one Bot, whichever front end delivered the
// question, so that the three behave alike.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"quotebot/library"
)

// answerWithin is how long a handler has for an interaction's first
// response: Discord drops an interaction not answered within three seconds
// (discordgo.InteractionDeadline), and the answer still has to travel. A
// handler still working then is answered with a deferred response, and
// work known to take longer, a /refresh, is done after the first response
// (see answer.later), under refreshWithin.
const answerWithin = 2500 * time.Millisecond

// workWithin bounds the work of an answer that was deferred for being
// slow; a lookup that takes longer is stuck.
const workWithin = time.Minute

// defaultRefreshWithin bounds a /refresh, waiting for one already running
// included. Loading a large data folder can take minutes; Discord lets the
// bot edit its deferred answer for fifteen.
const defaultRefreshWithin = 5 * time.Minute

// Options tunes a Bot. The zero value is usable.
type Options struct {
	// AdminGuild is the operator's home server, the one server where
	// moderator commands are registered and accepted; "" means none.
	AdminGuild string
	// AdminUsers and ModeratorRoles are the IDs of users and of roles of
	// the home server who are moderators there without the Manage Server
	// permission, for what Discord does not check itself (see
	// mayModerate).
	AdminUsers     []string
	ModeratorRoles []string
	// Prefix, when not "", makes a channel message starting with it a
	// question, as a mention of the bot is. The gateway only sees such
	// messages with the message-content intent.
	Prefix string
	// Burst and Every set the per-member rate limit: Burst lookups at once,
	// then one more each Every. Zero means 5 and 3s.
	Burst int
	Every time.Duration
	// RefreshTimeout bounds a /refresh from Discord or the console, waiting
	// for a refresh already running included. Zero means five minutes; it
	// must stay under the fifteen minutes Discord lets the bot edit its
	// answer.
	RefreshTimeout time.Duration
	// Logger receives one line per failure; nil means slog.Default().
	Logger *slog.Logger
	// Library, when not nil, is the data folder /article and /feed change;
	// nil when quotebot serves its built-in articles.
	Library *library.Library
	// Feeds are the feeds followed by configuration, which /feed lists
	// but cannot remove.
	Feeds []string
}

// Bot answers interactions and messages from the index in a Store. It is
// safe for concurrent use.
type Bot struct {
	store         *Store
	adminGuild    string
	adminUsers    map[string]bool
	modRoles      map[string]bool
	prefix        string
	refreshWithin time.Duration
	answerWithin  time.Duration // answerWithin, shorter in tests
	retryFirst    time.Duration // the first wait before an edit is retried
	log           *slog.Logger
	limit         *limiter
	troubled      troubledChannels
	cmdIDs        commandIDs
	self          atomic.Value // string: the bot's user ID, once known
	commands      map[string]command
	lib           *library.Library
	feeds         []string
}

// command answers one application command.
type command func(ctx context.Context, in *request) answer

// request is what a command handler needs from an interaction.
type request struct {
	who  string // the member's user ID, "" when Discord sent none
	i    *discordgo.Interaction
	data discordgo.ApplicationCommandInteractionData
	// operator is true for the console, whose user runs the process.
	operator bool
}

// New returns a Bot answering from store.
func New(store *Store, opt Options) *Bot {
	b := &Bot{
		store:         store,
		adminGuild:    opt.AdminGuild,
		adminUsers:    map[string]bool{},
		modRoles:      map[string]bool{},
		prefix:        opt.Prefix,
		refreshWithin: opt.RefreshTimeout,
		answerWithin:  answerWithin,
		retryFirst:    retryFirst,
		log:           opt.Logger,
		limit:         newLimiter(opt.Burst, opt.Every),
		lib:           opt.Library,
		feeds:         opt.Feeds,
	}
	if b.log == nil {
		b.log = slog.Default()
	}
	if b.refreshWithin <= 0 {
		b.refreshWithin = defaultRefreshWithin
	}
	for _, r := range opt.ModeratorRoles {
		b.modRoles[r] = true
	}
	for _, u := range opt.AdminUsers {
		b.adminUsers[u] = true
	}
	b.commands = map[string]command{
		CmdQuote:       b.quoteCommand,
		CmdSpeaker:     b.speakerCommand,
		CmdOutlets:     b.outletsCommand,
		CmdRefresh:     b.refreshCommand,
		CmdWhoSaidThis: b.whoSaidThis,
		CmdArticle:     b.articleCommand,
		CmdFeed:        b.feedCommand,
		CmdHelp:        b.helpCommand,
	}
	for name, cmd := range b.commands {
		if moderatorCommand(name) {
			b.commands[name] = b.moderatorOnly(cmd)
		}
	}
	return b
}

// Interaction answers one interaction with the response Discord expects:
// PONG to a ping, choices to autocomplete, a page update to a paging
// button and a message to everything else. Slow work (a /refresh, a
// handler past its 2.5 seconds) is waited for and answered in full; the
// gateway and HTTP front ends instead answer at once with a deferred
// response and edit the answer in. It never returns nil and never panics:
// a failing handler yields an ephemeral apology.
func (b *Bot) Interaction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i == nil {
		return refusal("I can't answer this kind of interaction.").response()
	}
	return b.complete(ctx, i, false)
}

// complete answers i in one response, doing slow work at once. operator
// is true for the console, whose user runs the process: they may moderate
// and are not rate limited, as they are not a member who could flood a
// channel.
func (b *Bot) complete(ctx context.Context, i *discordgo.Interaction, operator bool) *discordgo.InteractionResponse {
	resp, later := b.handle(ctx, i, operator)
	if later == nil {
		return resp
	}
	return b.finish(ctx, i, later).response()
}

// handle answers i as far as it can within Discord's three seconds. When
// the answer needs slow work, or the handler has not answered within
// b.answerWithin, resp is a deferred response and later finishes the
// answer; see finish and deliverLate. The work runs under ctx, which must
// outlast the first response.
func (b *Bot) handle(ctx context.Context, i *discordgo.Interaction, operator bool) (resp *discordgo.InteractionResponse, later func(context.Context) answer) {
	who := userID(i)
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, nil
	case discordgo.InteractionApplicationCommandAutocomplete:
		// Autocomplete is not rate limited: Discord sends one per
		// keystroke, and answering is cheap. It cannot be deferred.
		data, _ := i.Data.(discordgo.ApplicationCommandInteractionData)
		if moderatorCommand(data.Name) && !b.mayModerate(&request{who: who, i: i, data: data, operator: operator}) {
			// The folder's articles and feeds are offered only to those
			// who may change them.
			return choices(nil), nil
		}
		return b.suggest(i, data), nil
	case discordgo.InteractionApplicationCommand:
		data, _ := i.Data.(discordgo.ApplicationCommandInteractionData)
		if data.CommandType == discordgo.ChatApplicationCommand {
			b.cmdIDs.learn(data.Name, data.ID)
		}
		cmd, ok := b.commands[data.Name]
		if !ok {
			return failed(i, "I don't know that command; my command list may be out of date."), nil
		}
		if !operator && !b.limit.allow(who) {
			return failed(i, slowDown), nil
		}
		return b.inTime(ctx, i, func(ctx context.Context) answer {
			return cmd(ctx, &request{who: who, i: i, data: data, operator: operator})
		})
	case discordgo.InteractionMessageComponent:
		// Paging is not rate limited: a member paging through 25 results
		// is reading, not flooding, and a page costs one lookup.
		data, _ := i.Data.(discordgo.MessageComponentInteractionData)
		return b.inTime(ctx, i, func(context.Context) answer {
			if strings.HasPrefix(data.CustomID, articleListPrefix) {
				return b.articleListButton(who, data.CustomID)
			}
			return b.page(who, data.CustomID)
		})
	default:
		return failed(i, "I can't answer this kind of interaction."), nil
	}
}

// inTime runs work and answers with its answer if that is ready within
// b.answerWithin. Otherwise it answers with a deferred response, which
// Discord shows as "thinking…", and later waits for the answer, which
// replaces it.
func (b *Bot) inTime(ctx context.Context, i *discordgo.Interaction, work func(context.Context) answer) (*discordgo.InteractionResponse, func(context.Context) answer) {
	ready := make(chan answer, 1)
	go func() { ready <- b.safely(i, func() answer { return work(ctx) }).fitChannel(i) }()
	timer := time.NewTimer(b.answerWithin)
	defer timer.Stop()
	select {
	case a := <-ready:
		return a.response(), a.later
	case <-timer.C:
	}
	b.log.Info("answer deferred: the handler is slow", "interaction", i.ID, "type", i.Type.String())
	working := ctx
	return deferral(i), func(ctx context.Context) answer {
		select {
		case a := <-ready:
			if a.later != nil {
				return a.later(ctx)
			}
			return a
		case <-ctx.Done():
			if errors.Is(context.Cause(ctx), errShuttingDown) {
				return refusal(restarting)
			}
		case <-working.Done():
		}
		b.log.Warn("a deferred answer never came", "interaction", i.ID, "type", i.Type.String())
		return refusal("Sorry, that took too long to answer. Please try again.")
	}
}

// deferral is the deferred response to i: "thinking…" under a command, or
// for a button, nothing visible until the message is updated.
func deferral(i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionMessageComponent {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	}
}

// safely runs f, turning a panic into an apology and a log line.
func (b *Bot) safely(i *discordgo.Interaction, f func() answer) (a answer) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("interaction handler panicked", "interaction", i.ID, "type", i.Type.String(),
				"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			a = refusal(sorry)
		}
	}()
	return f()
}

// suggest answers an autocomplete interaction; a panic offers nothing.
func (b *Bot) suggest(i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) (resp *discordgo.InteractionResponse) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("autocomplete panicked", "interaction", i.ID, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp = choices(nil)
		}
	}()
	return b.autocomplete(d)
}

// sorry is the apology for a handler that panicked.
const sorry = "Sorry, something went wrong while answering. It has been logged; please try again."

const slowDown = "You're asking faster than I can answer. Please wait a few seconds and try again."

// failed answers i with an error message in the form its type allows.
func failed(i *discordgo.Interaction, msg string) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return choices(nil)
	}
	return refusal(msg).response()
}

// userID is the member or DM user who caused i.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// stringOption returns the string value of the named option, "" when it is
// missing or not a string.
func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o != nil && o.Name == name {
			s, _ := o.Value.(string)
			return s
		}
	}
	return ""
}
