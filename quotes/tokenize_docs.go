package quotes

import (
	"runtime"
	"sync"
)

// docWords is every quotation split into term IDs: the terms, and each
// document's IDs in text order, as a slice of all (docTerms[docStart[d]:
// docStart[d+1]]).
type docWords struct {
	terms    []string
	docStart []uint32
	docTerms []uint32
}

// minShare is the fewest quotations worth a worker of their own.
const minShare = 20_000

// splitDocs splits n texts into term IDs on all cores: each worker
// numbers the words of its share of the texts in a table of its own, and
// the shares' numbers are then mapped onto one vocabulary, so that the
// workers share nothing while they run. The vocabulary starts with seed,
// whose terms keep their numbers.
func splitDocs(n int, text func(i int) string, seed []string) docWords {
	workers := max(1, min(runtime.GOMAXPROCS(0), n/minShare))
	type share struct {
		from, to int
		terms    []string
		ids      map[string]uint32
		start    []uint32 // by document of the share, and one past the last
		docTerms []uint32
		remap    []uint32 // the share's term IDs → the vocabulary's
		offset   int      // where the share's terms start in the whole
	}
	shares := make([]share, workers)
	per := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range shares {
		sh := &shares[w]
		sh.from, sh.to = min(w*per, n), min((w+1)*per, n)
		wg.Go(func() {
			sh.ids = map[string]uint32{}
			sh.start = make([]uint32, 0, sh.to-sh.from+1)
			sh.docTerms = make([]uint32, 0, (sh.to-sh.from)*16)
			var buf []byte
			for i := sh.from; i < sh.to; i++ {
				sh.start = append(sh.start, uint32(len(sh.docTerms)))
				buf = scanWords(text(i), buf, func(w []byte, _, _ int) {
					id, ok := sh.ids[string(w)]
					if !ok {
						id = uint32(len(sh.terms))
						s := string(w)
						sh.ids[s] = id
						sh.terms = append(sh.terms, s)
					}
					sh.docTerms = append(sh.docTerms, id)
				})
			}
			sh.start = append(sh.start, uint32(len(sh.docTerms)))
		})
	}
	wg.Wait()
	dw := docWords{terms: append([]string(nil), seed...)}
	global := make(map[string]uint32, len(seed)+len(shares[0].terms))
	for i, t := range seed {
		global[t] = uint32(i)
	}
	total := 0
	for w := range shares {
		sh := &shares[w]
		sh.remap = make([]uint32, len(sh.terms))
		for i, t := range sh.terms {
			id, ok := global[t]
			if !ok {
				id = uint32(len(dw.terms))
				global[t] = id
				dw.terms = append(dw.terms, t)
			}
			sh.remap[i] = id
		}
		sh.offset = total
		total += len(sh.docTerms)
	}
	dw.docStart = make([]uint32, n+1)
	dw.docTerms = make([]uint32, total)
	for w := range shares {
		sh := &shares[w]
		wg.Go(func() {
			for i := range sh.to - sh.from {
				dw.docStart[sh.from+i] = uint32(sh.offset) + sh.start[i]
			}
			for k, t := range sh.docTerms {
				dw.docTerms[sh.offset+k] = sh.remap[t]
			}
		})
	}
	wg.Wait()
	dw.docStart[n] = uint32(total)
	return dw
}
