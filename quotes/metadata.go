package quotes

import (
	"regexp"
	"strings"
)

// metadataLine is a labelled line at the top of a scraped page:
// "Headline: …", "Publisher: …", "By: …".
var metadataLine = regexp.MustCompile(`^(?i)(headline|title|subtitle|sub-headline|date|published|updated|publisher|source|outlet|by|author|authors|url|link|section)\s*:\s*(.*)$`)

// pageMetadata reads the labelled metadata lines that scraped plain-text
// pages carry at their top, before the article. It returns what they say
// and the body after them; bodyLine is the 1-based line number of that
// body within text, counted from firstLine. A page without such lines is
// returned whole. Values the page cannot mean (a date that is no date, a
// link that is no http(s) link) are left out rather than guessed.
func pageMetadata(text string, firstLine int) (h Header, body string, bodyLine int) {
	rest, line, found := text, firstLine, false
	for rest != "" {
		l, after, _ := strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		if t == "" && !found {
			rest, line = after, line+1
			continue
		}
		m := metadataLine.FindStringSubmatch(t)
		if m == nil {
			break
		}
		found = true
		value := strings.TrimSpace(m[2])
		switch strings.ToLower(m[1]) {
		case "headline", "title":
			if h.Title == "" {
				h.Title = value
			}
		case "date", "published":
			if d, err := parseDate(value); err == nil && h.Published == "" {
				h.Published = d
			}
		case "publisher", "source", "outlet":
			if h.Outlet == "" {
				h.Outlet = value
			}
		case "url", "link":
			if CheckURL(value) == nil {
				h.URL = value
			}
		}
		rest, line = after, line+1
	}
	if !found {
		return Header{}, text, firstLine
	}
	return h, rest, line
}

// or returns h with the values it lacks taken from other.
func (h Header) or(other Header) Header {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&h.Outlet, other.Outlet}, {&h.Title, other.Title}, {&h.URL, other.URL}, {&h.Published, other.Published},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	return h
}
