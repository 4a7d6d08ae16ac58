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
	lists := func(i int) [][]uint32 {
		ts := ix.retrievalTerms(qw[i], content)
		out := make([][]uint32, len(ts))
		for k, t := range ts {
			out[k] = ix.postings[t]
		}
		return out
	}
	first := lists(order[0])
	if qw[order[0]].volume > limit {
		next := ix.nextTerms(qw, order[0])
		if len(next) == 0 {
			// One word to go by: any of its documents is as good a
			// candidate as another.
			return firstDocs(sc, first, allow, limit)
		}
		return ix.holdingNext(sc, first, next, allow, limit)
	}
	volume := qw[order[0]].volume
	for _, i := range order[1:] {
		if volume+qw[i].volume > limit {
			break
		}
		volume += qw[i].volume
		first = append(first, lists(i)...)
	}
	return union(sc, first, allow)
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

// union returns the documents of lists that allow lets through, each
// once, in order.
func union(sc *scratch, lists [][]uint32, allow func(uint32) bool) []uint32 {
	out := sc.cands[:0]
	for _, l := range lists {
		for _, d := range l {
			if allow == nil || allow(d) {
				out = append(out, d)
			}
		}
	}
	if len(lists) > 1 {
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
		var rest [][]uint32 // the lesser terms' lists, when there are many
		var restSim float32
		for j, e := range w.exps {
			bits := ix.dense[e.term]
			if j > 0 && bits == nil && len(w.exps) > maxStepped && folded < len(sc.bitmaps) {
				if rest == nil {
					restSim = e.sim / bestSim(w)
				}
				rest = append(rest, ix.postings[e.term])
				continue
			}
			ls = append(ls, list{cursor{p: ix.postings[e.term]}, bits, i, e.sim / bestSim(w)})
		}
		if rest != nil {
			// A word of many terms, as an unfinished one ("pres" →
			// "president", "press", …): its lesser terms' documents are
			// marked in one bitmap, as good as the best of them.
			bits := sc.marks(folded, len(ix.quotes))
			folded++
			for _, l := range rest {
				for _, d := range l {
					bits[d/64] |= 1 << (d % 64)
				}
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

// firstDocs returns up to limit documents of lists, the best list first:
// for a word so common that its documents cannot all be weighed, any of
// them is as good a candidate as another.
func firstDocs(sc *scratch, lists [][]uint32, allow func(uint32) bool, limit int) []uint32 {
	out := sc.cands[:0]
	for _, l := range lists {
		for _, d := range l {
			if len(out) == limit {
				break
			}
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

// termsOf are the documents of the terms a query word may stand for: the
// dense terms' bits, and the others' lists.
type termsOf struct {
	dense [][]uint64
	lists [][]uint32
}

// maxNext is how many words besides the rarest holdingNext checks.
const maxNext = 4

// nextTerms returns the terms of the words of qw other than the one at
// skip, stopwords too, the rarest words first, at most maxNext of them.
func (ix *Index) nextTerms(qw []queryWord, skip int) []termsOf {
	var order []int
	for i, w := range qw {
		if i != skip && len(w.exps) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return qw[a].volume - qw[b].volume })
	next := make([]termsOf, min(maxNext, len(order)))
	for k := range next {
		for _, e := range qw[order[k]].exps {
			if bits := ix.dense[e.term]; bits != nil {
				next[k].dense = append(next[k].dense, bits)
			} else {
				next[k].lists = append(next[k].lists, ix.postings[e.term])
			}
		}
	}
	return next
}

// holdingNext returns up to limit documents of first, those holding the
// most of the words of next first, reading at most maxProbed documents
// of first, its best list first. The documents of next are marked in
// bitmaps over all documents rather than stepped through, and those of a
// dense term are its bits already.
func (ix *Index) holdingNext(sc *scratch, first [][]uint32, next []termsOf, allow func(uint32) bool, limit int) []uint32 {
	marks := make([][]uint64, len(next))
	for k, w := range next {
		if len(w.lists) == 0 {
			continue
		}
		marks[k] = sc.marks(k, len(ix.quotes))
		for _, l := range w.lists {
			for _, d := range l {
				marks[k][d/64] |= 1 << (d % 64)
			}
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
	for _, l := range first {
		for _, d := range l {
			if probed == maxProbed {
				break
			}
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

// cursor walks a sorted list of documents.
type cursor struct {
	p []uint32
	i int
}

// seek moves to the first document not before d and reports whether it
// is d. It gallops, doubling its steps, so that checking the documents of
// a rare word against a common one costs a few steps each, not the
// common word's whole list.
func (c *cursor) seek(d uint32) bool {
	p, i := c.p, c.i
	if i >= len(p) {
		return false
	}
	if p[i] >= d {
		return p[i] == d
	}
	// p[i] < d: widen the step until it passes d, then halve the gap.
	lo, step := i, 1
	hi := lo + step
	for hi < len(p) && p[hi] < d {
		lo, step = hi, step*2
		hi = lo + step
	}
	hi = min(hi, len(p))
	for lo+1 < hi { // p[lo] < d; p[hi] ≥ d or hi is the end
		m := int(uint(lo+hi) >> 1)
		if p[m] < d {
			lo = m
		} else {
			hi = m
		}
	}
	c.i = hi
	return hi < len(p) && p[hi] == d
}
