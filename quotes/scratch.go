package quotes

// scratch is per-search working memory, reused through a pool so that a
// search allocates little.
type scratch struct {
	cands       []uint32          // retrieval's candidates
	bitmaps     [maxNext][]uint64 // a bit per document each, all clear between uses
	byHeld      [maxNext + 1][]uint32
	heap        []ranked
	occurrences []occurrence // of one candidate during re-ranking
	// matches holds re-ranking's matches, candidate by candidate.
	matches []match
	// answers maps a vocabulary term to the query words it answers
	// during re-ranking.
	answers termTable
	// terms holds a document's terms as decoded from the index's packed
	// form.
	terms []uint32
}

func (ix *Index) getScratch() *scratch {
	if sc, ok := ix.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

func (ix *Index) putScratch(sc *scratch) { ix.scratch.Put(sc) }

// marks returns the scratch's k-th bitmap over docs documents, all
// clear; the caller clears it after use.
func (sc *scratch) marks(k, docs int) []uint64 {
	if n := (docs + 63) / 64; len(sc.bitmaps[k]) != n {
		sc.bitmaps[k] = make([]uint64, n)
	}
	return sc.bitmaps[k]
}
