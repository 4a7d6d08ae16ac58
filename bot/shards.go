package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// identifyEvery is the window in which Discord lets max_concurrency
// shards identify.
const identifyEvery = 5 * time.Second

// Recommended asks Discord (GET /gateway/bot) how many shards the bot
// should run and how many of them may connect at once.
func Recommended(ctx context.Context, s *discordgo.Session) (shards, maxConcurrency int, err error) {
	gb, err := s.GatewayBot(discordgo.WithContext(ctx))
	if err != nil {
		return 0, 0, fmt.Errorf("asking Discord for the recommended number of shards: %w", hideURL(err))
	}
	return max(gb.Shards, 1), max(gb.SessionStartLimit.MaxConcurrency, 1), nil
}

// RunShards runs every gateway, one per shard, until ctx ends or one of
// them fails; then it stops the others and returns the first error.
// Shards connect maxConcurrency at a time, every five seconds, as Discord
// allows.
func RunShards(ctx context.Context, gws []*Gateway, reg Registration, maxConcurrency int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	maxConcurrency = max(maxConcurrency, 1)
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for n, g := range gws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if wait := time.Duration(n/maxConcurrency) * identifyEvery; wait > 0 {
				t := time.NewTimer(wait)
				defer t.Stop()
				select {
				case <-t.C:
				case <-ctx.Done():
					return
				}
			}
			if err := g.Run(ctx, reg); err != nil {
				once.Do(func() { first = fmt.Errorf("shard %d of %d: %w", g.s.ShardID, g.s.ShardCount, err) })
				cancel()
			}
		}()
	}
	wg.Wait()
	return first
}
