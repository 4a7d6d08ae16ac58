package bot

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's size limits. Discord rejects a whole message that breaks one,
// so everything quotebot sends is cut to fit before it leaves.
const (
	maxContent       = 2000
	maxEmbedTitle    = 256
	maxEmbedDesc     = 4096
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxAuthorName    = 256
	maxEmbedTotal    = 6000
	maxFields        = 25
	maxCustomID      = 100
	maxButtonLabel   = 80
	maxButtonURL     = 512
	maxChoices       = 25
	maxChoiceName    = 100
	maxChoiceValue   = 100
	maxEmbedsPerSend = 10
)

const ellipsis = "…"

// length counts s the way Discord does, in UTF-16 code units, which is
// never less than the number of characters, so a string that fits by this
// count fits by any.
func length(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate cuts s to at most max units, ending it with an ellipsis when
// anything was cut. It never splits a character or leaves a markdown
// escape dangling.
func truncate(s string, max int) string {
	if length(s) <= max {
		return s
	}
	if max < length(ellipsis) {
		return ""
	}
	return cutTo(s, max-length(ellipsis)) + ellipsis
}

// cutTo returns the longest prefix of s of at most max units, with
// trailing space and any half of a backslash escape removed.
func cutTo(s string, max int) string {
	n, end := 0, 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if n+w > max {
			break
		}
		n += w
		end = i + utf8.RuneLen(r)
	}
	s = s[:end]
	// An odd run of trailing backslashes would escape the ellipsis or
	// whatever follows; drop the last.
	trailing := len(s) - len(strings.TrimRight(s, `\`))
	if trailing%2 == 1 {
		s = s[:len(s)-1]
	}
	return strings.TrimRight(s, " \t\n")
}

// fitEmbed applies every per-part limit to e and then the 6000-unit limit
// on the whole embed, shortening the description first and then the fields
// from the last, as those carry the least.
func fitEmbed(e *discordgo.MessageEmbed) {
	e.Title = truncate(e.Title, maxEmbedTitle)
	e.Description = truncate(e.Description, maxEmbedDesc)
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	for _, f := range e.Fields {
		f.Name = truncate(f.Name, maxFieldName)
		f.Value = truncate(f.Value, maxFieldValue)
		// Discord refuses empty field names and values.
		if f.Name == "" {
			f.Name = "\u200b"
		}
		if f.Value == "" {
			f.Value = "\u200b"
		}
	}
	if e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, maxFooter)
	}
	if e.Author != nil {
		e.Author.Name = truncate(e.Author.Name, maxAuthorName)
	}
	over := embedLength(e) - maxEmbedTotal
	if over <= 0 {
		return
	}
	if d := length(e.Description); d > 0 {
		keep := max(d-over, 0)
		e.Description = truncate(e.Description, keep)
		over -= d - length(e.Description)
	}
	for i := len(e.Fields) - 1; i >= 0 && over > 0; i-- {
		f := e.Fields[i]
		v := length(f.Value)
		f.Value = truncate(f.Value, max(v-over, 1))
		if f.Value == "" {
			f.Value = "\u200b"
		}
		over -= v - length(f.Value)
	}
	for over > 0 && len(e.Fields) > 0 {
		last := e.Fields[len(e.Fields)-1]
		over -= length(last.Name) + length(last.Value)
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
}

// embedLength is what Discord counts towards the 6000 limit.
func embedLength(e *discordgo.MessageEmbed) int {
	n := length(e.Title) + length(e.Description)
	for _, f := range e.Fields {
		n += length(f.Name) + length(f.Value)
	}
	if e.Footer != nil {
		n += length(e.Footer.Text)
	}
	if e.Author != nil {
		n += length(e.Author.Name)
	}
	return n
}
