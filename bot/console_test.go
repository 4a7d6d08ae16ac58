package bot

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
)

func TestConsole(t *testing.T) {
	b, dir := newTestBot(t, Options{Burst: 1})
	must(t, os.WriteFile(filepath.Join(dir, "200_harbour.txt"), []byte(harbourArticle), 0o644))
	in := strings.NewReader(strings.Join([]string{
		"/quote grate sucess",
		"/next",
		"/next", // past the last page
		`who said "respect all agreements"?`,
		"/speaker putin",
		"/outlets",
		"/quote xqzv blorp",
		"/dance",
		"/refresh",
		"storm taught me patience",
		"/help",
		"/quit",
		"/outlets", // after /quit: never answered
	}, "\n"))
	var out bytes.Buffer
	if err := b.Console(context.Background(), in, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"quotebot console: 6 articles",
		"Speaker: Vladimir Putin",
		"(Match 2 of 2",
		"No further page.",
		"Speaker: Ahmed al-Sharaa",
		"== Quotations by Vladimir Putin ==",
		"Test *Gazette* — 1 article, 2 quotations", // markdown undone for the terminal
		"outlet unknown — 2 articles",
		"No quote matches “xqzv blorp”.",
		"Unknown command /dance.",
		"== Quote index refreshed ==",
		"Speaker: Agnes Whitlow",
		"/quote TEXT",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("console output lacks %q", want)
		}
	}
	if strings.Count(got, "== Outlets in the quote index ==") != 1 {
		t.Errorf("a command after /quit was answered")
	}
	if strings.Contains(got, "faster than I can answer") {
		t.Errorf("the console was rate limited")
	}
	if strings.Contains(got, `\`) || strings.Contains(got, "**") {
		t.Errorf("markdown left in console output:\n%s", got)
	}
}

func TestConsoleStopsWithContext(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	r, w, err := os.Pipe()
	must(t, err)
	defer r.Close()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := b.Console(ctx, r, &bytes.Buffer{}); err != context.Canceled {
		t.Errorf("Console with a cancelled context = %v, want context.Canceled", err)
	}
}

// TestConsoleReaderEnds checks that the goroutine reading commands ends
// with Console even when it holds a line that will never be answered:
// synctest fails a test that leaves goroutines blocked for good.
func TestConsoleReaderEnds(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	for name, input := range map[string]string{
		"quit with a line left": "/quit\n/outlets\n",
		"end of input":          "/help",
	} {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				if err := b.Console(context.Background(), strings.NewReader(input), io.Discard); err != nil {
					t.Errorf("Console = %v", err)
				}
			})
		})
	}
}

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“**great success** and more”", "“great success and more”"},
		{`Test \*Gazette\*`, "Test *Gazette*"},
		{"*outlet unknown*", "outlet unknown"},
		{"[DW](https://dw.com/x), 2025", "DW <https://dw.com/x>, 2025"},
		{`[a \[b\]](https://e.com)`, "a [b] <https://e.com>"},
		{"[not a link", "[not a link"},
		{"@\u200beveryone", "@everyone"},
	}
	for _, tt := range tests {
		if got := plain(tt.in); got != tt.want {
			t.Errorf("plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
