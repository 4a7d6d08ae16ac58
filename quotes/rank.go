package quotes

import (
	"math"
	"slices"
)

// Ranking. The candidates are first scored by their words alone
// (prefilter): how much of the query's weight they hold, and whether the
// words they hold stand next to each other. The best of them are then
// re-ranked in full: coverage first; then whether the rarer words stand in
// the query's order, next to each other (a phrase remembered right is a
// strong sign), and whether all of them do, stopwords too; then how
// tightly they stand in any order (people do not remember the order);
// and, to break ties, how many of the words were typed exactly rather
// than reached through a typo, then brevity.
const (
	// reranked is how many documents are re-ranked in full.
	reranked = 200
	// minCoverage is the share of the query's weight a result must match;
	// below it, returning nothing beats returning an unrelated quotation.
	minCoverage = 0.55
	// Weights of the re-ranking score; they add up to 1.
	weightCoverage = 0.60
	weightPhrase   = 0.16
	weightOrder    = 0.04
	weightCompact  = 0.12
	weightExact    = 0.05
	weightShort    = 0.03
	// prefilterAdjacency is what words standing together add in the
	// prefilter, against 1 for holding all of the query's weight.
	prefilterAdjacency = 0.25
	// minStopwordPhrase is the fewest words a query of stopwords alone
	// must have to be looked up.
	minStopwordPhrase = 3
)

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

// occurrence is a place in a document where a term answers a query word.
type occurrence struct {
	word, pos int
	sim       float32
}

// answerTable maps in sc.answers each term to 1 + the index in the
// returned lists of the query words the term answers (0 for none), for the
// look-ups of prefilter and rerank.
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

// pairWeight is what two query words standing together are worth: as much
// as the commoner of the two, so that two rare words side by side count
// for much and two stopwords for little.
func pairWeight(qw []queryWord, a, b int) float32 { return min(qw[a].weight, qw[b].weight) }

// pairsTotal is what all consecutive query words standing together in
// the query's order are worth.
func pairsTotal(qw []queryWord) float32 {
	var t float32
	for i := 1; i < len(qw); i++ {
		t += pairWeight(qw, i-1, i)
	}
	return t
}

// prefilter keeps the candidates best re-ranked in full: the documents
// that hold the most of the whole query's weight, and of those, the ones
// in which the words they hold stand next to each other, in any order. It
// reads each candidate's words once.
func (ix *Index) prefilter(sc *scratch, qw []queryWord, lists [][]answer, pool []uint32) []uint32 {
	if len(pool) <= reranked {
		return pool
	}
	pairs := pairsTotal(qw)
	best := make([]float32, len(qw))
	h := sc.heap[:0]
	for _, d := range pool {
		clear(best)
		var prev []answer
		var together float32
		sc.terms = ix.termsOf(d, sc.terms)
		for _, t := range sc.terms {
			var cur []answer
			if l := sc.answers.get(t); l != 0 {
				cur = lists[l-1]
				for _, a := range cur {
					best[a.word] = max(best[a.word], a.sim)
				}
			}
			for _, a := range prev {
				for _, b := range cur {
					if a.word != b.word {
						together += pairWeight(qw, a.word, b.word)
					}
				}
			}
			prev = cur
		}
		var s float32
		for i, b := range best {
			s += b / bestSim(qw[i]) * qw[i].weight
		}
		if pairs > 0 {
			s += prefilterAdjacency * min(1, together/pairs) * s
		}
		h = keepBest(h, reranked, ranked{d, s})
	}
	sc.heap = h
	return docsOf(h)
}

// scored is a candidate with its re-ranking score.
type scored struct {
	doc     uint32
	score   float64
	matches []match // a window of the scratch's
}

// rerank scores each candidate in full and drops those that cover too
// little of the query.
func (ix *Index) rerank(sc *scratch, qw []queryWord, lists [][]answer, cands []uint32, limit int) []Result {
	var total float32
	for _, w := range qw {
		total += w.weight
	}
	if total == 0 {
		return nil
	}
	pairs := pairsTotal(qw)
	out := make([]scored, 0, min(len(cands), 64))
	all := sc.matches[:0]
	if cap(all) < len(cands)*len(qw) {
		all = make([]match, 0, len(cands)*len(qw))
	}
	defer func() { sc.matches = all[:0] }()
	ms := make([]match, len(qw))
	for _, d := range cands {
		sc.terms = ix.termsOf(d, sc.terms)
		terms := sc.terms
		occ := sc.occurrences[:0]
		for p, t := range terms {
			if l := sc.answers.get(t); l != 0 {
				for _, a := range lists[l-1] {
					occ = append(occ, occurrence{a.word, p, a.sim})
				}
			}
		}
		sc.occurrences = occ
		var got, exact float32
		content := false
		bestMatches(ms, occ, qw)
		for i, m := range ms {
			if m.pos >= 0 {
				got += m.sim / bestSim(qw[i]) * qw[i].weight
				content = content || !qw[i].stop
				if m.sim == simExact {
					exact += qw[i].weight
				}
			}
		}
		coverage := got / total
		if coverage < minCoverage {
			continue
		}
		phrase, order := 1.0, 1.0
		if len(qw) > 1 {
			chain, links := phraseChain(occ, qw)
			phrase = float64(min(1, chain/pairs))
			order = float64(links) / float64(len(qw)-1)
		}
		if !content && (len(qw) < minStopwordPhrase || order < 0.5) {
			// Stopwords alone find a quotation only as a phrase: "to be
			// or not to be", not "the".
			continue
		}
		score := weightCoverage*float64(coverage) + weightPhrase*phrase + weightOrder*order +
			weightCompact*compactness(ms) + weightExact*float64(exact/total) + weightShort/(1+float64(len(terms))/20)
		all = append(all, ms...)
		out = append(out, scored{d, score, all[len(all)-len(ms) : len(all) : len(all)]})
	}
	slices.SortFunc(out, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return int(a.doc) - int(b.doc)
	})
	results := make([]Result, min(len(out), limit))
	for k, s := range out[:len(results)] {
		q := ix.quote(int(s.doc))
		results[k] = Result{Quote: q, Score: math.Min(1, s.score), Highlights: ix.highlights(q, s.matches)}
	}
	return results
}

// bestMatches sets ms[i] to where query word i matches best among occ:
// its best similarity and, among the places it has it, the one nearest
// the query's heaviest matched word, so that a common word is not taken
// from the other end of a long text.
func bestMatches(ms []match, occ []occurrence, qw []queryWord) {
	for i := range ms {
		ms[i] = match{pos: -1}
	}
	for _, o := range occ {
		if o.sim > ms[o.word].sim {
			ms[o.word] = match{o.sim, o.pos}
		}
	}
	anchor, heaviest := -1, float32(0)
	for i, m := range ms {
		if m.pos >= 0 && qw[i].weight > heaviest {
			anchor, heaviest = m.pos, qw[i].weight
		}
	}
	if anchor < 0 {
		return
	}
	for _, o := range occ {
		if m := &ms[o.word]; o.sim == m.sim && abs(o.pos-anchor) < abs(m.pos-anchor) {
			m.pos = o.pos
		}
	}
}

// phraseChain is the most that consecutive query words standing in the
// query's order in the document are worth, as a chain of places: next to
// each other, or with one word between (a word remembered wrongly or
// left out), at half the worth; and how many links the longest chain
// has. occ must be in the document's order.
func phraseChain(occ []occurrence, qw []queryWord) (worth float32, links int) {
	// best[k] and length[k] are of the best chain ending at occ[k].
	best := make([]float32, len(occ))
	length := make([]int, len(occ))
	for k, o := range occ {
		for j := k - 1; j >= 0 && o.pos-occ[j].pos <= 2; j-- {
			p := occ[j]
			if p.word != o.word-1 || p.pos == o.pos {
				continue
			}
			w := pairWeight(qw, p.word, o.word) * min(p.sim, o.sim)
			if o.pos-p.pos == 2 {
				w /= 2
			}
			best[k] = max(best[k], best[j]+w)
			length[k] = max(length[k], length[j]+1)
		}
		worth, links = max(worth, best[k]), max(links, length[k])
	}
	return worth, links
}

// compactness measures, from 0 to 1, how closely the matched words stand
// together in the text, in any order: the places they take over the
// span from the first to the last. (A word typed twice takes one place.)
func compactness(ms []match) float64 {
	lo, hi := -1, -1
	places := make(map[int]bool, len(ms))
	for _, m := range ms {
		if m.pos < 0 {
			continue
		}
		places[m.pos] = true
		if lo < 0 || m.pos < lo {
			lo = m.pos
		}
		hi = max(hi, m.pos)
	}
	if len(places) < 2 {
		return 1
	}
	return float64(len(places)) / float64(hi-lo+1)
}

func bestSim(w queryWord) float32 {
	if len(w.exps) == 0 {
		return 1
	}
	return w.exps[0].sim
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
