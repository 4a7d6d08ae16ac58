package quotes

import (
	"crypto/sha256"
	"sort"
	"strings"
	"sync"
)

// Index is the searchable set of quotations. It is immutable once built
// and safe for concurrent use.
type Index struct {
	articles []*Article
	quotes   []*Quote // by document number
	byID     map[string]int32

	vocab    *vocabulary
	postings [][]uint32 // term → documents holding it, ascending
	docStart []uint32   // document → its first entry in docTerms
	docTerms []uint32   // every document's terms in text order
	idf      []float32  // by term
	dense    denseTerms // the commonest terms' documents as bits, for search

	speakers  []string // canonical names; speakerOf indexes it, 0 is none
	speakerOf []uint32
	outlets   []string // outletOf indexes it, 0 is unknown
	outletOf  []uint16
	// names holds the folded words of each speaker and outlet name for
	// forgiving filter matching.
	speakerWords [][]string
	outletWords  [][]string

	scratch sync.Pool // of *scratch, the working memory of searches
}

// NewIndex builds an index over the quotations of articles. It settles each
// speaker's canonical name across all of them and groups the same statement
// reported by several articles (Quote.AlsoIn), so it owns the articles'
// quotations from then on.
func NewIndex(articles []*Article) *Index {
	canonicalSpeakers(articles)
	qs := []*Quote{} // an index of nothing lists nothing, not null
	ids := map[string]bool{}
	for _, a := range articles {
		for _, q := range a.Quotes {
			q.AlsoIn = []string{}
			// The same text under two headers (syndicated copy) is two
			// articles: the later one's IDs take its path in.
			if ids[q.ID] {
				sum := sha256.Sum256([]byte(a.Path))
				q.ID = quoteID(sum[:], q.offset)
			}
			ids[q.ID] = true
		}
		qs = append(qs, a.Quotes...)
	}
	ix := buildIndex(articles, qs)
	ix.groupStatements()
	return ix
}

// buildIndex indexes qs as they are.
func buildIndex(articles []*Article, qs []*Quote) *Index {
	ix := &Index{
		articles:  articles,
		quotes:    qs,
		byID:      make(map[string]int32, len(qs)),
		speakers:  []string{""},
		outlets:   []string{""},
		speakerOf: make([]uint32, len(qs)),
		outletOf:  make([]uint16, len(qs)),
	}
	// The names and IDs are numbered while the words are split.
	var wg sync.WaitGroup
	wg.Go(func() { ix.numberNames() })
	dw := splitDocs(qs)
	wg.Wait()
	terms := dw.terms
	ix.docStart, ix.docTerms = dw.docStart, dw.docTerms
	occurrences := make([]uint32, len(terms)) // sizes the postings; repeats count
	for _, t := range ix.docTerms {
		occurrences[t]++
	}
	ix.vocab = newVocabulary(terms)
	ix.postings = make([][]uint32, len(terms))
	for t, n := range occurrences {
		ix.postings[t] = make([]uint32, 0, n)
	}
	for d := range qs {
		for _, t := range ix.docTerms[ix.docStart[d]:ix.docStart[d+1]] {
			p := ix.postings[t]
			if len(p) == 0 || p[len(p)-1] != uint32(d) {
				ix.postings[t] = append(p, uint32(d))
			}
		}
	}
	ix.idf = make([]float32, len(terms))
	n := float64(len(qs))
	for t, p := range ix.postings {
		ix.idf[t] = float32(idf(n, float64(len(p))))
		if stopwords[terms[t]] {
			ix.idf[t] *= stopwordWeight
		}
	}
	ix.dense = newDenseTerms(ix.postings, len(qs))
	ix.speakerWords = nameWords(ix.speakers)
	ix.outletWords = nameWords(ix.outlets)
	return ix
}

// numberNames fills byID, and numbers the speakers and outlets.
func (ix *Index) numberNames() {
	speakerIDs := map[string]uint32{}
	outletIDs := map[string]uint16{}
	for d, q := range ix.quotes {
		ix.byID[q.ID] = int32(d)
		if q.Speaker != "" {
			id, ok := speakerIDs[q.Speaker]
			if !ok {
				id = uint32(len(ix.speakers))
				speakerIDs[q.Speaker] = id
				ix.speakers = append(ix.speakers, q.Speaker)
			}
			ix.speakerOf[d] = id
		}
		if q.Outlet != "" {
			id, ok := outletIDs[q.Outlet]
			if !ok && len(ix.outlets) < 1<<16-1 {
				id = uint16(len(ix.outlets))
				outletIDs[q.Outlet] = id
				ix.outlets = append(ix.outlets, q.Outlet)
			}
			ix.outletOf[d] = id
		}
	}
}

// stopwordWeight scales down words such as "the" and "of", which match
// almost anything.
const stopwordWeight = 0.2

func nameWords(names []string) [][]string {
	out := make([][]string, len(names))
	for i, n := range names {
		out[i] = words(n)
	}
	return out
}

// Len returns the number of quotations.
func (ix *Index) Len() int { return len(ix.quotes) }

// Quotes returns every quotation, article by article in text order.
func (ix *Index) Quotes() []*Quote { return ix.quotes }

// Articles returns the articles the index was built from.
func (ix *Index) Articles() []*Article { return ix.articles }

// Quote returns the quotation with the given ID.
func (ix *Index) Quote(id string) (*Quote, bool) {
	d, ok := ix.byID[id]
	if !ok {
		return nil, false
	}
	return ix.quotes[d], true
}

// Count is a name with how many quotations and articles carry it.
type Count struct {
	Name     string
	Quotes   int
	Articles int
}

// Speakers returns each speaker with their counts, most quoted first.
func (ix *Index) Speakers() []Count {
	return ix.counts(func(q *Quote) string { return q.Speaker })
}

// Outlets returns each known outlet with its counts, the most articles
// first. Articles whose outlet is unknown are not counted.
func (ix *Index) Outlets() []Count {
	byName := map[string]*Count{}
	for _, a := range ix.articles {
		if a.Outlet == "" {
			continue
		}
		c := byName[a.Outlet]
		if c == nil {
			c = &Count{Name: a.Outlet}
			byName[a.Outlet] = c
		}
		c.Articles++
		c.Quotes += len(a.Quotes)
	}
	return sortCounts(byName)
}

func (ix *Index) counts(key func(*Quote) string) []Count {
	byName := map[string]*Count{}
	seen := map[string]string{} // name → last article counted
	for _, q := range ix.quotes {
		k := key(q)
		if k == "" {
			continue
		}
		c := byName[k]
		if c == nil {
			c = &Count{Name: k}
			byName[k] = c
		}
		c.Quotes++
		if seen[k] != q.Article {
			seen[k] = q.Article
			c.Articles++
		}
	}
	return sortCounts(byName)
}

func sortCounts(byName map[string]*Count) []Count {
	out := make([]Count, 0, len(byName))
	for _, c := range byName {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out
}
