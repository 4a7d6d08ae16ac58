package quotes

import (
	"errors"
	"math/bits"
)

// packedLists is a list of lists of small numbers, each number a varint
// in one byte array: list i is data[start[i]:start[i+1]]. Postings are
// stored as the gaps between ascending document numbers, which a common
// word makes small; a quotation's words as term numbers, which first
// occurrence makes small for common words. Both then take one or two
// bytes a number instead of four.
type packedLists struct {
	data  []byte
	start []uint32 // len is the number of lists + 1
}

// packedBuilder appends lists to a packedLists.
type packedBuilder struct {
	p packedLists
}

// grow makes room for lists more lists taking size more bytes.
func (w *packedBuilder) grow(lists, size int) {
	w.p.start = room(w.p.start, lists+1)
	w.p.data = room(w.p.data, size)
}

// size returns the bytes of the lists added.
func (w *packedBuilder) size() int { return len(w.p.data) }

// spare returns the bytes the lists can take before the data grows.
func (w *packedBuilder) spare() int { return cap(w.p.data) - len(w.p.data) }

// uvarintLen returns the bytes x takes as a varint.
func uvarintLen(x uint32) int { return 1 + (bits.Len32(x)-1)/7 }

// putUvarint writes x as a varint at b[k:], which must have room for it,
// and returns where it ends.
func putUvarint(b []byte, k int, x uint32) int {
	for x >= 0x80 {
		b[k] = byte(x) | 0x80
		x >>= 7
		k++
	}
	b[k] = byte(x)
	return k + 1
}

// add appends the list vs, as gaps between successive numbers when
// ascending (then vs must be ascending).
func (w *packedBuilder) add(vs []uint32, ascending bool) {
	prev := uint32(0)
	for _, v := range vs {
		x := v
		if ascending {
			x, prev = v-prev, v
		}
		w.push(x)
	}
	w.end()
}

// push appends x to the list being added, which end ends.
func (w *packedBuilder) push(x uint32) {
	for x >= 0x80 {
		w.p.data = append(w.p.data, byte(x)|0x80)
		x >>= 7
	}
	w.p.data = append(w.p.data, byte(x))
}

// end ends the list being added, of the numbers pushed since the last.
func (w *packedBuilder) end() {
	if len(w.p.start) == 0 {
		w.p.start = append(w.p.start, 0)
	}
	w.p.start = append(w.p.start, uint32(len(w.p.data)))
}

// addRange appends lists from to to-1 of p, as they are.
func (w *packedBuilder) addRange(p *packedLists, from, to int) {
	if len(w.p.start) == 0 {
		w.p.start = append(w.p.start, 0)
	}
	base := uint32(len(w.p.data)) - p.start[from]
	w.p.data = append(w.p.data, p.data[p.start[from]:p.start[to]]...)
	for _, s := range p.start[from+1 : to+1] {
		w.p.start = append(w.p.start, base+s)
	}
}

// lists returns the lists added.
func (w *packedBuilder) lists() packedLists {
	if len(w.p.start) == 0 {
		w.p.start = append(w.p.start, 0)
	}
	return packedLists{data: fit(w.p.data), start: fit(w.p.start)}
}

// len returns the number of lists.
func (p *packedLists) len() int { return max(0, len(p.start)-1) }

// appendList appends list i to dst, undoing the gaps when ascending.
func (p *packedLists) appendList(dst []uint32, i int, ascending bool) []uint32 {
	b := p.data[p.start[i]:p.start[i+1]]
	prev := uint32(0)
	for k := 0; k < len(b); {
		var x uint32
		x, k = uvarint(b, k)
		if ascending {
			x += prev
			prev = x
		}
		dst = append(dst, x)
	}
	return dst
}

// uvarint returns the number whose varint starts at b[k], and where the
// next one starts.
func uvarint(b []byte, k int) (uint32, int) {
	x := uint32(b[k])
	k++
	if x < 0x80 {
		return x, k
	}
	x &= 0x7f
	for shift := 7; k < len(b); shift += 7 {
		c := b[k]
		k++
		x |= uint32(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	return x, k
}

// cursor walks an ascending list of packedLists, a number at a time, for
// as far as it is needed: a search that checks a few documents against a
// long list decodes it only up to the last of them.
type cursor struct {
	b    []byte // the list's gaps
	k    int    // in b, where the next gap starts
	doc  uint32 // the number last read
	read bool   // whether one was
}

// cursor returns a cursor at the start of ascending list i.
func (p *packedLists) cursor(i int) cursor { return cursor{b: p.data[p.start[i]:p.start[i+1]]} }

// next reads the next number of the list; ok is false at its end.
func (c *cursor) next() (d uint32, ok bool) {
	if c.k == len(c.b) {
		return 0, false
	}
	var gap uint32
	gap, c.k = uvarint(c.b, c.k)
	c.doc += gap
	c.read = true
	return c.doc, true
}

// seek moves to the first number not below d and reports whether it is d.
func (c *cursor) seek(d uint32) bool {
	for !c.read || c.doc < d {
		if _, ok := c.next(); !ok {
			return false
		}
	}
	return c.doc == d
}

// mark sets in bits the bit of each number of ascending list i.
func (p *packedLists) mark(bits []uint64, i int) {
	c := p.cursor(i)
	for d, ok := c.next(); ok; d, ok = c.next() {
		bits[d/64] |= 1 << (d % 64)
	}
}

// errPacked is the problem of packed lists that do not decode.
var errPacked = errors.New("packed lists do not decode")

// check verifies that p decodes: every list ends on a whole number, no
// number has more than five bytes or exceeds limit-1, and ascending lists
// ascend strictly. A saved index is checked so before it is searched.
func (p *packedLists) check(ascending bool, limit uint32) error {
	if len(p.start) == 0 || p.start[0] != 0 || int(p.start[len(p.start)-1]) != len(p.data) {
		return errPacked
	}
	for i := 0; i+1 < len(p.start); i++ {
		from, to := p.start[i], p.start[i+1]
		if from > to || int(to) > len(p.data) {
			return errPacked
		}
		var prev uint64
		first := true
		for k := from; k < to; {
			var x uint64
			shift := 0
			for {
				if k >= to || shift > 28 {
					return errPacked
				}
				c := p.data[k]
				k++
				x |= uint64(c&0x7f) << shift
				shift += 7
				if c < 0x80 {
					break
				}
			}
			if ascending {
				if !first && x == 0 {
					return errPacked
				}
				x += prev
				prev = x
			}
			if x >= uint64(limit) {
				return errPacked
			}
			first = false
		}
	}
	return nil
}
