// Package synthetic generates deterministic corpora of quotations for
// benchmarks, as many as asked for. Generate follows the statistics of a
// set of real articles (by default the seed articles built into quotebot)
// and mixes in their real quotations, so that a benchmark can ask for a
// known quotation among a million distractors. News draws quotations
// and whole news pages from a word-bigram model trained on real prose
// (Train), so that their phrasing is as repetitive as real news, and
// Fragments probes them as people half-remember them.
package synthetic

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"quotebot/quotes"
)

// Stats are what a corpus is modelled on.
type Stats struct {
	Lengths  []int    // words per quotation, one entry per real quotation
	Words    []string // distinct words, most frequent first
	Speakers []string // canonical speakers, most quoted first
	Outlets  []string // known outlets
	Tokens   int      // words in the real quotations and article texts
}

// StatsOf measures the articles of an index: the lengths of their
// quotations, and the frequency ranks of the words of their texts, or of
// the quotations when the index keeps no text.
func StatsOf(ix *quotes.Index) Stats {
	var st Stats
	freq := map[string]int{}
	count := func(text string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(text), notLetter) {
			if len(w) > 1 {
				freq[w]++
				st.Tokens++
			}
		}
	}
	qs := ix.Quotes()
	for _, q := range qs {
		st.Lengths = append(st.Lengths, len(strings.Fields(q.Text)))
	}
	for _, a := range ix.Articles() {
		count(a.Body)
	}
	if st.Tokens == 0 {
		// An index that keeps no article text (quotes.Loader): the
		// quotations are text too.
		for _, q := range qs {
			count(q.Text)
		}
	}
	for w := range freq {
		st.Words = append(st.Words, w)
	}
	sort.Slice(st.Words, func(i, j int) bool {
		if freq[st.Words[i]] != freq[st.Words[j]] {
			return freq[st.Words[i]] > freq[st.Words[j]]
		}
		return st.Words[i] < st.Words[j]
	})
	for _, c := range ix.Speakers() {
		st.Speakers = append(st.Speakers, c.Name)
	}
	for _, c := range ix.Outlets() {
		st.Outlets = append(st.Outlets, c.Name)
	}
	return st
}

func notLetter(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'' || r >= 0x80) }

// Corpus is a generated set of articles with their quotations.
type Corpus struct {
	Articles []*quotes.Article
	Quotes   int
	Real     []*quotes.Quote // the real quotations mixed in, as loaded
}

// QuotesPerArticle is how many quotations a generated article holds, about
// the seed articles' mean.
const QuotesPerArticle = 4

// Generate returns n generated quotations in articles, plus the real
// quotations of real, all indexed together by quotes.NewIndex. The same
// seed gives the same corpus.
//
// The vocabulary grows with the corpus as Heaps' law has it for news text
// (V = K·N^0.5, K fitted to the real articles): the real words first, in
// their frequency order, then made-up words of realistic lengths for the
// long tail, drawn by a Zipf law. Speakers are the real ones and made-up
// names, also Zipf-distributed, so a few speakers say much and most little.
func Generate(real *quotes.Index, n int, seed uint64) *Corpus {
	st := StatsOf(real)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	meanLen := 0.0
	for _, l := range st.Lengths {
		meanLen += float64(l)
	}
	meanLen /= float64(max(1, len(st.Lengths)))
	k := float64(len(st.Words)) / math.Sqrt(float64(max(1, st.Tokens)))
	vocab := int(k * math.Sqrt(float64(n)*meanLen))
	words := append([]string(nil), st.Words...)
	seen := map[string]bool{}
	for _, w := range words {
		seen[w] = true
	}
	for len(words) < vocab {
		w := madeUpWord(r, 3+r.IntN(8))
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	wordZipf := rand.NewZipf(r, 1.07, 2, uint64(len(words)-1))
	speakers := append([]string(nil), st.Speakers...)
	for len(speakers) < max(50, n/200) {
		speakers = append(speakers, capital(madeUpWord(r, 4+r.IntN(4)))+" "+capital(madeUpWord(r, 5+r.IntN(5))))
	}
	speakerZipf := rand.NewZipf(r, 1.2, 3, uint64(len(speakers)-1))
	outlets := append([]string(nil), st.Outlets...)
	for len(outlets) < 40 {
		outlets = append(outlets, "The "+capital(madeUpWord(r, 5+r.IntN(4)))+" "+[]string{"Times", "Post", "Herald", "Tribune", "Daily"}[r.IntN(5)])
	}
	c := &Corpus{Quotes: n}
	for i := 0; i < n; i += QuotesPerArticle {
		a := &quotes.Article{
			Path:      fmt.Sprintf("synthetic/%07d.txt", i/QuotesPerArticle),
			Outlet:    outlets[r.IntN(len(outlets))],
			Published: fmt.Sprintf("20%02d-%02d-%02d", 15+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28)),
		}
		a.Title = capital(sentence(r, words, wordZipf, 6+r.IntN(6)))
		for j := i; j < min(n, i+QuotesPerArticle); j++ {
			l := st.Lengths[r.IntN(len(st.Lengths))]
			a.Quotes = append(a.Quotes, &quotes.Quote{
				// 16 hex digits, as the IDs of extracted quotations:
				// the index keeps those as numbers.
				ID:        fmt.Sprintf("5%015x", j),
				Text:      capital(sentence(r, words, wordZipf, l)) + ".",
				Speaker:   speakers[speakerZipf.Uint64()],
				Outlet:    a.Outlet,
				Article:   a.Path,
				Title:     a.Title,
				Published: a.Published,
				Cue:       "said",
				AlsoIn:    []string{},
			})
		}
		c.Articles = append(c.Articles, a)
	}
	// The real articles, copied so that the caller's index is untouched.
	for _, a := range real.Articles() {
		cp := *a
		cp.Quotes = nil
		for _, q := range a.Quotes {
			qc := *q
			qc.AlsoIn = []string{}
			cp.Quotes = append(cp.Quotes, &qc)
			c.Real = append(c.Real, &qc)
		}
		c.Articles = append(c.Articles, &cp)
	}
	return c
}

func sentence(r *rand.Rand, words []string, z *rand.Zipf, n int) string {
	parts := make([]string, max(1, n))
	for i := range parts {
		parts[i] = words[z.Uint64()]
	}
	return strings.Join(parts, " ")
}

// madeUpWord returns a pronounceable word of about n letters.
func madeUpWord(r *rand.Rand, n int) string {
	const consonants, vowels = "bcdfghklmnprstvwz", "aeiou"
	var b strings.Builder
	for b.Len() < n {
		b.WriteByte(consonants[r.IntN(len(consonants))])
		b.WriteByte(vowels[r.IntN(len(vowels))])
	}
	return b.String()[:n]
}

func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Text renders a generated article as an article file, header and prose,
// in which quotebot's extractor finds the article's quotations again: a
// news article (News) as its page, Body, under a header; any other as a
// plain report of its quotations.
func Text(a *quotes.Article) string {
	var b strings.Builder
	if a.Body != "" {
		fmt.Fprintf(&b, "---\noutlet: %s\ntitle: %s\nurl: %s\npublished: %s\n---\n%s", a.Outlet, a.Title, a.URL, a.Published, a.Body)
		return b.String()
	}
	fmt.Fprintf(&b, "---\noutlet: %s\ntitle: %s\npublished: %s\n---\n%s\n\n", a.Outlet, a.Title, a.Published, a.Title)
	for i, q := range a.Quotes {
		if i%2 == 0 {
			fmt.Fprintf(&b, "%s met officials in the capital on Tuesday to discuss the plans.\n\n", q.Speaker)
		}
		fmt.Fprintf(&b, "\"%s,\" %s said.\n\n", strings.TrimSuffix(q.Text, "."), q.Speaker)
	}
	return b.String()
}
