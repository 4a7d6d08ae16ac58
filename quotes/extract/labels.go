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
	for _, l := range chromeLabels {
		if strings.EqualFold(head, l) {
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

// hasSuffixFold reports whether s ends in suffix under simple case
// folding, as `(?i)suffix$` matches: "REUTERſ" ends in "reuters".
func hasSuffixFold(s, suffix string) bool {
	for suffix != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		w, m := utf8.DecodeLastRuneInString(suffix)
		if n == 0 || !foldsTo(r, w) {
			return false
		}
		s, suffix = s[:len(s)-n], suffix[:len(suffix)-m]
	}
	return true
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
