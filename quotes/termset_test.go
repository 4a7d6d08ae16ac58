package quotes

import (
	"math/rand/v2"
	"testing"
)

// termTable agrees with a map, through resets, growth and collisions.
func TestTermTable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tt termTable
	for round, n := range []int{0, 1, 15, 16, 17, 200, 3} {
		tt.reset(n)
		want := map[uint32]int32{}
		for i := 0; i < n; i++ {
			term := uint32(r.IntN(1 << 20))
			if i%5 == 0 {
				term = uint32(i) * 64 // keys that share low bits
			}
			v := int32(r.IntN(100) + 1)
			tt.put(term, v)
			want[term] = v
		}
		for term, v := range want {
			if got := tt.get(term); got != v {
				t.Fatalf("round %d: get(%d) = %d, want %d", round, term, got, v)
			}
		}
		for i := 0; i < 1000; i++ {
			term := uint32(r.IntN(1 << 21))
			if got := tt.get(term); got != want[term] {
				t.Fatalf("round %d: get(%d) = %d, want %d", round, term, got, want[term])
			}
		}
		if tt.n != len(want) {
			t.Errorf("round %d: %d entries, want %d", round, tt.n, len(want))
		}
	}
}
