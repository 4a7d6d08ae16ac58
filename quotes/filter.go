package quotes

import (
	"quotebot/quotes/extract"
	"slices"
	"sort"
	"strings"
)

// filter turns the speaker and outlet filters of a query into a test on
// documents; nil allows every document. ok is false when a filter matches
// no speaker or outlet at all, so the search has no results.
func (ix *Index) filter(speaker, outlet string) (allow func(uint32) bool, ok bool) {
	var speakers, outlets map[uint32]bool
	if strings.TrimSpace(speaker) != "" {
		speakers = map[uint32]bool{}
		for _, id := range matchNames(speaker, ix.speakerWords) {
			speakers[uint32(id)] = true
		}
		if len(speakers) == 0 {
			return nil, false
		}
	}
	if strings.TrimSpace(outlet) != "" {
		outlets = map[uint32]bool{}
		for _, id := range ix.matchOutletIDs(outlet) {
			outlets[uint32(id)] = true
		}
		if len(outlets) == 0 {
			return nil, false
		}
	}
	switch {
	case speakers == nil && outlets == nil:
		return nil, true
	case outlets == nil:
		return func(d uint32) bool { return speakers[ix.speakerOf[d]] }, true
	case speakers == nil:
		return func(d uint32) bool { return outlets[uint32(ix.outletOf[d])] }, true
	}
	return func(d uint32) bool { return speakers[ix.speakerOf[d]] && outlets[uint32(ix.outletOf[d])] }, true
}

// nameMatch is a name that a filter or an autocomplete prefix matched.
type nameMatch struct {
	id    int
	score float64
}

// matchNames returns the indexes of the names (given as their folded
// words; index 0 is the empty name and never matches) that query matches,
// best first. Every word of the query must match a word of the name: the
// same word, a misspelling of it, or its start ("put" for "Putin"), and
// the name's own words may be joined ("alsharaa") or split.
func matchNames(query string, names [][]string) []int {
	qws := words(query)
	if len(qws) == 0 {
		return nil
	}
	var found []nameMatch
	for id, nws := range names {
		if id == 0 || len(nws) == 0 {
			continue
		}
		joined := strings.Join(nws, "")
		score := 0.0
		all := true
		for _, q := range qws {
			best := 0.0
			for _, w := range append(nws, joined) {
				best = max(best, wordMatch(q, w))
			}
			if best == 0 && strings.Contains(joined, q) && len(q) >= 3 {
				best = 0.5
			}
			if best == 0 {
				all = false
				break
			}
			score += best
		}
		if all {
			found = append(found, nameMatch{id, score / float64(len(qws))})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].score > found[j].score })
	out := make([]int, len(found))
	for i, f := range found {
		out[i] = f.id
	}
	return out
}

// wordMatch scores how well query word q matches name word w: 1 for the
// same word, less for its start or a misspelling, 0 for no match.
func wordMatch(q, w string) float64 {
	switch {
	case q == w:
		return 1
	case strings.HasPrefix(w, q):
		return 0.9
	}
	budget := typoBudget(len([]rune(w)))
	if d := osaDistance(q, w, budget); d <= budget {
		return 0.8 - 0.1*float64(d)
	}
	// The start of a name, misspelt: "vladamir" for "vladimir", "puti".
	if n := len([]rune(q)); n >= 4 && len([]rune(w)) > n {
		if d := osaDistance(q, string([]rune(w)[:n]), typoBudget(n)); d <= typoBudget(n) {
			return 0.6
		}
	}
	return 0
}

// matchOutletIDs is matchNames for outlets, knowing their other names
// ("Deutsche Welle" for DW).
func (ix *Index) matchOutletIDs(s string) []int {
	ids := matchNames(s, ix.outletWords)
	if c, ok := knownOutlets[extract.Fold(strings.Join(strings.Fields(s), " "))]; ok {
		for id, name := range ix.outlets {
			if name == c && id != 0 && !slices.Contains(ids, id) {
				ids = append([]int{id}, ids...)
			}
		}
	}
	return ids
}

// MatchSpeakers returns up to limit canonical speaker names that s matches
// forgivingly (typos, a first or last name, the start of a name), best
// first. An empty s lists the most quoted speakers.
func (ix *Index) MatchSpeakers(s string, limit int) []string {
	match := func(s string) []int {
		return slices.DeleteFunc(matchNames(s, ix.speakerWords), func(id int) bool { return ix.isUnnamed(id) })
	}
	return matchList(s, limit, ix.speakers, match, ix.Speakers)
}

// MatchOutlets is MatchSpeakers for outlet names, which also knows their
// other names ("Deutsche Welle" for DW).
func (ix *Index) MatchOutlets(s string, limit int) []string {
	return matchList(s, limit, ix.outlets, ix.matchOutletIDs, ix.Outlets)
}

// matchList returns up to limit names: those match finds for s, or with
// an empty s, the names counts lists first.
func matchList(s string, limit int, names []string, match func(string) []int, counts func() []Count) []string {
	var out []string
	if strings.TrimSpace(s) == "" {
		for _, c := range counts() {
			out = append(out, c.Name)
		}
	} else {
		for _, id := range match(s) {
			out = append(out, names[id])
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// listAll returns the quotations that allow lets through, newest first.
func (ix *Index) listAll(allow func(uint32) bool, limit int) []Result {
	var ds []uint32
	for d := range ix.n {
		if allow(uint32(d)) {
			ds = append(ds, uint32(d))
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ix.published(ds[i]) > ix.published(ds[j]) })
	if len(ds) > limit {
		ds = ds[:limit]
	}
	out := make([]Result, len(ds))
	for i, d := range ds {
		out[i] = Result{Quote: ix.quote(int(d)), Score: 1}
	}
	return out
}
