package bot

import (
	"errors"
	"fmt"

	"github.com/gorilla/websocket"
)

// fatalCloses are the gateway close codes after which connecting again
// cannot help, with what the operator has to do.
var fatalCloses = map[int]string{
	4004: "authentication failed: DISCORD_TOKEN is wrong or was reset; copy the token from the developer portal's Bot page",
	4010: "invalid shard: QUOTEBOT_SHARD_ID must be below QUOTEBOT_SHARD_COUNT",
	4011: "sharding required: the bot is in too many servers for one shard; unset QUOTEBOT_SHARD_ID and QUOTEBOT_SHARD_COUNT to run the shards Discord recommends, or raise QUOTEBOT_SHARD_COUNT",
	4012: "invalid gateway API version: this quotebot is too old",
	4013: "invalid intents: this quotebot asked for intents Discord does not know",
	4014: "disallowed intents: enable Message Content Intent on the developer portal's Bot page, or unset QUOTEBOT_MESSAGE_CONTENT",
}

// isFatal reports whether err is a gateway close with a fatal code.
func isFatal(err error) bool {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return false
	}
	_, ok := fatalCloses[ce.Code]
	return ok
}

// connectError describes a failure to connect to the gateway: one clear
// line for a fatal close code.
func connectError(err error) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if why, ok := fatalCloses[ce.Code]; ok {
			return fmt.Errorf("Discord closed the gateway connection with code %d, %s", ce.Code, why)
		}
	}
	return fmt.Errorf("connect to the Discord gateway: %w", hideURL(err))
}
