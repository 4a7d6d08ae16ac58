package bot

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"time"

	"github.com/bwmarrin/discordgo"
)

// tokenLife is how long an interaction's token lets the bot edit its
// answer and send follow-ups, counted from when the interaction arrived;
// the margin keeps the last try from racing the expiry.
const tokenLife = 15*time.Minute - 30*time.Second

// Waits between tries of an edit that Discord was not ready for.
const (
	retryFirst = 500 * time.Millisecond
	retryMax   = 30 * time.Second
)

// finish does the slow work of an answer to i, recovering a panic as
// handle does.
func (b *Bot) finish(ctx context.Context, i *discordgo.Interaction, later func(context.Context) answer) answer {
	return b.safely(i, func() answer { return later(ctx) })
}

// deliverLate puts a, the answer to i finished after first was sent as a
// deferred response, where the member sees it, until it is delivered or
// ctx ends; ctx should end when the interaction's token does (tokenLife).
// The edit goes to the interaction's webhook, which the token authorises,
// so s need not hold a bot token. A public "thinking…" that is to become
// an ephemeral note is deleted and the note sent as a follow-up; a button
// whose page update became a note leaves its message alone.
func (b *Bot) deliverLate(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, first *discordgo.InteractionResponse, a answer) {
	public := first.Type == discordgo.InteractionResponseDeferredMessageUpdate ||
		first.Data == nil || first.Data.Flags&discordgo.MessageFlagsEphemeral == 0
	if !a.ephemeral || !public {
		b.retry(ctx, i, "editing the answer", func(ctx context.Context) error {
			_, err := s.InteractionResponseEdit(i, a.edit(), discordgo.WithContext(ctx))
			if isForbidden(err) && len(a.embeds) > 0 {
				// The channel took embeds away since: say it in words.
				a = a.plainText()
				b.channelTrouble(i.ChannelID, "cannot embed links; answering in plain text", err)
				_, err = s.InteractionResponseEdit(i, a.edit(), discordgo.WithContext(ctx))
			}
			return err
		})
		return
	}
	if first.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		b.retry(ctx, i, "deleting the deferred answer", func(ctx context.Context) error {
			return s.InteractionResponseDelete(i, discordgo.WithContext(ctx))
		})
	}
	b.retry(ctx, i, "sending an ephemeral note", func(ctx context.Context) error {
		_, err := s.FollowupMessageCreate(i, true, a.followup(), discordgo.WithContext(ctx))
		return err
	})
}

// retry calls call, each time within restTimeout, until it succeeds, fails
// for good, or ctx ends. A 404 or a 5xx is worth another try, with
// backoff: an edit sent in HTTP mode can reach Discord before Discord has
// processed the deferred response it edits.
func (b *Bot) retry(ctx context.Context, i *discordgo.Interaction, what string, call func(context.Context) error) {
	wait := b.retryFirst
	for try := 1; ; try++ {
		one, cancel := context.WithTimeout(ctx, restTimeout)
		err := call(one)
		cancel()
		if err == nil {
			return
		}
		if !retryable(err) || ctx.Err() != nil {
			b.log.Warn(what+" failed", "interaction", i.ID, "type", i.Type.String(), "tries", try, "err", hideURL(err))
			return
		}
		b.log.Info(what+": trying again", "interaction", i.ID, "try", try, "wait", wait, "err", hideURL(err))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			b.log.Warn(what+" failed: the interaction's token ran out", "interaction", i.ID, "tries", try, "err", hideURL(err))
			return
		}
		wait = min(2*wait, retryMax)
	}
}

// retryable reports whether err from a REST call may go away by itself.
func retryable(err error) bool {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		code := re.Response.StatusCode
		return code == http.StatusNotFound || code >= 500
	}
	var ue *url.Error
	return errors.As(err, &ue) && !errors.Is(err, context.Canceled)
}

// isForbidden reports whether err is Discord's 403: the bot lacks a
// permission in the channel.
func isForbidden(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusForbidden
}
