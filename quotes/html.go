package quotes

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"quotebot/quotes/htmlpage"
)

// ErrNoArticleBody is the problem of a web page in which no article text
// was found.
var ErrNoArticleBody = htmlpage.ErrNoBody

// ParseHTMLArticle reads a web page as an article. Its metadata comes
// from meta, a sidecar header ("---", "key: value" lines, "---") that a
// moderator or quotebot wrote, then from what the page declares (JSON-LD,
// OpenGraph, the canonical link), and only then from clues in the text.
// meta may be nil. The page's quotations are extracted from the article
// text alone, without navigation, captions, teasers or share widgets.
func ParseHTMLArticle(path string, data, meta []byte) (*Article, error) {
	var side Header
	var sideWarnings []*HeaderError
	if len(meta) > 0 {
		var err error
		side, sideWarnings, _, _, err = ParseHeaderWarnings(string(meta))
		if err != nil {
			return nil, fmt.Errorf("sidecar %s%s: %w", path, SidecarSuffix, err)
		}
	}
	var base *url.URL
	if side.URL != "" {
		base, _ = url.Parse(side.URL)
	}
	page, err := htmlpage.Read(data, base)
	if err != nil {
		return nil, err
	}
	h := Header{
		Outlet:    firstOf(side.Outlet, page.Outlet),
		Title:     firstOf(side.Title, page.Title),
		URL:       firstOf(side.URL, page.URL),
		Published: firstOf(side.Published, page.Published),
	}
	a, err := ParseArticle(path, []byte(headerText(h)+page.Text))
	if err != nil {
		return nil, err
	}
	// Line numbers would count lines of the text made from the page, not
	// of the file, so problems name the file only.
	for i := range a.Problems {
		a.Problems[i].Line = 0
	}
	for _, w := range sideWarnings {
		a.Problems = append(a.Problems, Problem{Path: path + SidecarSuffix, Line: w.Line, Err: errors.New("header: " + w.Msg)})
	}
	for _, w := range page.Warnings {
		a.Problems = append(a.Problems, Problem{Path: path, Err: errors.New(w)})
	}
	return a, nil
}

// headerText writes h as the header of an article file.
func headerText(h Header) string {
	var b strings.Builder
	b.WriteString("---\n")
	for _, kv := range [][2]string{{"outlet", h.Outlet}, {"title", h.Title}, {"url", h.URL}, {"published", h.Published}} {
		if v := oneLine(kv[1]); v != "" {
			fmt.Fprintf(&b, "%s: %s\n", kv[0], v)
		}
	}
	b.WriteString("---\n")
	return b.String()
}

// oneLine folds s onto one line, so that a value cannot end the header.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
