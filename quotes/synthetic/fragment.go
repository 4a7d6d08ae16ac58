package synthetic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"

	"quotebot/quotes"
)

// Kinds of the probes Fragments makes.
const (
	KindExact    = "exact"
	KindTypo     = "typo"
	KindShuffled = "shuffled"
	KindWhoSaid  = "who said"
)

// FragmentKinds are the ways Fragments garbles a fragment, in the order
// it deals them out.
var FragmentKinds = []string{KindExact, KindTypo, KindShuffled, KindWhoSaid}

// Fragments returns n probes on quotations of qs drawn at random, as
// people half-remember a quotation they read: four to six consecutive
// words of it holding at least two words of five letters or more, typed
// as they are, with one typo, shuffled, or asked as "who said …" with a
// typo. Each probe is on a quotation of its own (when qs has enough),
// and the kinds take turns. The same seed gives the same probes.
func Fragments(qs []*quotes.Quote, n int, seed uint64) []Probe {
	r := rand.New(rand.NewPCG(seed, seed^0xbb67ae8584caa73b))
	var out []Probe
	used := map[int]bool{}
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		i := r.IntN(len(qs))
		if used[i] && len(used) < len(qs) {
			continue
		}
		frag := window(r, strings.Fields(stripMarks(qs[i].Text)))
		if frag == nil {
			continue
		}
		used[i] = true
		kind := FragmentKinds[len(out)%len(FragmentKinds)]
		out = append(out, Probe{
			Query: garble(r, kind, frag), Kind: kind, Want: qs[i].ID,
			Fragment: strings.Join(frag, " "), Text: qs[i].Text,
		})
	}
	return out
}

// stripMarks turns the punctuation between words into spaces.
func stripMarks(s string) string {
	return strings.Map(func(c rune) rune {
		if strings.ContainsRune(`.,;:!?"“”`, c) {
			return ' '
		}
		return c
	}, s)
}

// window picks four to six consecutive words of ws, at least two of them
// of five letters or more, or returns nil when ws has no such run.
func window(r *rand.Rand, ws []string) []string {
	var fits [][2]int
	for n := 4; n <= 6; n++ {
		for start := 0; start+n <= len(ws); start++ {
			long := 0
			for _, w := range ws[start : start+n] {
				if letters(w) >= 5 {
					long++
				}
			}
			if long >= 2 {
				fits = append(fits, [2]int{start, n})
			}
		}
	}
	if len(fits) == 0 {
		return nil
	}
	f := fits[r.IntN(len(fits))]
	return slices.Clone(ws[f[0] : f[0]+f[1]])
}

func letters(w string) int {
	n := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n
}

// garble types the words of frag as a probe of kind.
func garble(r *rand.Rand, kind string, frag []string) string {
	ws := slices.Clone(frag)
	switch kind {
	case KindTypo:
		typoOne(r, ws)
	case KindShuffled:
		for range 10 {
			r.Shuffle(len(ws), func(i, j int) { ws[i], ws[j] = ws[j], ws[i] })
			if !slices.Equal(ws, frag) {
				break
			}
		}
	case KindWhoSaid:
		typoOne(r, ws)
		return []string{"who said ", "who said \"", "Who said "}[r.IntN(3)] + strings.Join(ws, " ") + []string{"", "\"?", "?"}[r.IntN(3)]
	}
	return strings.Join(ws, " ")
}

// typoOne puts a typo in one word of five letters or more of ws.
func typoOne(r *rand.Rand, ws []string) {
	var long []int
	for i, w := range ws {
		if letters(w) >= 5 {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return
	}
	i := long[r.IntN(len(long))]
	for range 10 {
		if t := Typo(r, ws[i]); t != ws[i] {
			ws[i] = t
			return
		}
	}
}

// Words returns the words of s folded for comparison: lower case, letters
// and digits only, apostrophes dropped ("Syria's" is "syrias").
func Words(s string) []string {
	s = strings.Map(func(c rune) rune {
		if c == '\'' || c == '’' {
			return -1
		}
		return unicode.ToLower(c)
	}, s)
	return strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// Holds reports whether text holds the words of fragment, in order and
// next to each other, as Words folds them: whether a quotation answers
// a probe made from those words. A fragment of words that several
// quotations share is answered by any of them.
func Holds(text, fragment string) bool {
	f := Words(fragment)
	if len(f) == 0 {
		return false
	}
	return strings.Contains(" "+strings.Join(Words(text), " ")+" ", " "+strings.Join(f, " ")+" ")
}
