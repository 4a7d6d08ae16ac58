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

// Gateway is the front end that answers over a Discord gateway session:
// interactions arrive as events and are answered over REST, and messages
// that mention the bot are answered in the channel.
type Gateway struct {
	bot *Bot
	s   *discordgo.Session
	log *slog.Logger

	base context.Context // parent of REST calls; Run replaces it

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
	g := &Gateway{bot: b, s: s, log: b.log, base: context.Background(), ready: make(chan struct{})}
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

// Run connects, registers the commands by bulk overwrite (in guildID
// only when it is set, else globally) and answers until ctx ends. appID
// may be "", in which case the ID announced by the gateway is used.
// discordgo reconnects by itself after network trouble.
func (g *Gateway) Run(ctx context.Context, appID, guildID string) error {
	g.base = ctx
	if err := g.s.Open(); err != nil {
		return fmt.Errorf("connect to the Discord gateway: %w", err)
	}
	defer func() {
		if err := g.s.Close(); err != nil {
			g.log.Warn("closing the gateway", "err", err)
		}
	}()
	select {
	case <-g.ready:
	case <-ctx.Done():
		return nil
	}
	if appID == "" {
		appID = g.app.Load().(string)
	}
	if appID == "" {
		return errors.New("the gateway did not say the application ID: set DISCORD_APP_ID")
	}
	cmds, err := Register(ctx, g.s, appID, guildID)
	if err != nil {
		return err
	}
	g.log.Info("commands registered", "count", len(cmds), "guild", guildID)
	<-ctx.Done()
	g.log.Info("shutting down")
	return nil
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
	answering, stop := context.WithTimeout(g.base, answerWithin)
	resp := g.bot.Interaction(answering, ic.Interaction)
	stop()
	ctx, cancel := context.WithTimeout(g.base, restTimeout)
	defer cancel()
	if err := s.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(ctx)); err != nil {
		g.log.Warn("answering an interaction", "interaction", ic.ID, "type", ic.Type.String(), "err", hideURL(err))
	}
}

func (g *Gateway) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
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
