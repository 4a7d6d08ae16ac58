package bot

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// consoleUser is the user the console's operator appears as. The
// operator runs the bot on their own machine and so may /refresh.
const consoleUser = "console"

const consoleHelp = `Commands:
  /quote TEXT          who said it (inline speaker:NAME and outlet:NAME filter)
  /speaker NAME        that speaker's quotations
  /outlets             the outlets in the index
  /refresh             reload the data folder
  /next, /prev         page through the last answer
  /help, /quit
Anything else is looked up as a quotation.`

// Console answers commands typed one per line on in, writing the answers
// to out as plain text, until in ends or ctx is done. It goes through the
// same handlers as Discord, as the console's operator; only the rate limit
// is off.
func (b *Bot) Console(ctx context.Context, in io.Reader, out io.Writer) error {
	c := &console{bot: b, out: out}
	// Cancelling on return ends the reader below when it holds a line
	// nobody will take; one blocked reading in ends when that read returns.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lines := make(chan string)
	readErr := make(chan error, 1) // room for the one error, so sending never blocks
	go func() {
		r := bufio.NewReader(in)
		for {
			line, err := r.ReadString('\n')
			if line != "" {
				select {
				case lines <- line:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				readErr <- err
				return
			}
		}
	}()
	if ix := b.store.Index(); ix != nil {
		fmt.Fprintf(out, "quotebot console: %s, %s. Type /help for commands.\n",
			plural(ix.NumArticles(), "article"), plural(ix.Len(), "quotation"))
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-readErr:
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("reading commands: %w", err)
		case line := <-lines:
			if !c.run(ctx, strings.TrimSpace(line)) {
				return nil
			}
		}
	}
}

// console is one console session: it remembers the buttons of the last
// answer so that /next and /prev can press them.
type console struct {
	bot     *Bot
	out     io.Writer
	buttons []discordgo.Button
	n       int // interactions so far, for their IDs
}

// run answers one line and reports whether to go on.
func (c *console) run(ctx context.Context, line string) bool {
	if line == "" {
		return true
	}
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(name) {
	case "/quit", "/exit":
		return false
	case "/help":
		fmt.Fprintln(c.out, consoleHelp)
		return true
	case "/next", "/prev", "/previous":
		c.press(ctx, strings.ToLower(name) == "/next")
		return true
	case "/quote":
		c.command(ctx, CmdQuote, OptText, arg)
	case "/speaker":
		c.command(ctx, CmdSpeaker, OptName, arg)
	case "/outlets":
		c.command(ctx, CmdOutlets, "", "")
	case "/refresh":
		c.command(ctx, CmdRefresh, "", "")
	default:
		if strings.HasPrefix(name, "/") {
			fmt.Fprintf(c.out, "Unknown command %s. Type /help for commands.\n", name)
			return true
		}
		c.command(ctx, CmdQuote, OptText, line)
	}
	return true
}

func (c *console) command(ctx context.Context, name, opt, value string) {
	d := discordgo.ApplicationCommandInteractionData{Name: name, CommandType: discordgo.ChatApplicationCommand}
	if opt != "" {
		d.Options = []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: opt, Type: discordgo.ApplicationCommandOptionString, Value: value},
		}
	}
	c.send(ctx, discordgo.InteractionApplicationCommand, d)
}

func (c *console) press(ctx context.Context, next bool) {
	want := labelPrev
	if next {
		want = labelNext
	}
	for _, btn := range c.buttons {
		if btn.Disabled || btn.Label != want {
			continue
		}
		c.send(ctx, discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
			CustomID: btn.CustomID, ComponentType: discordgo.ButtonComponent,
		})
		return
	}
	fmt.Fprintln(c.out, "No further page.")
}

func (c *console) send(ctx context.Context, typ discordgo.InteractionType, data discordgo.InteractionData) {
	c.n++
	i := &discordgo.Interaction{
		ID:   "console-" + strconv.Itoa(c.n),
		Type: typ,
		Data: data,
		User: &discordgo.User{ID: consoleUser, Username: consoleUser},
	}
	resp := c.bot.complete(ctx, i, true)
	if resp.Data == nil {
		return
	}
	if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		c.buttons = buttons(resp.Data.Components)
	}
	fmt.Fprintln(c.out, text(resp.Data))
}

// buttons lists the buttons in a message's action rows.
func buttons(rows []discordgo.MessageComponent) []discordgo.Button {
	var bs []discordgo.Button
	for _, r := range rows {
		row, ok := r.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range row.Components {
			if btn, ok := c.(discordgo.Button); ok {
				bs = append(bs, btn)
			}
		}
	}
	return bs
}

// text renders a Discord message as plain text for a terminal.
func text(d *discordgo.InteractionResponseData) string {
	var b strings.Builder
	if d.Content != "" {
		b.WriteString(plain(d.Content) + "\n")
	}
	for _, e := range d.Embeds {
		if e.Title != "" {
			b.WriteString("== " + plain(e.Title))
			if e.URL != "" {
				b.WriteString(" <" + e.URL + ">")
			}
			b.WriteString(" ==\n")
		}
		if e.Description != "" {
			b.WriteString(plain(e.Description) + "\n")
		}
		for _, f := range e.Fields {
			b.WriteString(plain(f.Name) + ": " + strings.ReplaceAll(plain(f.Value), "\n", "\n  ") + "\n")
		}
		if e.Footer != nil && e.Footer.Text != "" {
			b.WriteString("(" + e.Footer.Text + ")\n")
		}
	}
	var nav []string
	for _, btn := range buttons(d.Components) {
		switch {
		case btn.Disabled:
		case btn.Label == labelNext:
			nav = append(nav, "/next")
		case btn.Label == labelPrev:
			nav = append(nav, "/prev")
		}
	}
	if len(nav) > 0 {
		b.WriteString("[" + strings.Join(nav, " ") + "]\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// plain undoes the markup quotebot writes, for the console: escapes are
// resolved, bold and italic markers dropped and masked links shown as "text <url>".
func plain(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case s[i] == '*':
			// Every literal asterisk was escaped; a bare one is bold or
			// italic markup.
		case strings.HasPrefix(s[i:], "\u200b"):
			i += len("\u200b") - 1
		case strings.HasPrefix(s[i:], "<t:"):
			d, n, ok := timestamp(s[i:])
			if !ok {
				b.WriteByte('<')
				continue
			}
			b.WriteString(d)
			i += n - 1
		case s[i] == '[':
			text, url, n, ok := maskedLink(s[i:])
			if !ok {
				b.WriteByte('[')
				continue
			}
			b.WriteString(plain(text) + " <" + url + ">")
			i += n - 1
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// timestamp reads a Discord timestamp "<t:UNIX:D>" at the start of s as
// its date, and reports how many bytes it spans.
func timestamp(s string) (date string, n int, ok bool) {
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", 0, false
	}
	sec, _, _ := strings.Cut(s[len("<t:"):end], ":")
	unix, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return "", 0, false
	}
	return time.Unix(unix, 0).UTC().Format("2006-01-02"), end + 1, true
}

// maskedLink reads "[text](url)" at the start of s, where text may hold
// escaped brackets, and reports how many bytes it spans.
func maskedLink(s string) (text, url string, n int, ok bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ']':
			rest := s[i+1:]
			if !strings.HasPrefix(rest, "(") {
				return "", "", 0, false
			}
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				return "", "", 0, false
			}
			return s[1:i], strings.Trim(rest[1:end], "<>"), i + 1 + end + 1, true
		}
	}
	return "", "", 0, false
}
