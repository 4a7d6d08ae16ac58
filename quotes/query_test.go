package quotes

import (
	"runtime"
	"strings"
	"testing"
)

// padded is a question whose words are drowned in filler: n characters
// or more of it around "great success", with the filler of a question at
// both ends as people type it, over and over.
func padded(n int) string {
	var b strings.Builder
	for b.Len() < n/2 {
		b.WriteString("who said \"um, you know, like, basically ")
	}
	b.WriteString("great success")
	for b.Len() < n {
		b.WriteString(" or something like that? please\"")
	}
	return b.String()
}

// allocated returns the bytes f allocates, as the runtime counts them: a
// measure of work that, unlike time, does not depend on the machine.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// A query padded with filler costs in proportion to its length: four
// times the filler, about four times the work, not sixteen. Stripping the
// filler one copy of the query at a time would be quadratic.
func TestLongQueryCostIsLinear(t *testing.T) {
	ix, _ := loadSeeds(t)
	work := func(n int) uint64 {
		q := padded(n)
		return allocated(func() {
			for range 5 {
				ix.Search(ParseQuery(q))
			}
		})
	}
	small, large := work(2_500), work(10_000)
	if ratio := float64(large) / float64(small); ratio > 6 {
		t.Errorf("a query 4 times longer allocates %.1f times the bytes (%d against %d): more than linear", ratio, large, small)
	}
}

func TestLongQueryKeepsItsWords(t *testing.T) {
	ix, _ := loadSeeds(t)
	q := ParseQuery(padded(10_000))
	if !strings.Contains(q.Text, "great success") || strings.HasPrefix(q.Text, "who said") || strings.HasSuffix(q.Text, "please") {
		t.Errorf("ParseQuery left %q … %q", clip(q.Text, 40), q.Text[max(0, len(q.Text)-40):])
	}
	qw := ix.words(q.Text, false)
	if len(qw) > maxQueryWords {
		t.Errorf("%d words looked up, want at most %d", len(qw), maxQueryWords)
	}
	var got []string
	for _, w := range qw {
		got = append(got, w.word)
	}
	for _, want := range []string{"great", "success"} {
		if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+want+" ") {
			t.Errorf("words looked up %q lack %q", got, want)
		}
	}
	// While typing, the word being typed stays whatever else is dropped.
	typed := ix.words(strings.Repeat("basically great success ", 40)+"soc", true)
	if last := typed[len(typed)-1]; len(typed) > maxQueryWords || last.word != "soc" {
		t.Errorf("typing: %d words, the last %q, want at most %d ending in the one typed", len(typed), last.word, maxQueryWords)
	}
}
