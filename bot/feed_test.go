package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func feedJSON(memberJSON, sub, optsJSON string, typ int) string {
	data := fmt.Sprintf(`{"id": "771825006014889986", "name": "feed", "type": 1, "options": [{"type": 1, "name": %s, "options": [%s]}]}`, js(sub), optsJSON)
	return interaction(typ, memberJSON, data)
}

func TestFeedCommands(t *testing.T) {
	b, _, pages := newArticleBot(t)
	feeds := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/rss.xml" {
			pages.Config.Handler.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Island Post: News</title><link>%[1]s</link><description>News</description>
<item><title>Night ferry returns</title><link>%[1]s/news/ferry-returns</link></item></channel></rss>`, pages.URL)
	}))
	defer feeds.Close()
	b.feeds = []string{"https://configured.example/rss"}
	mod := member(askerID, managePerms)
	run := func(sub, opts string) string {
		return content(b.Interaction(context.Background(), decode(t, feedJSON(mod, sub, opts, 2))))
	}
	link := func(name, url string) string {
		return fmt.Sprintf(`{"type": 3, "name": %s, "value": %s}`, js(name), js(url))
	}

	if got := run(SubAdd, link(OptURL, feeds.URL+"/rss.xml")); !strings.Contains(got, "Now following Island Post: News (1 item)") {
		t.Errorf("add: %s", got)
	}
	if got := run(SubAdd, link(OptURL, feeds.URL+"/rss.xml")); !strings.Contains(got, "already follows") {
		t.Errorf("add again: %s", got)
	}
	if got := run(SubAdd, link(OptURL, pages.URL+"/news/ferry-returns")); !strings.Contains(got, "Not following it") || !strings.Contains(got, "not RSS or Atom") {
		t.Errorf("add a web page: %s", got)
	}
	if got := run(SubList, ""); !strings.Contains(got, "Feeds followed (2)") || !strings.Contains(got, "configured.example/rss (configuration)") || !strings.Contains(got, "/rss.xml") {
		t.Errorf("list: %s", got)
	}
	if got := run(SubRemove, link(OptFeed, "https://configured.example/rss")); !strings.Contains(got, "set in quotebot's configuration") {
		t.Errorf("remove a configured feed: %s", got)
	}
	typed := b.Interaction(context.Background(), decode(t, feedJSON(mod, SubRemove, `{"type": 3, "name": "feed", "value": "rss", "focused": true}`, 4)))
	if len(typed.Data.Choices) != 1 || typed.Data.Choices[0].Value != feeds.URL+"/rss.xml" {
		t.Fatalf("choices %v", typed.Data.Choices)
	}
	if got := run(SubRemove, link(OptFeed, feeds.URL+"/rss.xml")); !strings.Contains(got, "No longer following") {
		t.Errorf("remove: %s", got)
	}
	if got := run(SubRemove, link(OptFeed, feeds.URL+"/rss.xml")); !strings.Contains(got, "does not follow") {
		t.Errorf("remove again: %s", got)
	}
	// The test bot's home is guildID; a moderator of another server is
	// not the operator.
	add := fromGuild(feedJSON(mod, SubAdd, link(OptURL, feeds.URL+"/rss.xml"), 2), otherGuildID)
	resp := b.Interaction(context.Background(), decode(t, add))
	if !ephemeral(resp) || !strings.Contains(content(resp), "for the bot's operator") {
		t.Errorf("moderator of another server: %s", content(resp))
	}
	if listed, _ := b.lib.Feeds(); len(listed) != 0 {
		t.Errorf("a refused add followed %v", listed)
	}
}
