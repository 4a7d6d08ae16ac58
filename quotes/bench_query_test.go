package quotes_test

import (
	"fmt"
	"strings"
	"testing"

	"quotebot/quotes"
)

// BenchmarkLongQuery is parsing and looking up a question padded with
// filler words to 1k and 10k characters over 100k quotes: the time per
// character stays about the same, as both are linear in the query.
func BenchmarkLongQuery(b *testing.B) {
	ix := benchIndex(b, 100_000)
	for _, n := range []int{1_000, 10_000} {
		var q strings.Builder
		q.WriteString("who said ")
		for q.Len() < n/2 {
			q.WriteString("um, you know, like, basically, ")
		}
		q.WriteString("the relations between our countries were always friendly")
		for q.Len() < n {
			q.WriteString(" or something like that? please")
		}
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Search(quotes.ParseQuery(q.String()))
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*q.Len()), "ns/char")
		})
	}
}
