package quotes

import (
	"runtime"
	"sort"
	"strings"
	"sync"

	"quotebot/quotes/extract"
)

// Index is the searchable set of quotations. It is immutable once built
// and safe for concurrent use.
//
// It keeps only what answers and the next refresh need, in few and dense
// arrays: each quotation's text in one string for the whole index, its
// speaker, outlet, cue and article as small numbers, its words and the
// postings of every word as varints. No article body is kept unless the
// articles were loaded with theirs (Load, NewIndex of articles that have
// one). A *Quote or *Article it returns is made on the way out, and is the
// caller's.
type Index struct {
	n int // quotations, numbered in article order: document numbers

	// By document.
	texts     strList
	ids       []uint64          // idKey of each quotation's ID as extracted
	oddIDs    map[uint32]string // IDs that are not 16 hex digits
	renamed   map[uint32]uint64 // the ID a copy of another article's text was given instead
	offsets   []uint32          // byte offset in the article's body; renamed IDs derive from it
	articleOf []uint32
	flags     []uint8 // kind | partialFlag
	cueOf     []uint16
	rawOf     []uint32 // the speaker as extracted, in names
	speakerOf []uint32 // canonical speaker, in speakers; 0 is none
	outletOf  []uint16 // in outlets; 0 is unknown
	alsoIn    packedLists
	// speakerPairs are the documents one speaker's statements link, which
	// the next build takes over for a speaker whose quotations stay.
	speakerPairs [][2]uint32
	sentDocs     []uint32 // documents with a sentence, ascending
	sentences    strList  // by position in sentDocs
	docTerms     packedLists
	idTable      []uint32 // open addressing over final IDs: document+1, 0 empty

	// By term.
	vocab    *vocabulary
	postings packedLists // ascending document numbers
	df       []uint32    // documents holding the term
	idf      []float32
	dense    denseTerms // the commonest terms' documents as bits, for search

	// Names.
	names    strList  // raw speakers and the name forms of people
	speakers []string // canonical names; speakerOf indexes it, 0 is none
	outlets  []string // outletOf indexes it, 0 is unknown
	cues     []string
	// speakerWords and outletWords hold the folded words of each speaker
	// and outlet name for forgiving filter matching.
	speakerWords [][]string
	outletWords  [][]string
	// unnamed tells, by speaker, a description of somebody the articles
	// keep unnamed ("a senior Democratic aide"), which no speaker list
	// offers as a name.
	unnamed []bool

	arts  []articleRec
	forms []nameCount // the name forms of each article, by articleRec.forms
	// files are what a Loader knew of each article's file when it built
	// the index, by article; nil for an index of articles given to
	// NewIndex.
	files []fileState

	version string // names the index by its quotations' IDs

	scratch sync.Pool // of *scratch, the working memory of searches
}

// articleRec is one article as an index keeps it.
type articleRec struct {
	path, outlet, title, url, published string
	body                                string   // only when loaded with bodies
	key                                 [32]byte // what the article was extracted from: see articleKey
	first, count                        uint32   // its documents
	forms                               [2]uint32
	// problems are the article's warnings, each Path the suffix of the
	// article's path it names ("" or SidecarSuffix).
	problems []Problem
}

// nameCount is a name in names and how often it is written.
type nameCount struct {
	name, n uint32
}

// Flags of a document.
const (
	kindMask    = 0x0f
	partialFlag = 0x10
)

// NewIndex builds an index over the quotations of articles. It settles each
// speaker's canonical name across all of them, writing it into the
// articles' quotations, and groups the same statement reported by several
// articles (Quote.AlsoIn) in the index. The articles keep their other
// fields; the index keeps what it needs of them, bodies included.
func NewIndex(articles []*Article) *Index {
	b := newBuilder(nil, true)
	words := splitArticles(articles)
	docs, text, terms := 0, 0, 0
	for i, a := range articles {
		for _, q := range a.Quotes {
			docs, text = docs+1, text+len(q.Text)
		}
		terms += len(words[i].ids)
	}
	// A word's number takes a byte or two packed, three for the rarest
	// of a large vocabulary.
	b.grow(len(articles), docs, text, 2*terms)
	for i, a := range articles {
		x := metaOf(a)
		x.body = a.Body
		b.addArticle(a.Path, [32]byte{}, x, len(a.Quotes))
		for _, q := range a.Quotes {
			xq := quoteOf(q)
			b.addQuote(&xq)
		}
		b.vocab.take(words[i])
		b.addWords(words[i])
	}
	ix := b.finish()
	for _, a := range articles {
		for _, q := range a.Quotes {
			if r, ok := b.rename[q.Speaker]; ok {
				q.Speaker = r
			}
		}
	}
	return ix
}

// splitArticles splits the quotations of the articles into words on all
// cores, each core taking a run of articles with a splitter of its own.
func splitArticles(articles []*Article) []*splitWords {
	docs := 0
	for _, a := range articles {
		docs += len(a.Quotes)
	}
	words := make([]*splitWords, len(articles))
	shares := max(1, min(runtime.GOMAXPROCS(0), docs/minShare))
	per := (len(articles) + shares - 1) / shares
	var wg sync.WaitGroup
	for s := range shares {
		wg.Go(func() {
			sp := newSplitter(s)
			for i := s * per; i < min((s+1)*per, len(articles)); i++ {
				qs := articles[i].Quotes
				words[i] = sp.split(len(qs), func(k int) string { return qs[k].Text })
			}
		})
	}
	wg.Wait()
	return words
}

// minShare is the fewest quotations worth a core of their own.
const minShare = 20_000

// Len returns the number of quotations.
func (ix *Index) Len() int { return ix.n }

// NumArticles returns the number of articles.
func (ix *Index) NumArticles() int { return len(ix.arts) }

// QuoteAt returns the i-th quotation, 0 ≤ i < Len(), in the order of
// Quotes.
func (ix *Index) QuoteAt(i int) *Quote { return ix.quote(i) }

// Quotes returns every quotation, article by article in text order. It
// makes them all: use QuoteAt for a few.
func (ix *Index) Quotes() []*Quote {
	out := make([]*Quote, ix.n)
	for d := range out {
		out[d] = ix.quote(d)
	}
	return out
}

// ArticleInfo is an article as lists show it.
type ArticleInfo struct {
	Path, Outlet, Title, URL, Published string
	Quotes                              int
}

// ArticleAt returns the i-th article, 0 ≤ i < NumArticles(), in path order.
func (ix *Index) ArticleAt(i int) ArticleInfo {
	a := &ix.arts[i]
	return ArticleInfo{Path: a.path, Outlet: a.outlet, Title: a.title, URL: a.url, Published: a.published, Quotes: int(a.count)}
}

// Articles returns the articles the index was built from, with their
// quotations and problems. It makes them all: use ArticleAt for a list.
func (ix *Index) Articles() []*Article {
	out := make([]*Article, len(ix.arts))
	for i := range ix.arts {
		a := &ix.arts[i]
		art := &Article{Path: a.path, Outlet: a.outlet, Title: a.title, URL: a.url, Published: a.published, Body: a.body,
			Problems: a.articleProblems()}
		for d := a.first; d < a.first+a.count; d++ {
			art.Quotes = append(art.Quotes, ix.quote(int(d)))
		}
		out[i] = art
	}
	return out
}

// articleProblems returns the article's problems, each naming its file.
func (a *articleRec) articleProblems() []Problem {
	if len(a.problems) == 0 {
		return nil
	}
	out := make([]Problem, len(a.problems))
	for i, p := range a.problems {
		p.Path = a.path + p.Path
		out[i] = p
	}
	return out
}

// Quote returns the quotation with the given ID.
func (ix *Index) Quote(id string) (*Quote, bool) {
	d, ok := ix.lookupID(id)
	if !ok {
		return nil, false
	}
	return ix.quote(d), true
}

// Version names the index by the IDs of its quotations: two processes
// that loaded the same articles agree on it.
func (ix *Index) Version() string { return ix.version }

// quote makes the *Quote of document d.
func (ix *Index) quote(d int) *Quote {
	a := &ix.arts[ix.articleOf[d]]
	return &Quote{
		ID:        ix.id(d),
		Text:      ix.texts.at(d),
		Speaker:   ix.speakers[ix.speakerOf[d]],
		Outlet:    ix.outlets[ix.outletOf[d]],
		Article:   a.path,
		Title:     a.title,
		URL:       a.url,
		Published: a.published,
		Partial:   ix.flags[d]&partialFlag != 0,
		Unnamed:   extract.Kind(ix.flags[d]&kindMask) == extract.Unnamed,
		Cue:       ix.cues[ix.cueOf[d]],
		AlsoIn:    ix.alsoInIDs(d),
		Sentence:  ix.sentence(d),
		offset:    int(ix.offsets[d]),
		kind:      extract.Kind(ix.flags[d] & kindMask),
	}
}

// published returns the publication date of document d's article.
func (ix *Index) published(d uint32) string { return ix.arts[ix.articleOf[d]].published }

// sentence returns the sentence kept for document d, "" for none.
func (ix *Index) sentence(d int) string {
	i, ok := sort.Find(len(ix.sentDocs), func(i int) int { return d - int(ix.sentDocs[i]) })
	if !ok {
		return ""
	}
	return ix.sentences.at(i)
}

// alsoInIDs returns the IDs of the statements grouped with document d.
func (ix *Index) alsoInIDs(d int) []string {
	docs := ix.alsoIn.appendList(nil, d, true)
	out := make([]string, len(docs))
	for i, o := range docs {
		out[i] = ix.id(int(o))
	}
	if len(out) > 1 {
		sort.Strings(out)
	}
	return out
}

// termsOf returns document d's terms in text order, decoded into buf.
func (ix *Index) termsOf(d uint32, buf []uint32) []uint32 {
	return ix.docTerms.appendList(buf[:0], int(d), false)
}

// Count is a name with how many quotations and articles carry it.
type Count struct {
	Name     string
	Quotes   int
	Articles int
}

// Speakers returns each speaker with their counts, most quoted first.
func (ix *Index) Speakers() []Count {
	quotes := make([]int, len(ix.speakers))
	articles := make([]int, len(ix.speakers))
	last := make([]int32, len(ix.speakers)) // article+1 last counted
	for d := range ix.n {
		s := ix.speakerOf[d]
		if s == 0 {
			continue
		}
		quotes[s]++
		if a := int32(ix.articleOf[d]) + 1; last[s] != a {
			last[s] = a
			articles[s]++
		}
	}
	var out []Count
	for s := 1; s < len(ix.speakers); s++ {
		if quotes[s] > 0 && !ix.isUnnamed(s) {
			out = append(out, Count{Name: ix.speakers[s], Quotes: quotes[s], Articles: articles[s]})
		}
	}
	sortCounts(out)
	return out
}

// Outlets returns each known outlet with its counts, the most articles
// first. Articles whose outlet is unknown are not counted.
func (ix *Index) Outlets() []Count {
	at := map[string]int{}
	var out []Count
	for _, a := range ix.arts {
		if a.outlet == "" {
			continue
		}
		i, ok := at[a.outlet]
		if !ok {
			i = len(out)
			at[a.outlet] = i
			out = append(out, Count{Name: a.outlet})
		}
		out[i].Articles++
		out[i].Quotes += int(a.count)
	}
	sortCounts(out)
	return out
}

// QuotesBy returns the quotations of the canonical speaker name, in index
// order, from the from-th, at most n of them, and how many there are.
func (ix *Index) QuotesBy(name string, from, n int) ([]*Quote, int) {
	s := -1
	for i := 1; i < len(ix.speakers); i++ {
		if ix.speakers[i] == name {
			s = i
			break
		}
	}
	if s < 0 {
		return nil, 0
	}
	var out []*Quote
	total := 0
	for d := range ix.n {
		if ix.speakerOf[d] != uint32(s) {
			continue
		}
		if total >= from && len(out) < n {
			out = append(out, ix.quote(d))
		}
		total++
	}
	return out, total
}

func sortCounts(out []Count) {
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
}
