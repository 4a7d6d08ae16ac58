package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

func TestLength(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"é", 1},
		{"“”", 2},
		{"😀", 2}, // outside the BMP: two UTF-16 units
	}
	for _, tt := range tests {
		if got := length(tt.in); got != tt.want {
			t.Errorf("length(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"hello world", 8, "hello w…"},
		{"hello world", 7, "hello…"}, // no space before the ellipsis
		{"héllo wörld", 9, "héllo wö…"},
		{"ab😀cd", 4, "ab…"},         // the emoji would need two units
		{`say \*bold\*`, 6, "say…"}, // no half escape before the ellipsis
		{`a\\bc`, 4, `a\\…`},        // an escaped backslash stays whole
		{"anything", 0, ""},
	}
	for _, tt := range tests {
		got := truncate(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if length(got) > tt.max || !utf8.ValidString(got) {
			t.Errorf("truncate(%q, %d) = %q: %d units or invalid UTF-8", tt.in, tt.max, got, length(got))
		}
	}
}

// TestFitEmbed feeds an embed that breaks every limit and checks that
// what is left fits all of them.
func TestFitEmbed(t *testing.T) {
	long := strings.Repeat("word ", 3000)
	e := &discordgo.MessageEmbed{
		Title:       long,
		Description: long,
		Footer:      &discordgo.MessageEmbedFooter{Text: long},
		Author:      &discordgo.MessageEmbedAuthor{Name: long},
	}
	for range 30 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: long, Value: long})
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{})
	fitEmbed(e)
	checks := []struct {
		what string
		n    int
		max  int
	}{
		{"title", length(e.Title), maxEmbedTitle},
		{"description", length(e.Description), maxEmbedDesc},
		{"footer", length(e.Footer.Text), maxFooter},
		{"author", length(e.Author.Name), maxAuthorName},
		{"fields", len(e.Fields), maxFields},
		{"whole embed", embedLength(e), maxEmbedTotal},
	}
	for _, c := range checks {
		if c.n > c.max {
			t.Errorf("%s: %d, limit %d", c.what, c.n, c.max)
		}
	}
	for i, f := range e.Fields {
		if f.Name == "" || f.Value == "" || length(f.Name) > maxFieldName || length(f.Value) > maxFieldValue {
			t.Errorf("field %d: name %d, value %d units", i, length(f.Name), length(f.Value))
		}
	}
}

func TestAnswerFits(t *testing.T) {
	a := answer{content: strings.Repeat("x", 5000)}
	for range 12 {
		a.embeds = append(a.embeds, &discordgo.MessageEmbed{Description: strings.Repeat("y", 4000)})
	}
	r := a.response()
	if length(r.Data.Content) > maxContent {
		t.Errorf("content of %d", length(r.Data.Content))
	}
	total := 0
	for _, e := range r.Data.Embeds {
		total += embedLength(e)
	}
	if len(r.Data.Embeds) > maxEmbedsPerSend || total > maxEmbedTotal {
		t.Errorf("%d embeds of %d units in all", len(r.Data.Embeds), total)
	}
	if empty := (answer{}).response(); empty.Data.Content == "" {
		t.Error("an empty answer would be refused by Discord")
	}
}

// TestCommandsWithinLimits checks the registered commands against
// Discord's rules for names and descriptions.
func TestCommandsWithinLimits(t *testing.T) {
	for _, c := range append(Commands(true), ModeratorCommands()...) {
		if c.Type == discordgo.ChatApplicationCommand {
			if c.Name != strings.ToLower(c.Name) || strings.ContainsAny(c.Name, " ") || len(c.Name) > 32 {
				t.Errorf("slash command name %q", c.Name)
			}
			if n := length(c.Description); n < 1 || n > 100 {
				t.Errorf("%s: description of %d characters", c.Name, n)
			}
		}
		for _, o := range c.Options {
			if n := length(o.Description); n < 1 || n > 100 {
				t.Errorf("%s %s: description of %d characters", c.Name, o.Name, n)
			}
		}
	}
}
