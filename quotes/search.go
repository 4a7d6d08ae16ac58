package quotes

import (
	"math"
	"slices"
)

// Query is a lookup: a half-remembered fragment and optional filters.
type Query struct {
	Text    string
	Speaker string // matched forgivingly against canonical speaker names
	Outlet  string // matched forgivingly against outlet names
	Limit   int    // 0 means DefaultLimit
	// Prefix says the last word may be unfinished, as when a member is
	// still typing in an autocomplete box.
	Prefix bool
}

// DefaultLimit is the number of results a Query without a Limit returns.
const DefaultLimit = 10

// Result is one search hit.
type Result struct {
	Quote *Quote
	// Score ranks results from 0 to 1; higher is better.
	Score float64
	// Highlights are the byte ranges of Quote.Text that matched the query,
	// in order and not overlapping, each covering whole words.
	Highlights []Span
}

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// maxQueryWords bounds the words of a query that are looked up.
const maxQueryWords = 32

// commonWord is how many quotations a word must stand in to be taken as
// typed right when it is typed.
func (ix *Index) commonWord() int { return max(20, ix.n/2000) }

func idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// queryWord is one word of a query with the terms it may stand for.
type queryWord struct {
	word   string
	exps   []expansion
	weight float32 // the most this word can add to a score
	stop   bool
	volume int // documents its expansions hold, added up
}

func (ix *Index) words(text string, prefix bool) []queryWord {
	toks := tokenize(text)
	if len(toks) > maxQueryWords {
		toks = ix.telling(toks, maxQueryWords, prefix)
	}
	qw := make([]queryWord, 0, len(toks))
	for i, t := range toks {
		w := queryWord{word: t.word, stop: stopwords[t.word]}
		// A word the index holds often is most likely typed right: it
		// skips the search for misspellings, not the common slips.
		typos := true
		if id, ok := ix.vocab.ids[t.word]; ok && int(ix.df[id]) >= ix.commonWord() {
			typos = false
		}
		w.exps = ix.vocab.expand(t.word, prefix && i == len(toks)-1, typos)
		for _, e := range w.exps {
			// A typo that may stand for a stopword ("thoe" for "those")
			// makes the word as common as the stopword: it cannot pick
			// the candidates, only check them.
			w.volume += int(ix.df[e.term])
			if s := e.sim * ix.idf[e.term]; s > w.weight {
				w.weight = s
			}
		}
		if len(w.exps) > 0 && w.exps[0].sim == simExact && !(prefix && i == len(toks)-1) {
			// A word typed as the index holds it weighs what it weighs,
			// not what a rarer word it might be a slip for would.
			w.weight = ix.idf[w.exps[0].term]
		}
		if len(w.exps) == 0 {
			// A word the index does not hold still counts against coverage,
			// as much as a rare word would.
			w.weight = float32(idf(float64(ix.n), 1))
			if w.stop {
				w.weight *= stopwordWeight
			}
		}
		qw = append(qw, w)
	}
	return qw
}

// telling returns the n words of toks that say most about which quotation
// is meant, in their order: each word once, and the rarer first, so that a
// quotation padded with filler ("um, you know, like …") is still looked
// up by its own words. A word the index does not hold may be a misspelt
// rare word or a made-up one; it ranks with the words just common enough
// to be taken as typed right. With prefix, the last word, being typed,
// stays. It takes time linear in len(toks) (n is a small constant).
func (ix *Index) telling(toks []token, n int, prefix bool) []token {
	type kept struct {
		at int // in toks
		df int
	}
	last := len(toks)
	if prefix {
		last, n = len(toks)-1, n-1
	}
	seen := make(map[string]bool, last)
	best := make([]kept, 0, n)
	worst := 0 // in best, the commonest word, and of those the latest
	worse := func(a, b kept) bool { return a.df > b.df || a.df == b.df && a.at > b.at }
	for i, t := range toks[:last] {
		if seen[t.word] {
			continue
		}
		seen[t.word] = true
		k := kept{i, ix.commonWord()}
		if id, ok := ix.vocab.ids[t.word]; ok {
			k.df = int(ix.df[id])
		}
		switch {
		case len(best) < n:
			best = append(best, k)
		case worse(best[worst], k):
			best[worst] = k
		default:
			continue
		}
		for j := range best {
			if worse(best[j], best[worst]) {
				worst = j
			}
		}
	}
	slices.SortFunc(best, func(a, b kept) int { return a.at - b.at })
	out := make([]token, 0, len(best)+1)
	for _, k := range best {
		out = append(out, toks[k.at])
	}
	if prefix {
		out = append(out, toks[len(toks)-1])
	}
	return out
}

// Search returns the quotations that best match q, best first, at most
// q.Limit of them. It returns none when nothing matches well. With an
// empty Text, it lists the quotations of the speaker and outlet filters.
func (ix *Index) Search(q Query) []Result {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	allow, ok := ix.filter(q.Speaker, q.Outlet)
	if !ok {
		return nil
	}
	qw := ix.words(q.Text, q.Prefix)
	if len(qw) == 0 {
		if allow == nil {
			return nil
		}
		return ix.listAll(allow, limit)
	}
	sc := ix.getScratch()
	defer ix.putScratch(sc)
	e := lookupEffort
	if q.Prefix {
		e = typingEffort
	}
	pool := ix.weigh(sc, qw, ix.retrieve(sc, qw, allow, ix.candidates(qw, e)), e.weighed)
	lists := ix.answerTable(sc, qw)
	return ix.rerank(sc, qw, lists, ix.prefilter(sc, qw, lists, pool), limit)
}
