package extract

// lowerWords is a Bloom filter of the words an article writes in lower
// case, filled as itemize lowers them. Whether the article writes a
// capitalised word in lower case somewhere is asked of most names it
// holds, and a name the filter has never seen is answered at once, not
// by reading every item of the article.
type lowerWords [64]uint64

// add notes the lower-case word whose wordHash is h.
func (s *lowerWords) add(h uint32) { s[h>>6&63] |= 1 << (h & 63) }

// mayHave reports whether the article may write w in lower case: false
// means it does not.
func (s *lowerWords) mayHave(w string) bool {
	h := wordHash(w)
	return s[h>>6&63]&(1<<(h&63)) != 0
}
