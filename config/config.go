// Package config reads quotebot's configuration from command-line flags and
// environment variables and validates it, so that a front end starts only
// with settings it can use and otherwise stops with one line naming the bad
// setting.
//
// Every setting has one documented environment variable; most also have a
// flag, which wins over the variable. The bot token has no flag on purpose:
// command lines are visible to every user of the machine in ps.
package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

// Environment variable names. They are part of quotebot's documented
// interface.
const (
	EnvToken          = "DISCORD_TOKEN"
	EnvAppID          = "DISCORD_APP_ID"
	EnvPublicKey      = "DISCORD_PUBLIC_KEY"
	EnvGuildID        = "QUOTEBOT_GUILD_ID"
	EnvDataDir        = "QUOTEBOT_DATA_DIR"
	EnvModeratorRoles = "QUOTEBOT_MODERATOR_ROLES"
	EnvPrefix         = "QUOTEBOT_PREFIX"
	EnvMessageContent = "QUOTEBOT_MESSAGE_CONTENT"
	EnvHTTPAddr       = "QUOTEBOT_HTTP_ADDR"
	EnvAdminGuild     = "QUOTEBOT_ADMIN_GUILD_ID"
	EnvAdminUsers     = "QUOTEBOT_ADMIN_USERS"
	EnvShardID        = "QUOTEBOT_SHARD_ID"
	EnvShardCount     = "QUOTEBOT_SHARD_COUNT"
)

// DefaultHTTPAddr is where `quotebot http` listens unless told otherwise:
// loopback, because a public endpoint belongs behind a TLS-terminating proxy.
const DefaultHTTPAddr = "127.0.0.1:8080"

// Mode is the subcommand a configuration is read for; it decides which
// settings are accepted and which are required.
type Mode string

// The front ends that read configuration.
const (
	Serve    Mode = "serve"    // gateway bot
	HTTP     Mode = "http"     // HTTP interactions endpoint
	Console  Mode = "console"  // stdin/stdout
	Register Mode = "register" // one-off command registration
)

// Config is the validated configuration of one front end. Fields a mode
// does not use are left zero.
type Config struct {
	// Token is the bot token without the "Bot " prefix. It must never be
	// printed; String leaves it out.
	Token     string
	AppID     string
	PublicKey ed25519.PublicKey
	// GuildID, when set, makes command registration go to that one guild
	// (instant) instead of globally.
	GuildID string
	// DataDir is the folder of article files; "" means the built-in articles.
	DataDir string
	// AdminGuild is the operator's home server: moderator commands are
	// registered there only and accepted from there only. "" means no
	// moderator commands in Discord at all.
	AdminGuild string
	// AdminUsers and ModeratorRoles are moderators in AdminGuild besides
	// the members with Manage Server, for what Discord does not check
	// itself.
	AdminUsers     []string
	ModeratorRoles []string
	// Prefix is the message prefix that asks for a quote (e.g. "!quote");
	// "" when prefix messages are off. Only set with MessageContent.
	Prefix string
	// MessageContent asks the gateway for the privileged message-content
	// intent, which prefix messages need.
	MessageContent bool
	HTTPAddr       string
	// ShardID and ShardCount pin the gateway to one shard of ShardCount;
	// ShardCount 0 means one process runs every shard Discord recommends.
	ShardID, ShardCount int
	// Feeds are the RSS/Atom feeds followed besides the data folder's
	// list; FeedInterval is how often they are polled, 0 for the default.
	Feeds        []string
	FeedInterval time.Duration
	Fetch        Fetch
}

// String describes c for a start-up log line, without the token.
func (c *Config) String() string {
	var b strings.Builder
	add := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, " %s=%s", k, v)
		}
	}
	if c.Token != "" {
		add("token", "set")
	}
	add("app", c.AppID)
	add("guild", c.GuildID)
	add("data", c.DataDir)
	add("admin_guild", c.AdminGuild)
	add("admin_users", strings.Join(c.AdminUsers, ","))
	add("moderator_roles", strings.Join(c.ModeratorRoles, ","))
	add("prefix", c.Prefix)
	if c.MessageContent {
		add("message_content", "on")
	}
	add("addr", c.HTTPAddr)
	if c.ShardCount > 0 {
		add("shard", fmt.Sprintf("%d/%d", c.ShardID, c.ShardCount))
	}
	if len(c.Feeds) > 0 {
		add("feeds", strconv.Itoa(len(c.Feeds)))
	}
	if c.FeedInterval > 0 {
		add("feed_interval", c.FeedInterval.String())
	}
	if c.Fetch.AllowPrivate {
		add("fetch_allow_private", "on")
	}
	if c.Fetch.MaxBytes > 0 {
		add("fetch_max_bytes", strconv.FormatInt(c.Fetch.MaxBytes, 10))
	}
	return strings.TrimSpace(b.String())
}

// setting is one configuration value: its flag (if any), its variable, and
// where the value came from, so that an error names what the user set.
type setting struct {
	flag  string
	env   string
	value string
	from  string // "--flag" or "ENV", "" when unset
}

func (s *setting) name() string {
	if s.from != "" {
		return s.from
	}
	return s.env
}

// Parse reads the configuration of mode from args (the arguments after the
// subcommand) and the environment as seen through getenv. It returns
// flag.ErrHelp, wrapped, for -h and --help; Usage describes the flags.
func Parse(mode Mode, args []string, getenv func(string) string) (*Config, error) {
	settings, fs := flags(mode)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fmt.Errorf("quotebot %s: %w", mode, err)
		}
		return nil, fmt.Errorf("quotebot %s: %v", mode, firstLine(err.Error()))
	}
	if fs.NArg() > 0 {
		// The argument itself is not echoed: a token pasted in the wrong
		// place would end up in the error.
		return nil, fmt.Errorf("quotebot %s: unexpected argument at position %d: settings are flags (see --help) or environment variables", mode, len(args)-fs.NArg()+1)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	byEnv := map[string]*setting{}
	for _, s := range settings {
		byEnv[s.env] = s
		switch {
		case s.flag != "" && set[s.flag]:
			s.from = "--" + s.flag
		case getenv(s.env) != "":
			s.value, s.from = getenv(s.env), s.env
		}
		s.value = strings.TrimSpace(s.value)
	}
	return build(mode, byEnv)
}

// Usage returns the flag summary of mode, for --help.
func Usage(mode Mode) string {
	_, fs := flags(mode)
	var b strings.Builder
	fs.SetOutput(&b)
	fmt.Fprintf(&b, "usage: quotebot %s [flags]\n", mode)
	fs.PrintDefaults()
	fmt.Fprintf(&b, "environment: %s\n", strings.Join(accepts[mode], ", "))
	return b.String()
}

// accepts lists the settings each mode reads, by variable name.
var accepts = map[Mode][]string{
	Serve: {EnvToken, EnvAppID, EnvGuildID, EnvDataDir, EnvAdminGuild, EnvAdminUsers, EnvModeratorRoles,
		EnvPrefix, EnvMessageContent, EnvShardID, EnvShardCount,
		EnvFeeds, EnvFeedInterval, EnvFetchAllowPrivate, EnvFetchMaxBytes},
	HTTP: {EnvPublicKey, EnvHTTPAddr, EnvDataDir, EnvAdminGuild, EnvAdminUsers, EnvModeratorRoles,
		EnvFeeds, EnvFeedInterval, EnvFetchAllowPrivate, EnvFetchMaxBytes},
	Console:  {EnvDataDir},
	Register: {EnvToken, EnvAppID, EnvGuildID, EnvAdminGuild},
}

// flagOf gives each variable its flag and help text; the token has none.
var flagOf = map[string]struct{ name, help string }{
	EnvAppID:          {"app-id", "Discord application ID (default: learnt from the gateway)"},
	EnvPublicKey:      {"public-key", "the application's public key, hex, from the developer portal"},
	EnvGuildID:        {"guild", "register the commands in this server only (instant) instead of globally"},
	EnvDataDir:        {"data", "folder of article files (default: the built-in articles)"},
	EnvAdminGuild:     {"admin-guild", "the operator's home server: moderator commands are registered and accepted there only"},
	EnvAdminUsers:     {"admin-users", "comma-separated user IDs who are moderators in the home server without Manage Server"},
	EnvModeratorRoles: {"moderator-roles", "comma-separated role IDs of the home server whose members are moderators"},
	EnvShardID:        {"shard-id", "this process's gateway shard, 0 to shard-count-1 (default: run every shard)"},
	EnvShardCount:     {"shard-count", "number of gateway shards across all processes (default: Discord's recommendation)"},
	EnvPrefix:         {"prefix", "message prefix that asks for a quote, e.g. !quote (needs --message-content)"},
	EnvMessageContent: {"message-content", "request the privileged message-content intent (true/false)"},
	EnvHTTPAddr:       {"addr", "address to listen on"},
	// The flag names a file of links; the variable holds links.
	EnvFeeds:             {"feeds", "`FILE` of RSS/Atom feed links to follow, one a line (the variable: links separated by spaces)"},
	EnvFeedInterval:      {"feed-interval", "how often to poll the feeds, e.g. 30m"},
	EnvFetchAllowPrivate: {"fetch-allow-private", "let fetches reach private addresses, for tests and intranets (true/false)"},
	EnvFetchMaxBytes:     {"fetch-max-bytes", "largest page or feed fetched, in bytes (default 5 MiB)"},
}

func flags(mode Mode) ([]*setting, *flag.FlagSet) {
	fs := flag.NewFlagSet("quotebot "+string(mode), flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var settings []*setting
	for _, env := range accepts[mode] {
		s := &setting{env: env}
		if env == EnvHTTPAddr {
			s.value = DefaultHTTPAddr
		}
		if f, ok := flagOf[env]; ok {
			s.flag = f.name
			fs.StringVar(&s.value, f.name, s.value, f.help+" ["+env+"]")
		}
		settings = append(settings, s)
	}
	return settings, fs
}

func build(mode Mode, s map[string]*setting) (*Config, error) {
	c := &Config{}
	var err error
	if t, ok := s[EnvToken]; ok {
		if c.Token, err = token(t); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvAppID]; ok {
		if v.value == "" && mode == Register {
			return nil, fmt.Errorf("%s is not set: the application ID is on the developer portal's General Information page", v.name())
		}
		if c.AppID, err = snowflake(v, v.value); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvGuildID]; ok {
		if c.GuildID, err = snowflake(v, v.value); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvPublicKey]; ok {
		if c.PublicKey, err = publicKey(v); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvDataDir]; ok && v.value != "" {
		if c.DataDir, err = dir(v); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvAdminGuild]; ok {
		if c.AdminGuild, err = snowflake(v, v.value); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvAdminUsers]; ok {
		if c.AdminUsers, err = roles(v); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvModeratorRoles]; ok {
		if c.ModeratorRoles, err = roles(v); err != nil {
			return nil, err
		}
	}
	if (len(c.AdminUsers) > 0 || len(c.ModeratorRoles) > 0) && c.AdminGuild == "" {
		v := s[EnvAdminUsers]
		if len(c.ModeratorRoles) > 0 {
			v = s[EnvModeratorRoles]
		}
		return nil, fmt.Errorf("%s needs %s: moderators act only in the operator's home server", v.name(), EnvAdminGuild)
	}
	if id, ok := s[EnvShardID]; ok {
		if c.ShardID, c.ShardCount, err = shard(id, s[EnvShardCount]); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvMessageContent]; ok && v.value != "" {
		if c.MessageContent, err = strconv.ParseBool(v.value); err != nil {
			return nil, fmt.Errorf("%s: %.20q is not true or false", v.name(), v.value)
		}
	}
	if v, ok := s[EnvPrefix]; ok && v.value != "" {
		if c.Prefix, err = prefix(v, c.MessageContent); err != nil {
			return nil, err
		}
	}
	if v, ok := s[EnvHTTPAddr]; ok {
		if c.HTTPAddr, err = addr(v); err != nil {
			return nil, err
		}
	}
	if _, ok := s[EnvFeeds]; ok {
		if err := fetchSettings(c, s); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// token checks the bot token's shape without ever putting it in an error.
func token(s *setting) (string, error) {
	t := strings.TrimPrefix(s.value, "Bot ")
	if t == "" {
		return "", fmt.Errorf("%s is not set: copy the bot token from the developer portal's Bot page", s.env)
	}
	if strings.ContainsAny(t, " \t\r\n") || strings.Count(t, ".") != 2 {
		return "", fmt.Errorf("%s is malformed: a bot token is three dot-separated parts with no spaces", s.env)
	}
	return t, nil
}

// snowflake accepts "" (unset) or a Discord ID: a positive 64-bit decimal.
func snowflake(s *setting, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if n, err := strconv.ParseUint(v, 10, 64); err != nil || n == 0 {
		return "", fmt.Errorf("%s: %.40q is not a Discord ID (want the number Developer Mode copies)", s.name(), v)
	}
	return v, nil
}

func publicKey(s *setting) (ed25519.PublicKey, error) {
	if s.value == "" {
		return nil, fmt.Errorf("%s is not set: copy the public key from the developer portal's General Information page", s.name())
	}
	b, err := hex.DecodeString(s.value)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%s: want %d hex digits, the public key from the developer portal", s.name(), 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

func dir(s *setting) (string, error) {
	fi, err := os.Stat(s.value)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("%s: %s: no such folder", s.name(), s.value)
	case err != nil:
		return "", fmt.Errorf("%s: %s: %w", s.name(), s.value, unwrapPath(err))
	case !fi.IsDir():
		return "", fmt.Errorf("%s: %s is a file, want the folder of articles", s.name(), s.value)
	}
	return s.value, nil
}

func roles(s *setting) ([]string, error) {
	var ids []string
	for _, r := range strings.Split(s.value, ",") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		id, err := snowflake(s, r)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// shard reads the shard settings: both or neither, 0 <= id < count.
func shard(id, count *setting) (int, int, error) {
	if id.value == "" && count.value == "" {
		return 0, 0, nil
	}
	if id.value == "" || count.value == "" {
		return 0, 0, fmt.Errorf("%s and %s go together: set both, or neither to run every shard in this process", id.name(), count.name())
	}
	n, err := strconv.Atoi(count.value)
	if err != nil || n < 1 || n > 1<<16 {
		return 0, 0, fmt.Errorf("%s: %.20q is not a number of shards", count.name(), count.value)
	}
	i, err := strconv.Atoi(id.value)
	if err != nil || i < 0 || i >= n {
		return 0, 0, fmt.Errorf("%s: %.20q is not a shard from 0 to %d", id.name(), id.value, n-1)
	}
	return i, n, nil
}

func prefix(s *setting, messageContent bool) (string, error) {
	if !messageContent {
		return "", fmt.Errorf("%s needs %s=true: without the message-content intent Discord hides the text of messages that do not mention the bot", s.name(), EnvMessageContent)
	}
	if strings.ContainsAny(s.value, " \t\r\n") || len([]rune(s.value)) > 32 {
		return "", fmt.Errorf("%s: %.40q is not a prefix (want one word of at most 32 characters, e.g. !quote)", s.name(), s.value)
	}
	return s.value, nil
}

func addr(s *setting) (string, error) {
	_, port, err := net.SplitHostPort(s.value)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		return "", fmt.Errorf("%s: %.60q is not host:port (e.g. %s)", s.name(), s.value, DefaultHTTPAddr)
	}
	return s.value, nil
}

// unwrapPath drops the path an *os.PathError repeats, as the message
// already names it.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
