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
// stems, whoever the speaker. Work is on each document's distinct stems,
// found once from its terms (docTerms[docStart[d]:docStart[d+1]], terms
// numbering the vocabulary), with dense arrays, on all cores: the
// groupings' groups are found at once, then compared by one pool of
// workers.
func (ix *Index) groupStatements(docStart, docTerms []uint32, terms []string) {
	st := &statements{ix: ix}
	stemOf, nstems := termStems(terms)
	st.nstems = nstems
	st.splitStems(stemOf, docStart, docTerms)
	df := st.stemDocs()
	groupings := []grouping{{sameSpeaker, len(ix.speakers), func(d int) (uint32, bool) {
		s := ix.speakerOf[d]
		return s, s != 0
	}}}
	for seed := uint64(1); seed <= minHashes; seed++ {
		groupings = append(groupings, grouping{anySpeaker, nstems, func(d int) (uint32, bool) {
			return st.minHash(df, d, seed)
		}})
	}
	var mu sync.Mutex
	var jobs []groupJob
	var wg sync.WaitGroup
	for _, g := range groupings {
		wg.Go(func() {
			found := st.groupsBy(g)
			mu.Lock()
			jobs = append(jobs, found...)
			mu.Unlock()
		})
	}
	wg.Wait()
	st.compare(jobs)
	ix.alsoIn = st.linked()
}

// grouping puts documents in groups by key, below keys, to be compared
// at threshold; documents key rejects are in no group.
type grouping struct {
	threshold
	keys int
	key  func(d int) (uint32, bool)
}

// groupJob is one group of documents to compare.
type groupJob struct {
	threshold
	docs []uint32
}

// statements is the work of grouping statements.
type statements struct {
	ix     *Index
	nstems int
	// stems[stemStart[d]:stemStart[d+1]] are document d's distinct stems,
	// in the order they first come, and uses how many of its words have
	// each.
	stems, uses []int32
	stemStart   []uint32
	mu          sync.Mutex
	pairs       [][2]uint32 // documents found to be one statement
}

// splitStems finds every document's distinct stems.
func (st *statements) splitStems(stemOf []int32, docStart, docTerms []uint32) {
	n := st.ix.n
	st.stemStart = make([]uint32, n+1)
	st.stems = make([]int32, 0, len(docTerms))
	st.uses = make([]int32, 0, len(docTerms))
	seen := make([]int32, st.nstems) // document+1 that last had the stem
	at := make([]int32, st.nstems)   // where in stems the document has it
	for d := range n {
		st.stemStart[d] = uint32(len(st.stems))
		for _, t := range docTerms[docStart[d]:docStart[d+1]] {
			s := stemOf[t]
			switch {
			case s < 0:
			case seen[s] == int32(d+1):
				st.uses[at[s]]++
			default:
				seen[s], at[s] = int32(d+1), int32(len(st.stems))
				st.stems = append(st.stems, s)
				st.uses = append(st.uses, 1)
			}
		}
	}
	st.stemStart[n] = uint32(len(st.stems))
}

// stemsOf returns document d's distinct stems.
func (st *statements) stemsOf(d uint32) []int32 { return st.stems[st.stemStart[d]:st.stemStart[d+1]] }

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

// minHash returns the stem of document d with the smallest hash under
// seed (the hash is one to one, so the stem stands for it); false for a
// document with too few stems to group across speakers.
func (st *statements) minHash(df []int32, d int, seed uint64) (uint32, bool) {
	best, stem, n := uint64(math.MaxUint64), int32(0), 0
	for i := st.stemStart[d]; i < st.stemStart[d+1]; i++ {
		// Only rare stems: a common one would gather a group too large to
		// compare pairwise, and says little about which statement it is.
		if s := st.stems[i]; df[s] <= maxHashQuotes {
			h := (uint64(s) + 1) * (0x9E3779B97F4A7C15 ^ seed*0xBF58476D1CE4E5B9)
			h ^= h >> 29
			if h < best {
				best, stem = h, s
			}
			n += int(st.uses[i])
		}
	}
	// Too few stems to share as many as anySpeaker asks: in no group.
	return uint32(stem), n >= anySpeaker.minShared
}

// maxHashQuotes bounds the quotations a stem may appear in to take part
// in a MinHash, and so the size of a group.
const maxHashQuotes = 4 * maxStemQuotes

// stemDocs counts the documents each stem appears in.
func (st *statements) stemDocs() []int32 {
	df := make([]int32, st.nstems)
	for _, s := range st.stems {
		df[s]++
	}
	return df
}

// groupsBy returns the groups of two documents or more that g makes,
// each in document order: a counting sort by key.
func (st *statements) groupsBy(g grouping) []groupJob {
	const none = math.MaxUint32
	keys := make([]uint32, st.ix.n)
	start := make([]uint32, g.keys+1)
	for d := range keys {
		k, ok := g.key(d)
		if !ok {
			k = none
		} else {
			start[k+1]++
		}
		keys[d] = k
	}
	for k := range g.keys {
		start[k+1] += start[k]
	}
	docs := make([]uint32, start[g.keys])
	fill := append([]uint32(nil), start[:g.keys]...)
	for d, k := range keys {
		if k != none {
			docs[fill[k]] = uint32(d)
			fill[k]++
		}
	}
	var jobs []groupJob
	for k := range g.keys {
		if group := docs[start[k]:start[k+1]]; len(group) >= 2 {
			jobs = append(jobs, groupJob{g.threshold, group})
		}
	}
	return jobs
}

// compare links the statements within each group. Groups are
// independent, so workers take them, the largest first.
func (st *statements) compare(jobs []groupJob) {
	sort.Slice(jobs, func(i, j int) bool { return len(jobs[i].docs) > len(jobs[j].docs) })
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(jobs)/4)) {
		wg.Go(func() {
			g := newGrouper(st.nstems)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(jobs) {
					break
				}
				g.threshold = jobs[i].threshold
				g.group(st, jobs[i].docs)
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
func termStems(terms []string) ([]int32, int) {
	ids := map[string]int32{}
	stemOf := make([]int32, len(terms))
	for t, w := range terms {
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
	post      []int32 // local documents by stem
	postOff   []int32
	postEnd   []int32
	size      []int32 // how many distinct stems each local document has
	used      []int32 // the stems the group's documents have
	shared    []uint16
	touched   []int32
	pairs     [][2]uint32 // documents found to be one statement
}

func newGrouper(nstems int) *grouper {
	return &grouper{stemCount: make([]int32, nstems), postOff: make([]int32, nstems), postEnd: make([]int32, nstems)}
}

// group links the statements among one group's documents.
func (g *grouper) group(st *statements, group []uint32) {
	ix := st.ix
	// Which stems the group's documents use, and how many each has.
	used := g.used[:0]
	defer func() { g.used = used[:0] }()
	g.size = g.size[:0]
	for _, d := range group {
		stems := st.stemsOf(d)
		g.size = append(g.size, int32(len(stems)))
		for _, s := range stems {
			if g.stemCount[s] == 0 {
				used = append(used, s)
			}
			g.stemCount[s]++
		}
	}
	// Postings of the group's stems, in one array.
	total := int32(0)
	for _, s := range used {
		g.postOff[s] = total
		total += g.stemCount[s]
	}
	g.post = slices.Grow(g.post[:0], int(total))[:total]
	for k, d := range group {
		for _, s := range st.stemsOf(d) {
			g.post[g.postOff[s]] = int32(k)
			g.postOff[s]++
		}
	}
	for _, s := range used { // postOff now marks each list's end
		g.postEnd[s] = g.postOff[s]
		g.postOff[s] -= g.stemCount[s]
	}
	// Each list holds the documents in order, so that when document k
	// reads a list, it starts at its own entry: what comes before was
	// compared with k already. postOff moves on as the documents do.
	if cap(g.shared) < len(group) {
		g.shared = make([]uint16, len(group))
	}
	g.shared = g.shared[:len(group)]
	for _, d := range group {
		mine := st.stemsOf(d)
		for _, s := range mine {
			from := g.postOff[s] + 1 // past k's own entry
			g.postOff[s] = from
			if g.stemCount[s] > maxStemQuotes {
				continue
			}
			for _, o := range g.post[from:g.postEnd[s]] {
				if g.shared[o] == 0 {
					g.touched = append(g.touched, o)
				}
				g.shared[o]++
			}
		}
		for _, o := range g.touched {
			n := int(g.shared[o])
			g.shared[o] = 0
			short := min(len(mine), int(g.size[o]))
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
	for _, s := range used {
		g.stemCount[s] = 0
	}
}
