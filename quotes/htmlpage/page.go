// Package htmlpage reads a news article saved or fetched as a web page:
// the article text, found by a readability library and laid out as the
// plain text quotebot reads, and the metadata the publisher declares in
// the page (JSON-LD, OpenGraph, the canonical link).
//
// It is separate from package quotes so that the domain reads text and
// this package alone knows HTML.
package htmlpage

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// Page is what a web page says about its article.
type Page struct {
	Outlet    string // the publisher, "" when the page does not say
	Title     string
	URL       string // the canonical link, absolute
	Published string // YYYY-MM-DD or ""
	// Text is the article body as plain text: the headline, then one
	// paragraph per block separated by blank lines.
	Text string
	// Warnings are problems the page was read despite, such as bytes
	// that were not valid in its character set.
	Warnings []string
}

// Errors for pages that hold no readable article.
var (
	ErrNoBody  = errors.New("no article body found in the page")
	ErrBinary  = errors.New("binary data, not a web page")
	ErrTooDeep = fmt.Errorf("tags nested more than %d deep: not read", maxDepth)
	ErrTooBig  = fmt.Errorf("more than %d elements: not read", maxElements)
)

// Limits on a page's shape. An HTML parser spends time proportional to
// the depth of open elements on each tag, so a page of nothing but nested
// tags would take hours; real articles stay far below both.
const (
	maxDepth    = 512
	maxElements = 200_000
)

// Read reads the web page in data. base, when not nil, is where the page
// was fetched from: relative links resolve against it.
func Read(data []byte, base *url.URL) (*Page, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	text, warnings := decode(data)
	if err := checkShape(text); err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	p := &Page{Warnings: warnings}
	readMeta(doc, base, p)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	// bodyText tells captions and teasers by their class.
	parser.KeepClasses = true
	if base == nil {
		base = &url.URL{}
	}
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		return nil, ErrNoBody
	}
	if p.Title == "" {
		p.Title = clean(art.Title())
	}
	if p.Outlet == "" {
		p.Outlet = clean(art.SiteName())
	}
	body := bodyText(art.Node)
	if strings.TrimSpace(body) == "" {
		return nil, ErrNoBody
	}
	if p.Title != "" && !strings.HasPrefix(body, p.Title) {
		body = p.Title + "\n\n" + body
	}
	p.Text = body
	return p, nil
}

// checkShape refuses a page nested too deep or too large to parse in
// reasonable time, with a tokenizer, which takes constant time per tag.
// Elements whose end tag may be left out (p, li, td…) are not counted
// towards the depth: pages leave them open by the hundred.
func checkShape(text string) error {
	z := html.NewTokenizer(strings.NewReader(text))
	depth, elements := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken:
			elements++
			if elements > maxElements {
				return ErrTooBig
			}
			name, _ := z.TagName()
			if nests(string(name)) {
				if depth++; depth > maxDepth {
					return ErrTooDeep
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if nests(string(name)) && depth > 0 {
				depth--
			}
		}
	}
}

// nests reports whether an element named name must be closed by its end
// tag, so that it counts towards the depth.
func nests(name string) bool {
	switch name {
	case "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp",
		"thead", "tbody", "tfoot", "colgroup", "html", "head", "body",
		"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return false
	}
	return true
}

// clean folds whitespace, so that a value fits on one header line.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }
