package quotes

// denseShare makes a term dense: one standing in at least one document in
// denseShare. Its documents get a bit each: at most four times what its
// packed list takes (a byte a document, gaps being small), for a look-up
// in place of decoding its list up to the document.
const denseShare = 32

// denseTerms are the documents of the dense terms ("the", "said", "Trump")
// as bits, one per document, so that whether a candidate holds such a term
// is one look-up rather than steps through hundreds of thousands of
// documents: weighing thousands of candidates against them is what common
// words in a query cost otherwise.
type denseTerms map[uint32][]uint64

// newDenseTerms sets the bits of the dense terms of postings, over docs
// documents, df[t] being how many documents list t holds.
func newDenseTerms(postings *packedLists, df []uint32, docs int) denseTerms {
	d := denseTerms{}
	for t, n := range df {
		if n == 0 || int(n)*denseShare < docs {
			continue
		}
		bits := make([]uint64, (docs+63)/64)
		postings.mark(bits, t)
		d[uint32(t)] = bits
	}
	return d
}

// has reports whether bits has doc's bit set.
func has(bits []uint64, doc uint32) bool { return bits[doc/64]&(1<<(doc%64)) != 0 }
