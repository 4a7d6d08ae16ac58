package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxSentence is the longest sentence, in characters, kept around a
// fragment (Quote.Sentence): a longer one says no more than the fragment.
const MaxSentence = 600

// sentenceOf returns the sentence of body that holds fragment, its white
// space folded as the fragment's is, or "" when it cannot be found or is
// longer than MaxSentence. A fragment ("a great success") means little
// without the words around it. It is what folding the body's white
// space whole and finding the fragment in that would give: the first
// place the fragment stands, any run of white space in the body standing
// for a space of the fragment, and the sentence around it, a run of
// white space standing for a space; but only the sentence is folded.
func sentenceOf(body, fragment string) string {
	start, end, ok := findFolded(body, fragment)
	if !ok {
		return ""
	}
	s := foldSpace(body[sentenceStart(body, start):sentenceEnd(body, end)])
	if utf8.RuneCountInString(s) > MaxSentence {
		return ""
	}
	return s
}

// findFolded returns where fragment, whose words stand a single space
// apart, first stands in body, any run of white space in the body
// standing for a space.
func findFolded(body, fragment string) (start, end int, ok bool) {
	if fragment == "" {
		return 0, 0, false
	}
	first, rest, _ := strings.Cut(fragment, " ")
	for from := 0; ; {
		k := strings.Index(body[from:], first)
		if k < 0 {
			return 0, 0, false
		}
		start = from + k
		if end, ok = matchFolded(body, start+len(first), rest); ok {
			return start, end, true
		}
		from = start + 1
	}
}

// matchFolded reports whether body goes on at i with the words of rest,
// each after a run of white space, and where they end.
func matchFolded(body string, i int, rest string) (int, bool) {
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		j := spaceEnd(body, i)
		if j == i || !strings.HasPrefix(body[j:], w) {
			return 0, false
		}
		i = j + len(w)
	}
	return i, true
}

// spaceEnd returns where the run of white space at s[i:] ends.
func spaceEnd(s string, i int) int {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// closingQuotes may follow the end of a sentence.
var closingQuotes = []string{"”", "\"", "’", "'", "»"}

// sentenceStart is where the sentence holding body[i] begins: after the
// last run of white space before i that follows ".", "!" or "?", a
// closing quote mark allowed between.
func sentenceStart(body string, i int) int {
	for j := i; j > 0; {
		r, size := utf8.DecodeLastRuneInString(body[:j])
		if !unicode.IsSpace(r) {
			j -= size
			continue
		}
		end := j // of the run of white space
		for j > 0 {
			if r, size := utf8.DecodeLastRuneInString(body[:j]); unicode.IsSpace(r) {
				j -= size
				continue
			}
			break
		}
		before := body[:j]
		for _, q := range closingQuotes {
			before = strings.TrimSuffix(before, q)
		}
		if before != "" && strings.IndexByte(".!?", before[len(before)-1]) >= 0 {
			return end
		}
	}
	return 0
}

// sentenceEnd is where the sentence going on at body[i] ends: after the
// next ".", "!" or "?" followed by white space or the end, with a closing
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
		if k == len(body) || spaceEnd(body, k) > k {
			return k
		}
	}
	return len(body)
}
