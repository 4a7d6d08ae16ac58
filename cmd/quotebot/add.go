package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"quotebot/config"
	"quotebot/fetch"
	"quotebot/library"
	"quotebot/quotes"
)

// runAdd is `quotebot add`: each link is fetched and each file read, and
// stored in the data folder; it prints what was added and every problem,
// and fails with status 1 when anything could not be added.
func runAdd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("add")
	dir := fs.String("data", "", "`DIR`ectory of article files [QUOTEBOT_DATA_DIR]")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return &usageError{Msg: "usage: quotebot add [--data DIR] URL|FILE..."}
	}
	lib, err := openLibrary(*dir)
	if err != nil {
		return err
	}
	failed := 0
	for _, src := range rest {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var a *library.Added
		if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") || strings.Contains(src, "://") {
			a, err = lib.AddURL(ctx, src)
		} else {
			a, err = addFile(lib, src)
		}
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "quotebot add: %v\n", err)
			continue
		}
		printAdded(stdout, lib.Dir(), a)
	}
	if failed > 0 {
		return &exitError{Code: 1}
	}
	return nil
}

// openLibrary opens the data folder for changes; the built-in articles
// cannot be added to.
func openLibrary(dir string) (*library.Library, error) {
	if dir == "" {
		dir = os.Getenv(dataDirEnv)
	}
	if dir == "" {
		return nil, &usageError{Msg: "quotebot: no data folder: give --data DIR or set " + dataDirEnv + " (the built-in articles cannot be changed)"}
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("data folder %s: not a folder", dir)
	}
	f, err := config.ParseFetch(os.Getenv)
	if err != nil {
		return nil, err
	}
	return newLibrary(dir, f), nil
}

func newLibrary(dir string, f config.Fetch) *library.Library {
	return library.New(dir, fetch.New(fetch.Options{AllowPrivate: f.AllowPrivate, MaxBytes: f.MaxBytes}))
}

// frontLibrary is the data folder a bot front end lets moderators change,
// nil when it serves the built-in articles.
func frontLibrary(cfg *config.Config) (*library.Library, error) {
	if cfg.DataDir == "" {
		return nil, nil
	}
	return newLibrary(cfg.DataDir, cfg.Fetch), nil
}

func addFile(lib *library.Library, name string) (*library.Added, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, quotes.MaxArticleBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return lib.AddFile(name, data)
}

// printAdded prints one added article and its problems.
func printAdded(w io.Writer, dir string, a *library.Added) {
	if a.Duplicate {
		fmt.Fprintf(w, "%s: already in the data folder as %s, nothing added\n", a.Source, a.Path)
		return
	}
	outlet := a.Outlet
	if outlet == "" {
		outlet = "outlet unknown"
	}
	fmt.Fprintf(w, "%s: added as %s\n  %s: %s\n  %d quotations, %d without a speaker\n", a.Source, a.Path, outlet, a.Title, a.Quotes, a.Unspoken)
	for _, p := range a.Problems {
		fmt.Fprintf(w, "  warning: %s\n", problemText(dir, p))
	}
}
