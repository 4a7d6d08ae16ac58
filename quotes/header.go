package quotes

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Header is the optional metadata block at the top of an article file:
//
//	---
//	outlet: DW
//	title: Syria's new leader visits Moscow for talks with Putin
//	url: https://www.dw.com/en/...
//	published: 2025-10-15
//	---
type Header struct {
	Outlet    string
	Title     string
	URL       string
	Published string // YYYY-MM-DD
}

// HeaderError reports a malformed metadata header.
type HeaderError struct {
	Line int // 1-based line in the file
	Msg  string
}

func (e *HeaderError) Error() string { return fmt.Sprintf("line %d: header: %s", e.Line, e.Msg) }

// maxHeaderLines bounds the search for the closing fence, so that a stray
// "---" rule at the top of a scraped page cannot make the whole article a header.
const maxHeaderLines = 40

// ParseHeader splits text into its metadata header and the body that
// follows. Text that does not start with a "---" line has no header and is
// all body. bodyLine is the 1-based line number where the body starts.
// A bad optional value leaves its field empty (see ParseHeaderWarnings);
// the error is non-nil only when the header cannot be told from the body.
func ParseHeader(text string) (h Header, body string, bodyLine int, err error) {
	h, _, body, bodyLine, err = ParseHeaderWarnings(text)
	return h, body, bodyLine, err
}

// ParseHeaderWarnings is ParseHeader that also returns, one per line, the
// header lines it could not use: a value that is not a date or a link, a
// key given twice, a line that is not "key: value". Such a line is only
// skipped, since the rest of the article is still worth reading.
func ParseHeaderWarnings(text string) (h Header, warnings []*HeaderError, body string, bodyLine int, err error) {
	first, rest, ok := strings.Cut(text, "\n")
	if strings.TrimSpace(first) != "---" {
		return Header{}, nil, text, 1, nil
	}
	if !ok {
		return Header{}, nil, "", 1, &HeaderError{Line: 1, Msg: `no closing "---"`}
	}
	seen := map[string]int{}
	line := 1
	warn := func(msg string) { warnings = append(warnings, &HeaderError{Line: line, Msg: msg}) }
	for n := 0; ; n++ {
		line++
		if rest == "" || n >= maxHeaderLines {
			return Header{}, nil, "", 1, &HeaderError{Line: 1, Msg: `no closing "---"`}
		}
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimSpace(l)
		if l == "---" {
			break
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		key, value, found := strings.Cut(l, ":")
		if !found {
			warn(fmt.Sprintf("%q is not a key: value line, skipped", clip(l, 60)))
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		value = strings.TrimSpace(value)
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1] // a YAML-style quoted value
		}
		if prev, dup := seen[key]; dup {
			warn(fmt.Sprintf("%s given twice (first on line %d), the second skipped", key, prev))
			continue
		}
		seen[key] = line
		switch key {
		case "outlet", "publisher", "source":
			h.Outlet = value
		case "title", "headline":
			h.Title = value
		case "url", "link":
			if uerr := CheckURL(value); value != "" && uerr != nil {
				warn(uerr.Error() + "; the link is left out")
				continue
			}
			h.URL = value
		case "published", "date":
			d, derr := parseDate(value)
			if derr != nil {
				warn(derr.Error() + ", skipped")
				continue
			}
			h.Published = d
		default:
			// Unknown keys are tolerated so that scrapers may record more
			// than quotebot reads (author, section, the fetch time…).
		}
	}
	return h, warnings, rest, line + 1, nil
}

// MaxURLBytes is the longest link quotebot keeps: Discord refuses longer
// embed and button URLs.
const MaxURLBytes = 2048

// CheckURL reports why u cannot be shown as a link in Discord, nil when it
// can: it must parse, be absolute http or https with a host, hold no
// spaces or control characters and be at most MaxURLBytes long.
func CheckURL(u string) error {
	if len(u) > MaxURLBytes {
		return fmt.Errorf("url %q is longer than %d bytes", clip(u, 60), MaxURLBytes)
	}
	if i := strings.IndexFunc(u, func(r rune) bool { return r <= ' ' || r == 0x7f || unicode.IsSpace(r) || unicode.IsControl(r) }); i >= 0 {
		return fmt.Errorf("url %q holds a space or control character", clip(u, 60))
	}
	p, err := url.Parse(u)
	switch {
	case err != nil:
		return fmt.Errorf("url %q does not parse", clip(u, 60))
	case p.Scheme != "http" && p.Scheme != "https":
		return fmt.Errorf("url %q is not an http(s) link", clip(u, 60))
	case p.Hostname() == "" || p.Opaque != "":
		return fmt.Errorf("url %q has no host", clip(u, 60))
	}
	return nil
}

// dateLayouts are the forms a published date is accepted in; all are
// normalised to YYYY-MM-DD.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
}

func parseDate(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("published %q is not a date (want YYYY-MM-DD)", clip(s, 40))
}

// clip shortens s to at most n runes for use in messages.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
