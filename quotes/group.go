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
//
// A build on a previous index (prev, from[d] being the document of prev
// whose words document d has, or -1) compares again only the speakers
// whose quotations changed: an unchanged speaker's statements group as
// they did. The MinHash groupings are all compared again: which stem has
// the smallest hash depends on how the stems are numbered, and one new
// word numbers many of them anew.
func (ix *Index) groupStatements(docTerms *packedLists, terms []string, prev *Index, from []int32) {
	st := &statements{ix: ix}
	stemOf, nstems := termStems(terms)
	st.nstems = nstems
	st.splitStems(stemOf, docTerms)
	df := st.stemDocs()
	speakers := grouping{sameSpeaker, len(ix.speakers), func(d int) (uint32, bool) {
		s := ix.speakerOf[d]
		return s, s != 0
	}, nil, true}
	if prev != nil {
		speakers.only = st.carrySpeakers(prev, from)
	}
	groupings := []grouping{speakers}
	for seed := uint64(1); seed <= minHashes; seed++ {
		groupings = append(groupings, grouping{anySpeaker, nstems, func(d int) (uint32, bool) {
			return st.minHash(df, d, seed)
		}, nil, false})
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
	// In one order, whichever worker found them: an index saved is the
	// same for the same articles.
	slices.SortFunc(st.speakerPairs, comparePairs)
	ix.speakerPairs = st.speakerPairs
}

func comparePairs(a, b [2]uint32) int {
	if c := cmp.Compare(a[0], b[0]); c != 0 {
		return c
	}
	return cmp.Compare(a[1], b[1])
}

// carrySpeakers takes over prev's same-speaker links among the speakers
// whose quotations are those they were, and returns the speakers whose
// quotations changed: a quotation added, removed, or given to another.
func (st *statements) carrySpeakers(prev *Index, from []int32) []bool {
	ix := st.ix
	ids := make(map[string]uint32, len(ix.speakers))
	for id, name := range ix.speakers {
		ids[name] = uint32(id)
	}
	// was returns, as a speaker of ix, who said prev's document p.
	was := func(p int32) uint32 { return ids[prev.speakers[prev.speakerOf[p]]] }
	changed := make([]bool, len(ix.speakers))
	to := make([]int32, prev.n) // prev's documents in ix, -1 for gone
	for p := range to {
		to[p] = -1
	}
	for d, p := range from {
		now := ix.speakerOf[d]
		switch {
		case p < 0:
			changed[now] = true
		case was(p) != now:
			changed[now], changed[was(p)] = true, true
		}
		if p >= 0 {
			to[p] = int32(d)
		}
	}
	for p, d := range to {
		if d < 0 {
			changed[was(int32(p))] = true
		}
	}
	for _, pair := range prev.speakerPairs {
		a, b := to[pair[0]], to[pair[1]]
		if a >= 0 && b >= 0 && !changed[ix.speakerOf[a]] {
			st.speakerPairs = append(st.speakerPairs, [2]uint32{uint32(a), uint32(b)})
		}
	}
	st.pairs = append(st.pairs, st.speakerPairs...)
	return changed
}

// grouping puts documents in groups by key, below keys, to be compared
// at threshold; documents key rejects are in no group. When only is not
// nil, only the groups whose keys it marks are compared.
type grouping struct {
	threshold
	keys      int
	key       func(d int) (uint32, bool)
	only      []bool
	bySpeaker bool
}

// groupJob is one group of documents to compare.
type groupJob struct {
	threshold
	docs      []uint32
	bySpeaker bool // the links are kept for the next build
}

// statements is the work of grouping statements.
type statements struct {
	ix     *Index
	nstems int
	// stems[stemStart[d]:stemStart[d+1]] are document d's distinct stems,
	// in the order they first come, and uses how many of its words have
	// each, up to 255: minHash asks only whether a few do.
	stems     []int32
	uses      []uint8
	stemStart []uint32
	mu        sync.Mutex
	pairs     [][2]uint32 // documents found to be one statement
	// speakerPairs are those of pairs one speaker's statements make.
	speakerPairs [][2]uint32
}

// splitStems finds every document's distinct stems.
func (st *statements) splitStems(stemOf []int32, docTerms *packedLists) {
	n := st.ix.n
	st.stemStart = make([]uint32, n+1)
	// A document has no more stems than words, nor words than bytes.
	st.stems = make([]int32, 0, len(docTerms.data))
	st.uses = make([]uint8, 0, len(docTerms.data))
	seen := make([]int32, st.nstems) // document+1 that last had the stem
	at := make([]int32, st.nstems)   // where in stems the document has it
	var buf []uint32
	for d := range n {
		st.stemStart[d] = uint32(len(st.stems))
		buf = docTerms.appendList(buf[:0], d, false)
		for _, t := range buf {
			s := stemOf[t]
			switch {
			case s < 0:
			case seen[s] == int32(d+1):
				if st.uses[at[s]] < math.MaxUint8 {
					st.uses[at[s]]++
				}
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
	slices.SortFunc(both, comparePairs)
	both = slices.Compact(both)
	var pb packedBuilder
	// Room for a list a document, a million for a million quotations:
	// the links themselves are few.
	pb.grow(st.ix.n, len(both))
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
		if group := docs[start[k]:start[k+1]]; len(group) >= 2 && (g.only == nil || g.only[k]) {
			jobs = append(jobs, groupJob{g.threshold, group, g.bySpeaker})
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
				before := len(g.pairs)
				g.group(st, jobs[i].docs)
				if jobs[i].bySpeaker {
					g.speakerPairs = append(g.speakerPairs, g.pairs[before:]...)
				}
			}
			st.mu.Lock()
			st.pairs = append(st.pairs, g.pairs...)
			st.speakerPairs = append(st.speakerPairs, g.speakerPairs...)
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
	slots []stemSlot // by stem
	// local holds the group's documents' stems, document k's at
	// local[docOff[k]:docOff[k+1]], read thrice in a row from here
	// rather than from all over the index.
	local   []int32
	docOff  []int32
	post    []int32 // local documents by stem
	used    []int32 // the stems the group's documents have
	shared  []uint16
	touched []int32
	pairs   [][2]uint32 // documents found to be one statement
	// speakerPairs are those of pairs one speaker's statements make.
	speakerPairs [][2]uint32
}

// stemSlot is what a grouper knows of one stem in the group at hand: how
// many documents have it, and where their list in post is read from and
// ends. One struct, so that the three take one trip to memory.
type stemSlot struct {
	count, off, end int32
}

func newGrouper(nstems int) *grouper {
	return &grouper{slots: make([]stemSlot, nstems)}
}

// group links the statements among one group's documents.
func (g *grouper) group(st *statements, group []uint32) {
	ix := st.ix
	// The documents' stems, which stems the group uses, and how often.
	used := g.used[:0]
	g.local, g.docOff = g.local[:0], g.docOff[:0]
	for _, d := range group {
		stems := st.stemsOf(d)
		g.docOff = append(g.docOff, int32(len(g.local)))
		g.local = append(g.local, stems...)
		for _, s := range stems {
			sl := &g.slots[s]
			if sl.count == 0 {
				used = append(used, s)
			}
			sl.count++
		}
	}
	g.docOff = append(g.docOff, int32(len(g.local)))
	// Postings of the group's stems, in one array.
	total := int32(0)
	for _, s := range used {
		sl := &g.slots[s]
		sl.off = total
		total += sl.count
	}
	g.post = slices.Grow(g.post[:0], int(total))[:total]
	for k := range group {
		for _, s := range g.local[g.docOff[k]:g.docOff[k+1]] {
			sl := &g.slots[s]
			g.post[sl.off] = int32(k)
			sl.off++
		}
	}
	for _, s := range used { // off now marks each list's end
		sl := &g.slots[s]
		sl.end = sl.off
		sl.off -= sl.count
	}
	// Each list holds the documents in order, so that when document k
	// reads a list, it starts at its own entry: what comes before was
	// compared with k already. off moves on as the documents do.
	if cap(g.shared) < len(group) {
		g.shared = make([]uint16, len(group))
	}
	g.shared = g.shared[:len(group)]
	for k, d := range group {
		mine := g.local[g.docOff[k]:g.docOff[k+1]]
		for _, s := range mine {
			sl := &g.slots[s]
			from := sl.off + 1 // past k's own entry
			sl.off = from
			if sl.count > maxStemQuotes {
				continue
			}
			for _, o := range g.post[from:sl.end] {
				if g.shared[o] == 0 {
					g.touched = append(g.touched, o)
				}
				g.shared[o]++
			}
		}
		for _, o := range g.touched {
			n := int(g.shared[o])
			g.shared[o] = 0
			short := min(len(mine), int(g.docOff[o+1]-g.docOff[o]))
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
		g.slots[s] = stemSlot{}
	}
	g.used = used[:0]
}
