// Package library is the data folder as moderators change it: articles
// added from links, attachments and files, articles removed, and the
// feeds quotebot follows. File names are always derived (from the
// canonical link or the content), never taken from what a member typed,
// and every write is atomic, so a failed add leaves the folder as it was.
package library

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"quotebot/fetch"
	"quotebot/quotes"
	"quotebot/quotes/htmlpage"
)

// Library adds to and removes from one data folder. It is safe for
// concurrent use; changes are made one at a time.
type Library struct {
	dir     string
	fetch   *fetch.Client
	now     func() time.Time
	minFree int64 // bytes an add leaves free on the disk
	mu      sync.Mutex
}

// New returns the Library of the folder dir, fetching with client.
func New(dir string, client *fetch.Client) *Library {
	return &Library{dir: dir, fetch: client, now: time.Now, minFree: DefaultMinFree}
}

// Dir is the data folder.
func (l *Library) Dir() string { return l.dir }

// Added says what adding one article did.
type Added struct {
	Source   string // the link or file name it came from
	Path     string // its file in the data folder
	Outlet   string
	Title    string
	Quotes   int
	Unspoken int // quotations without a speaker
	Problems []quotes.Problem
	// Duplicate is set when the article was already in the folder; then
	// nothing was written.
	Duplicate bool
}

// ErrKind is the problem of a file that is neither text nor a web page.
var ErrKind = errors.New("only .txt and .html articles can be added")

// AddURL fetches the page at link and stores it.
func (l *Library) AddURL(ctx context.Context, link string) (*Added, error) {
	resp, err := l.fetch.Page(ctx, link)
	if err != nil {
		return nil, err
	}
	html := resp.ContentType != "text/plain"
	a, err := l.store(resp.Body, html, resp.URL, link)
	if a != nil {
		a.Problems = append(a.Problems, warnings(a.Path, resp.Warnings)...)
	}
	return a, err
}

// AddAttachment fetches a file a member attached, whose name (only its
// extension is used) says whether it is text or a web page.
func (l *Library) AddAttachment(ctx context.Context, link, name string) (*Added, error) {
	html, err := kindOf(name)
	if err != nil {
		return nil, err
	}
	resp, err := l.fetch.Page(ctx, link)
	if err != nil {
		return nil, err
	}
	a, err := l.store(resp.Body, html, "", name)
	if a != nil {
		a.Problems = append(a.Problems, warnings(a.Path, resp.Warnings)...)
	}
	return a, err
}

// AddFile stores the article in data, read from the file called name.
func (l *Library) AddFile(name string, data []byte) (*Added, error) {
	html, err := kindOf(name)
	if err != nil {
		return nil, err
	}
	if len(data) > quotes.MaxArticleBytes {
		return nil, fmt.Errorf("%s: %w", name, quotes.ErrTooLarge)
	}
	return l.store(data, html, "", name)
}

func kindOf(name string) (html bool, err error) {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return false, nil
	case ".html", ".htm":
		return true, nil
	}
	return false, ErrKind
}

// store checks that body reads as an article and writes it under a name
// derived from its canonical link, or from its content when it has none.
// fetched is the link it was fetched from, "" for a file; source is how
// the report names it.
func (l *Library) store(body []byte, html bool, fetched, source string) (*Added, error) {
	files, canonical, err := l.prepare(body, html, fetched)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", clip(source), err)
	}
	// The name is a hash: of the canonical link, so that the same article
	// by another link is the same file, else of the content.
	id, prefix, ext := canonical, "web-", ".txt"
	if id == "" {
		id, prefix = string(body), "file-"
	}
	if html {
		ext = ".html"
	}
	sum := sha256.Sum256([]byte(id))
	name := prefix + hex.EncodeToString(sum[:8]) + ext
	a := &Added{Source: source, Path: name}
	size := 0
	for _, f := range files {
		size += len(f[1])
	}
	err = l.change(func(root *os.Root) error {
		if _, err := root.Lstat(name); err == nil {
			a.Duplicate = true
		} else if err := l.roomFor(size); err != nil {
			return fmt.Errorf("storing %s: %w", clip(source), err)
		} else if err := writeAll(root, name, files); err != nil {
			return fmt.Errorf("storing %s: %w", clip(source), err)
		}
		art, err := readBack(root, name, html)
		if err != nil {
			return err
		}
		report(a, art)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// prepare turns body into the files to write: the article and, for a web
// page, its sidecar. canonical is the article's own link, "" if unknown.
func (l *Library) prepare(body []byte, html bool, fetched string) (files [][2]string, canonical string, err error) {
	stamp := l.now().UTC().Format(time.RFC3339)
	if html {
		// The page is read against the link it came from, so that a
		// relative canonical link resolves.
		base, _ := url.Parse(fetched)
		page, err := htmlpage.Read(body, base)
		if err != nil {
			return nil, "", err
		}
		canonical = page.URL
		if canonical == "" {
			canonical = fetched
		}
		var meta strings.Builder
		meta.WriteString("---\n")
		if canonical != "" {
			fmt.Fprintf(&meta, "url: %s\n", canonical)
		}
		if fetched != "" {
			fmt.Fprintf(&meta, "fetched-from: %s\n", fetched)
		}
		fmt.Fprintf(&meta, "added: %s\n---\n", stamp)
		if _, err := quotes.ParseHTMLArticle("page.html", body, []byte(meta.String())); err != nil {
			return nil, "", err
		}
		return [][2]string{{quotes.SidecarSuffix, meta.String()}, {"", string(body)}}, canonical, nil
	}
	if _, err := quotes.ParseArticle("article.txt", body); err != nil {
		return nil, "", err
	}
	text, canonical := withHeader(string(body), fetched, stamp)
	return [][2]string{{"", text}}, canonical, nil
}

// withHeader gives a text article a header recording where and when it
// was fetched, keeping a header it already has.
func withHeader(text, fetched, stamp string) (string, string) {
	h, _, body, _, err := quotes.ParseHeaderWarnings(text)
	hasHeader := err == nil && body != text
	canonical := h.URL
	if !hasHeader {
		canonical = ""
	}
	var add strings.Builder
	if canonical == "" && fetched != "" {
		canonical = fetched
		fmt.Fprintf(&add, "url: %s\n", fetched)
	}
	if fetched != "" {
		fmt.Fprintf(&add, "fetched-from: %s\n", fetched)
	}
	fmt.Fprintf(&add, "added: %s\n", stamp)
	if hasHeader {
		first, rest, _ := strings.Cut(text, "\n")
		return first + "\n" + add.String() + rest, canonical
	}
	return "---\n" + add.String() + "---\n" + text, canonical
}

// readBack parses the stored article as the next load will.
func readBack(root *os.Root, name string, html bool) (*quotes.Article, error) {
	data, err := root.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading %s back: %w", name, unwrapPath(err))
	}
	if !html {
		return quotes.ParseArticle(name, data)
	}
	meta, err := root.ReadFile(name + quotes.SidecarSuffix)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("reading %s back: %w", name+quotes.SidecarSuffix, unwrapPath(err))
	}
	return quotes.ParseHTMLArticle(name, data, meta)
}

// report fills a from the article as it will be indexed.
func report(a *Added, art *quotes.Article) {
	quotes.NewIndex([]*quotes.Article{art}) // settles the speakers
	a.Outlet, a.Title, a.Quotes = art.Outlet, art.Title, len(art.Quotes)
	for _, q := range art.Quotes {
		if q.Speaker == "" {
			a.Unspoken++
		}
	}
	a.Problems = append(a.Problems, art.Problems...)
}

func warnings(p string, ws []string) []quotes.Problem {
	var ps []quotes.Problem
	for _, w := range ws {
		ps = append(ps, quotes.Problem{Path: p, Err: errors.New(w)})
	}
	return ps
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 120 {
		return s
	}
	return string(r[:119]) + "…"
}
