// Package extract finds the direct quotations in the text of a news article
// and works out who said each one.
//
// It is a pipeline, one stage a file: the page is split into lines and
// paragraphs with its boilerplate set aside (page.go); quotation marks are
// paired into quotations (scan.go); the running text becomes words,
// punctuation and whole quotations, in sentences (sentence.go); the people
// the article names are gathered with their roles and later mentions
// (mentions.go, cast.go), told apart within a family (family.go) and by
// gender (gender.go, firstnames.go); each attribution form proposes
// speaker candidates, and a scoring step chooses among them (choose.go,
// attribute.go, subject.go, layout.go, document.go); names are made
// canonical across articles (canonical.go).
package extract

import "sync"

// Kind tells people, whose name variants are merged across articles, from
// organisations and groups, whose names are taken as written.
type Kind uint8

// The kinds of speaker.
const (
	Unknown Kind = iota
	Person
	Org
	Group
)

// Quotation is one direct quotation in an article's body.
type Quotation struct {
	Open, Close int    // byte offsets of the opening mark and just past the closing one
	Text        string // without its marks, whitespace folded to single spaces
	Speaker     string // "" when the article gives the words to nobody
	Kind        Kind
	Cue         string // the attribution verb or phrase, "" when none
	Partial     bool   // a fragment embedded in reported speech
}

// Problem is something wrong at one place in a body, such as an unbalanced
// quotation mark. The body still yields its other quotations.
type Problem struct {
	Pos int // byte offset in the body
	Msg string
}

// Result is what Extract finds in one body.
type Result struct {
	Title     string // the page's first headline, "" when it has none
	Quotes    []Quotation
	Problems  []Problem
	NameForms map[string]int // each way a person's full name is written, and how often
}

// Extract finds the quotations in body, the text of one article page after
// any metadata header. Quotations that are titles or names in quote marks,
// which nobody said, are left out.
func Extract(body string) *Result {
	pg := newPage(body, 1)
	spans, scanProblems := scanQuotes(body, pg.paras)
	r := &Result{Title: pg.title, NameForms: map[string]int{}}
	if len(spans) > 0 {
		r.Quotes = make([]Quotation, 0, len(spans))
	}
	for _, sp := range scanProblems {
		r.Problems = append(r.Problems, Problem{Pos: sp.pos, Msg: sp.msg})
	}
	texts := make([]string, len(spans))
	for i, sp := range spans {
		texts[i] = sp.text(body)
	}
	buf := itemBufs.Get().(*[]item)
	items := itemize((*buf)[:0], body, pg.paras, spans)
	pg.release()
	c := newCast(items)
	atts := attribute(items, texts, c)
	putItems(buf, items)
	for i, sp := range spans {
		at := atts[i]
		if at.skip {
			continue
		}
		r.Quotes = append(r.Quotes, Quotation{
			Open: sp.open, Close: sp.close, Text: texts[i],
			Speaker: at.speaker, Kind: at.kind, Cue: at.cue, Partial: at.partial,
		})
	}
	for _, p := range c.people {
		for f, n := range p.forms {
			r.NameForms[f] += n
		}
	}
	return r
}

// itemBufs holds item slices between calls of Extract: the items are an
// article's largest allocation, and none outlives the call.
var itemBufs = sync.Pool{New: func() any { return new([]item) }}

// putItems returns items to itemBufs through buf, cleared so that the pool
// keeps no article's text alive, unless an outsized article grew it.
func putItems(buf *[]item, items []item) {
	if cap(items) > 1<<16 {
		return
	}
	clear(items)
	*buf = items[:0]
	itemBufs.Put(buf)
}
