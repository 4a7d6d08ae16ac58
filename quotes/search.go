package quotes

import (
	"math"
	"quotebot/quotes/extract"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
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

// Ranking. Retrieval scores every document holding a query word (or a
// word it may be a misspelling of) by the rarity of the words it holds; the
// best candidates are then re-ranked on how much of the query they cover,
// whether the words stand in the query's order and next to each other, and
// how tightly sahilm/fuzzy finds the words in the text.
const (
	// candidates is how many retrieved documents are re-ranked.
	candidates = 200
	// maxPool is how many documents retrieval hands on: they are ranked
	// by how much of the whole query they hold (prefilter), and the best
	// candidates of them re-ranked in full. Retrieval reads only the rarer
	// words, so thousands of documents may tie on it; the pool lets the
	// commoner words, stopwords included, set them apart.
	maxPool = 1500
	// typingPool and typingBudget are the pool and the scan budget of an
	// unfinished query: suggestions are asked for at every keystroke, and
	// reading less keeps them fast.
	typingPool   = 400
	typingBudget = 30_000
	// fuzzyCandidates is how many of those sahilm/fuzzy looks at.
	fuzzyCandidates = 20
	// minCoverage is the share of the query's weight a result must match;
	// below it, returning nothing beats returning an unrelated quotation.
	minCoverage = 0.55
	// maxQueryWords bounds the words of a query that are looked up.
	maxQueryWords = 32
	// scanBudget bounds the postings retrieval reads for one query. Words
	// are read rarest first; once the budget is spent, the commoner words
	// left only count in re-ranking, where they are checked against each
	// candidate's own words. The rarest word is always read.
	scanBudget = 60_000
)

// commonWord is how many quotations a word must stand in to be taken as
// typed right when it is typed.
func (ix *Index) commonWord() int { return max(20, len(ix.quotes)/2000) }

func idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// queryWord is one word of a query with the terms it may stand for.
type queryWord struct {
	word   string
	exps   []expansion
	weight float32 // the most this word can add to a score
	stop   bool
	volume int // documents its expansions hold, added up
}

// scratch is per-search working memory over all documents, reused
// through a pool so that a search allocates little.
type scratch struct {
	acc     []accumulator // by document
	touched []uint32
	heap    []ranked
	// matches holds re-ranking's matches, candidate by candidate.
	matches []match
	// answers maps a vocabulary term to the query words it answers
	// during re-ranking.
	answers termTable
}

// accumulator is one document's retrieval score. Score and marker share a
// cache line: at a million documents, the accumulators outgrow the caches
// and each first touch of a document is a miss.
type accumulator struct {
	score  float32
	marker uint8 // which query word scored it last, 0 when untouched
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
		if id, ok := ix.vocab.ids[t.word]; ok && len(ix.postings[id]) >= ix.commonWord() {
			typos = false
		}
		w.exps = ix.vocab.expand(t.word, prefix && i == len(toks)-1, typos)
		for _, e := range w.exps {
			if !stopwords[ix.vocab.terms[e.term]] || e.sim == simExact {
				w.volume += len(ix.postings[e.term])
			}
			if s := e.sim * ix.idf[e.term]; s > w.weight {
				w.weight = s
			}
		}
		if len(w.exps) == 0 {
			// A word the index does not hold still counts against coverage,
			// as much as a rare word would.
			w.weight = float32(idf(float64(len(ix.quotes)), 1))
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
			k.df = len(ix.postings[id])
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
	// Ties on the rarer words grow with the index, and so does the pool.
	poolSize, budget := min(maxPool, max(2*candidates, len(ix.quotes)/400)), scanBudget
	if q.Prefix {
		poolSize, budget = min(poolSize, typingPool), typingBudget
	}
	pool := ix.retrieve(sc, qw, allow, poolSize, budget)
	lists := ix.answerTable(sc, qw)
	return ix.rerank(sc, qw, lists, ix.prefilter(sc, qw, lists, pool), limit)
}

// retrieve scores documents by the words they hold and returns the pool
// best of them.
func (ix *Index) retrieve(sc *scratch, qw []queryWord, allow func(uint32) bool, pool, budget int) []uint32 {
	// Stopwords pick no candidates when the query has other words: they
	// hold most documents and only count in re-ranking.
	content := false
	for _, w := range qw {
		content = content || len(w.exps) > 0 && !w.stop
	}
	order := make([]int, 0, len(qw))
	for i, w := range qw {
		if len(w.exps) > 0 && (!w.stop || !content) {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return nil
	}
	sort.Slice(order, func(a, b int) bool { return qw[order[a]].volume < qw[order[b]].volume })
	if len(order) == 1 || qw[order[1]].volume > budget {
		return ix.retrieveOne(sc, qw[order[0]], allow, content, pool)
	}
	spent := 0
	for k, i := range order {
		w := qw[i]
		if k > 0 && spent+w.volume > budget {
			break // common words: they only count in re-ranking
		}
		mark := uint8(k%255 + 1)
		for _, e := range w.exps {
			if ix.skipInRetrieval(w, e, content) {
				continue
			}
			p := ix.postings[e.term]
			if spent > 0 && spent+len(p) > 2*budget {
				break // the rarest word's lesser expansions: left to re-ranking
			}
			if k > 0 && e.sim == simPrefix && len(p) > budget/8 {
				// A common completion of an unfinished word ("o" → "open"),
				// once rarer words have picked the candidates: it only
				// counts in re-ranking. (A misspelling's correction is
				// the word itself, and is read.)
				continue
			}
			spent += len(p)
			add := e.sim * ix.idf[e.term]
			for _, d := range p {
				a := &sc.acc[d]
				if a.marker == mark {
					continue // this word already scored here, through a better term
				}
				if allow != nil && !allow(d) {
					continue
				}
				if a.marker == 0 {
					sc.touched = append(sc.touched, d)
				}
				a.marker = mark
				a.score += add
			}
		}
	}
	return topDocs(sc, pool)
}

// retrieveOne picks the candidates of a query in which only one word is
// read, as when a member has typed one word or the start of one. Every
// document holding the same term scores the same, so summing scores would
// buy nothing: the candidates are the documents of the best terms, in
// order, and re-ranking sets them apart.
func (ix *Index) retrieveOne(sc *scratch, w queryWord, allow func(uint32) bool, content bool, want int) []uint32 {
	out := make([]uint32, 0, want)
	exps := append([]expansion(nil), w.exps...)
	sort.SliceStable(exps, func(i, j int) bool {
		return exps[i].sim*ix.idf[exps[i].term] > exps[j].sim*ix.idf[exps[j].term]
	})
	for _, e := range exps {
		if ix.skipInRetrieval(w, e, content) {
			continue
		}
		for _, d := range ix.postings[e.term] {
			if len(out) == want {
				return out
			}
			if sc.acc[d].marker == 0 && (allow == nil || allow(d)) {
				sc.acc[d].marker = 1
				sc.touched = append(sc.touched, d)
				out = append(out, d)
			}
		}
	}
	return out
}

// skipInRetrieval reports an expansion that picks no candidates: a
// stopword reached by a typo or an unfinished word ("bee" → "been"), when
// the query has words that say more. It still counts in re-ranking.
func (ix *Index) skipInRetrieval(w queryWord, e expansion, content bool) bool {
	return content && !w.stop && e.sim < simExact && stopwords[ix.vocab.terms[e.term]]
}

// topDocs returns the n touched documents with the highest retrieval
// scores. The heap keeps the scores inline, so that its comparisons do not
// wander over the accumulators.
func topDocs(sc *scratch, n int) []uint32 {
	h := sc.heap[:0]
	for _, d := range sc.touched {
		h = keepBest(h, n, ranked{d, sc.acc[d].score})
	}
	sc.heap = h
	return docsOf(h)
}

// ranked is a document with a score.
type ranked struct {
	doc   uint32
	score float32
}

// below orders ranked documents: the lower score first, and among equal
// scores the higher document number, so that ties go to earlier documents.
func (a ranked) below(b ranked) bool {
	return a.score < b.score || a.score == b.score && a.doc > b.doc
}

// keepBest offers e to h, a min-heap of the best n documents seen so far,
// and returns the heap.
func keepBest(h []ranked, n int, e ranked) []ranked {
	if len(h) < n {
		h = append(h, e)
		for i := len(h) - 1; i > 0 && h[i].below(h[(i-1)/2]); i = (i - 1) / 2 {
			h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
		}
		return h
	}
	if !h[0].below(e) {
		return h // the common case: no better than the worst kept
	}
	h[0] = e
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h) && h[l].below(h[m]) {
			m = l
		}
		if r < len(h) && h[r].below(h[m]) {
			m = r
		}
		if m == i {
			return h
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func docsOf(h []ranked) []uint32 {
	out := make([]uint32, len(h))
	for i, e := range h {
		out[i] = e.doc
	}
	return out
}

func (ix *Index) getScratch() *scratch {
	if sc, ok := ix.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{acc: make([]accumulator, len(ix.quotes))}
}

func (ix *Index) putScratch(sc *scratch) {
	for _, d := range sc.touched {
		sc.acc[d] = accumulator{}
	}
	sc.touched = sc.touched[:0]
	ix.scratch.Put(sc)
}

// match is how one query word matched one document.
type match struct {
	sim float32
	pos int // word position in the document, -1 when unmatched
}

// answer is a query word that a vocabulary term answers, and how well.
type answer struct {
	word int
	sim  float32
}

// answerTable maps in sc.answers each term to 1 + the index in the returned lists
// of the query words the term answers (0 for none), for the look-ups of
// prefilter and rerank.
func (ix *Index) answerTable(sc *scratch, qw []queryWord) [][]answer {
	n := 0
	for _, w := range qw {
		n += len(w.exps)
	}
	sc.answers.reset(n)
	var lists [][]answer
	for i, w := range qw {
		for _, e := range w.exps {
			l := sc.answers.get(e.term) - 1
			if l < 0 {
				lists = append(lists, nil)
				l = int32(len(lists) - 1)
				sc.answers.put(e.term, l+1)
			}
			lists[l] = append(lists[l], answer{i, e.sim})
		}
	}
	return lists
}

// prefilter keeps the candidates best re-ranked in full: of the pool, the
// documents that hold the most of the whole query's weight, by their
// words alone, not where they stand.
func (ix *Index) prefilter(sc *scratch, qw []queryWord, lists [][]answer, pool []uint32) []uint32 {
	if len(pool) <= candidates {
		return pool
	}
	best := make([]float32, len(qw))
	h := make([]ranked, 0, candidates)
	for _, d := range pool {
		clear(best)
		for _, t := range ix.docTerms[ix.docStart[d]:ix.docStart[d+1]] {
			if l := sc.answers.get(t); l != 0 {
				for _, a := range lists[l-1] {
					best[a.word] = max(best[a.word], a.sim)
				}
			}
		}
		var s float32
		for i, b := range best {
			s += b / bestSim(qw[i]) * qw[i].weight
		}
		h = keepBest(h, candidates, ranked{d, s})
	}
	return docsOf(h)
}

// rerank scores each candidate on coverage, order, adjacency and a fuzzy
// re-check, and drops those that cover too little of the query.
func (ix *Index) rerank(sc *scratch, qw []queryWord, lists [][]answer, cands []uint32, limit int) []Result {
	var total float32
	for _, w := range qw {
		total += w.weight
	}
	type scored struct {
		doc      uint32
		coverage float32
		score    float64
		matches  []match // a window of all
	}
	out := make([]scored, 0, min(len(cands), 64))
	all := sc.matches[:0]
	if cap(all) < len(cands)*len(qw) {
		all = make([]match, 0, len(cands)*len(qw))
	}
	defer func() { sc.matches = all[:0] }()
	ms := make([]match, len(qw))
	for _, d := range cands {
		for i := range ms {
			ms[i] = match{pos: -1}
		}
		terms := ix.docTerms[ix.docStart[d]:ix.docStart[d+1]]
		// Each word's best similarity, then, among the places it has it,
		// the one nearest the query's rarest matched word, so that a
		// common word is not taken from the other end of a long text.
		for p, t := range terms {
			l := sc.answers.get(t)
			if l == 0 {
				continue
			}
			for _, a := range lists[l-1] {
				if a.sim > ms[a.word].sim {
					ms[a.word] = match{a.sim, p}
				}
			}
		}
		anchor, best := -1, float32(0)
		for i, m := range ms {
			if m.pos >= 0 && qw[i].weight > best {
				anchor, best = m.pos, qw[i].weight
			}
		}
		if anchor >= 0 {
			for p, t := range terms {
				l := sc.answers.get(t)
				if l == 0 {
					continue
				}
				for _, a := range lists[l-1] {
					if m := &ms[a.word]; a.sim == m.sim && abs(p-anchor) < abs(m.pos-anchor) {
						m.pos = p
					}
				}
			}
		}
		var got float32
		content := false
		for i, m := range ms {
			if m.pos >= 0 {
				got += m.sim / bestSim(qw[i]) * qw[i].weight
				content = content || !qw[i].stop
			}
		}
		if total == 0 || !content {
			continue
		}
		coverage := got / total
		if coverage < minCoverage {
			continue
		}
		compact, adjacent := proximity(ms)
		// A shorter quotation that holds the same words is the closer match.
		brevity := 1 / (1 + float64(len(terms))/200)
		score := 0.70*float64(coverage) + 0.14*compact + 0.10*adjacent + 0.01*brevity
		all = append(all, ms...)
		out = append(out, scored{d, coverage, score, all[len(all)-len(ms) : len(all) : len(all)]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
	// sahilm/fuzzy re-checks the best few: how tightly the words the query
	// matched stand together in the text.
	n := min(len(out), fuzzyCandidates)
	if n > 1 {
		bonus := ix.fuzzyBonus(qw, n, func(k int) (uint32, []match) { return out[k].doc, out[k].matches })
		for k := 0; k < n; k++ {
			out[k].score += 0.05 * bonus[k]
		}
		sort.SliceStable(out[:n], func(i, j int) bool { return out[i].score > out[j].score })
	}
	results := make([]Result, min(len(out), limit))
	for k, s := range out[:len(results)] {
		q := ix.quotes[s.doc]
		results[k] = Result{Quote: q, Score: math.Min(1, s.score), Highlights: ix.highlights(q, s.matches)}
	}
	return results
}

func bestSim(w queryWord) float32 {
	if len(w.exps) == 0 {
		return 1
	}
	return w.exps[0].sim
}

// proximity measures, from 0 to 1, how closely the matched words stand
// together in the text, in any order (people do not remember the order),
// and how many consecutive query words stand next to each other in it, in
// the query's order (a phrase remembered right is a strong sign).
func proximity(ms []match) (compact, adjacent float64) {
	lo, hi, n := -1, -1, 0
	for _, m := range ms {
		if m.pos < 0 {
			continue
		}
		n++
		if lo < 0 || m.pos < lo {
			lo = m.pos
		}
		hi = max(hi, m.pos)
	}
	if len(ms) < 2 {
		return 1, 1
	}
	if n < 2 {
		return 1, 0
	}
	compact = float64(n) / float64(hi-lo+1)
	next := 0
	for i := 1; i < len(ms); i++ {
		if ms[i-1].pos >= 0 && ms[i].pos == ms[i-1].pos+1 {
			next++
		}
	}
	return compact, float64(next) / float64(len(ms)-1)
}

// fuzzyBonus runs sahilm/fuzzy once per matched query word over the
// candidates' texts and returns, per candidate, a 0 to 1 measure of how
// tightly each word's letters stand together. It matches word by word:
// one long pattern would overflow fuzzy's compounding adjacency bonus.
func (ix *Index) fuzzyBonus(qw []queryWord, n int, doc func(int) (uint32, []match)) []float64 {
	texts := make([]string, n)
	for k := 0; k < n; k++ {
		d, _ := doc(k)
		texts[k] = extract.Fold(ix.quotes[d].Text)
	}
	bonus := make([]float64, n)
	counted := 0
	for i, w := range qw {
		if w.stop || len(w.exps) == 0 {
			continue
		}
		counted++
		// The term the word stands for in each text, so that a misspelt
		// word is checked by its correction.
		pattern := ix.vocab.terms[w.exps[0].term]
		if len(pattern) > 24 {
			pattern = pattern[:24]
		}
		for _, m := range fuzzy.Find(pattern, texts) {
			_, ms := doc(m.Index)
			if ms[i].pos < 0 {
				continue
			}
			bonus[m.Index] += contiguity(texts[m.Index], m.MatchedIndexes)
		}
	}
	if counted > 0 {
		for k := range bonus {
			bonus[k] /= float64(counted)
		}
	}
	return bonus
}

// contiguity is the share of the letters fuzzy matched in text that
// directly follow the one matched before. fuzzy gives byte offsets, so the
// next letter is a rune's width on, not one byte.
func contiguity(text string, idx []int) float64 {
	if len(idx) < 2 {
		return 1
	}
	next := 0
	for i := 1; i < len(idx); i++ {
		prev := idx[i-1]
		if prev < 0 || prev >= len(text) {
			continue
		}
		_, size := utf8.DecodeRuneInString(text[prev:])
		if idx[i] == prev+size {
			next++
		}
	}
	return float64(next) / float64(len(idx)-1)
}

// highlights returns the byte ranges of the words of q.Text that matched.
func (ix *Index) highlights(q *Quote, ms []match) []Span {
	want := map[int]bool{}
	for _, m := range ms {
		if m.pos >= 0 {
			want[m.pos] = true
		}
	}
	var out []Span
	p := 0
	scanWords(q.Text, make([]byte, 0, 32), func(_ []byte, start, end int) {
		if want[p] {
			out = append(out, Span{start, end})
		}
		p++
	})
	return out
}
