package quotes

import "sort"

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
)

// groupStatements fills AlsoIn: for each quotation, the IDs of the same
// statement by the same speaker reported in other articles.
func groupStatements(qs []*Quote) {
	bySpeaker := map[string][]int{}
	for i, q := range qs {
		if q.Speaker != "" {
			bySpeaker[q.Speaker] = append(bySpeaker[q.Speaker], i)
		}
	}
	for _, idx := range bySpeaker {
		if len(idx) < 2 {
			continue
		}
		stems := make([][]string, len(idx))
		postings := map[string][]int{} // stem → positions in idx
		for k, i := range idx {
			stems[k] = contentStems(qs[i].Text)
			for _, s := range stems[k] {
				postings[s] = append(postings[s], k)
			}
		}
		shared := map[int]int{}
		for k, i := range idx {
			clear(shared)
			for _, s := range stems[k] {
				p := postings[s]
				if len(p) > maxStemQuotes {
					continue
				}
				for _, o := range p {
					if o > k && qs[idx[o]].Article != qs[i].Article {
						shared[o]++
					}
				}
			}
			for o, n := range shared {
				short := min(len(stems[k]), len(stems[o]))
				if n >= minShared && float64(n) >= minOverlap*float64(short) {
					a, b := qs[i], qs[idx[o]]
					a.AlsoIn = append(a.AlsoIn, b.ID)
					b.AlsoIn = append(b.AlsoIn, a.ID)
				}
			}
		}
	}
	for _, q := range qs {
		sort.Strings(q.AlsoIn)
	}
}

// contentStems returns the distinct stems of the words of s that carry
// meaning: stopwords dropped, words cut to six letters so that "society"
// and "societal" meet.
func contentStems(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words(s) {
		if len(w) < 3 || stopwords[w] {
			continue
		}
		if r := []rune(w); len(r) > 6 {
			w = string(r[:6])
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
