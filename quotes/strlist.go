package quotes

import (
	"slices"
	"strings"
)

// strList is a list of strings kept end to end in a few long strings,
// its chunks: the i-th is bytes off[i] to off[i+1] of the chunks taken
// as one, all in one chunk. A million quotations cost a few hundred
// allocations and four bytes each, where a string apiece would cost
// sixteen bytes of header, an allocation and the collector's attention.
// The chunks are not joined into one string: that would copy the
// hundred megabytes of a million quotations once more, at the end of a
// load, for no faster a look-up.
type strList struct {
	chunks []string
	base   []uint32 // where each chunk starts in the bytes of all
	off    []uint32 // len is the number of strings + 1
}

// at returns the i-th string.
func (l *strList) at(i int) string {
	from, to := l.off[i], l.off[i+1]
	k := l.chunkAt(from)
	return l.chunks[k][from-l.base[k] : to-l.base[k]]
}

// chunkAt returns the chunk a string starting at byte off is in.
func (l *strList) chunkAt(off uint32) int {
	if len(l.base) == 1 {
		return 0
	}
	k, found := slices.BinarySearch(l.base, off)
	if !found {
		k--
	}
	return k
}

// len returns the number of strings.
func (l *strList) len() int { return max(0, len(l.off)-1) }

// size returns the number of bytes of all the strings.
func (l *strList) size() int {
	if len(l.off) == 0 {
		return 0
	}
	return int(l.off[len(l.off)-1])
}

// strListBuilder appends strings to a strList. It fills chunks of
// strChunk bytes, which the list keeps: growing one string by doubling
// would copy the hundred megabytes of a million quotations two or
// three times over while it grew.
type strListBuilder struct {
	full []string        // the chunks filled
	base []uint32        // where each chunk, the one being filled last, starts
	n    int             // the bytes of full
	cur  strings.Builder // the chunk being filled
	off  []uint32
}

// strChunk is the size of a strListBuilder's chunks, but for the first,
// which are smaller, so that a small list takes little room.
const strChunk = 1 << 20

// add appends s and returns its number.
func (w *strListBuilder) add(s string) int {
	if len(w.off) == 0 {
		w.off = append(w.off, 0)
	}
	w.write(s)
	w.off = append(w.off, uint32(w.size()))
	return len(w.off) - 2
}

// addRange appends the strings from to to-1 of l, the strings of a
// chunk of l at a time.
func (w *strListBuilder) addRange(l *strList, from, to int) {
	if len(w.off) == 0 {
		w.off = append(w.off, 0)
	}
	for from < to {
		k := l.chunkAt(l.off[from])
		end := l.base[k] + uint32(len(l.chunks[k]))
		n := from + 1
		for n < to && l.off[n+1] <= end {
			n++
		}
		base := uint32(w.size())
		w.write(l.chunks[k][l.off[from]-l.base[k] : l.off[n]-l.base[k]])
		for i := from + 1; i <= n; i++ {
			w.off = append(w.off, base+l.off[i]-l.off[from])
		}
		from = n
	}
}

// write appends s to the bytes, in a new chunk if the current one has no
// room for it.
func (w *strListBuilder) write(s string) {
	if w.cur.Cap()-w.cur.Len() < len(s) {
		// Each chunk twice the last, from 4 KiB to strChunk.
		w.grow(max(len(s), min(2*w.cur.Cap(), strChunk), 4<<10))
	}
	w.cur.WriteString(s)
}

// size returns the number of bytes written.
func (w *strListBuilder) size() int { return w.n + w.cur.Len() }

// grow makes room for n more bytes, in one chunk.
func (w *strListBuilder) grow(n int) {
	if w.cur.Len() > 0 {
		w.full = append(w.full, w.cur.String())
		w.n += w.cur.Len()
		w.cur = strings.Builder{}
	}
	if w.base == nil || w.n > int(w.base[len(w.base)-1]) {
		w.base = append(w.base, uint32(w.n))
	}
	w.cur.Grow(n)
}

// list returns the strings added; the builder must not be used again.
func (w *strListBuilder) list() strList {
	if len(w.off) == 0 {
		w.off = append(w.off, 0)
	}
	last := w.cur.String()
	if w.cur.Cap()-w.cur.Len() > w.cur.Len()/16 {
		last = strings.Clone(last) // the chunk was larger than needed
	}
	base := w.base
	if base == nil { // nothing but empty strings
		base = []uint32{0}
	}
	return strList{chunks: append(w.full, last), base: base, off: fit(w.off)}
}

// fit returns s, or a copy of it without the spare room that growing by
// appends left, when that room is worth giving back: more than a quarter
// of s. The eighth more a cold load guesses its arrays need (see
// loading.expect) is kept: memory never written takes no room the
// system gives, and a copy of a million quotations' arrays would write a
// hundred megabytes anew.
func fit[T any](s []T) []T {
	if cap(s)-len(s) > len(s)/4 {
		return slices.Clone(s)
	}
	return s
}

// interner numbers distinct strings, keeping them in a strList. Number 0
// is the empty string.
type interner struct {
	ids map[string]uint32
	w   strListBuilder
}

func newInterner() *interner {
	in := &interner{ids: map[string]uint32{}}
	in.w.add("")
	in.ids[""] = 0
	return in
}

// id returns the number of s, adding it if it is new.
func (in *interner) id(s string) uint32 {
	if id, ok := in.ids[s]; ok {
		return id
	}
	id := uint32(in.w.add(s))
	// The key is the copy kept in the builder's bytes, so that the map
	// does not hold on to whatever larger string s was cut from.
	in.ids[strings.Clone(s)] = id
	return id
}

// list returns the strings numbered; the interner must not be used again.
func (in *interner) list() strList { return in.w.list() }
