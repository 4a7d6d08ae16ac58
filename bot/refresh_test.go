package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/bwmarrin/discordgo"

	"quotebot/data"
	"quotebot/quotes"
)

const harbourQuestion = "storm taught me patience"

// ask runs /quote text as a plain member.
func ask(t *testing.T, b *Bot, text string) *discordgo.InteractionResponse {
	t.Helper()
	return b.Interaction(context.Background(), decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: text})))
}

func refresh(t *testing.T, b *Bot, memberJSON string) *discordgo.InteractionResponse {
	t.Helper()
	return b.Interaction(context.Background(), decode(t, slashJSON(memberJSON, CmdRefresh)))
}

func speaker(resp *discordgo.InteractionResponse) string {
	if resp == nil || resp.Data == nil || len(resp.Data.Embeds) == 0 || len(resp.Data.Embeds[0].Fields) == 0 {
		return ""
	}
	name, _, _ := strings.Cut(resp.Data.Embeds[0].Fields[0].Value, ", *") // the cue
	return name
}

func TestRefreshByModeratorFindsNewArticle(t *testing.T) {
	for _, tt := range []struct {
		name   string
		member string
		opt    Options
	}{
		{"Manage Server", member(askerID, managePerms), Options{}},
		{"Administrator", member(askerID, "8"), Options{}},
		{"moderator role", member(askerID, plainPerms, "111", modRoleID), Options{ModeratorRoles: []string{modRoleID}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, dir := newTestBot(t, tt.opt)
			if got := speaker(ask(t, b, harbourQuestion)); got == "Agnes Whitlow" {
				t.Fatal("the harbour article is found before it exists")
			}
			if err := os.WriteFile(filepath.Join(dir, "200_harbour.txt"), []byte(harbourArticle), 0o644); err != nil {
				t.Fatal(err)
			}
			resp := refresh(t, b, tt.member)
			if !ephemeral(resp) || len(resp.Data.Embeds) != 1 {
				t.Fatalf("refresh answered %s", content(resp))
			}
			report := content(resp)
			for _, want := range []string{"Quote index refreshed", "7 articles", "Articles: +1 / −0 (+200_harbour.txt)", "Quotations: +1 / −0"} {
				if !strings.Contains(report, want) {
					t.Errorf("refresh report lacks %q:\n%s", want, report)
				}
			}
			checkInert(t, wire(t, resp)["data"].(map[string]any))
			if got := speaker(ask(t, b, harbourQuestion)); got != "Agnes Whitlow" {
				t.Errorf("after refresh the new quotation is attributed to %q, want Agnes Whitlow", got)
			}
		})
	}
}

// TestRefreshRefusedOutsideTheHomeServer checks that /refresh from any
// other server, or a direct message, changes nothing, whatever the
// member's permissions there.
func TestRefreshRefusedOutsideTheHomeServer(t *testing.T) {
	b, dir := newTestBot(t, Options{ModeratorRoles: []string{modRoleID}})
	if err := os.WriteFile(filepath.Join(dir, "200_harbour.txt"), []byte(harbourArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	before := b.store.Index()
	// In a DM Discord sends "user" instead of "member", and no guild_id.
	dm := strings.Replace(slashJSON(member(askerID, plainPerms), CmdRefresh), `"member"`, `"user": {"id": "53908232506183680", "username": "Mason", "discriminator": "0"}, "unused"`, 1)
	dm = strings.Replace(dm, `"guild_id": `+js(guildID)+`,`, "", 1)
	for name, payload := range map[string]string{
		"manage server elsewhere":  fromGuild(slashJSON(member(askerID, managePerms), CmdRefresh), otherGuildID),
		"moderator role elsewhere": fromGuild(slashJSON(member(askerID, plainPerms, modRoleID), CmdRefresh), otherGuildID),
		"direct message":           dm,
	} {
		t.Run(name, func(t *testing.T) {
			resp := b.Interaction(context.Background(), decode(t, payload))
			if !ephemeral(resp) || !strings.Contains(resp.Data.Content, "bot's operator") {
				t.Errorf("got ephemeral=%v %q, want an ephemeral refusal", ephemeral(resp), resp.Data.Content)
			}
			if b.store.Index() != before {
				t.Error("the index changed")
			}
		})
	}
	if got := speaker(ask(t, b, harbourQuestion)); got == "Agnes Whitlow" {
		t.Error("a refused refresh made the new article searchable")
	}
}

func TestRefreshFailureKeepsServing(t *testing.T) {
	mod := member(askerID, managePerms)
	tests := []struct {
		name     string
		breakDir func(t *testing.T, dir string)
		want     string
	}{
		{
			name:     "data folder gone",
			breakDir: func(t *testing.T, dir string) { must(t, os.RemoveAll(dir)) },
			want:     "is gone",
		},
		{
			name:     "folder emptied",
			breakDir: func(t *testing.T, dir string) { empty(t, dir) },
			want:     "no article files",
		},
		{
			name: "nothing loadable",
			breakDir: func(t *testing.T, dir string) {
				empty(t, dir)
				must(t, os.WriteFile(filepath.Join(dir, "bad.txt"), []byte(badArticle), 0o644))
			},
			want: "no article in the data folder could be loaded",
		},
		{
			name: "data folder replaced by a file",
			breakDir: func(t *testing.T, dir string) {
				must(t, os.RemoveAll(dir))
				must(t, os.WriteFile(dir, []byte("not a folder"), 0o644))
			},
			want: "is not a folder",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, dir := newTestBot(t, Options{})
			before := b.store.Index()
			tt.breakDir(t, dir)
			resp := refresh(t, b, mod)
			if !ephemeral(resp) {
				t.Fatalf("failure not ephemeral: %s", content(resp))
			}
			for _, want := range []string{"Refresh failed", tt.want, "previous index is still serving: 6 articles"} {
				if !strings.Contains(resp.Data.Content, want) {
					t.Errorf("failure report lacks %q: %s", want, resp.Data.Content)
				}
			}
			if strings.Contains(resp.Data.Content, dir) {
				t.Errorf("failure report shows the server's path %s: %s", dir, resp.Data.Content)
			}
			if b.store.Index() != before {
				t.Error("a failed refresh replaced the index")
			}
			if got := speaker(ask(t, b, "zebras of lisbon sing at dawn")); got != "Maria Lopes" {
				t.Errorf("after a failed refresh the old index answers %q, want Maria Lopes", got)
			}
		})
	}
}

func TestRefreshReportsProblemFiles(t *testing.T) {
	b, dir := newTestBot(t, Options{})
	must(t, os.WriteFile(filepath.Join(dir, "300_bad.txt"), []byte(badArticle), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "301_ferry.txt"), []byte(badURLArticle), 0o644))
	resp := refresh(t, b, member(askerID, managePerms))
	report := content(resp)
	for _, want := range []string{"Problems (", "`300_bad.txt:1`", "header: no closing", "(not loaded)",
		"`301_ferry.txt:4`", "holds a space", "the link is left out"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, dir) {
		t.Errorf("report shows the server's path %s:\n%s", dir, report)
	}
	if strings.Count(report, "(not loaded)") != 1 {
		t.Errorf("the article with a bad link should load:\n%s", report)
	}
}

// TestLookupsDuringRefreshes runs lookups while refreshes swap an article
// in and out, for the race detector, and checks that every lookup got a
// whole answer from one index or the other.
func TestLookupsDuringRefreshes(t *testing.T) {
	b, dir := newTestBot(t, Options{})
	mod := member(askerID, managePerms)
	path := filepath.Join(dir, "200_harbour.txt")
	var lookups, refreshes sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 4 {
		lookups.Add(1)
		go func() {
			defer lookups.Done()
			for n := range 25 {
				resp := b.Interaction(context.Background(), decode(t, slashJSON(member(fmt.Sprint(w+1), plainPerms), CmdQuote, option{name: OptText, value: "great success"})))
				if speaker(resp) != "Vladimir Putin" {
					errs <- fmt.Errorf("lookup %d.%d answered %q", w, n, content(resp))
					return
				}
			}
		}()
	}
	// Operators refreshing by SIGHUP at the same time as moderators.
	for range 2 {
		refreshes.Add(1)
		go func() {
			defer refreshes.Done()
			for range 5 {
				if _, err := b.store.Refresh(context.Background()); err != nil {
					errs <- fmt.Errorf("concurrent refresh: %v", err)
					return
				}
			}
		}()
	}
	for n := range 10 {
		if n%2 == 0 {
			must(t, os.WriteFile(path, []byte(harbourArticle), 0o644))
		} else {
			must(t, os.Remove(path))
		}
		if resp := refresh(t, b, mod); !strings.Contains(content(resp), "refreshed") {
			t.Errorf("refresh %d answered %q", n, content(resp))
		}
	}
	lookups.Wait()
	refreshes.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestRefreshesRunOneAtATime holds a refresh inside its load and checks
// that a second one waits, and gives up when its context ends.
func TestRefreshesRunOneAtATime(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	loads := 0
	var mu sync.Mutex
	base := FSSource(os.DirFS(dataDir(t, nil)))
	store := NewStore(func(ctx context.Context) (*quotes.Index, *quotes.Report, error) {
		mu.Lock()
		loads++
		first := loads == 2 // the initial load below is the first
		mu.Unlock()
		if first {
			entered <- struct{}{}
			<-release
		}
		return base(ctx)
	})
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() {
		_, err := store.Refresh(context.Background())
		done <- err
	}()
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := store.Refresh(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("a refresh during a refresh returned %v, want to wait and give up with context.Canceled", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("held refresh: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if loads != 2 {
		t.Errorf("%d loads, want 2: the cancelled refresh must not load", loads)
	}
}

func TestStoreDiff(t *testing.T) {
	dir := dataDir(t, map[string]string{"200_harbour.txt": harbourArticle})
	store := NewStore(DirSource(dir, nil))
	c, err := store.Refresh(context.Background())
	must(t, err)
	if len(c.AddedArticles) != 6 || len(c.RemovedArticles) != 0 || c.AddedQuotes != c.Quotes {
		t.Errorf("first load: %+v, want everything added", c)
	}
	must(t, os.Remove(filepath.Join(dir, "200_harbour.txt")))
	c, err = store.Refresh(context.Background())
	must(t, err)
	if strings.Join(c.RemovedArticles, ",") != "200_harbour.txt" || c.RemovedQuotes != 1 || c.AddedQuotes != 0 {
		t.Errorf("after removing an article: removed %v, quotes +%d −%d", c.RemovedArticles, c.AddedQuotes, c.RemovedQuotes)
	}
}

// TestDirSourceKeepsCause checks that a data folder that cannot be loaded
// fails with an error that says why to errors.Is as well as in words.
func TestDirSourceKeepsCause(t *testing.T) {
	gone := filepath.Join(t.TempDir(), "articles")
	_, _, err := DirSource(gone, nil)(context.Background())
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: %v does not wrap fs.ErrNotExist", err)
	}
	if want := "data folder " + gone + " is gone: no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("missing folder: %v, want %q", err, want)
	}

	file := filepath.Join(t.TempDir(), "articles.txt")
	must(t, os.WriteFile(file, []byte(badArticle), 0o644))
	_, _, err = DirSource(filepath.Join(file, "2025"), nil)(context.Background())
	if !errors.Is(err, syscall.ENOTDIR) {
		t.Errorf("path below a file: %v does not wrap ENOTDIR", err)
	}
}

// badArticle cannot be loaded: its header is never closed.
const badArticle = "---\ntitle: Broken\nurl: ftp://example.com/x\nBody.\n"

// badURLArticle loads, but its link, which Discord would refuse, is left out.
const badURLArticle = "---\noutlet: Harbour Herald\ntitle: Ferry resumes\nurl: https://example.com/ferry news\n---\nFerry resumes\n\n\"The ferry runs again from Monday,\" Ines Carvalho said.\n"

func empty(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	must(t, err)
	for _, e := range entries {
		must(t, os.RemoveAll(filepath.Join(dir, e.Name())))
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// The store serves a refresh's index while the cache takes it, and says
// so until the cache has; the refresh ends then.
func TestStoreSettling(t *testing.T) {
	ix, rep, err := quotes.Load(context.Background(), data.FS)
	must(t, err)
	tidying, release := make(chan struct{}), make(chan struct{})
	rep.Tidy = func() { close(tidying); <-release }
	store := NewStore(func(context.Context) (*quotes.Index, *quotes.Report, error) { return ix, rep, nil })
	done := make(chan error)
	go func() {
		_, err := store.Refresh(context.Background())
		done <- err
	}()
	<-tidying
	if store.Index() != ix || !store.Settling() {
		t.Errorf("while the cache takes the index: serving it %v, settling %v; want both", store.Index() == ix, store.Settling())
	}
	close(release)
	must(t, <-done)
	if store.Settling() {
		t.Error("settling once the refresh is done")
	}
}

// Start serves the first index at once and leaves the cache to take it
// to Settle, settling until then; a refresh settles first.
func TestStoreStart(t *testing.T) {
	ix, rep, err := quotes.Load(context.Background(), data.FS)
	must(t, err)
	var mu sync.Mutex
	var events []string
	note := func(e string) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, e)
	}
	loads := 0
	store := NewStore(func(context.Context) (*quotes.Index, *quotes.Report, error) {
		loads++
		note(fmt.Sprintf("load %d", loads))
		r := *rep
		r.Tidy = func() { note(fmt.Sprintf("tidy %d", loads)) }
		return ix, &r, nil
	})
	if _, err := store.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if store.Index() != ix || !store.Settling() {
		t.Errorf("after Start: serving the index %v, settling %v; want both", store.Index() == ix, store.Settling())
	}
	if _, err := store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	store.Settle() // nothing left to do
	if store.Settling() {
		t.Error("settling once a refresh is done")
	}
	if got, want := strings.Join(events, ", "), "load 1, tidy 1, load 2, tidy 2"; got != want {
		t.Errorf("events %q, want %q: a refresh after Start settles it first, once", got, want)
	}
}

// A restart finds the index that a start saved in the cache once settled,
// and a process that ended before it settled leaves a cache a restart
// loads from all the same.
func TestStoreStartSavesIndex(t *testing.T) {
	dir := dataDir(t, map[string]string{"200_harbour.txt": harbourArticle})
	saved := filepath.Join(dir, quotes.CacheDir, "index")
	store := NewStore(DirSource(dir, nil))
	first, err := store.Start(context.Background())
	must(t, err)
	if _, err := os.Stat(saved); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("index saved before Settle: %v", err)
	}
	// A restart before the first start settled, as after a crash.
	again, err := NewStore(DirSource(dir, nil)).Start(context.Background())
	must(t, err)
	if again.Quotes != first.Quotes || again.Extracted != 0 {
		t.Errorf("restart before settling: %d quotations, %d extracted; want %d, 0", again.Quotes, again.Extracted, first.Quotes)
	}
	store.Settle()
	if store.Settling() {
		t.Error("settling after Settle")
	}
	if _, err := os.Stat(saved); err != nil {
		t.Fatalf("index not saved after Settle: %v", err)
	}
	restart := NewStore(DirSource(dir, nil))
	again, err = restart.Start(context.Background())
	must(t, err)
	restart.Settle()
	if again.Quotes != first.Quotes || again.Extracted != 0 {
		t.Errorf("restart: %d quotations, %d extracted; want %d, 0", again.Quotes, again.Extracted, first.Quotes)
	}
}
