package bot

import (
	"strings"

	"quotebot/quotes"
)

// maxSentence bounds the sentence shown around a fragment.
const maxSentence = 600

// sentence returns the sentence of a's text that holds the fragment, with
// the fragment in bold, or "" when it cannot be found. A fragment ("a
// great success") means little without the words around it.
func sentence(a *quotes.Article, fragment string) string {
	if a == nil || fragment == "" {
		return ""
	}
	// Quotations have their whitespace folded; so must the text.
	body := strings.Join(strings.Fields(a.Body), " ")
	i := strings.Index(body, fragment)
	if i < 0 {
		return ""
	}
	start := sentenceStart(body, i)
	end := sentenceEnd(body, i+len(fragment))
	s := body[start:end]
	span := quotes.Span{Start: i - start, End: i - start + len(fragment)}
	if length(s) > maxSentence {
		return ""
	}
	return highlight(s, []quotes.Span{span}, maxFieldValue)
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
