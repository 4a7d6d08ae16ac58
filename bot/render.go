package bot

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"quotebot/quotes"
)

// embedColor is Discord's blurple, so quotebot's answers look native.
const embedColor = 0x5865F2

// Words shown where the index does not know something. The project's rule
// is to say so rather than guess.
const (
	unknownSpeaker = "speaker unknown"
	unknownOutlet  = "outlet unknown"
	unknownDate    = "date unknown"
	untitled       = "untitled article"
)

// quoteEmbed shows one search result: the quotation with its matched words
// in bold, who said it, where and when it was reported, and who else
// reported it. n and total place it among the results.
func quoteEmbed(snap *snapshot, r quotes.Result, n, total int) *discordgo.MessageEmbed {
	ix := snap.ix
	q := r.Quote
	e := &discordgo.MessageEmbed{
		Title:       escape(orDefault(q.Title, untitled)),
		Description: "“" + highlight(q.Text, r.Highlights, maxEmbedDesc-2) + "”",
		Color:       embedColor,
		Fields: []*discordgo.MessageEmbedField{
			{Name: "Speaker", Value: speakerOf(q) + cue(q.Cue), Inline: true},
			{Name: "Outlet", Value: outletName(q.Outlet), Inline: true},
			{Name: "Published", Value: orDefault(date(q.Published), unknownDate), Inline: true},
		},
	}
	if q.Partial {
		if s := sentence(q); s != "" {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "From the sentence", Value: s})
		}
	}
	if webURL(q.URL) {
		e.URL = q.URL
	}
	if also := alsoReported(ix, q); also != "" {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Also reported by", Value: also})
	}
	footer := fmt.Sprintf("Match %d of %d", n+1, total)
	if q.Partial {
		footer += " · a fragment of reported speech"
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	return e
}

// alsoReported lists the other articles that carry the same statement, one
// per outlet and link.
func alsoReported(ix *quotes.Index, q *quotes.Quote) string {
	var lines []string
	seen := map[string]bool{}
	for _, id := range q.AlsoIn {
		o, ok := ix.Quote(id)
		if !ok || o == nil {
			continue
		}
		name := orDefault(o.Outlet, unknownOutlet)
		if o.Outlet == "" {
			name += ": " + orDefault(o.Title, untitled)
		}
		line := link(name, o.URL)
		if o.Published != "" {
			line += ", " + date(o.Published)
		}
		if !seen[line] {
			seen[line] = true
			lines = append(lines, line)
		}
	}
	return joinLines(lines, maxFieldValue)
}

// quoteLine is one quotation in a list: its words, cut to max, and where
// it came from.
func quoteLine(q *quotes.Quote, max int, withSpeaker bool) string {
	var b strings.Builder
	b.WriteString("“" + escape(truncate(q.Text, max)) + "”")
	if withSpeaker {
		b.WriteString(" — " + speakerOf(q))
	}
	src := link(orDefault(q.Outlet, unknownOutlet), q.URL)
	if q.Published != "" {
		src += ", " + date(q.Published)
	}
	b.WriteString(" (" + src + ")")
	return b.String()
}

// cue shows how the article introduced the words ("told reporters",
// "according to"), after the speaker's name. A lone verb ("said") tells
// nothing and is left out.
func cue(c string) string {
	if c = strings.TrimSpace(c); !strings.Contains(c, " ") {
		return ""
	}
	return ", *" + escape(c) + "*"
}

// date shows a YYYY-MM-DD date as a Discord timestamp, which each member
// sees in their own language; noon UTC keeps the day the same in every
// time zone from UTC−11 to UTC+11. Anything else is shown as it is.
func date(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return escape(d)
	}
	return fmt.Sprintf("<t:%d:D>", t.Add(12*time.Hour).Unix())
}

// readButton is the link button to an article, for answers whose
// quotation has a link Discord takes.
func readButton(q *quotes.Quote) (discordgo.Button, bool) {
	if q == nil || !webURL(q.URL) || len(q.URL) > maxButtonURL {
		return discordgo.Button{}, false
	}
	return discordgo.Button{Label: "Read the article", Style: discordgo.LinkButton, URL: q.URL}, true
}

// withButton adds btn to the first action row of rows, or a row of its
// own when there is none.
func withButton(rows []discordgo.MessageComponent, btn discordgo.Button) []discordgo.MessageComponent {
	if len(rows) > 0 {
		if row, ok := rows[0].(discordgo.ActionsRow); ok && len(row.Components) < 5 {
			row.Components = append(append([]discordgo.MessageComponent(nil), row.Components...), btn)
			return append([]discordgo.MessageComponent{row}, rows[1:]...)
		}
	}
	return append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{btn}})
}

// speakerOf shows who said q: a name, or the article's description of a
// source it keeps unnamed, in italics and said to be one, so that "a
// senior Democratic aide" never reads as a name.
func speakerOf(q *quotes.Quote) string {
	switch {
	case q.Speaker == "":
		return "*" + unknownSpeaker + "*"
	case q.Unnamed:
		return "*" + escape(q.Speaker) + ", unnamed*"
	}
	return escape(q.Speaker)
}

func outletName(s string) string {
	if s == "" {
		return "*" + unknownOutlet + "*"
	}
	return escape(s)
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// webURL reports whether Discord takes u as a link: one it refuses fails
// the whole message.
func webURL(u string) bool { return u != "" && quotes.CheckURL(u) == nil }

// joinLines joins as many lines as fit in max and ends with a count of the
// rest, so that a long list is cut between items, not inside one (where
// the cut could break a link's markup).
func joinLines(lines []string, max int) string { return join(lines, "\n", max) }

func join(lines []string, sep string, max int) string {
	var b strings.Builder
	for i, l := range lines {
		more := ""
		if rest := len(lines) - i - 1; rest > 0 {
			more = fmt.Sprintf("%s… and %d more", sep, rest)
		}
		s := sep
		if i == 0 {
			s = ""
		}
		if length(b.String())+length(s+l)+length(more) > max {
			tail := fmt.Sprintf("%s… and %d more", sep, len(lines)-i)
			if i == 0 {
				return truncate(l, max)
			}
			if length(b.String())+length(tail) > max {
				return truncate(b.String(), max)
			}
			return b.String() + tail
		}
		b.WriteString(s + l)
	}
	return b.String()
}

// highlight escapes text for markdown and puts the spans in bold, fitting
// the result in max units. Spans that are out of range, overlap or split a
// character are ignored rather than trusted. The text is escaped whole
// and the bold marks placed in the escaped text, so that an escape that
// depends on its neighbours (the zero-width space of @everyone, a mark at
// the start of a line) survives a span that starts or ends beside it.
func highlight(text string, spans []quotes.Span, max int) string {
	type piece struct {
		start, end int
		bold       bool
	}
	var pieces []piece
	at := 0
	for _, sp := range spans {
		sp = trimSpan(text, sp)
		if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End ||
			!utf8.RuneStart(text[sp.Start]) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
			continue
		}
		n := len(pieces)
		switch {
		case n > 0 && pieces[n-1].bold && !hasWord(text[at:sp.Start]):
			// Neighbouring words make one bold run, not "**a** **b**".
			pieces[n-1].end = sp.End
		case sp.Start > at:
			pieces = append(pieces, piece{at, sp.Start, false}, piece{sp.Start, sp.End, true})
		default:
			pieces = append(pieces, piece{sp.Start, sp.End, true})
		}
		at = sp.End
	}
	if at < len(text) {
		pieces = append(pieces, piece{at, len(text), false})
	}

	escaped, pos := escapeMap(text)
	var b strings.Builder
	used := 0
	for i, p := range pieces {
		s := escaped[pos[p.start]:pos[p.end]]
		cost := length(s)
		if p.bold {
			cost += 4
		}
		last := i == len(pieces)-1
		room := max - used
		if !last {
			room -= length(ellipsis)
		}
		if cost <= room {
			if p.bold {
				s = "**" + s + "**"
			}
			b.WriteString(s)
			used += cost
			continue
		}
		// This piece does not fit: cut it and end with an ellipsis.
		room = max - used - length(ellipsis)
		if p.bold {
			room -= 4
		}
		if cut := cutTo(s, room); cut != "" {
			if p.bold {
				cut = "**" + cut + "**"
			}
			b.WriteString(cut)
		}
		b.WriteString(ellipsis)
		break
	}
	return b.String()
}

// hasWord reports whether s holds a letter or digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// trimSpan moves a span's ends inside any surrounding whitespace: Discord
// does not bold "** word**".
func trimSpan(text string, sp quotes.Span) quotes.Span {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return sp
	}
	for sp.Start < sp.End {
		r, n := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}
