package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"quotebot/data"
	"quotebot/quotes"
)

// dataDirEnv names the data folder when --data is not given.
const dataDirEnv = "QUOTEBOT_DATA_DIR"

// articles returns the article folder to read: dir, else the environment's,
// else the articles built into the binary. name is how to refer to it.
func articles(dir string) (fsys fs.FS, name string, err error) {
	if dir == "" {
		dir = os.Getenv(dataDirEnv)
	}
	if dir == "" {
		return data.FS, "", nil
	}
	info, err := os.Stat(dir)
	if err != nil {
		return nil, "", fmt.Errorf("data folder: %w", err)
	}
	if !info.IsDir() {
		return nil, "", fmt.Errorf("data folder %s: not a directory", dir)
	}
	// A Root keeps every read inside the folder, links included; it lives
	// as long as the command.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, "", fmt.Errorf("data folder: %w", err)
	}
	return quotes.FolderFS(root), dir, nil
}

// loadIndex loads the index from dir and prints to stderr, with its file
// name, every article that could not be loaded.
func loadIndex(ctx context.Context, dir string, stderr io.Writer) (*quotes.Index, *quotes.Report, error) {
	fsys, name, err := articles(dir)
	if err != nil {
		return nil, nil, err
	}
	ix, rep, err := loadFS(ctx, fsys, name, stderr)
	if err != nil {
		return nil, nil, err
	}
	for _, p := range rep.Problems {
		if p.Fatal {
			fmt.Fprintf(stderr, "quotebot: %s\n", problemText(name, p))
		}
	}
	return ix, rep, nil
}

// loadFS loads fsys, the folder name or the built-in articles when name
// is "", naming the folder in an error. A folder's cache makes the next
// run quick; one that cannot be written is said once on stderr.
func loadFS(ctx context.Context, fsys fs.FS, name string, stderr io.Writer) (*quotes.Index, *quotes.Report, error) {
	load := quotes.Load
	if name != "" {
		var l quotes.Loader
		c, err := quotes.OpenCache(name)
		if err != nil {
			fmt.Fprintf(stderr, "quotebot: %v; reading every article anew\n", err)
		} else {
			l.Cache = c
			defer func() {
				c.Close()
				if err := c.Err(); err != nil {
					fmt.Fprintf(stderr, "quotebot: %v\n", err)
				}
			}()
		}
		load = l.Load
	}
	ix, rep, err := load(ctx, fsys)
	if rep != nil && rep.Tidy != nil {
		rep.Tidy() // before the cache closes
	}
	if err != nil {
		if name != "" {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		return nil, nil, err
	}
	return ix, rep, nil
}

// problemText is a problem with its file named as the user gave the folder.
func problemText(dir string, p quotes.Problem) string {
	if dir != "" {
		p.Path = filepath.Join(dir, filepath.FromSlash(p.Path))
	}
	return p.Error()
}
