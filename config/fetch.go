package config

import (
	"bufio"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
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

// ParseFetch reads the fetch settings from the environment.
func ParseFetch(getenv func(string) string) (Fetch, error) {
	var f Fetch
	if v := strings.TrimSpace(getenv(EnvFetchAllowPrivate)); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return f, fmt.Errorf("%s: %.20q is not true or false", EnvFetchAllowPrivate, v)
		}
		f.AllowPrivate = b
	}
	if v := strings.TrimSpace(getenv(EnvFetchMaxBytes)); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1024 || n > 64<<20 {
			return f, fmt.Errorf("%s: %.20q is not a size in bytes between 1024 and %d", EnvFetchMaxBytes, v, 64<<20)
		}
		f.MaxBytes = n
	}
	return f, nil
}

// ParseFeedInterval reads how often feeds are polled.
func ParseFeedInterval(getenv func(string) string) (time.Duration, error) {
	v := strings.TrimSpace(getenv(EnvFeedInterval))
	if v == "" {
		return DefaultFeedInterval, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < time.Minute {
		return 0, fmt.Errorf("%s: %.20q is not a duration of a minute or more (e.g. 30m)", EnvFeedInterval, v)
	}
	return d, nil
}

// ParseFeeds reads the feeds to follow: the links in QUOTEBOT_FEEDS,
// separated by spaces or commas, and those in file, one a line ("#"
// starts a comment), when file is not "".
func ParseFeeds(getenv func(string) string, file string) ([]string, error) {
	var feeds []string
	for _, f := range strings.FieldsFunc(getenv(EnvFeeds), func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		if err := feedLink(f); err != nil {
			return nil, fmt.Errorf("%s: %w", EnvFeeds, err)
		}
		feeds = append(feeds, f)
	}
	if file == "" {
		return feeds, nil
	}
	fh, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("--feeds: %w", unwrapPath(err))
	}
	defer fh.Close()
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
