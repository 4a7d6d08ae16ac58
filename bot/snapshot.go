package bot

import (
	"crypto/sha256"
	"encoding/hex"

	"quotebot/quotes"
)

// snapshot is an index together with the name lists the bot derives from
// it. They are computed once, when the index is stored: autocomplete offers
// the most quoted names on every keystroke before anything is typed, and
// counting them walks every quotation.
type snapshot struct {
	ix *quotes.Index
	// speakers are the named speakers, most quoted first.
	speakers []quotes.Count
	// outlets are the known outlets, most articles first, then a row with
	// an empty name for the articles whose outlet is unknown, if any.
	outlets []quotes.Count
	// bySpeaker lists each speaker's quotations in index order, so that a
	// page of /speaker does not walk the whole index.
	bySpeaker map[string][]*quotes.Quote
	// articles are the articles by path, for the sentence a fragment
	// comes from.
	articles map[string]*quotes.Article
	// version names the index by its contents: processes that loaded the
	// same articles agree on it, and a paging button from another index is
	// told apart.
	version string
}

// newSnapshot derives the name lists of ix.
func newSnapshot(ix *quotes.Index) *snapshot {
	outlets := ix.Outlets()
	// Index.Outlets leaves out the articles without a known outlet; they
	// are part of the index too, and /outlets says so rather than hide them.
	if c := unknownOutlets(ix); c.Articles > 0 {
		outlets = append(outlets, c)
	}
	snap := &snapshot{ix: ix, speakers: ix.Speakers(), outlets: outlets, bySpeaker: map[string][]*quotes.Quote{},
		articles: map[string]*quotes.Article{}}
	for _, a := range ix.Articles() {
		if a != nil {
			snap.articles[a.Path] = a
		}
	}
	h := sha256.New()
	for _, q := range ix.Quotes() {
		if q == nil {
			continue
		}
		h.Write([]byte(q.ID))
		if q.Speaker != "" {
			snap.bySpeaker[q.Speaker] = append(snap.bySpeaker[q.Speaker], q)
		}
	}
	snap.version = hex.EncodeToString(h.Sum(nil)[:len(versionLen)/2])
	return snap
}

// unknownOutlets counts the articles without a known outlet.
func unknownOutlets(ix *quotes.Index) quotes.Count {
	var c quotes.Count
	for _, a := range ix.Articles() {
		if a != nil && a.Outlet == "" {
			c.Articles++
			c.Quotes += len(a.Quotes)
		}
	}
	return c
}
