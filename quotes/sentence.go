package quotes

import (
	"strings"
	"unicode/utf8"
)

// MaxSentence is the longest sentence, in characters, kept around a
// fragment (Quote.Sentence): a longer one says no more than the fragment.
const MaxSentence = 600

// sentenceOf returns the sentence of folded, an article's text with its
// whitespace folded as quotations have theirs, that holds fragment, or ""
// when it cannot be found or is longer than MaxSentence. A fragment ("a
// great success") means little without the words around it.
func sentenceOf(folded, fragment string) string {
	if fragment == "" {
		return ""
	}
	i := strings.Index(folded, fragment)
	if i < 0 {
		return ""
	}
	s := folded[sentenceStart(folded, i):sentenceEnd(folded, i+len(fragment))]
	if utf8.RuneCountInString(s) > MaxSentence {
		return ""
	}
	return s
}

// closingQuotes may follow the end of a sentence.
var closingQuotes = []string{"”", "\"", "’", "'", "»"}

// sentenceStart is where the sentence holding body[i] begins: after the
// last ". ", "! " or "? " before i, a closing quote mark allowed before
// the space.
func sentenceStart(body string, i int) int {
	for j := i - 1; j > 0; j-- {
		if body[j] != ' ' {
			continue
		}
		before := body[:j]
		for _, q := range closingQuotes {
			before = strings.TrimSuffix(before, q)
		}
		if before != "" && strings.IndexByte(".!?", before[len(before)-1]) >= 0 {
			return j + 1
		}
	}
	return 0
}

// sentenceEnd is where the sentence going on at body[i] ends: after the
// next ".", "!" or "?" followed by a space or the end, with a closing
// quote mark that follows it.
func sentenceEnd(body string, i int) int {
	for j := i; j < len(body); j++ {
		if strings.IndexByte(".!?", body[j]) < 0 {
			continue
		}
		k := j + 1
		for _, q := range closingQuotes {
			if strings.HasPrefix(body[k:], q) {
				k += len(q)
				break
			}
		}
		if k == len(body) || body[k] == ' ' {
			return k
		}
	}
	return len(body)
}
