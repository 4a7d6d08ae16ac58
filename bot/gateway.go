package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// restTimeout bounds one REST call made in answer to an event.
const restTimeout = 10 * time.Second

// drainWithin is how long Run, once told to stop, waits for the answers in
// flight before it closes the session: enough for a reply that is on its
// way, short enough for a supervisor's stop timeout (Docker's is ten
// seconds).
const drainWithin = 5 * time.Second

// Gateway is the front end that answers over a Discord gateway session:
// interactions arrive as events and are answered over REST, and messages
// that mention the bot are answered in the channel.
type Gateway struct {
	bot *Bot
	s   *discordgo.Session
	log *slog.Logger

	// base is the parent of the contexts of replies. Run sets it to its
	// own context without the cancellation: the end of Run must not cut
	// off the replies it waits for.
	base context.Context
	// inFlight counts the event handlers running, which discordgo starts
	// each in a goroutine of its own.
	inFlight *tasks

	self      atomic.Value // string: the bot's user ID, from READY
	app       atomic.Value // string: the application ID, from READY
	ready     chan struct{}
	readyOnce sync.Once

	// dropped tells Run that the connection was lost, which it then
	// restores itself (discordgo's own retries never give up, even on a
	// close code that says retrying is useless).
	dropped chan struct{}
	closing atomic.Bool // set when Run closes the session on purpose
}

// NewGateway attaches b to session s: it sets the intents quotebot needs
// and adds the event handlers. messageContent requests the privileged
// message-content intent, which prefix messages need; a mention is
// delivered with its text without it.
func NewGateway(s *discordgo.Session, b *Bot, messageContent bool) *Gateway {
	g := &Gateway{bot: b, s: s, log: b.log.With("shard", s.ShardID), base: context.Background(), inFlight: newTasks(),
		ready: make(chan struct{}), dropped: make(chan struct{}, 1)}
	s.ShouldReconnectOnError = false
	g.self.Store("")
	g.app.Store("")
	s.Identify.Intents = discordgo.IntentGuildMessages | discordgo.IntentDirectMessages
	if messageContent {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	s.AddHandler(g.onReady)
	s.AddHandler(g.onDisconnect)
	s.AddHandler(g.onResumed)
	s.AddHandler(g.onInteraction)
	s.AddHandler(g.onMessage)
	return g
}

// Run connects, registers the commands as reg says (see Register) and
// answers until ctx ends. reg.AppID may be "", in which case the ID
// announced by the gateway is used. Only shard 0 registers. A failed
// registration is logged and Run goes on answering with the commands
// Discord already has. Run reconnects after network trouble, and returns
// an error when Discord closes the connection with a code that says
// retrying cannot help (a bad token, bad shard settings, intents not
// enabled). When ctx ends, Run stops taking events, lets the answers in
// flight finish for a few seconds (a /refresh stops and says why) and
// then closes the session.
func (g *Gateway) Run(ctx context.Context, reg Registration) error {
	// Set before Open starts the goroutines that read it.
	g.base = context.WithoutCancel(ctx)
	if err := g.s.Open(); err != nil {
		return connectError(err)
	}
	defer g.close()
	select {
	case <-g.ready:
	case <-ctx.Done():
		return nil
	}
	if reg.AppID == "" {
		reg.AppID = g.app.Load().(string)
	}
	if reg.AppID == "" {
		return errors.New("the gateway did not say the application ID: set DISCORD_APP_ID")
	}
	if g.s.ShardID == 0 {
		g.register(ctx, reg)
	}
	for {
		select {
		case <-ctx.Done():
			g.log.Info("shutting down")
			return nil
		case <-g.dropped:
			g.log.Warn("disconnected from the Discord gateway; reconnecting")
			if err := g.reconnect(ctx); err != nil {
				return err
			}
		}
	}
}

// Waits between reconnection attempts.
const (
	reconnectFirst = time.Second
	reconnectMax   = 2 * time.Minute
)

// reconnect opens the session again, with backoff, until it is open, ctx
// ends, or Discord closes it with a fatal code.
func (g *Gateway) reconnect(ctx context.Context) error {
	wait := reconnectFirst
	for try := 1; ; try++ {
		err := g.s.Open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			g.log.Info("reconnected to the Discord gateway", "tries", try)
			return nil
		}
		if fatal := connectError(err); isFatal(err) {
			return fatal
		}
		g.log.Warn("reconnecting to the Discord gateway failed", "try", try, "wait", wait, "err", hideURL(err))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil
		}
		wait = min(2*wait, reconnectMax)
	}
}

func (g *Gateway) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	if g.closing.Load() {
		return
	}
	select {
	case g.dropped <- struct{}{}:
	default: // Run already knows
	}
}

func (g *Gateway) onResumed(*discordgo.Session, *discordgo.Resumed) {
	g.log.Info("gateway session resumed")
}

// register registers the commands, logging the outcome. A failure is no
// reason to stop: Discord keeps the commands registered before.
func (g *Gateway) register(ctx context.Context, reg Registration) {
	cmds, err := Register(ctx, g.s, reg)
	switch {
	case err == nil:
		g.bot.learnCommands(cmds)
		g.log.Info("commands registered", "count", len(cmds), "guild", reg.Guild, "admin_guild", reg.AdminGuild)
	case ctx.Err() == nil:
		// A registration cut short because Run was told to stop is no failure.
		g.log.Error("registering the commands failed; answering with the commands Discord already has", "err", err)
	}
}

// close waits, for drainWithin at most, for the event handlers in flight
// and then closes the session.
func (g *Gateway) close() {
	ctx, cancel := context.WithTimeout(g.base, drainWithin)
	defer cancel()
	if err := g.inFlight.shutdown(ctx); err != nil {
		g.log.Warn("closing the gateway with answers in flight", "err", err)
	}
	g.closing.Store(true)
	if err := g.s.Close(); err != nil {
		g.log.Warn("closing the gateway", "err", err)
	}
}

func (g *Gateway) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		g.self.Store(r.User.ID)
		g.bot.setSelf(r.User.ID)
	}
	if r.Application != nil {
		g.app.Store(r.Application.ID)
	}
	g.log.Info("connected to Discord", "guilds", len(r.Guilds))
	g.readyOnce.Do(func() { close(g.ready) })
}

func (g *Gateway) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	i := ic.Interaction
	received := time.Now()
	// An interaction that arrives while Run drains is still answered; only
	// slow work is no longer started, as the process is about to end.
	tracked := g.inFlight.start()
	if tracked {
		defer g.inFlight.done()
	}
	work, cancel := context.WithTimeout(g.base, workWithin)
	defer cancel()
	resp, later := g.bot.handle(work, i, false)
	if later != nil && !tracked {
		resp, later = refusal(restarting).fitChannel(i).response(), nil
	}
	if !g.respond(s, i, resp) || later == nil {
		return
	}
	a := g.bot.finish(g.inFlight.work, i, later)
	replies, stop := context.WithDeadline(g.base, received.Add(tokenLife))
	defer stop()
	g.bot.deliverLate(replies, s, i, resp, a)
}

// respond sends resp as the first response to i and reports whether it
// went out. Refused for a missing permission (Embed Links), it goes out
// again as plain text.
func (g *Gateway) respond(s *discordgo.Session, i *discordgo.Interaction, resp *discordgo.InteractionResponse) bool {
	ctx, cancel := context.WithTimeout(g.base, restTimeout)
	defer cancel()
	err := s.InteractionRespond(i, resp, discordgo.WithContext(ctx))
	if isForbidden(err) && resp.Data != nil && len(resp.Data.Embeds) > 0 {
		g.bot.channelTrouble(i.ChannelID, "cannot embed links; answering in plain text", err)
		err = s.InteractionRespond(i, fromResponse(resp).plainText().response(), discordgo.WithContext(ctx))
	}
	if err != nil {
		g.log.Warn("answering an interaction", "interaction", i.ID, "type", i.Type.String(), "err", hideURL(err))
		return false
	}
	return true
}

func (g *Gateway) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
	if !g.inFlight.start() {
		return
	}
	defer g.inFlight.done()
	send := g.bot.Message(mc.Message, g.self.Load().(string))
	if send == nil {
		return
	}
	ctx, cancel := context.WithTimeout(g.base, restTimeout)
	defer cancel()
	_, err := s.ChannelMessageSendComplex(mc.ChannelID, send, discordgo.WithContext(ctx))
	if isForbidden(err) && len(send.Embeds) > 0 {
		// Without Embed Links the answer goes out in words.
		plain := *send
		plain.Content, plain.Embeds = answer{content: send.Content, embeds: send.Embeds}.plainText().fit().content, nil
		plain.Flags |= discordgo.MessageFlagsSuppressEmbeds
		_, err = s.ChannelMessageSendComplex(mc.ChannelID, &plain, discordgo.WithContext(ctx))
		if err == nil {
			g.bot.channelTrouble(mc.ChannelID, "cannot embed links; answering in plain text", errors.New("403 Forbidden"))
		}
	}
	switch {
	case isForbidden(err):
		// Nothing else reaches a member here: a message cannot be ephemeral.
		g.bot.channelTrouble(mc.ChannelID, "cannot send messages; mentions there go unanswered", err)
	case err != nil:
		g.log.Warn("answering a message", "channel", mc.ChannelID, "err", hideURL(err))
	}
}

// hideURL drops the request URL from a transport error: an interaction's
// URL carries its token, which lets anyone answer in the bot's name for
// fifteen minutes.
func hideURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}
