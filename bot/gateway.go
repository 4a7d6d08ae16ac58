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
}

// NewGateway attaches b to session s: it sets the intents quotebot needs
// and adds the event handlers. messageContent requests the privileged
// message-content intent, which prefix messages need; a mention is
// delivered with its text without it.
func NewGateway(s *discordgo.Session, b *Bot, messageContent bool) *Gateway {
	g := &Gateway{bot: b, s: s, log: b.log, base: context.Background(), inFlight: newTasks(), ready: make(chan struct{})}
	g.self.Store("")
	g.app.Store("")
	s.Identify.Intents = discordgo.IntentGuildMessages | discordgo.IntentDirectMessages
	if messageContent {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	s.AddHandler(g.onReady)
	s.AddHandler(g.onInteraction)
	s.AddHandler(g.onMessage)
	return g
}

// Run connects, registers the commands as reg says (see Register) and
// answers until ctx ends. reg.AppID may be "", in which case the ID
// announced by the gateway is used. A failed registration is logged and
// Run goes on answering with the commands Discord already has. discordgo
// reconnects by itself after network trouble. When ctx ends, Run stops
// taking events, lets the answers in flight finish for a few seconds (a
// /refresh stops and says why) and then closes the session.
func (g *Gateway) Run(ctx context.Context, reg Registration) error {
	// Set before Open starts the goroutines that read it.
	g.base = context.WithoutCancel(ctx)
	if err := g.s.Open(); err != nil {
		return fmt.Errorf("connect to the Discord gateway: %w", err)
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
	g.register(ctx, reg)
	<-ctx.Done()
	g.log.Info("shutting down")
	return nil
}

// register registers the commands, logging the outcome. A failure is no
// reason to stop: Discord keeps the commands registered before.
func (g *Gateway) register(ctx context.Context, reg Registration) {
	cmds, err := Register(ctx, g.s, reg)
	switch {
	case err == nil:
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
	if err := g.s.Close(); err != nil {
		g.log.Warn("closing the gateway", "err", err)
	}
}

func (g *Gateway) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		g.self.Store(r.User.ID)
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
	if !g.inFlight.start() {
		g.log.Info("not answering an interaction: shutting down", "interaction", ic.ID, "type", ic.Type.String())
		return
	}
	defer g.inFlight.done()
	answering, stop := context.WithTimeout(g.base, answerWithin)
	resp, later := g.bot.handle(answering, ic.Interaction, false)
	stop()
	ctx, cancel := context.WithTimeout(g.base, restTimeout)
	err := s.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(ctx))
	cancel()
	if err != nil {
		g.log.Warn("answering an interaction", "interaction", ic.ID, "type", ic.Type.String(), "err", hideURL(err))
		return
	}
	if later != nil {
		a := g.bot.finish(g.inFlight.work, ic.Interaction, later)
		g.bot.editAnswer(g.base, s, ic.Interaction, a)
	}
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
	if _, err := s.ChannelMessageSendComplex(mc.ChannelID, send, discordgo.WithContext(ctx)); err != nil {
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
