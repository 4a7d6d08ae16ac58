package quotes

import (
	"runtime"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// Statements are grouped when one speaker's quotations in two articles
// share at least minShared content stems making up at least minOverlap of
// the shorter one: "great success and a step toward societal consolidation"
// and "I believe that this is a great success … consolidation of society".
const (
	minShared  = 2
	minOverlap = 0.5
	// maxStemQuotes skips stems so common in one speaker's quotations that
	// they say nothing about which statement it is, and bounds the work.
	maxStemQuotes = 64
	// stemRunes is how much of a word its stem keeps, so that "society"
	// and "societal" meet but "never" and "nevertheless" do not.
	stemRunes = 6
)

// groupStatements fills AlsoIn: for each quotation, the IDs of the same
// statement by the same speaker reported in other articles. It works on
// the index's term IDs, speaker by speaker, with dense arrays, on all cores.
func (ix *Index) groupStatements() {
	stemOf, nstems := ix.termStems()
	// Documents by speaker, as in a counting sort.
	start := make([]int, len(ix.speakers)+1)
	for _, s := range ix.speakerOf {
		start[s+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	docs := make([]uint32, len(ix.speakerOf))
	fill := slices.Clone(start)
	for d, s := range ix.speakerOf {
		docs[fill[s]] = uint32(d)
		fill[s]++
	}
	// Speakers are independent: a statement is grouped only with the same
	// speaker's, so workers take speakers, the most quoted first.
	order := make([]int, 0, len(ix.speakers))
	for sp := 1; sp < len(ix.speakers); sp++ {
		if start[sp+1]-start[sp] >= 2 {
			order = append(order, sp)
		}
	}
	sort.Slice(order, func(i, j int) bool {
		return start[order[i]+1]-start[order[i]] > start[order[j]+1]-start[order[j]]
	})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(order)/4)) {
		wg.Go(func() {
			g := newGrouper(nstems)
			for {
				i := int(next.Add(1)) - 1
				if i >= len(order) {
					return
				}
				sp := order[i]
				g.group(ix, stemOf, docs[start[sp]:start[sp+1]])
			}
		})
	}
	wg.Wait()
	for _, q := range ix.quotes {
		if len(q.AlsoIn) > 1 {
			slices.Sort(q.AlsoIn)
		}
	}
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
// speaker to speaker.
type grouper struct {
	stemCount []int32
	seen      []int32 // document+1 that last counted a stem
	docStems  []int32 // each document's distinct stems, by offset
	docOff    []int
	post      []int32 // local documents by stem
	postOff   []int32
	shared    []uint16
	touched   []int32
}

func newGrouper(nstems int) *grouper {
	return &grouper{stemCount: make([]int32, nstems), seen: make([]int32, nstems), postOff: make([]int32, nstems+1)}
}

// group links the statements among one speaker's documents.
func (g *grouper) group(ix *Index, stemOf []int32, group []uint32) {
	// Each document's distinct stems, and which stems this speaker uses.
	g.docStems, g.docOff = g.docStems[:0], g.docOff[:0]
	var used []int32
	for k, d := range group {
		g.docOff = append(g.docOff, len(g.docStems))
		for _, t := range ix.docTerms[ix.docStart[d]:ix.docStart[d+1]] {
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
			if n < minShared || float64(n) < minOverlap*float64(short) {
				continue
			}
			a, b := ix.quotes[d], ix.quotes[group[o]]
			if a.Article == b.Article {
				continue
			}
			a.AlsoIn = append(a.AlsoIn, b.ID)
			b.AlsoIn = append(b.AlsoIn, a.ID)
		}
		g.touched = g.touched[:0]
	}
	for _, st := range used {
		g.stemCount[st] = 0
		g.seen[st] = 0
	}
}
