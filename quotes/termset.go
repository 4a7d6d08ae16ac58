package quotes

// termTable maps the few vocabulary terms that answer a query to small
// numbers. It is an open-addressing hash table small enough to stay in the
// first-level cache while re-ranking reads thousands of documents' terms,
// most of which it does not hold; a table over the whole vocabulary would
// miss the cache on nearly every look-up.
type termTable struct {
	keys []uint32 // term + 1; 0 is an empty slot
	vals []int32
	mask uint32
	n    int
}

// reset empties the table and sizes it for about n terms.
func (t *termTable) reset(n int) {
	size := 64
	for size < 4*n {
		size *= 2
	}
	if cap(t.keys) < size {
		t.keys, t.vals = make([]uint32, size), make([]int32, size)
	} else {
		t.keys, t.vals = t.keys[:size], t.vals[:size]
		clear(t.keys)
	}
	t.mask, t.n = uint32(size-1), 0
}

func (t *termTable) slot(term uint32) uint32 { return (term * 0x9E3779B1) >> 7 & t.mask }

// get returns the value of term, 0 when it has none.
func (t *termTable) get(term uint32) int32 {
	for i := t.slot(term); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case term + 1:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

// put sets the value of term. The table must have room: reset sizes it.
func (t *termTable) put(term uint32, v int32) {
	for i := t.slot(term); ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == term+1 {
			if t.keys[i] == 0 {
				t.n++
			}
			t.keys[i], t.vals[i] = term+1, v
			return
		}
	}
}
