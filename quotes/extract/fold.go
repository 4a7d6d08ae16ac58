package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldRune maps letters that Unicode does not decompose to the ASCII a
// reader would type for them; decomposable letters lose their marks in fold.
var foldRune = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ð': "d", 'þ': "th", 'ı': "i",
}

// Fold returns s lower-cased with diacritics removed ("Ukraïner" →
// "ukrainer"), so that comparisons ignore case and accents.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case foldRune[r] != "":
			b.WriteString(foldRune[r])
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Consonants returns the skeleton of a folded word: its consonants in
// order, doubled letters once, so that spellings of one name (Ahmad,
// Ahmed) and slips of one word share it.
func Consonants(s string) string {
	var b strings.Builder
	var last rune
	for _, r := range s {
		if strings.ContainsRune("aeiouy", r) || r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
