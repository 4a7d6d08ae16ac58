package quotes

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"quotebot/quotes/extract"
)

// Article is one news article and the quotations found in it.
type Article struct {
	Path      string // slash-separated, relative to the data folder
	Outlet    string // "" when unknown
	Title     string
	URL       string
	Published string // YYYY-MM-DD or ""
	Body      string // the text after the header, line endings normalised
	Quotes    []*Quote
	// Problems are the warnings found while reading the article (no quotes,
	// unbalanced quote marks, unknown outlet); the article still loads.
	Problems []Problem

	nameForms map[string]int // how often each person's full name is written each way
}

// MaxArticleBytes is the largest article file quotebot reads.
const MaxArticleBytes = 8 << 20

// Errors for files that cannot be loaded as articles at all.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file, not text")
	ErrNotUTF8  = errors.New("not UTF-8 text")
	ErrTooLarge = fmt.Errorf("larger than %d MiB", MaxArticleBytes>>20)
)

// Warnings about articles that load but deserve a look.
var (
	ErrNoQuotes      = errors.New("no quotations found")
	ErrUnknownOutlet = errors.New("outlet unknown: add an outlet: line to the header")
)

// LineError is a problem at one line of an article file.
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// ParseArticle reads one article file: its optional metadata header, its
// text, and the quotations in it with their speakers. path is only
// recorded. The error is non-nil when the file cannot be read as an article
// at all; lesser problems are in the article's Problems.
func ParseArticle(path string, data []byte) (*Article, error) {
	text, err := articleText(data)
	if err != nil {
		return nil, err
	}
	h, warnings, body, bodyLine, err := ParseHeaderWarnings(text)
	if err != nil {
		return nil, err
	}
	// Labelled lines at the top of a scraped page ("Publisher: …") are
	// metadata too; the header the moderator wrote wins over them.
	ph, pageBody, pageLine := pageMetadata(body, bodyLine)
	if strings.TrimSpace(pageBody) != "" {
		body, bodyLine = pageBody, pageLine
		h = h.or(ph)
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("no article text after the header: %w", ErrEmpty)
	}
	x, err := extractBody(body)
	if err != nil {
		return nil, err
	}
	a := &Article{
		Path:      path,
		Outlet:    canonicalOutlet(h.Outlet),
		Title:     h.Title,
		URL:       h.URL,
		Published: h.Published,
		Body:      body,
		nameForms: x.NameForms,
	}
	for _, w := range warnings {
		a.Problems = append(a.Problems, Problem{Path: path, Line: w.Line, Err: errors.New("header: " + w.Msg)})
	}
	if a.Title == "" {
		a.Title = x.Title
	}
	if a.Outlet == "" {
		a.Outlet = detectOutlet(body)
	}
	for _, p := range x.Problems {
		a.Problems = append(a.Problems, Problem{Path: path, Line: lineOf(body, p.Pos, bodyLine), Err: errors.New(p.Msg)})
	}
	// Trailing blank lines do not make another text.
	sum := sumString(strings.TrimRight(body, " \t\n"))
	if len(x.Quotes) > 0 {
		a.Quotes = make([]*Quote, 0, len(x.Quotes))
	}
	for _, q := range x.Quotes {
		var sentence string
		if q.Partial {
			sentence = sentenceOf(body, q.Text)
		}
		a.Quotes = append(a.Quotes, &Quote{
			ID:        quoteID(sum[:], q.Open),
			Text:      q.Text,
			Speaker:   q.Speaker,
			Outlet:    a.Outlet,
			Article:   path,
			Title:     a.Title,
			URL:       a.URL,
			Published: a.Published,
			Partial:   q.Partial,
			Unnamed:   q.Kind == extract.Unnamed,
			Cue:       q.Cue,
			AlsoIn:    []string{},
			Sentence:  sentence,
			offset:    q.Open,
			kind:      q.Kind,
		})
	}
	if len(a.Quotes) == 0 {
		a.Problems = append(a.Problems, Problem{Path: path, Err: ErrNoQuotes})
	}
	if a.Outlet == "" {
		a.Problems = append(a.Problems, Problem{Path: path, Err: ErrUnknownOutlet})
	}
	return a, nil
}

// articleText checks that data is a text file and normalises its line
// endings and spaces, so that offsets and IDs do not depend on them.
func articleText(data []byte) (string, error) {
	switch {
	case len(data) > MaxArticleBytes:
		return "", ErrTooLarge
	case len(bytes.TrimSpace(data)) == 0:
		return "", ErrEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := 1 + bytes.Count(data[:off], []byte("\n"))
		return "", &LineError{Line: line, Err: fmt.Errorf("invalid byte 0x%02x: %w", data[off], ErrNotUTF8)}
	}
	s := strings.TrimPrefix(string(data), "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, "\u00a0") || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029") {
		s = lineEndings.Replace(s)
	}
	controls := 0
	for i := 0; i < len(s); i++ {
		// Valid UTF-8 holds bytes below 0x20 only as those characters.
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' {
			controls++
		}
	}
	if controls > len(s)/100+2 {
		return "", ErrBinary
	}
	return s, nil
}

// lineEndings normalises line endings and spaces in article text. It is
// built once, as building a Replacer costs more than running it.
var lineEndings = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u2028", "\n", "\u2029", "\n\n")

// foldSpace returns s with each run of white space made one space and
// none at either end, as strings.Join(strings.Fields(s), " ") does, in
// one pass. Text whose words stand a single space apart, most of a
// line, is copied at once.
func foldSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := spaceEnd(s, 0); i < len(s); i = spaceEnd(s, i) {
		start := i
		for i < len(s) {
			c := s[i]
			switch {
			case c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r'):
				i++ // not ASCII's white space
				continue
			case c == ' ' && i+1 < len(s) && (' ' < s[i+1] && s[i+1] < utf8.RuneSelf || spaceEnd(s, i+1) == i+1):
				i++ // one space before a word
				continue
			case c >= utf8.RuneSelf:
				if r, size := utf8.DecodeRuneInString(s[i:]); !unicode.IsSpace(r) {
					i += size
					continue
				}
			}
			break
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:i])
	}
	return b.String()
}

// sumString returns the SHA-256 of s, copied to a buffer from sumBufs
// rather than to a new one an article.
func sumString(s string) [32]byte {
	b := sumBufs.Get().(*[]byte)
	defer sumBufs.Put(b)
	*b = append((*b)[:0], s...)
	return sha256.Sum256(*b)
}

// sumBufs holds the buffers of sumString.
var sumBufs = sync.Pool{New: func() any { return new([]byte) }}

// quoteID is stable for the same article text: a hash of the body and the
// quotation's place in it.
func quoteID(bodySum []byte, offset int) string {
	var buf [64]byte
	sum := sha256.Sum256(strconv.AppendInt(append(buf[:0], bodySum...), int64(offset), 10))
	return hex.EncodeToString(sum[:8])
}

// lineOf returns the file line number of byte offset pos in body.
func lineOf(body string, pos, firstLine int) int {
	return firstLine + strings.Count(body[:min(pos, len(body))], "\n")
}
