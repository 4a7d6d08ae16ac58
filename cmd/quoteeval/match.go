package main

import (
	"sort"
	"strings"
)

// minF1 is the token F1 at which an extracted quotation counts as found
// though its words differ a little from the gold ones.
const minF1 = 0.8

// pair is a gold quotation matched to an extracted one, by index.
type pair struct{ gold, got int }

// match pairs gold quotations with extracted ones of the same article,
// each at most once: equal normalised texts first, in order, then the
// remaining pairs with token F1 of at least minF1, best first. gold and
// got are normalised texts.
func match(gold, got []string) []pair {
	var pairs []pair
	usedG := make([]bool, len(gold))
	usedX := make([]bool, len(got))
	for i, g := range gold {
		for j, x := range got {
			if !usedX[j] && g == x {
				pairs = append(pairs, pair{i, j})
				usedG[i], usedX[j] = true, true
				break
			}
		}
	}
	type candidate struct {
		pair
		f1 float64
	}
	var cands []candidate
	gotWords := make([][]string, len(got))
	for j, x := range got {
		gotWords[j] = strings.Fields(x)
	}
	for i, g := range gold {
		if usedG[i] {
			continue
		}
		gw := strings.Fields(g)
		for j := range got {
			if usedX[j] {
				continue
			}
			if f := tokenF1(gotWords[j], gw); f >= minF1 {
				cands = append(cands, candidate{pair{i, j}, f})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].f1 > cands[b].f1 })
	for _, c := range cands {
		if !usedG[c.gold] && !usedX[c.got] {
			pairs = append(pairs, c.pair)
			usedG[c.gold], usedX[c.got] = true, true
		}
	}
	return pairs
}
