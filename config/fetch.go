package config

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Settings for fetching articles and following feeds.
const (
	EnvFeeds             = "QUOTEBOT_FEEDS"
	EnvFeedInterval      = "QUOTEBOT_FEED_INTERVAL"
	EnvFetchAllowPrivate = "QUOTEBOT_FETCH_ALLOW_PRIVATE"
	EnvFetchMaxBytes     = "QUOTEBOT_FETCH_MAX_BYTES"
)

// DefaultFeedInterval is how often followed feeds are polled.
const DefaultFeedInterval = 30 * time.Minute

// Fetch is how quotebot fetches pages and feeds.
type Fetch struct {
	AllowPrivate bool
	MaxBytes     int64 // 0: the fetcher's default
}

// ParseFetch reads the fetch settings from the environment, for the
// commands that take no other settings.
func ParseFetch(getenv func(string) string) (Fetch, error) {
	allow := &setting{env: EnvFetchAllowPrivate, value: strings.TrimSpace(getenv(EnvFetchAllowPrivate))}
	size := &setting{env: EnvFetchMaxBytes, value: strings.TrimSpace(getenv(EnvFetchMaxBytes))}
	return fetchOf(allow, size)
}

func fetchOf(allow, size *setting) (Fetch, error) {
	var f Fetch
	if allow.value != "" {
		b, err := strconv.ParseBool(allow.value)
		if err != nil {
			return f, fmt.Errorf("%s: %.20q is not true or false", allow.name(), allow.value)
		}
		f.AllowPrivate = b
	}
	if size.value != "" {
		n, err := strconv.ParseInt(size.value, 10, 64)
		if err != nil || n < 1024 || n > 64<<20 {
			return f, fmt.Errorf("%s: %.20q is not a size in bytes from 1024 to %d", size.name(), size.value, 64<<20)
		}
		f.MaxBytes = n
	}
	return f, nil
}

// fetchSettings fills c's feed and fetch settings.
func fetchSettings(c *Config, s map[string]*setting) error {
	var err error
	if c.Fetch, err = fetchOf(s[EnvFetchAllowPrivate], s[EnvFetchMaxBytes]); err != nil {
		return err
	}
	if v := s[EnvFeedInterval]; v.value != "" {
		d, err := time.ParseDuration(v.value)
		if err != nil || d < time.Minute {
			return fmt.Errorf("%s: %.20q is not a duration of a minute or more (e.g. 30m)", v.name(), v.value)
		}
		c.FeedInterval = d
	}
	v := s[EnvFeeds]
	if v.from == "--feeds" {
		c.Feeds, err = FeedsFile(v.value)
	} else {
		c.Feeds, err = FeedList(v.name(), v.value)
	}
	return err
}

// FeedList reads feed links separated by spaces or commas, as
// QUOTEBOT_FEEDS holds them; name is the setting, for errors.
func FeedList(name, list string) ([]string, error) {
	var feeds []string
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		if err := feedLink(f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		feeds = append(feeds, f)
	}
	return feeds, nil
}

// FeedsFile reads the feed links in file, one a line; "#" starts a
// comment.
func FeedsFile(file string) ([]string, error) {
	fh, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("--feeds: %w", err)
	}
	defer fh.Close()
	var feeds []string
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := feedLink(l); err != nil {
			return nil, fmt.Errorf("--feeds %s:%d: %w", file, n, err)
		}
		feeds = append(feeds, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--feeds %s: %w", file, err)
	}
	return feeds, nil
}

func feedLink(s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%.80q is not an http(s) link", s)
	}
	return nil
}
