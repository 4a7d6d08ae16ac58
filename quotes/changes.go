package quotes

import "sort"

// ChangedQuotes returns the IDs of the quotations in cur and not in old,
// and in old and not in cur, each sorted. A nil old holds nothing.
func ChangedQuotes(old, cur *Index) (added, removed []string) {
	added = missingFrom(cur, old)
	if old != nil {
		removed = missingFrom(old, cur)
	}
	return added, removed
}

// missingFrom returns the sorted IDs of a's quotations that b lacks.
func missingFrom(a, b *Index) []string {
	var out []string
	for d := range a.n {
		if b != nil && b.has(a, d) {
			continue
		}
		out = append(out, a.id(d))
	}
	sort.Strings(out)
	return out
}

// has reports whether ix holds a quotation with the ID of other's
// document d, without making the ID's text unless it is odd.
func (ix *Index) has(other *Index, d int) bool {
	_, ok := ix.slotOf(other.finalKey(d), other.oddID(d), func() string { return other.id(d) })
	return ok
}
