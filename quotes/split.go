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
	id    int // which splitter: the builder maps the numbers of each
	words wordTable
	buf   []byte
}

func newSplitter(id int) *splitter {
	return &splitter{id: id}
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
			id, fresh := s.words.number(b)
			if fresh {
				w.terms = append(w.terms, string(b))
			}
			w.ids = append(w.ids, id)
		})
	}
	w.start = append(w.start, uint32(len(w.ids)))
	return w
}

// wordTable numbers words. It is an open-addressing table of a word's
// hash and number, the words end to end in one array: a table of the
// words of a million quotations is larger than the processor's caches,
// and a look-up here touches a slot and the word's bytes, where a map
// of strings also reads a control word and a string header.
type wordTable struct {
	slots []wordSlot
	mask  uint32
	bytes []byte   // the words, end to end
	start []uint32 // where word n starts in bytes, and the end
}

// wordSlot is a word's hash and number + 1; 0 is an empty slot.
type wordSlot struct{ hash, id uint32 }

// number returns the number of the word b, and whether it is new, numbered now.
func (t *wordTable) number(b []byte) (uint32, bool) {
	if 2*len(t.start) >= len(t.slots) {
		t.grow()
	}
	h := uint32(2166136261) // FNV-1a
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.id == 0 {
			id := uint32(len(t.start) - 1)
			t.slots[i] = wordSlot{h, id + 1}
			t.bytes = append(t.bytes, b...)
			t.start = append(t.start, uint32(len(t.bytes)))
			return id, true
		}
		if s.hash == h && string(t.bytes[t.start[s.id-1]:t.start[s.id]]) == string(b) {
			return s.id - 1, false
		}
	}
}

// grow doubles the slots, or makes the first.
func (t *wordTable) grow() {
	if t.start == nil {
		t.start = []uint32{0}
	}
	old := t.slots
	t.slots = make([]wordSlot, max(1<<12, 2*len(old)))
	t.mask = uint32(len(t.slots) - 1)
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := s.hash & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = s
	}
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

// addDoc adds the index's numbers of the words of quotation k of w,
// taken before, to docTerms as a list.
func (v *vocabBuilder) addDoc(docTerms *packedBuilder, w *splitWords, k int) {
	st := &v.by[w.by]
	for _, id := range w.ids[w.start[k]:w.start[k+1]] {
		t := st.to[id]
		if t == unnumbered {
			t = v.id(st.terms[id])
			st.to[id] = t
		}
		docTerms.push(t)
	}
	docTerms.end()
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
