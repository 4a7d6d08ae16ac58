package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"quotebot/fetch"
	"quotebot/library"
)

const ferryPage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="canonical" href="https://www.islandpost.example/news/ferry-returns">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Night ferry returns after two years",
"datePublished":"2025-07-01","publisher":{"@type":"Organization","name":"Island Post"}}</script></head>
<body><article><h1>Night ferry returns after two years</h1>
<p>The night ferry between the islands sailed again on Monday, two years after the service was cut.</p>
<p>"People can visit their families again without staying the night," said the harbour master, Ewan Ross.</p>
</article></body></html>`

// articleJSON is an /article interaction with one subcommand and its
// options; resolved, when not "", is the data's resolved object.
func articleJSON(memberJSON, sub, optsJSON, resolved string, typ int) string {
	data := fmt.Sprintf(`{"id": "771825006014889985", "name": "article", "type": 1, "options": [{"type": 1, "name": %s, "options": [%s]}]`, js(sub), optsJSON)
	if resolved != "" {
		data += `, "resolved": ` + resolved
	}
	return interaction(typ, memberJSON, data+"}")
}

func newArticleBot(t *testing.T) (*Bot, string, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/news/ferry-returns", "/attachments/1/2/ferry.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, ferryPage)
		case "/attachments/1/3/harbour.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, harbourArticle)
		case "/bomb":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Repeat("<div>", 100000))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	b, dir := newTestBot(t, Options{})
	b.lib = library.New(dir, fetch.New(fetch.Options{AllowPrivate: true, PerHost: time.Nanosecond}))
	return b, dir, srv
}

func TestArticleAddByLink(t *testing.T) {
	b, _, srv := newArticleBot(t)
	mod := member(askerID, managePerms)
	add := articleJSON(mod, SubAdd, fmt.Sprintf(`{"type": 3, "name": "url", "value": %s}`, js(srv.URL+"/news/ferry-returns")), "", 2)
	resp := b.Interaction(context.Background(), decode(t, add))
	report := content(resp)
	for _, want := range []string{"Article added", "Island Post", "Night ferry returns after two years", "1 quotation, 0 without a speaker", "now holds 7 articles"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if !ephemeral(resp) {
		t.Error("report not ephemeral")
	}
	if got := speaker(ask(t, b, "visit their families without staying the night")); got != "Ewan Ross" {
		t.Errorf("the added quotation is attributed to %q", got)
	}
	again := content(b.Interaction(context.Background(), decode(t, add)))
	if !strings.Contains(again, "Already in the index: nothing added") {
		t.Errorf("adding again: %s", again)
	}
	bomb := articleJSON(mod, SubAdd, fmt.Sprintf(`{"type": 3, "name": "url", "value": %s}`, js(srv.URL+"/bomb")), "", 2)
	if got := content(b.Interaction(context.Background(), decode(t, bomb))); !strings.Contains(got, "Nothing was added") || !strings.Contains(got, "nested more than") {
		t.Errorf("hostile page: %s", got)
	}
}

func TestArticleAddAttachment(t *testing.T) {
	b, dir, srv := newArticleBot(t)
	resolved := fmt.Sprintf(`{"attachments": {"1300000000000000009": {"id": "1300000000000000009", "filename": "../../harbour.txt", "size": 400,
		"url": %s, "proxy_url": %s, "content_type": "text/plain; charset=utf-8"}}}`, js(srv.URL+"/attachments/1/3/harbour.txt"), js(srv.URL+"/attachments/1/3/harbour.txt"))
	add := articleJSON(member(askerID, managePerms), SubAdd, `{"type": 11, "name": "file", "value": "1300000000000000009"}`, resolved, 2)
	report := content(b.Interaction(context.Background(), decode(t, add)))
	if !strings.Contains(report, "Harbour Herald") || !strings.Contains(report, "now holds 7 articles") {
		t.Errorf("report:\n%s", report)
	}
	huge := strings.Replace(strings.Replace(resolved, `"size": 400`, `"size": 9000000`, 1), "1300000000000000009", "1300000000000000010", -1)
	tooBig := articleJSON(member(askerID, managePerms), SubAdd, `{"type": 11, "name": "file", "value": "1300000000000000010"}`, huge, 2)
	if got := content(b.Interaction(context.Background(), decode(t, tooBig))); !strings.Contains(got, "larger than 8 MiB") {
		t.Errorf("a 9 MB attachment: %s", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), "harbour") {
			t.Errorf("stored under the attachment's name: %s", e.Name())
		}
	}
}

func TestArticleRefusals(t *testing.T) {
	b, _, srv := newArticleBot(t)
	link := fmt.Sprintf(`{"type": 3, "name": "url", "value": %s}`, js(srv.URL+"/news/ferry-returns"))
	// Discord delivers /article in the home server only to members it lets
	// run it; a moderator of another server is not the operator.
	for name, payload := range map[string]string{
		"add from another server":  fromGuild(articleJSON(member(askerID, managePerms), SubAdd, link, "", 2), otherGuildID),
		"list from another server": fromGuild(articleJSON(member(askerID, managePerms), SubList, "", "", 2), otherGuildID),
	} {
		resp := b.Interaction(context.Background(), decode(t, payload))
		if !ephemeral(resp) || !strings.Contains(content(resp), "for the bot's operator") || !strings.Contains(content(resp), "Nothing was changed") {
			t.Errorf("%s: %s", name, content(resp))
		}
	}
	if n := len(b.store.Index().Articles()); n != 6 {
		t.Errorf("a refused add changed the index: %d articles, want 6", n)
	}
	b.lib = nil
	resp := b.Interaction(context.Background(), decode(t, articleJSON(member(askerID, managePerms), SubAdd, link, "", 2)))
	if !strings.Contains(content(resp), "built-in articles") {
		t.Errorf("without a data folder: %s", content(resp))
	}
}

func TestArticleRemoveAndList(t *testing.T) {
	b, dir, _ := newArticleBot(t)
	mod := member(askerID, managePerms)
	typed := articleJSON(mod, SubRemove, `{"type": 3, "name": "article", "value": "zebras", "focused": true}`, "", 4)
	resp := b.Interaction(context.Background(), decode(t, typed))
	if len(resp.Data.Choices) != 1 || !strings.Contains(resp.Data.Choices[0].Name, "Zebras") {
		t.Fatalf("choices %v", resp.Data.Choices)
	}
	value := resp.Data.Choices[0].Value.(string)
	for _, bad := range []string{"100_zebras.txt", "../../etc/passwd", "art:0000"} {
		r := b.Interaction(context.Background(), decode(t, articleJSON(mod, SubRemove, fmt.Sprintf(`{"type": 3, "name": "article", "value": %s}`, js(bad)), "", 2)))
		if !strings.Contains(content(r), "I don't know that article") {
			t.Errorf("remove %q: %s", bad, content(r))
		}
	}
	r := b.Interaction(context.Background(), decode(t, articleJSON(mod, SubRemove, fmt.Sprintf(`{"type": 3, "name": "article", "value": %s}`, js(value)), "", 2)))
	if got := content(r); !strings.Contains(got, "Removed Zebras") || !strings.Contains(got, "now holds 5 articles") {
		t.Errorf("remove: %s", got)
	}
	if _, err := os.Stat(dir + "/100_zebras.txt"); !os.IsNotExist(err) {
		t.Errorf("the file is still there: %v", err)
	}

	list := b.Interaction(context.Background(), decode(t, articleJSON(mod, SubList, "", "", 2)))
	if got := content(list); !strings.Contains(got, "Articles (5)") || !strings.Contains(got, "quotations") || !strings.Contains(got, "Page 1 of 1") {
		t.Errorf("list: %s", got)
	}
	for i := 0; i < 12; i++ {
		os.WriteFile(fmt.Sprintf("%s/3%02d.txt", dir, i), []byte(strings.Replace(harbourArticle, "forty years", fmt.Sprintf("%d years", 20+i), 1)), 0o644)
	}
	b.store.Refresh(context.Background())
	list = b.Interaction(context.Background(), decode(t, articleJSON(mod, SubList, "", "", 2)))
	if len(list.Data.Components) != 1 {
		t.Fatalf("no paging buttons: %s", content(list))
	}
	next := list.Data.Components[0].(discordgo.ActionsRow).Components[1].(discordgo.Button).CustomID
	// Paging is reading, not flooding: it does not draw on the rate limit.
	b.limit = newLimiter(1, time.Hour)
	for range 3 {
		page := b.Interaction(context.Background(), decode(t, buttonJSON(mod, next)))
		if page.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(content(page), "Page 2 of 2") {
			t.Errorf("next page: %d %s", page.Type, content(page))
		}
	}
	other := b.Interaction(context.Background(), decode(t, buttonJSON(member(otherID, managePerms), next)))
	if !strings.Contains(content(other), "Only the moderator who asked") {
		t.Errorf("another member's press: %s", content(other))
	}
}

// TestChangeRepliesNameNoPaths checks that a change the data folder
// refuses is explained without the folder's location, which is the
// operator's business.
func TestChangeRepliesNameNoPaths(t *testing.T) {
	b, dir, srv := newArticleBot(t)
	must(t, os.RemoveAll(dir))
	mod := member(askerID, managePerms)
	for name, payload := range map[string]string{
		"article add": articleJSON(mod, SubAdd, fmt.Sprintf(`{"type": 3, "name": "url", "value": %s}`, js(srv.URL+"/news/ferry-returns")), "", 2),
		"feed remove": feedJSON(mod, SubRemove, `{"type": 3, "name": "feed", "value": "https://www.islandpost.example/rss.xml"}`, 2),
	} {
		got := content(b.Interaction(context.Background(), decode(t, payload)))
		if !strings.Contains(got, "the data folder") || strings.Contains(got, dir) {
			t.Errorf("%s: %s", name, got)
		}
	}
}
