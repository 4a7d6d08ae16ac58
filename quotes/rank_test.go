package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// indexOf indexes texts as the quotations of one article each, in order,
// with filler quotations of common words, as many as filler, before them.
func indexOf(filler int, texts ...string) *Index {
	var articles []*Article
	add := func(text string) {
		n := len(articles)
		articles = append(articles, &Article{Path: fmt.Sprintf("a%06d.txt", n), Quotes: []*Quote{{
			ID: fmt.Sprintf("q%06d", n), Text: text, Speaker: "Ana Koru", Article: fmt.Sprintf("a%06d.txt", n), AlsoIn: []string{},
		}}})
	}
	fillers := []string{"met", "praised", "called", "visited", "thanked", "criticised", "answered"}
	for i := range filler {
		add(fmt.Sprintf("Obama %s the President of the %d council about the budget for the harbour district", fillers[i%len(fillers)], i))
	}
	for _, t := range texts {
		add(t)
	}
	return NewIndex(articles)
}

func TestRankingPrefersRareWordsInOrderAndTogether(t *testing.T) {
	for _, tc := range []struct {
		name   string
		texts  []string
		query  string
		want   string // the start of the first result
		filler int
	}{
		{
			name: "in the query's order, next to each other",
			texts: []string{
				"Ferries will cost more than the harbour plan promised for the island",
				"The harbour plan will cost the island far more than ferries",
			},
			query: "harbour plan will cost",
			want:  "The harbour plan will cost",
		},
		{
			name: "shuffled: the words that stand together",
			texts: []string{
				"The harbour works and the plan will cost the town nothing, the mayor said of the ferries",
				"Nobody believed the ferries plan harbour costs would fall",
			},
			query: "harbour ferries plan",
			want:  "Nobody believed the ferries plan harbour",
		},
		{
			name: "a phrase remembered whole beats a shorter quotation holding part of it",
			texts: []string{
				"As Chicago's harbour ferries run late of the family",
				"That is when moving out of Chicago's harbour ferries run late and the city pays",
			},
			query: "of Chicago's harbour ferries run",
			want:  "That is when moving out of Chicago's",
		},
		{
			name: "the words typed exactly before the shorter quotation",
			texts: []string{
				"The harbor plan is late",
				"The harbour plan is late again this year",
			},
			query: "harbour plan is late",
			want:  "The harbour plan is late again",
		},
		{
			name: "then the shorter quotation",
			texts: []string{
				"The harbour plan is late again this year, and next year too",
				"The harbour plan is late again",
			},
			query: "harbour plan is late",
			want:  "The harbour plan is late again",
		},
		{
			name: "common words and stopwords, far down a large index",
			texts: []string{
				"There are in President Obama many who doubt the budget",
			},
			query:  "in are There President Obama",
			want:   "There are in President Obama",
			filler: 20_000,
		},
		{
			name:  "stopwords alone, as a phrase",
			texts: []string{"To be or not to be, that is what the council asks"},
			query: "to be or not to be",
			want:  "To be or not to be",
		},
		{
			name:  "a short word typed with two letters swapped",
			texts: []string{"One-third of this screening was lost"},
			query: "oen-third of this screening",
			want:  "One-third of this screening",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix := indexOf(tc.filler, tc.texts...)
			rs := ix.Search(ParseQuery(tc.query))
			if len(rs) == 0 || !strings.HasPrefix(rs[0].Quote.Text, tc.want) {
				for _, r := range rs[:min(len(rs), 3)] {
					t.Logf("%.4f %q", r.Score, r.Quote.Text)
				}
				t.Errorf("Search(%q): want %q… first", tc.query, tc.want)
			}
		})
	}
}

// Stopwords alone find nothing unless they make a phrase of a few words.
func TestRankingStopwordsAlone(t *testing.T) {
	ix := indexOf(0, "To be or not to be, that is what the council asks")
	for _, q := range []string{"the", "to be", "be the what"} {
		if rs := ix.Search(ParseQuery(q)); len(rs) > 0 {
			t.Errorf("Search(%q) = %q, want nothing", q, rs[0].Quote.Text)
		}
	}
}

func TestDenseTerms(t *testing.T) {
	var b packedBuilder
	b.add([]uint32{0, 5, 63, 64, 99}, true)
	b.add([]uint32{7}, true)
	postings := b.lists()
	d := newDenseTerms(&postings, []uint32{5, 1}, 100)
	if d[1] != nil || d[0] == nil {
		t.Fatalf("dense terms %v: want term 0 only (5 of 100 documents is dense, 1 is not)", d)
	}
	for doc := range uint32(100) {
		want := doc == 0 || doc == 5 || doc == 63 || doc == 64 || doc == 99
		if has(d[0], doc) != want {
			t.Errorf("has(%d) = %v", doc, !want)
		}
	}
}
