package quotes

// denseShare makes a term dense: one standing in at least one document in
// denseShare. Its documents get a bit each, which takes no more memory
// than its list of documents from there up.
const denseShare = 32

// denseTerms are the documents of the dense terms ("the", "said", "Trump")
// as bits, one per document, so that whether a candidate holds such a term
// is one look-up rather than steps through hundreds of thousands of
// documents: weighing thousands of candidates against them is what common
// words in a query cost otherwise.
type denseTerms map[uint32][]uint64

// newDenseTerms sets the bits of the dense terms of postings, over docs
// documents.
func newDenseTerms(postings [][]uint32, docs int) denseTerms {
	d := denseTerms{}
	for t, p := range postings {
		if len(p) == 0 || len(p)*denseShare < docs {
			continue
		}
		bits := make([]uint64, (docs+63)/64)
		for _, doc := range p {
			bits[doc/64] |= 1 << (doc % 64)
		}
		d[uint32(t)] = bits
	}
	return d
}

// has reports whether bits has doc's bit set.
func has(bits []uint64, doc uint32) bool { return bits[doc/64]&(1<<(doc%64)) != 0 }
