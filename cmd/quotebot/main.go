// Command quotebot answers "who said that?" from a quote index built from
// news articles: on the command line, in a console, or as a Discord bot.
//
// Usage:
//
//	quotebot search [--data DIR] [--limit N] [--speaker S] [--outlet O] [--json] QUERY...
//	quotebot index  [--data DIR] [--json]
//	quotebot check  [--data DIR]
//	quotebot add    [--data DIR] URL|FILE...
//	quotebot feeds  [--data DIR] [--feeds FILE]
//
// Without --data (or QUOTEBOT_DATA_DIR) it uses the articles built into
// the binary.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"quotebot/internal/cli"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// usage is the one-screen summary printed for a bad command line.
const usage = `usage: quotebot <command> [flags] [args]

commands:
  search QUERY...   find who said it: best matches first
  index             list every quotation in the index
  check             report on each article file before a refresh
  add URL|FILE...   fetch or read articles into the data folder
  feeds             poll the followed feeds once
  console           answer bot commands typed on standard input
  serve             run the Discord bot over the gateway (DISCORD_TOKEN)
  http              serve Discord's HTTP interactions endpoint
  register          register the bot's commands with Discord

Run 'quotebot <command> -h' for a command's flags.`

// usageError is a bad command line, exitError a status without a message.
type (
	usageError = cli.UsageError
	exitError  = cli.ExitError
)

// run is the whole program, testable with any arguments and streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return &usageError{Msg: "quotebot: missing command (search, index, check, add, feeds, console, serve, http, register)"}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "search":
		return runSearch(ctx, rest, stdout, stderr)
	case "index":
		return runIndex(ctx, rest, stdout, stderr)
	case "check":
		return runCheck(ctx, rest, stdout, stderr)
	case "add":
		return runAdd(ctx, rest, stdout, stderr)
	case "feeds":
		return runFeeds(ctx, rest, stdout, stderr)
	case "console":
		return runConsole(ctx, rest, stdin, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stderr)
	case "http":
		return runHTTP(ctx, rest, stderr)
	case "register":
		return runRegister(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return &usageError{Msg: fmt.Sprintf("quotebot: unknown command %q (want search, index, check, add, feeds, console, serve, http or register)", cmd)}
}

// exitCode prints err, if it has anything to say, and returns the status.
func exitCode(err error, stderr io.Writer) int { return cli.ExitCode("quotebot", err, stderr) }
