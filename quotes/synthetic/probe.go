package synthetic

import (
	"math/rand/v2"
	"strings"

	"quotebot/quotes"
)

// Probe is a query whose intended answer is known: a real quotation as a
// person half-remembers it.
type Probe struct {
	Query string
	Kind  string // exact, typo, reordered, dropped or filler; or one of FragmentKinds
	Want  string // the ID of the quotation meant
	// Fragment is the words the query was made from, in the quotation's
	// order; a quotation that Holds them answers the query as well.
	Fragment string
	Text     string // the quotation meant
}

// Kinds are the ways Probes garbles a quotation.
var Kinds = []string{"exact", "typo", "reordered", "dropped", "filler"}

// Probes returns, for each quotation of qs with at least three words, one
// probe of each kind: a fragment of up to eight words, as typed exactly,
// with a typo in its longer words, shuffled, with a third of its words
// dropped, and wrapped in "who said …?". The same seed gives the same probes.
func Probes(qs []*quotes.Quote, seed uint64) []Probe {
	r := rand.New(rand.NewPCG(seed, seed+1))
	var out []Probe
	for _, q := range qs {
		ws := strings.Fields(strings.Map(func(c rune) rune {
			if strings.ContainsRune(`.,;:!?"“”`, c) {
				return ' '
			}
			return c
		}, q.Text))
		if len(ws) < 3 {
			continue
		}
		n := min(len(ws), 8)
		start := r.IntN(len(ws) - n + 1)
		frag := append([]string(nil), ws[start:start+n]...)
		probe := func(query, kind string) Probe {
			return Probe{Query: query, Kind: kind, Want: q.ID, Fragment: strings.Join(frag, " "), Text: q.Text}
		}
		out = append(out, probe(strings.Join(frag, " "), "exact"))

		typo := append([]string(nil), frag...)
		for i, w := range typo {
			if len([]rune(w)) >= 5 && r.IntN(2) == 0 {
				typo[i] = Typo(r, w)
			}
		}
		out = append(out, probe(strings.Join(typo, " "), "typo"))

		shuffled := append([]string(nil), frag...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		out = append(out, probe(strings.Join(shuffled, " "), "reordered"))

		var kept []string
		for i, w := range frag {
			if i%3 != 1 {
				kept = append(kept, w)
			}
		}
		out = append(out, probe(strings.Join(kept, " "), "dropped"))
		out = append(out, probe("who said \""+strings.Join(frag, " ")+"\"?", "filler"))
	}
	return out
}

// Typo returns w with one slip of a typist: two letters swapped, one
// dropped, doubled or replaced by its neighbour on the keyboard.
func Typo(r *rand.Rand, w string) string {
	rs := []rune(w)
	if len(rs) < 3 {
		return w
	}
	i := 1 + r.IntN(len(rs)-2) // keep the first letter, as people mostly do
	switch r.IntN(4) {
	case 0:
		rs[i], rs[i+1] = rs[i+1], rs[i]
	case 1:
		rs = append(rs[:i], rs[i+1:]...)
	case 2:
		rs = append(rs[:i+1], rs[i:]...)
	default:
		rs[i] = neighbour(rs[i])
	}
	return string(rs)
}

var keyboard = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

func neighbour(c rune) rune {
	for _, row := range keyboard {
		if i := strings.IndexRune(row, c); i >= 0 {
			if i+1 < len(row) {
				return rune(row[i+1])
			}
			return rune(row[i-1])
		}
	}
	return c
}
