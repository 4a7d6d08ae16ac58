package quotes

import (
	"slices"
	"strings"
)

// strList is a list of strings kept end to end in one string: the i-th is
// data[off[i]:off[i+1]]. A million quotations cost one allocation and
// four bytes each, where a string apiece would cost sixteen bytes of
// header, an allocation and the collector's attention.
type strList struct {
	data string
	off  []uint32 // len is the number of strings + 1
}

// at returns the i-th string.
func (l *strList) at(i int) string { return l.data[l.off[i]:l.off[i+1]] }

// len returns the number of strings.
func (l *strList) len() int { return max(0, len(l.off)-1) }

// strListBuilder appends strings to a strList. It fills chunks of
// strChunk bytes and joins them once at the end: growing one string by
// doubling would copy the hundred megabytes of a million quotations
// two or three times over while it grew.
type strListBuilder struct {
	full []string        // the chunks filled
	n    int             // their bytes
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

// addRange appends the strings from to to-1 of l.
func (w *strListBuilder) addRange(l *strList, from, to int) {
	if len(w.off) == 0 {
		w.off = append(w.off, 0)
	}
	base := uint32(w.size())
	w.write(l.data[l.off[from]:l.off[to]])
	for i := from + 1; i <= to; i++ {
		w.off = append(w.off, base+l.off[i]-l.off[from])
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
	w.cur.Grow(n)
}

// list returns the strings added; the builder must not be used again.
func (w *strListBuilder) list() strList {
	if len(w.off) == 0 {
		w.off = append(w.off, 0)
	}
	data := w.cur.String()
	switch {
	case len(w.full) > 0:
		var b strings.Builder
		b.Grow(w.size())
		for _, c := range w.full {
			b.WriteString(c)
		}
		b.WriteString(data)
		data = b.String()
	case w.cur.Cap()-w.cur.Len() > w.cur.Len()/16:
		data = strings.Clone(data) // the chunk was larger than needed
	}
	return strList{data: data, off: fit(w.off)}
}

// fit returns s, or a copy of it without the spare room that growing by
// appends left, when that room is worth giving back.
func fit[T any](s []T) []T {
	if cap(s)-len(s) > len(s)/16 {
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
