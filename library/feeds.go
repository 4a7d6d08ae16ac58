package library

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"

	"github.com/mmcdole/gofeed"

	"quotebot/fetch"
)

// Files in the data folder that hold the feeds. Loading reads neither:
// the list is not an article, and the state is hidden.
const (
	FeedsFile = "feeds.list"  // one link a line, edited by /feed
	stateFile = ".feeds.json" // validators and the items already seen
)

// Limits on following feeds.
const (
	maxFeeds        = 100
	itemsPerRound   = 20  // newest items read from one feed in a round
	addedPerRound   = 50  // articles added in one round, all feeds together
	seenPerFeedKept = 500 // item links remembered per feed
)

// feedState is what quotebot remembers of one feed between rounds.
type feedState struct {
	ETag         string   `json:"etag,omitempty"`
	LastModified string   `json:"last_modified,omitempty"`
	Seen         []string `json:"seen,omitempty"` // item links, newest last
}

// Feeds returns the feeds listed in the data folder.
func (l *Library) Feeds() ([]string, error) {
	root, err := l.openRoot()
	if err != nil {
		return nil, err
	}
	defer root.Close()
	return readFeeds(root)
}

func readFeeds(root *os.Root) ([]string, error) {
	f, err := root.Open(FeedsFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", FeedsFile, unwrapPath(err))
	}
	defer f.Close()
	var feeds []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			feeds = append(feeds, l)
		}
	}
	return feeds, sc.Err()
}

// AddFeed adds link to the feeds listed in the folder; added is false
// when it was there already.
func (l *Library) AddFeed(link string) (added bool, err error) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(link, " \n\r\t") {
		return false, fmt.Errorf("%q is not an http(s) link", clip(link))
	}
	link = u.String()
	return l.editFeeds(func(feeds []string) ([]string, bool, error) {
		for _, f := range feeds {
			if f == link {
				return feeds, false, nil
			}
		}
		if len(feeds) >= maxFeeds {
			return nil, false, fmt.Errorf("already following %d feeds, the most quotebot follows", maxFeeds)
		}
		return append(feeds, link), true, nil
	})
}

// RemoveFeed takes link off the folder's list; removed is false when it
// was not on it.
func (l *Library) RemoveFeed(link string) (removed bool, err error) {
	link = strings.TrimSpace(link)
	return l.editFeeds(func(feeds []string) ([]string, bool, error) {
		for i, f := range feeds {
			if f == link {
				return append(feeds[:i:i], feeds[i+1:]...), true, nil
			}
		}
		return feeds, false, nil
	})
}

func (l *Library) editFeeds(edit func([]string) ([]string, bool, error)) (changed bool, err error) {
	err = l.change(func(root *os.Root) error {
		feeds, err := readFeeds(root)
		if err != nil {
			return err
		}
		if feeds, changed, err = edit(feeds); err != nil || !changed {
			return err
		}
		text := "# Feeds quotebot follows, one link a line; /feed add and /feed remove edit this file.\n" + strings.Join(feeds, "\n") + "\n"
		if err := writeAll(root, FeedsFile, [][2]string{{"", text}}); err != nil {
			return fmt.Errorf("writing %s: %w", FeedsFile, err)
		}
		return nil
	})
	return changed && err == nil, err
}

// Round says what one poll of the feeds did.
type Round struct {
	Feeds    int      // feeds polled
	Added    []*Added // articles new to the folder
	Failures []error  // one line each: the feed or item and why
}

// PollFeeds polls the feeds in extra and in the folder's list once, with
// conditional requests, and adds the pages of items it has not seen.
func (l *Library) PollFeeds(ctx context.Context, extra []string) (*Round, error) {
	listed, err := l.Feeds()
	if err != nil {
		return nil, err
	}
	if len(extra)+len(listed) == 0 {
		return &Round{}, nil
	}
	state, err := l.readState()
	if err != nil {
		return nil, err
	}
	r := &Round{}
	seen := map[string]bool{}
	for _, feed := range append(append([]string{}, extra...), listed...) {
		if seen[feed] || ctx.Err() != nil {
			continue
		}
		seen[feed] = true
		r.Feeds++
		st := state[feed]
		if err := l.pollFeed(ctx, feed, &st, r); err != nil {
			r.Failures = append(r.Failures, err)
		}
		state[feed] = st
	}
	if err := l.writeState(state); err != nil {
		r.Failures = append(r.Failures, err)
	}
	return r, ctx.Err()
}

func (l *Library) pollFeed(ctx context.Context, feed string, st *feedState, r *Round) error {
	resp, err := l.fetch.Feed(ctx, feed, fetch.Validators{ETag: st.ETag, LastModified: st.LastModified})
	if err != nil {
		return fmt.Errorf("feed %w", err)
	}
	if resp.NotModified {
		return nil
	}
	parsed, err := gofeed.NewParser().ParseString(string(resp.Body))
	if err != nil {
		return fmt.Errorf("feed %s: not RSS or Atom: %v", clip(feed), err)
	}
	st.ETag, st.LastModified = resp.ETag, resp.LastModified
	known := map[string]bool{}
	for _, s := range st.Seen {
		known[s] = true
	}
	items := parsed.Items[:min(len(parsed.Items), itemsPerRound)]
	for _, it := range items {
		link := strings.TrimSpace(it.Link)
		if link == "" || known[link] || ctx.Err() != nil {
			continue
		}
		if len(r.Added) >= addedPerRound {
			// The rest stay unseen, for the next round.
			r.Failures = append(r.Failures, fmt.Errorf("feed %s: %d articles added this round, the most in one; the rest come next round", clip(feed), addedPerRound))
			break
		}
		a, err := l.AddURL(ctx, link)
		if ctx.Err() != nil {
			break // tried again next round
		}
		// A page that fails is not tried again each round; the failure is
		// reported once.
		known[link] = true
		st.Seen = append(st.Seen, link)
		switch {
		case err != nil:
			r.Failures = append(r.Failures, fmt.Errorf("item of %s: %w", clip(feed), err))
		case !a.Duplicate:
			r.Added = append(r.Added, a)
		}
	}
	if n := len(st.Seen); n > seenPerFeedKept {
		st.Seen = st.Seen[n-seenPerFeedKept:]
	}
	return nil
}

func (l *Library) readState() (map[string]feedState, error) {
	state := map[string]feedState{}
	root, err := l.openRoot()
	if err != nil {
		return nil, err
	}
	defer root.Close()
	data, err := root.ReadFile(stateFile)
	if errors.Is(err, fs.ErrNotExist) {
		return state, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stateFile, unwrapPath(err))
	}
	if err := json.Unmarshal(data, &state); err != nil {
		// A damaged state only costs a full fetch of each feed.
		return map[string]feedState{}, nil
	}
	return state, nil
}

func (l *Library) writeState(state map[string]feedState) error {
	data, err := json.MarshalIndent(state, "", "  ")
	if err != nil {
		return err
	}
	return l.change(func(root *os.Root) error {
		if err := writeAll(root, stateFile, [][2]string{{"", string(data)}}); err != nil {
			return fmt.Errorf("writing %s: %w", stateFile, err)
		}
		return nil
	})
}

// CheckFeed fetches the feed at link and reports its title and how many
// items it lists, so that a feed is known to work before it is followed.
func (l *Library) CheckFeed(ctx context.Context, link string) (title string, items int, err error) {
	resp, err := l.fetch.Feed(ctx, link, fetch.Validators{})
	if err != nil {
		return "", 0, fmt.Errorf("feed %w", err)
	}
	parsed, err := gofeed.NewParser().ParseString(string(resp.Body))
	if err != nil {
		return "", 0, fmt.Errorf("feed %s: not RSS or Atom: %v", clip(link), err)
	}
	return strings.Join(strings.Fields(parsed.Title), " "), len(parsed.Items), nil
}
