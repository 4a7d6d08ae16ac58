package main

import (
	"slices"
	"strings"
	"unicode"
)

// judgeSpeaker says whether got is the right speaker for gold q, and
// whether q's speaker can be judged at all; unnamed says that got is the
// description of somebody the article keeps unnamed.
func judgeSpeaker(q GoldQuote, got string, unnamed bool) (right, judged bool) {
	if q.Optional {
		return false, false
	}
	if q.Surface {
		return judgeSurface(q.Speaker, got)
	}
	g := normalize(got)
	if g == normalize(q.Speaker) || unnamed && q.Speaker == "" {
		// A speaker the article keeps unnamed, given as it describes
		// them, is the gold's nobody.
		return true, true
	}
	for _, a := range q.Alt {
		if g == normalize(a) {
			return true, true
		}
	}
	return false, true
}

// judgeSurface judges got against span, the source as the article writes
// it. Spans that name nobody (empty, a pronoun, "the campaign") are not
// judged: a full name cannot be checked against them. Otherwise got is
// right when its last word is in the span ("Trump" for "Donald Trump") or
// the span's last capitalised word is in got ("The Post" for "the New York
// Post").
func judgeSurface(span, got string) (right, judged bool) {
	ws := spanWords(span)
	last := lastCapitalised(ws)
	if last == "" {
		return false, false
	}
	ours := spanWords(got)
	if len(ours) == 0 {
		return false, true
	}
	theirs := folded(ws)
	mine := folded(ours)
	return slices.Contains(theirs, mine[len(mine)-1]) || slices.Contains(mine, normalize(last)), true
}

// spanWords splits a span into words at spaces, hyphens and punctuation,
// keeping apostrophes inside names (O’Malley) and dropping a possessive
// ending (Trump’s is Trump).
func spanWords(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	var ws []string
	for _, w := range f {
		w = strings.Trim(w, "'’")
		for _, end := range []string{"'s", "’s", "'S", "’S"} {
			if s, ok := strings.CutSuffix(w, end); ok && s != "" {
				w = s
				break
			}
		}
		if w != "" {
			ws = append(ws, w)
		}
	}
	return ws
}

// folded normalises each word.
func folded(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = normalize(w)
	}
	return out
}

// lastCapitalised returns the span's last capitalised word that is not a
// pronoun nor the determiner that starts a sentence ("The campaign",
// "His aides"), or "" when there is none.
func lastCapitalised(ws []string) string {
	last := ""
	for i, w := range ws {
		lw := strings.ToLower(w)
		if pronouns[lw] || (i == 0 && determiners[lw]) {
			continue
		}
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			last = w
		}
	}
	return last
}

// pronouns are words that refer to a speaker without naming them.
var pronouns = setOf("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
	"you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
	"she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
	"themselves", "who", "whom", "whose", "which", "that", "this", "these", "those",
	"one", "someone", "somebody", "anyone", "everyone", "nobody")

// determiners start a description; capitalised, they start a sentence.
var determiners = setOf("the", "a", "an", "some", "many", "most", "several", "both", "all", "each",
	"every", "another", "other", "such", "no", "any", "few", "two", "three", "four", "five")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
