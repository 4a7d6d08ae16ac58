package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"

	"quotebot/quotes"
)

// ErrNotArticle is the problem of a path that names no article file.
var ErrNotArticle = errors.New("not an article file in the data folder")

// Remove deletes the article file at p, a path relative to the folder as
// the index reports it, and its sidecar. The folder's os.Root keeps the
// deletion inside the folder whatever p holds.
func (l *Library) Remove(p string) error {
	ext := strings.ToLower(path.Ext(p))
	if !fs.ValidPath(p) || p == "." || (ext != ".txt" && ext != ".html" && ext != ".htm") {
		return fmt.Errorf("%q: %w", clip(p), ErrNotArticle)
	}
	return l.change(func(root *os.Root) error {
		if err := root.Remove(p); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("%s: %w", p, ErrNotArticle)
			}
			return fmt.Errorf("removing %s: %w", p, unwrapPath(err))
		}
		if err := root.Remove(p + quotes.SidecarSuffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("removing %s: %w", p+quotes.SidecarSuffix, unwrapPath(err))
		}
		return nil
	})
}
