package quotes

import "slices"

// Retrieval picks the documents whose words are read and scored: those
// holding the query's rarest words. Every document holding them is a
// candidate, not the first so many of them: at a million quotations a
// word of middling rarity stands in thousands, and the quotation meant is
// no likelier to be early among them than late.
// effort is how much work a search may do. Weighing the candidates
// (weigh) costs a step per candidate for each term it is weighed on that
// is dense, whose bits answer at once, and stepCost steps for each other
// term, stepped through: budget bounds those steps, so that a query of
// common words, whose documents are many but whose terms are dense, may
// have more candidates, at least floor and at most maxCandidates. Of the
// candidates, weighed have their words read (prefilter), which at a
// million quotations is a cache miss or two each.
type effort struct{ budget, floor, weighed int }

var (
	lookupEffort = effort{budget: 512_000, floor: 8000, weighed: 600}
	// typingEffort is for suggestions, asked for at every keystroke.
	typingEffort = effort{budget: 64_000, floor: 1000, weighed: 150}
)

const (
	stepCost      = 8
	maxCandidates = 16_000
	// maxStepped is how many terms of a query word weigh steps through;
	// the documents of the rest are marked in a bitmap.
	maxStepped = 4
	// maxProbed bounds the documents of a common word checked against the
	// next words when even the rarest word of a query stands in more
	// documents than can be candidates.
	maxProbed = 40_000
)

// candidates returns how many candidates of qw can be weighed with e.
func (ix *Index) candidates(qw []queryWord, e effort) int {
	cost := 1
	for _, w := range qw {
		for _, x := range w.exps {
			if ix.dense[x.term] != nil {
				cost++
			} else {
				cost += stepCost
			}
		}
	}
	return min(maxCandidates, max(e.floor, e.budget/cost))
}

// retrieve returns up to limit candidates for qw, in order: the
// documents holding any of its rarest words, adding words rarest first
// while their documents fit, in case the rarest was misremembered or
// mistyped. When even the rarest word stands in more documents, they are
// those of its documents that hold the most of the other words
// (holdingNext). Stopwords pick no candidates when the query has other
// words, but they may narrow them down.
func (ix *Index) retrieve(sc *scratch, qw []queryWord, allow func(uint32) bool, limit int) []uint32 {
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
	slices.SortStableFunc(order, func(a, b int) int { return qw[a].volume - qw[b].volume })
	first := ix.retrievalTerms(qw[order[0]], content)
	if qw[order[0]].volume > limit {
		next := ix.nextTerms(qw, order[0])
		if len(next) == 0 {
			// One word to go by: any of its documents is as good a
			// candidate as another.
			return ix.firstDocs(sc, first, allow, limit)
		}
		return ix.holdingNext(sc, first, next, allow, limit)
	}
	volume := qw[order[0]].volume
	for _, i := range order[1:] {
		if volume+qw[i].volume > limit {
			break
		}
		volume += qw[i].volume
		first = append(first, ix.retrievalTerms(qw[i], content)...)
	}
	return ix.union(sc, first, allow)
}

// retrievalTerms returns the terms w may stand for, best first, leaving
// out a stopword reached by a typo or an unfinished word ("bee" → "been")
// when the query has words that say more.
func (ix *Index) retrievalTerms(w queryWord, content bool) []uint32 {
	out := make([]uint32, 0, len(w.exps))
	for _, e := range w.exps {
		if content && !w.stop && e.sim < simExact && stopwords[ix.vocab.terms[e.term]] {
			continue
		}
		out = append(out, e.term)
	}
	return out
}

// union returns the documents of terms that allow lets through, each
// once, in order.
func (ix *Index) union(sc *scratch, terms []uint32, allow func(uint32) bool) []uint32 {
	out := sc.cands[:0]
	for _, t := range terms {
		out = ix.postings.appendList(out, int(t), true)
	}
	if allow != nil {
		out = slices.DeleteFunc(out, func(d uint32) bool { return !allow(d) })
	}
	if len(terms) > 1 {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	sc.cands = out
	return out
}

// weigh keeps the n candidates that hold the most of the query's weight,
// each word counting as much as the best term of it a candidate holds.
// It steps through each term's documents alongside the candidates, which
// must be in order, rather than reading each candidate's words: those
// are scattered over memory, a term's documents are not.
func (ix *Index) weigh(sc *scratch, qw []queryWord, cands []uint32, n int) []uint32 {
	if len(cands) <= n {
		return cands
	}
	type list struct {
		cursor
		bits []uint64 // of a dense term, instead of stepping through it
		word int
		sim  float32 // of the term, against the word's best term
	}
	var ls []list
	folded := 0 // bitmaps of the scratch in use
	defer func() {
		for k := range folded {
			clear(sc.bitmaps[k])
		}
	}()
	for i, w := range qw {
		var rest []uint32 // the lesser terms, when there are many
		var restSim float32
		for j, e := range w.exps {
			bits := ix.dense[e.term]
			if j > 0 && bits == nil && len(w.exps) > maxStepped && folded < len(sc.bitmaps) {
				if rest == nil {
					restSim = e.sim / bestSim(w)
				}
				rest = append(rest, e.term)
				continue
			}
			ls = append(ls, list{ix.postings.cursor(int(e.term)), bits, i, e.sim / bestSim(w)})
		}
		if rest != nil {
			// A word of many terms, as an unfinished one ("pres" →
			// "president", "press", …): its lesser terms' documents are
			// marked in one bitmap, as good as the best of them.
			bits := sc.marks(folded, ix.n)
			folded++
			for _, t := range rest {
				ix.postings.mark(bits, int(t))
			}
			ls = append(ls, list{bits: bits, word: i, sim: restSim})
		}
	}
	h := sc.heap[:0]
	for _, d := range cands {
		var s, held float32
		for k := range ls {
			l := &ls[k]
			if k > 0 && l.word != ls[k-1].word {
				s += held * qw[ls[k-1].word].weight
				held = 0
			}
			if l.sim > held && (l.bits != nil && has(l.bits, d) || l.bits == nil && l.seek(d)) {
				held = l.sim
			}
		}
		if len(ls) > 0 {
			s += held * qw[ls[len(ls)-1].word].weight
		}
		h = keepBest(h, n, ranked{d, s})
	}
	sc.heap = h
	out := docsOf(h)
	slices.Sort(out)
	return out
}

// firstDocs returns up to limit documents of terms, the best term first:
// for a word so common that its documents cannot all be weighed, any of
// them is as good a candidate as another.
func (ix *Index) firstDocs(sc *scratch, terms []uint32, allow func(uint32) bool, limit int) []uint32 {
	out := sc.cands[:0]
	for _, t := range terms {
		c := ix.postings.cursor(int(t))
		for d, ok := c.next(); ok && len(out) < limit; d, ok = c.next() {
			if allow == nil || allow(d) {
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	sc.cands = out
	return out
}

// wordDocs are the documents of the terms a query word may stand for: the
// dense terms' bits, and the others.
type wordDocs struct {
	dense [][]uint64
	terms []uint32
}

// maxNext is how many words besides the rarest holdingNext checks.
const maxNext = 4

// nextTerms returns the terms of the words of qw other than the one at
// skip, stopwords too, the rarest words first, at most maxNext of them.
func (ix *Index) nextTerms(qw []queryWord, skip int) []wordDocs {
	var order []int
	for i, w := range qw {
		if i != skip && len(w.exps) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return qw[a].volume - qw[b].volume })
	next := make([]wordDocs, min(maxNext, len(order)))
	for k := range next {
		for _, e := range qw[order[k]].exps {
			if bits := ix.dense[e.term]; bits != nil {
				next[k].dense = append(next[k].dense, bits)
			} else {
				next[k].terms = append(next[k].terms, e.term)
			}
		}
	}
	return next
}

// holdingNext returns up to limit documents of the terms in first, those
// holding the most of the words of next first, reading at most maxProbed
// of them, the best term's first. The documents of next are marked in
// bitmaps over all documents rather than stepped through, and those of a
// dense term are its bits already.
func (ix *Index) holdingNext(sc *scratch, first []uint32, next []wordDocs, allow func(uint32) bool, limit int) []uint32 {
	marks := make([][]uint64, len(next))
	for k, w := range next {
		if len(w.terms) == 0 {
			continue
		}
		marks[k] = sc.marks(k, ix.n)
		for _, t := range w.terms {
			ix.postings.mark(marks[k], int(t))
		}
	}
	defer func() {
		for _, m := range marks {
			clear(m)
		}
	}()
	// byHeld[n] are the documents holding n of the words of next.
	byHeld := sc.byHeld[:len(next)+1]
	for n := range byHeld {
		byHeld[n] = byHeld[n][:0]
	}
	probed := 0
	for _, t := range first {
		c := ix.postings.cursor(int(t))
		for d, ok := c.next(); ok && probed < maxProbed; d, ok = c.next() {
			probed++
			if allow != nil && !allow(d) {
				continue
			}
			n := 0
			for k, w := range next {
				held := marks[k] != nil && has(marks[k], d)
				for _, bits := range w.dense {
					held = held || has(bits, d)
				}
				if held {
					n++
				}
			}
			byHeld[n] = append(byHeld[n], d)
		}
	}
	out := sc.cands[:0]
	for n := len(next); n >= 0 && len(out) < limit; n-- {
		out = append(out, byHeld[n][:min(len(byHeld[n]), limit-len(out))]...)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	sc.cands = out
	return out
}
