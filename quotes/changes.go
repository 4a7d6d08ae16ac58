package quotes

// ChangedQuotes counts the quotations in cur and not in old (added), and
// in old and not in cur (removed), by ID. A nil old holds nothing.
func ChangedQuotes(old, cur *Index) (added, removed int) {
	if old == nil {
		return cur.n, 0
	}
	return cur.missing(old), old.missing(cur)
}

// missing counts the quotations of ix that other lacks.
func (ix *Index) missing(other *Index) int {
	n := 0
	for d := range ix.n {
		if !other.has(ix, d) {
			n++
		}
	}
	return n
}

// has reports whether ix holds a quotation with the ID of other's
// document d, without making the ID's text unless it is odd.
func (ix *Index) has(other *Index, d int) bool {
	_, ok := ix.slotOf(other.finalKey(d), other.oddID(d), func() string { return other.id(d) })
	return ok
}
