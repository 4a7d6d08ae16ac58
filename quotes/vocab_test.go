package quotes

import (
	"strings"
	"testing"
)

// forGrams gives each distinct bigram of "^word$" once, in order, short
// words and long.
func TestForGrams(t *testing.T) {
	for _, w := range []string{"a", "banana", "grüße", strings.Repeat("abcdefghij", 5) + "xyz", "pneumonoultramicroscopicsilicovolcanoconiosis"} {
		var want []uint64
		seen := map[uint64]bool{}
		r := []rune("^" + w + "$")
		for i := 0; i+1 < len(r); i++ {
			g := uint64(r[i])<<32 | uint64(r[i+1])
			if !seen[g] {
				seen[g] = true
				want = append(want, g)
			}
		}
		var got []uint64
		forGrams(w, func(g uint64) { got = append(got, g) })
		if len(got) != len(want) {
			t.Fatalf("%s: %d bigrams, want %d", w, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: bigram %d is %x, want %x", w, i, got[i], want[i])
			}
		}
	}
}
