package quotes

import (
	"errors"
	"slices"
	"strings"

	"quotebot/quotes/extract"
)

// extracted is one article as extraction leaves it, before an index
// settles its speakers, IDs and groups: what the cache keeps of an
// article file, and what an index is built from. It names no file, so
// that a file renamed or copied keeps its extraction.
type extracted struct {
	outlet, title, url, published string
	body                          string // only when loading keeps bodies
	// problems are the article's warnings; each Path is the suffix of
	// the article's path that names the file ("" or SidecarSuffix).
	problems []Problem
	forms    []nameForm
	quotes   []extractedQuote
}

// nameForm is one way a person's full name is written in an article, and
// how often.
type nameForm struct {
	name string
	n    int
}

// extractedQuote is one quotation of an extracted article.
type extractedQuote struct {
	id, text, speaker, cue string
	kind                   extract.Kind
	partial                bool
	offset                 int
	// sentence is, for a fragment, the sentence it stands in: see
	// Quote.Sentence.
	sentence string
}

// extractedFrom takes what an index needs of a. Its strings are copies:
// the metadata of an article is often cut from its text, which would
// otherwise stay in memory with them.
func extractedFrom(a *Article, body bool) *extracted {
	x := metaOf(a)
	x.outlet, x.title, x.url, x.published = strings.Clone(x.outlet), strings.Clone(x.title), strings.Clone(x.url), strings.Clone(x.published)
	if body {
		x.body = a.Body
	}
	for i, p := range x.problems {
		if problemKind(p.Err) == problemText {
			x.problems[i].Err = errors.New(strings.Clone(p.Err.Error()))
		}
	}
	// In one order, so that the same article is always cached the same.
	slices.SortFunc(x.forms, func(a, b nameForm) int { return strings.Compare(a.name, b.name) })
	x.quotes = make([]extractedQuote, len(a.Quotes))
	for i, q := range a.Quotes {
		x.quotes[i] = quoteOf(q)
	}
	return x
}

// metaOf takes what an index needs of a, but its body and quotations.
func metaOf(a *Article) *extracted {
	x := &extracted{outlet: a.Outlet, title: a.Title, url: a.URL, published: a.Published}
	for _, p := range a.Problems {
		p.Path = strings.TrimPrefix(p.Path, a.Path)
		x.problems = append(x.problems, p)
	}
	for f, n := range a.nameForms {
		x.forms = append(x.forms, nameForm{f, n})
	}
	return x
}

// quoteOf takes what an index needs of q.
func quoteOf(q *Quote) extractedQuote {
	return extractedQuote{id: q.ID, text: q.Text, speaker: q.Speaker, cue: q.Cue, kind: q.kind,
		partial: q.Partial, offset: q.offset, sentence: q.Sentence}
}

// problem kinds, so that a warning read back from the cache is the same
// error value as the one found.
const (
	problemText uint8 = iota
	problemNoQuotes
	problemUnknownOutlet
)

func problemKind(err error) uint8 {
	switch {
	case errors.Is(err, ErrNoQuotes):
		return problemNoQuotes
	case errors.Is(err, ErrUnknownOutlet):
		return problemUnknownOutlet
	}
	return problemText
}

func problemErr(kind uint8, msg string) error {
	switch kind {
	case problemNoQuotes:
		return ErrNoQuotes
	case problemUnknownOutlet:
		return ErrUnknownOutlet
	}
	return errors.New(msg)
}
