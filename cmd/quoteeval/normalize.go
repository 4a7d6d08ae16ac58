package main

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalize folds text for comparison: lower case, no accents, apostrophes
// dropped ("don’t" is "dont"), every other punctuation mark or symbol a
// space, and runs of spaces one. Two renderings of the same words, such as
// a quotation with and without its final full stop or with straight and
// curly marks, normalise alike.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// an accent, split from its letter by NFD
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			// an apostrophe joins its word rather than splitting it
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// tokenF1 is the harmonic mean of the precision and recall of a's words
// against b's, counting repeated words as often as they occur in both.
func tokenF1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	common := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(a))
	r := float64(common) / float64(len(b))
	return 2 * p * r / (p + r)
}
