package quotes

import (
	"slices"
	"strings"
	"testing"
)

// packedLists give back what was packed, ascending or not, through the
// varints' byte boundaries.
func TestPackedLists(t *testing.T) {
	lists := []struct {
		vs        []uint32
		ascending bool
	}{
		{nil, true},
		{[]uint32{0, 1, 2, 127, 128, 16383, 16384, 1<<21 - 1, 1 << 21, 1<<32 - 1}, true},
		{[]uint32{5, 0, 127, 128, 5, 1<<32 - 1, 0}, false},
		{[]uint32{7}, false},
		{nil, false},
	}
	var b packedBuilder
	for _, l := range lists {
		b.add(l.vs, l.ascending)
	}
	p := b.lists()
	if p.len() != len(lists) {
		t.Fatalf("%d lists, want %d", p.len(), len(lists))
	}
	for i, l := range lists {
		if got := p.appendList(nil, i, l.ascending); !slices.Equal(got, l.vs) {
			t.Errorf("list %d = %v, want %v", i, got, l.vs)
		}
		// Written in place, a number at a time, as the postings are.
		put := make([]byte, 0, 5*len(l.vs))
		prev := uint32(0)
		for _, v := range l.vs {
			x := v
			if l.ascending {
				x, prev = v-prev, v
			}
			k := len(put)
			put = put[:k+uvarintLen(x)]
			if end := putUvarint(put, k, x); end != len(put) {
				t.Errorf("list %d: %d written in %d bytes, uvarintLen says %d", i, x, end-k, len(put)-k)
			}
		}
		if want := p.data[p.start[i]:p.start[i+1]]; !slices.Equal(put, want) {
			t.Errorf("list %d put in place = %x, packed %x", i, put, want)
		}
		if !l.ascending {
			continue
		}
		var walked []uint32
		c := p.cursor(i)
		for d, ok := c.next(); ok; d, ok = c.next() {
			walked = append(walked, d)
		}
		if !slices.Equal(walked, l.vs) {
			t.Errorf("list %d walked = %v, want %v", i, walked, l.vs)
		}
	}
}

// A cursor seeks forward to the first number not below the one asked
// for, and finds nothing past the end.
func TestCursorSeek(t *testing.T) {
	var b packedBuilder
	b.add([]uint32{2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 20000}, true)
	p := b.lists()
	c := p.cursor(0)
	for _, tc := range []struct {
		d, at uint32
		want  bool
	}{{1, 2, false}, {2, 2, true}, {4, 5, false}, {5, 5, true}, {34, 34, true}, {35, 55, false}, {144, 144, true}, {145, 20000, false}, {20000, 20000, true}} {
		if got := c.seek(tc.d); got != tc.want || c.doc != tc.at {
			t.Errorf("seek(%d) = %v at %d, want %v at %d", tc.d, got, c.doc, tc.want, tc.at)
		}
	}
	if c.seek(20001) {
		t.Error("seek past the end found a number")
	}
	if d, ok := c.next(); ok {
		t.Errorf("next after the end = %d", d)
	}
}

// check refuses packed lists that would not decode, or decode to numbers
// out of range.
func TestPackedCheck(t *testing.T) {
	var b packedBuilder
	b.add([]uint32{3, 9, 200}, true)
	good := b.lists()
	if err := good.check(true, 201); err != nil {
		t.Fatalf("good lists: %v", err)
	}
	for name, p := range map[string]packedLists{
		"number too large":  good,
		"cut in a varint":   {data: []byte{3, 6, 0xbf}, start: []uint32{0, 3}},
		"start past data":   {data: []byte{3}, start: []uint32{0, 2}},
		"starts descending": {data: []byte{3, 4}, start: []uint32{0, 2, 1, 2}},
		"no start":          {data: []byte{3}},
		"varint too long":   {data: []byte{0xff, 0xff, 0xff, 0xff, 0xff, 1}, start: []uint32{0, 6}},
		"not ascending":     {data: []byte{3, 0}, start: []uint32{0, 2}},
	} {
		limit := uint32(1000)
		if name == "number too large" {
			limit = 200
		}
		if err := p.check(true, limit); err == nil {
			t.Errorf("%s: check passed", name)
		}
	}
}

func TestStrList(t *testing.T) {
	var w strListBuilder
	for i, s := range []string{"", "great success", "", "Шараа"} {
		if n := w.add(s); n != i {
			t.Fatalf("add %q = %d, want %d", s, n, i)
		}
	}
	l := w.list()
	if l.len() != 4 || l.at(1) != "great success" || l.at(2) != "" || l.at(3) != "Шараа" {
		t.Errorf("list = %+v", l)
	}
	// Over several chunks, one string larger than a chunk, and a range
	// of a list.
	var big strListBuilder
	var want []string
	for i := range 3000 {
		s := strings.Repeat(string(rune('a'+i%26)), i)
		if i == 1500 {
			s = strings.Repeat("x", strChunk+3)
		}
		big.add(s)
		want = append(want, s)
	}
	big.addRange(&l, 1, 4)
	want = append(want, "great success", "", "Шараа")
	bl := big.list()
	if bl.len() != len(want) {
		t.Fatalf("%d strings, want %d", bl.len(), len(want))
	}
	for i, s := range want {
		if bl.at(i) != s {
			t.Fatalf("string %d is %.20q, want %.20q", i, bl.at(i), s)
		}
	}
	// A range over several chunks of a list of several.
	if len(bl.chunks) < 3 {
		t.Fatalf("%d chunks, want several", len(bl.chunks))
	}
	var again strListBuilder
	again.add("first")
	again.addRange(&bl, 10, len(want))
	al := again.list()
	for i, s := range append([]string{"first"}, want[10:]...) {
		if al.at(i) != s {
			t.Fatalf("copied string %d is %.20q, want %.20q", i, al.at(i), s)
		}
	}
	in := newInterner()
	if in.id("Putin") != 1 || in.id("") != 0 || in.id("Sharaa") != 2 || in.id("Putin") != 1 {
		t.Errorf("interner numbers %v", in.ids)
	}
}
