package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture is asked for by the words that label it, found here
// without a regular expression: boilerLine asks each line of every page,
// and the labels are fixed words, compared as (?i) in an expression
// compares them, under Unicode's simple case folding.

// chromeLabels open a line of page furniture before a colon: "Tags:",
// "Read more :".
var chromeLabels = []string{"tags", "topics", "keywords", "edited by", "image", "photo", "picture", "credit",
	"video", "watch", "listen", "read also", "read more", "also read", "see also", "related", "recommended",
	"more on this", "advertisement", "subscribe"}

// creditLabels end the label of a photo credit: "Photo:", "Image source :".
var creditLabels = []string{"image", "photo", "picture", "credit", "source"}

// bracketCredits are what a photo credit in brackets holds somewhere:
// "(Sputnik/Reuters)", "(Photo via X)".
var bracketCredits = []string{"/", "via", "photo", "getty", "afp", "reuters", "ap photo", "epa", "anadolu"}

// slashCredits are the credits that end a caption after a slash: "… / AP".
var slashCredits = []string{"reuters", "afp", "ap", "epa", "getty images", "anadolu"}

// wireCredits are the agencies and picture libraries a credit line names.
var wireCredits = []string{"reuters", "afp", "ap", "ap photo", "associated press", "getty images", "getty",
	"epa", "epa-efe", "anadolu", "anadolu agency", "xinhua", "tass", "sputnik", "ria novosti", "imago",
	"picture alliance", "dpa", "shutterstock", "pool"}

// space is what \s matches in a regular expression.
const space = " \t\n\f\r"

// chromeLabelled reports a line that opens with one of chromeLabels, then
// spaces and a colon. No label holds a colon, so the colon is the first.
func chromeLabelled(t string) bool {
	c := strings.IndexByte(t, ':')
	if c < 0 {
		return false
	}
	head := strings.TrimRight(t[:c], space)
	ascii := isASCII(head)
	for _, l := range chromeLabels {
		// An ASCII head folds byte for byte: only a label as long can match.
		if (!ascii || len(head) == len(l)) && strings.EqualFold(head, l) {
			return true
		}
	}
	return false
}

// endsWithAny reports whether s ends in one of words, ignoring case.
func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// creditTail reports what a line must have for creditLine to match it:
// a slash, or one of wireCredits at its end.
func creditTail(t string) bool {
	return strings.IndexByte(t, '/') >= 0 || endsWithAny(t, wireCredits)
}

// bracketCredit reports whether s, which opens with the line's last
// bracket, is a bracketed credit and then spaces: "(AP Photo/J. Doe)".
func bracketCredit(s string) bool {
	c := strings.IndexByte(s, ')')
	if c < 0 || strings.TrimRight(s[c+1:], space) != "" {
		return false
	}
	in := s[1:c] // no bracket within: s opens with the last "("
	for i := 0; i < len(in); {
		for _, w := range bracketCredits {
			if hasPrefixFold(in[i:], w) {
				return true
			}
		}
		_, n := utf8.DecodeRuneInString(in[i:])
		i += n
	}
	return false
}

// slashCredit reports whether s, which opens with the line's last slash,
// is that slash and one of slashCredits, spaces around it.
func slashCredit(s string) bool {
	w := strings.Trim(s[1:], space)
	for _, c := range slashCredits {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s opens with prefix under simple case
// folding, as `(?i)^prefix` matches.
func hasPrefixFold(s, prefix string) bool {
	for prefix != "" {
		r, n := utf8.DecodeRuneInString(s)
		w, m := utf8.DecodeRuneInString(prefix)
		if n == 0 || !foldsTo(r, w) {
			return false
		}
		s, prefix = s[n:], prefix[m:]
	}
	return true
}

// hasSuffixFold reports whether s ends in suffix under simple case
// folding, as `(?i)suffix$` matches: "REUTERſ" ends in "reuters".
func hasSuffixFold(s, suffix string) bool {
	for suffix != "" {
		if s != "" && s[len(s)-1] < utf8.RuneSelf && suffix[len(suffix)-1] < utf8.RuneSelf {
			// ASCII against ASCII, as most bytes are: only A to Z fold.
			if lowerByte(s[len(s)-1]) != lowerByte(suffix[len(suffix)-1]) {
				return false
			}
			s, suffix = s[:len(s)-1], suffix[:len(suffix)-1]
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s)
		w, m := utf8.DecodeLastRuneInString(suffix)
		if n == 0 || !foldsTo(r, w) {
			return false
		}
		s, suffix = s[:len(s)-n], suffix[:len(suffix)-m]
	}
	return true
}

// lowerByte lowers an ASCII capital, and leaves any other byte.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldsTo reports whether r is w or a rune that w folds to: its capital,
// or "K" for the Kelvin sign.
func foldsTo(r, w rune) bool {
	if r == w {
		return true
	}
	for f := unicode.SimpleFold(w); f != w; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// bioTrades are what an author biography calls its author.
var bioTrades = []string{"editor", "reporter", "correspondent", "journalist", "writer", "columnist", "producer",
	"contributor", "anchor", "presenter", "photographer"}

// bioLine reports an author biography: "Jane Doe is a news editor at …",
// one of bioTrades as a word of its own within 80 characters of bioOpen
// and before any full stop. bioOpen ends in one place at most: names are
// capitalised and the verb is not.
func bioLine(t string) bool {
	m := bioOpen.FindStringIndex(t)
	if m == nil {
		return false
	}
	i := m[1]
	for n := 0; n <= 80; n++ {
		if (i == 0 || !asciiWordByte(t[i-1])) && tradeAt(t, i) {
			return true
		}
		if i == len(t) || t[i] == '.' {
			return false
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		i += size
	}
	return false
}

// tradeAt reports whether one of bioTrades stands at t[i:], no ASCII
// letter, digit or underscore after it: the \b of a regular expression.
func tradeAt(t string, i int) bool {
	for _, w := range bioTrades {
		if end := i + len(w); strings.HasPrefix(t[i:], w) && (end == len(t) || !asciiWordByte(t[end])) {
			return true
		}
	}
	return false
}

// asciiWordByte reports a byte that \w matches.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
