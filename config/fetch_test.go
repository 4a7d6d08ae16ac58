package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParseFeedsAndFetch(t *testing.T) {
	list := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(list, []byte("# world news\nhttps://www.coastline.example/rss.xml\n\nhttps://valleytimes.example/atom\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Parse(HTTP, []string{"--public-key", publicKeyHex, "--feeds", list, "--feed-interval", "45m"},
		env(map[string]string{EnvFeeds: "https://ignored.example/rss", EnvFetchAllowPrivate: "true", EnvFetchMaxBytes: "1048576"}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://www.coastline.example/rss.xml", "https://valleytimes.example/atom"}
	if !reflect.DeepEqual(c.Feeds, want) || c.FeedInterval != 45*time.Minute || !c.Fetch.AllowPrivate || c.Fetch.MaxBytes != 1<<20 {
		t.Errorf("got feeds %v every %v, fetch %+v", c.Feeds, c.FeedInterval, c.Fetch)
	}
	c, err = Parse(Serve, nil, env(map[string]string{EnvToken: testToken, EnvFeeds: "https://a.example/rss, https://b.example/feed.xml"}))
	if err != nil || len(c.Feeds) != 2 || c.Feeds[1] != "https://b.example/feed.xml" {
		t.Errorf("feeds from the environment: %v, %v", c.Feeds, err)
	}

	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{nil, map[string]string{EnvFeeds: "https://a.example/rss ftp://b.example/x"}, `QUOTEBOT_FEEDS: "ftp://b.example/x" is not an http(s) link`},
		{[]string{"--feeds", "/nonexistent/feeds.txt"}, nil, "--feeds: open /nonexistent/feeds.txt"},
		{nil, map[string]string{EnvFeedInterval: "5s"}, `QUOTEBOT_FEED_INTERVAL: "5s" is not a duration of a minute or more`},
		{nil, map[string]string{EnvFetchAllowPrivate: "yes please"}, `QUOTEBOT_FETCH_ALLOW_PRIVATE: "yes please" is not true or false`},
		{[]string{"--fetch-max-bytes", "5MB"}, nil, `--fetch-max-bytes: "5MB" is not a size in bytes`},
	} {
		tc.env = merge(tc.env, map[string]string{EnvPublicKey: publicKeyHex})
		_, err := Parse(HTTP, tc.args, env(tc.env))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v %v: err = %v, want %q", tc.args, tc.env, err, tc.want)
		}
	}
}

func merge(a, b map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}
