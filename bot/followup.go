package bot

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/bwmarrin/discordgo"
)

// finish does the slow work of an answer to i, recovering a panic as
// handle does.
func (b *Bot) finish(ctx context.Context, i *discordgo.Interaction, later func(context.Context) answer) (a answer) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("interaction handler panicked", "interaction", i.ID, "type", i.Type.String(),
				"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			a = refusal(sorry)
		}
	}()
	return later(ctx)
}

// editAnswer replaces i's deferred response with a, by PATCH to the
// interaction's webhook (webhooks/{application}/{token}/messages/@original),
// within restTimeout of ctx. The interaction's token authorises the edit,
// so s need not hold a bot token.
func (b *Bot) editAnswer(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, a answer) {
	ctx, cancel := context.WithTimeout(ctx, restTimeout)
	defer cancel()
	if _, err := s.InteractionResponseEdit(i, a.edit(), discordgo.WithContext(ctx)); err != nil {
		b.log.Warn("editing the answer to an interaction", "interaction", i.ID, "type", i.Type.String(), "err", hideURL(err))
	}
}
