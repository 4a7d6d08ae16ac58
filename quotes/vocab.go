package quotes

import (
	"quotebot/quotes/extract"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// vocabulary is the set of distinct words in the index, with the look-ups
// that forgive a misspelt query word: a bigram index over the words for
// edit-distance candidates, and keys for common slips (letters swapped as
// in "grate"/"great", vowels confused as in "their"/"there").
type vocabulary struct {
	terms   []string            // by term ID
	ids     map[string]uint32   // term → ID
	sorted  []uint32            // term IDs in lexical order, for prefixes
	grams   map[uint64][]uint32 // by bigram, two runes in one number
	anagram map[string][]uint32
	skel    map[string][]uint32
	pool    sync.Pool // of *gramCounters
}

// gramCounters counts shared bigrams per term during one look-up.
type gramCounters struct {
	count   []uint8
	touched []uint32
}

func (v *vocabulary) counters() *gramCounters {
	if cs, ok := v.pool.Get().(*gramCounters); ok {
		return cs
	}
	return &gramCounters{count: make([]uint8, len(v.terms))}
}

// expansion is a vocabulary term a query word may stand for.
type expansion struct {
	term uint32
	sim  float32 // 1 for the word itself, less for a typo or a prefix
}

// Similarities of the ways a query word can match a term.
const (
	simExact  = 1.0
	simPrefix = 0.85
	simTypo1  = 0.8
	simSlip   = 0.75
	simTypo2  = 0.6
	// maxPrefixTerms bounds the words an unfinished word expands to.
	maxPrefixTerms = 24
)

func newVocabulary(terms []string) *vocabulary {
	v := &vocabulary{
		terms:   terms,
		ids:     make(map[string]uint32, len(terms)),
		sorted:  make([]uint32, len(terms)),
		grams:   map[uint64][]uint32{},
		anagram: map[string][]uint32{},
		skel:    map[string][]uint32{},
	}
	for id, t := range terms {
		v.ids[t] = uint32(id)
		v.sorted[id] = uint32(id)
		n := utf8.RuneCountInString(t)
		if n < 3 || isNumber(t) {
			continue
		}
		k := letterKey(t)
		v.anagram[k] = append(v.anagram[k], uint32(id))
		if n < 4 {
			continue
		}
		forGrams(t, func(g uint64) { v.grams[g] = append(v.grams[g], uint32(id)) })
		c := extract.Consonants(t)
		v.skel[c] = append(v.skel[c], uint32(id))
	}
	slices.SortFunc(v.sorted, func(a, b uint32) int { return strings.Compare(terms[a], terms[b]) })
	return v
}

// forGrams calls f with each bigram of "^word$", once per distinct bigram,
// as two runes in one number.
func forGrams(w string, f func(uint64)) {
	var few [32]uint64
	seen := few[:0] // looked through while few enough
	var many map[uint64]bool
	prev := rune('^')
	emit := func(r rune) {
		g := uint64(prev)<<32 | uint64(r)
		prev = r
		switch {
		case many != nil:
			if many[g] {
				return
			}
			many[g] = true
		case slices.Contains(seen, g):
			return
		case len(seen) < cap(seen):
			seen = append(seen, g)
		default:
			many = map[uint64]bool{g: true}
			for _, s := range seen {
				many[s] = true
			}
		}
		f(g)
	}
	for _, r := range w {
		emit(r)
	}
	emit('$')
}

// letterKey is a word's letters in order: equal for "grate" and "great".
func letterKey(w string) string {
	r := []rune(w)
	slices.Sort(r)
	return string(r)
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// typoBudget is how many edits a word of n letters may carry: none up to
// three letters, one up to seven, two beyond.
func typoBudget(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	}
	return 2
}

// expand returns the terms a query word may stand for, best first. With
// prefix, the word may also be the start of a longer term. With typos, it
// may be a misspelling of any term within its typo budget; without, only
// of a term with the same letters or consonants (the common slips).
func (v *vocabulary) expand(w string, prefix, typos bool) []expansion {
	var out []expansion
	seen := map[uint32]bool{}
	add := func(id uint32, sim float32) {
		if !seen[id] {
			seen[id] = true
			out = append(out, expansion{id, sim})
		}
	}
	if id, ok := v.ids[w]; ok {
		add(id, simExact)
	}
	n := utf8.RuneCountInString(w)
	if prefix && n >= 1 {
		v.prefixTerms(w, func(id uint32) { add(id, simPrefix) })
	}
	if n >= 4 && !isNumber(w) && typos {
		budget := typoBudget(n)
		need := n + 1 - 2*budget
		cs := v.counters()
		forGrams(w, func(g uint64) {
			for _, id := range v.grams[g] {
				if cs.count[id] == 0 {
					cs.touched = append(cs.touched, id)
				}
				if cs.count[id] < 255 {
					cs.count[id]++
				}
			}
		})
		for _, id := range cs.touched {
			c := int(cs.count[id])
			cs.count[id] = 0
			if c < need || seen[id] {
				continue
			}
			t := v.terms[id]
			if abs(utf8.RuneCountInString(t)-n) > budget {
				continue
			}
			switch d := osaDistance(w, t, budget); {
			case d == 1:
				add(id, simTypo1)
			case d == 2 && budget >= 2:
				add(id, simTypo2)
			}
		}
		cs.touched = cs.touched[:0]
		v.pool.Put(cs)
	}
	if _, known := v.ids[w]; n == 3 && !known && !isNumber(w) {
		// A short word the index does not hold has no typo budget, but
		// may still have two letters swapped ("oen" for "one").
		for _, id := range v.anagram[letterKey(w)] {
			add(id, simSlip)
		}
	}
	if n >= 4 && !isNumber(w) {
		for _, id := range v.anagram[letterKey(w)] {
			add(id, simSlip)
		}
		for _, id := range v.skel[extract.Consonants(w)] {
			if t := v.terms[id]; abs(utf8.RuneCountInString(t)-n) <= 1 && osaDistance(w, t, 2) <= 2 {
				add(id, simSlip)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].sim != out[j].sim {
			return out[i].sim > out[j].sim
		}
		return out[i].term < out[j].term
	})
	return out
}

// prefixTerms calls f for terms that start with p, shortest first, at most
// maxPrefixTerms of them.
func (v *vocabulary) prefixTerms(p string, f func(uint32)) {
	i := sort.Search(len(v.sorted), func(i int) bool { return v.terms[v.sorted[i]] >= p })
	var found []uint32
	for ; i < len(v.sorted) && strings.HasPrefix(v.terms[v.sorted[i]], p); i++ {
		if v.terms[v.sorted[i]] != p {
			found = append(found, v.sorted[i])
		}
		if len(found) >= 4*maxPrefixTerms {
			break
		}
	}
	sort.SliceStable(found, func(a, b int) bool { return len(v.terms[found[a]]) < len(v.terms[found[b]]) })
	for k, id := range found {
		if k == maxPrefixTerms {
			break
		}
		f(id)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osaDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and swaps of adjacent letters),
// or max+1 once it is certain to exceed max.
func osaDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
