package bot

import (
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
	return &snapshot{ix: ix, speakers: ix.Speakers(), outlets: outlets, version: ix.Version()[:len(versionLen)]}
}

// unknownOutlets counts the articles without a known outlet.
func unknownOutlets(ix *quotes.Index) quotes.Count {
	var c quotes.Count
	for i := range ix.NumArticles() {
		if a := ix.ArticleAt(i); a.Outlet == "" {
			c.Articles++
			c.Quotes += a.Quotes
		}
	}
	return c
}
