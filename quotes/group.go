package quotes

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// threshold is how much two quotations must share to be one statement:
// at least shared content stems, making up at least overlap of the
// shorter one.
type threshold struct {
	minShared  int
	minOverlap float64
}

var (
	// sameSpeaker groups one speaker's quotations: "great success and a
	// step toward societal consolidation" and "I believe that this is a
	// great success … consolidation of society".
	sameSpeaker = threshold{2, 0.5}
	// anySpeaker groups the words of one statement given to different
	// speakers, an agency and the person it quotes: more must be shared,
	// since two people may well both speak of a "great success".
	anySpeaker = threshold{4, 0.6}
)

const (
	// maxStemQuotes skips stems so common in one speaker's quotations that
	// they say nothing about which statement it is, and bounds the work.
	maxStemQuotes = 64
	// stemRunes is how much of a word its stem keeps, so that "society"
	// and "societal" meet but "never" and "nevertheless" do not.
	stemRunes = 6
)

// groupStatements fills alsoIn: for each quotation, the same statement
// reported in other articles. Statements are compared within groups of
// documents small enough to compare pairwise: one speaker's quotations,
// and then, so that a statement an agency relayed and one given to the
// person are found to be one, the quotations sharing a MinHash of their
// stems, whoever the speaker. Work is on the documents' term IDs
// (docTerms[docStart[d]:docStart[d+1]]), with dense arrays, on all cores.
func (ix *Index) groupStatements(docStart, docTerms []uint32) {
	st := &statements{ix: ix, docStart: docStart, docTerms: docTerms}
	st.stemOf, st.nstems = ix.termStems()
	st.groupWithin(sameSpeaker, func(d int) (uint64, bool) {
		s := ix.speakerOf[d]
		return uint64(s), s != 0
	})
	df := st.stemDocs()
	for seed := uint64(1); seed <= minHashes; seed++ {
		st.groupWithin(anySpeaker, func(d int) (uint64, bool) {
			return st.minHash(df, d, seed)
		})
	}
	ix.alsoIn = st.linked()
}

// statements is the work of grouping statements.
type statements struct {
	ix                 *Index
	docStart, docTerms []uint32
	stemOf             []int32
	nstems             int
	mu                 sync.Mutex
	pairs              [][2]uint32 // documents found to be one statement
}

// terms returns document d's terms.
func (st *statements) terms(d int) []uint32 { return st.docTerms[st.docStart[d]:st.docStart[d+1]] }

// linked returns, for each document, the documents it was linked with.
func (st *statements) linked() packedLists {
	both := make([][2]uint32, 0, 2*len(st.pairs))
	for _, p := range st.pairs {
		both = append(both, p, [2]uint32{p[1], p[0]})
	}
	slices.SortFunc(both, func(a, b [2]uint32) int {
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	both = slices.Compact(both)
	var pb packedBuilder
	var list []uint32
	k := 0
	for d := range st.ix.n {
		list = list[:0]
		for ; k < len(both) && both[k][0] == uint32(d); k++ {
			list = append(list, both[k][1])
		}
		pb.add(list, true)
	}
	return pb.lists()
}

// minHashes is how many MinHash groupings look for a statement across
// speakers: two reports sharing half their stems meet in one of three
// with a chance of 7 in 8.
const minHashes = 3

// minHash returns the smallest hash, under seed, of document d's stems;
// false for a document with too few of them to group across speakers.
func (st *statements) minHash(df []int32, d int, seed uint64) (uint64, bool) {
	best, n := uint64(math.MaxUint64), 0
	for _, t := range st.terms(d) {
		// Only rare stems: a common one would gather a group too large to
		// compare pairwise, and says little about which statement it is.
		if st := st.stemOf[t]; st >= 0 && df[st] <= maxHashQuotes {
			h := (uint64(st) + 1) * (0x9E3779B97F4A7C15 ^ seed*0xBF58476D1CE4E5B9)
			h ^= h >> 29
			best, n = min(best, h), n+1
		}
	}
	// Too few stems to share as many as anySpeaker asks: in no group.
	return best, n >= anySpeaker.minShared
}

// maxHashQuotes bounds the quotations a stem may appear in to take part
// in a MinHash, and so the size of a group.
const maxHashQuotes = 4 * maxStemQuotes

// stemDocs counts the documents each stem appears in.
func (st *statements) stemDocs() []int32 {
	df := make([]int32, st.nstems)
	last := make([]int32, st.nstems)
	for d := range st.ix.n {
		for _, t := range st.terms(d) {
			if st := st.stemOf[t]; st >= 0 && last[st] != int32(d+1) {
				last[st] = int32(d + 1)
				df[st]++
			}
		}
	}
	return df
}

// groupWithin links the statements among the documents that key puts in
// one group; documents key rejects are in no group.
func (st *statements) groupWithin(th threshold, key func(d int) (uint64, bool)) {
	type keyed struct {
		key uint64
		doc uint32
	}
	ks := make([]keyed, 0, st.ix.n)
	for d := range st.ix.n {
		if k, ok := key(d); ok {
			ks = append(ks, keyed{k, uint32(d)})
		}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Compare(a.key, b.key) })
	docs := make([]uint32, len(ks))
	var groups [][]uint32
	for i := 0; i < len(ks); {
		j := i
		for j < len(ks) && ks[j].key == ks[i].key {
			docs[j] = ks[j].doc
			j++
		}
		if j-i >= 2 {
			groups = append(groups, docs[i:j])
		}
		i = j
	}
	// Groups are independent, so workers take them, the largest first.
	order := make([]int, len(groups))
	for g := range groups {
		order[g] = g
	}
	sort.Slice(order, func(i, j int) bool { return len(groups[order[i]]) > len(groups[order[j]]) })
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(order)/4)) {
		wg.Go(func() {
			g := newGrouper(st.nstems)
			g.threshold = th
			for {
				i := int(next.Add(1)) - 1
				if i >= len(order) {
					break
				}
				g.group(st, groups[order[i]])
			}
			st.mu.Lock()
			st.pairs = append(st.pairs, g.pairs...)
			st.mu.Unlock()
		})
	}
	wg.Wait()
}

// termStems maps each term to the ID of its stem, or -1 for a stopword or
// a word too short to tell statements apart.
func (ix *Index) termStems() ([]int32, int) {
	ids := map[string]int32{}
	stemOf := make([]int32, len(ix.vocab.terms))
	for t, w := range ix.vocab.terms {
		if len(w) < 3 || stopwords[w] {
			stemOf[t] = -1
			continue
		}
		st := w
		if r := []rune(w); len(r) > stemRunes {
			st = string(r[:stemRunes])
		}
		id, ok := ids[st]
		if !ok {
			id = int32(len(ids))
			ids[st] = id
		}
		stemOf[t] = id
	}
	return stemOf, len(ids)
}

// grouper is one worker's memory for grouping statements, reused from
// group to group.
type grouper struct {
	threshold
	stemCount []int32
	seen      []int32 // document+1 that last counted a stem
	docStems  []int32 // each document's distinct stems, by offset
	docOff    []int
	post      []int32 // local documents by stem
	postOff   []int32
	shared    []uint16
	touched   []int32
	pairs     [][2]uint32 // documents found to be one statement
}

func newGrouper(nstems int) *grouper {
	return &grouper{stemCount: make([]int32, nstems), seen: make([]int32, nstems), postOff: make([]int32, nstems+1)}
}

// group links the statements among one group's documents.
func (g *grouper) group(st *statements, group []uint32) {
	ix, stemOf := st.ix, st.stemOf
	// Each document's distinct stems, and which stems this speaker uses.
	g.docStems, g.docOff = g.docStems[:0], g.docOff[:0]
	var used []int32
	for k, d := range group {
		g.docOff = append(g.docOff, len(g.docStems))
		for _, t := range st.terms(int(d)) {
			st := stemOf[t]
			if st < 0 || g.seen[st] == int32(k+1) {
				continue
			}
			g.seen[st] = int32(k + 1)
			g.docStems = append(g.docStems, st)
			if g.stemCount[st] == 0 {
				used = append(used, st)
			}
			g.stemCount[st]++
		}
	}
	g.docOff = append(g.docOff, len(g.docStems))
	// Postings of this speaker's stems, in one array.
	total := int32(0)
	for _, st := range used {
		g.postOff[st] = total
		total += g.stemCount[st]
	}
	g.post = slices.Grow(g.post[:0], int(total))[:total]
	for k := range group {
		for _, st := range g.docStems[g.docOff[k]:g.docOff[k+1]] {
			g.post[g.postOff[st]] = int32(k)
			g.postOff[st]++
		}
	}
	for _, st := range used { // postOff now marks each list's end
		g.postOff[st] -= g.stemCount[st]
	}
	if cap(g.shared) < len(group) {
		g.shared = make([]uint16, len(group))
	}
	g.shared = g.shared[:len(group)]
	for k, d := range group {
		mine := g.docStems[g.docOff[k]:g.docOff[k+1]]
		for _, st := range mine {
			if g.stemCount[st] > maxStemQuotes {
				continue
			}
			for _, o := range g.post[g.postOff[st] : g.postOff[st]+g.stemCount[st]] {
				if int(o) <= k {
					continue
				}
				if g.shared[o] == 0 {
					g.touched = append(g.touched, o)
				}
				g.shared[o]++
			}
		}
		for _, o := range g.touched {
			n := int(g.shared[o])
			g.shared[o] = 0
			short := min(len(mine), g.docOff[o+1]-g.docOff[o])
			if n < g.minShared || float64(n) < g.minOverlap*float64(short) {
				continue
			}
			if ix.articleOf[d] == ix.articleOf[group[o]] {
				continue
			}
			g.pairs = append(g.pairs, [2]uint32{d, group[o]})
		}
		g.touched = g.touched[:0]
	}
	for _, st := range used {
		g.stemCount[st] = 0
		g.seen[st] = 0
	}
}
