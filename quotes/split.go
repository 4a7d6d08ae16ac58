package quotes

import "math"

// splitter splits quotations into words (see scanWords) and numbers the
// words in a table of its own: each worker of a load splits the
// quotations of the articles it reads, sharing nothing with the others,
// while extraction keeps every core busy, and the builder maps the
// splitters' numbers onto the index's as it takes the articles in. A
// builder splitting every quotation at the end, on its own, would keep
// a core idle while it did.
type splitter struct {
	id  int               // which splitter: the builder maps the numbers of each
	ids map[string]uint32 // the splitter's number of each term
	buf []byte
}

func newSplitter(id int) *splitter {
	return &splitter{id: id, ids: map[string]uint32{}}
}

// splitWords is the quotations of one article split by a splitter.
type splitWords struct {
	by    int      // the splitter's id
	terms []string // the terms the splitter numbered first here, in order
	start []uint32 // where each quotation's words start in ids, and end
	ids   []uint32 // the splitter's numbers of the words
}

// split splits the n quotations text(0) … text(n-1) of one article.
func (s *splitter) split(n int, text func(i int) string) *splitWords {
	size := 0
	for i := range n {
		size += len(text(i))
	}
	// Room for a word every four bytes, more than text holds.
	w := &splitWords{by: s.id, start: make([]uint32, 0, n+1), ids: make([]uint32, 0, size/4)}
	for i := range n {
		w.start = append(w.start, uint32(len(w.ids)))
		s.buf = scanWords(text(i), s.buf, func(b []byte, _, _ int) {
			id, ok := s.ids[string(b)]
			if !ok {
				id = uint32(len(s.ids))
				t := string(b)
				s.ids[t] = id
				w.terms = append(w.terms, t)
			}
			w.ids = append(w.ids, id)
		})
	}
	w.start = append(w.start, uint32(len(w.ids)))
	return w
}

// unnumbered marks a splitter's term the index has not numbered yet.
const unnumbered = math.MaxUint32

// vocabBuilder numbers the terms of an index as its documents come in,
// in the order each term first comes, as splitting every document anew
// in order would.
type vocabBuilder struct {
	terms []string          // by the index's number
	ids   map[string]uint32 // the index's number of each term; nil until needed
	by    []splitterTerms   // by splitter id
}

// splitterTerms is what a vocabBuilder knows of one splitter's numbers.
type splitterTerms struct {
	terms []string // by the splitter's number
	to    []uint32 // the index's number of each, or unnumbered
}

// take learns the terms a splitter numbered in w. Every splitWords a
// splitter makes must be taken, in the order it made them, whether its
// article goes into the index or not, so that the numbers line up.
func (v *vocabBuilder) take(w *splitWords) {
	for len(v.by) <= w.by {
		v.by = append(v.by, splitterTerms{})
	}
	st := &v.by[w.by]
	st.terms = append(st.terms, w.terms...)
	for range w.terms {
		st.to = append(st.to, unnumbered)
	}
}

// appendDoc appends the index's numbers of the words of quotation k of w,
// taken before, to docTerms.
func (v *vocabBuilder) appendDoc(docTerms []uint32, w *splitWords, k int) []uint32 {
	st := &v.by[w.by]
	for _, id := range w.ids[w.start[k]:w.start[k+1]] {
		t := st.to[id]
		if t == unnumbered {
			t = v.id(st.terms[id])
			st.to[id] = t
		}
		docTerms = append(docTerms, t)
	}
	return docTerms
}

// id returns the index's number of term, numbering it if it is new.
func (v *vocabBuilder) id(term string) uint32 {
	if v.ids == nil {
		v.ids = make(map[string]uint32, len(v.terms))
		for i, t := range v.terms {
			v.ids[t] = uint32(i)
		}
	}
	id, ok := v.ids[term]
	if !ok {
		id = uint32(len(v.terms))
		v.ids[term] = id
		v.terms = append(v.terms, term)
	}
	return id
}
