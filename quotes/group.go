package quotes

import "slices"

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
// the index's term IDs, speaker by speaker, with dense arrays.
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
	var (
		stemCount = make([]int32, nstems)
		seen      = make([]int32, nstems) // document+1 that last counted a stem
		docStems  []int32                 // each document's distinct stems, by offset
		docOff    []int
		post      []int32 // local documents by stem
		postOff   = make([]int32, nstems+1)
		shared    []uint16
		touched   []int32
	)
	for sp := 1; sp < len(ix.speakers); sp++ {
		group := docs[start[sp]:start[sp+1]]
		if len(group) < 2 {
			continue
		}
		docStems, docOff = docStems[:0], docOff[:0]
		var used []int32
		for k, d := range group {
			docOff = append(docOff, len(docStems))
			for _, t := range ix.docTerms[ix.docStart[d]:ix.docStart[d+1]] {
				st := stemOf[t]
				if st < 0 || seen[st] == int32(k+1) {
					continue
				}
				seen[st] = int32(k + 1)
				docStems = append(docStems, st)
				if stemCount[st] == 0 {
					used = append(used, st)
				}
				stemCount[st]++
			}
		}
		docOff = append(docOff, len(docStems))
		// Postings of this speaker's stems, in one array.
		total := int32(0)
		for _, st := range used {
			postOff[st] = total
			total += stemCount[st]
		}
		post = slices.Grow(post[:0], int(total))[:total]
		for k := range group {
			for _, st := range docStems[docOff[k]:docOff[k+1]] {
				post[postOff[st]] = int32(k)
				postOff[st]++
			}
		}
		for _, st := range used { // postOff now marks each list's end
			postOff[st] -= stemCount[st]
		}
		if cap(shared) < len(group) {
			shared = make([]uint16, len(group))
		}
		shared = shared[:len(group)]
		for k, d := range group {
			mine := docStems[docOff[k]:docOff[k+1]]
			for _, st := range mine {
				if stemCount[st] > maxStemQuotes {
					continue
				}
				for _, o := range post[postOff[st] : postOff[st]+stemCount[st]] {
					if int(o) <= k {
						continue
					}
					if shared[o] == 0 {
						touched = append(touched, o)
					}
					shared[o]++
				}
			}
			for _, o := range touched {
				n := int(shared[o])
				shared[o] = 0
				other := group[o]
				short := min(len(mine), docOff[o+1]-docOff[o])
				if n < minShared || float64(n) < minOverlap*float64(short) {
					continue
				}
				a, b := ix.quotes[d], ix.quotes[other]
				if a.Article == b.Article {
					continue
				}
				a.AlsoIn = append(a.AlsoIn, b.ID)
				b.AlsoIn = append(b.AlsoIn, a.ID)
			}
			touched = touched[:0]
		}
		for _, st := range used {
			stemCount[st] = 0
			seen[st] = 0
		}
	}
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
