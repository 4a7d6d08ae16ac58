package bot

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestBadArticleURLNeverSent checks that a url: line Discord would refuse
// (it answers 400 for the whole message) is dropped at load, so the
// answer that shows the article goes through, without the link.
func TestBadArticleURLNeverSent(t *testing.T) {
	b, dir := newTestBot(t, Options{})
	must(t, os.WriteFile(filepath.Join(dir, "301_ferry.txt"), []byte(badURLArticle), 0o644))
	if _, err := b.store.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	f := newFakeDiscord(t)
	s := f.session(t)
	g := NewGateway(s, b, false)
	g.onInteraction(s, &discordgo.InteractionCreate{Interaction: decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "ferry runs again from monday"}))})
	calls := f.callsTo(http.MethodPost, "/callback")
	if len(calls) != 1 {
		t.Fatalf("%d callbacks, want 1", len(calls))
	}
	body := string(calls[0].body)
	if !strings.Contains(body, "Ines Carvalho") || strings.Contains(body, "ferry news") {
		t.Errorf("answer %s: want the quotation without the bad link", body)
	}
	if bad := badURL(calls[0].body); bad != "" {
		t.Errorf("answer carries a link Discord refuses: %q", bad)
	}
}

// TestFakeDiscordRefusesBadURL keeps the fake honest: the same answer
// with the bad link put back is refused with 400, as Discord does.
func TestFakeDiscordRefusesBadURL(t *testing.T) {
	f := newFakeDiscord(t)
	s := f.session(t)
	i := decode(t, slashJSON(member(askerID, plainPerms), CmdQuote, option{name: OptText, value: "ferry"}))
	resp := answer{embeds: []*discordgo.MessageEmbed{{Title: "Ferry resumes", URL: "https://example.com/ferry news"}}}.response()
	err := s.InteractionRespond(i, resp)
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response.StatusCode != http.StatusBadRequest {
		t.Fatalf("err = %v, want a 400", err)
	}
}
