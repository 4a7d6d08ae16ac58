package main

import (
	"sync/atomic"

	"github.com/sahilm/fuzzy"

	"quotebot/quotes"
)

// engine is one way of answering "who said that?": quotebot's index in
// this process, quotebot http over the network, or a plain scan. All read
// the query the same way, with quotes.ParseQuery, so that only the
// matching differs.
type engine interface {
	// best returns the best match for a query as typed, the zero found
	// for none.
	best(query string) (found, error)
	// complete returns how many suggestions there are for what an
	// autocomplete box holds.
	complete(typed string) (int, error)
}

// found is the quotation an engine answered with: its ID where the
// engine tells it, and its text as shown.
type found struct{ id, text string }

// maxChoices is how many suggestions Discord shows, and so how many the
// bot asks the index for.
const maxChoices = 25

// indexEngine searches the index cur holds, as the bot does, so that a
// refresh can swap it under running lookups.
type indexEngine struct{ cur *atomic.Pointer[quotes.Index] }

func (e indexEngine) best(query string) (found, error) { return bestIn(e.cur.Load(), query), nil }

// bestIn returns ix's best match for a query as typed.
func bestIn(ix *quotes.Index, query string) found {
	rs := ix.Search(quotes.ParseQuery(query))
	if len(rs) == 0 {
		return found{}
	}
	return found{rs[0].Quote.ID, rs[0].Quote.Text}
}

// complete asks as the bot's autocomplete does: the last word may be
// unfinished, and a box holds 25 choices.
func (e indexEngine) complete(typed string) (int, error) {
	q := quotes.ParseQuery(typed)
	q.Prefix, q.Limit = true, maxChoices
	return len(e.cur.Load().Search(q)), nil
}

// scanEngine is the obvious alternative to an index: fuzzy.Find over the
// text of every quotation, best first.
type scanEngine struct {
	texts []string
	ids   []string // by the index of texts
}

func newScanEngine(qs []*quotes.Quote) scanEngine {
	e := scanEngine{texts: make([]string, len(qs)), ids: make([]string, len(qs))}
	for i, q := range qs {
		e.texts[i], e.ids[i] = q.Text, q.ID
	}
	return e
}

func (e scanEngine) best(query string) (found, error) {
	ms := fuzzy.Find(quotes.ParseQuery(query).Text, e.texts)
	if len(ms) == 0 {
		return found{}, nil
	}
	return found{e.ids[ms[0].Index], e.texts[ms[0].Index]}, nil
}

func (e scanEngine) complete(typed string) (int, error) {
	return len(fuzzy.Find(quotes.ParseQuery(typed).Text, e.texts)), nil
}
