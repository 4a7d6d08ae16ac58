package quotes

import (
	"quotebot/quotes/extract"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text: its folded form and where it stands.
type token struct {
	word       string // folded, letters and digits only
	start, end int    // byte range in the original text
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneBeyondASCII(r)
}

// isWordRuneBeyondASCII is isWordRune of a rune past ASCII, apart so
// that isWordRune is inlined.
func isWordRuneBeyondASCII(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord holds the ASCII characters that belong inside a word, the
// letters and digits: the spaces and punctuation between words would
// otherwise each be looked up in three tables of Unicode.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return t
}()

// isApostrophe reports whether r joins the parts of a word such as "Syria's".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits s into folded words. Apostrophes join a word ("don't" →
// "dont") and a possessive "'s" is dropped ("Syria's" → "syria"); hyphens
// and all other punctuation separate words.
func tokenize(s string) []token {
	var toks []token
	scanWords(s, nil, func(w []byte, start, end int) {
		toks = append(toks, token{word: string(w), start: start, end: end})
	})
	return toks
}

// scanWords calls f with each folded word of s, as tokenize splits them,
// and where it stands. The word is built in buf, so that indexing a
// million quotations does not allocate a string per word; f must not keep
// it. scanWords returns buf for reuse.
func scanWords(s string, buf []byte, f func(w []byte, start, end int)) []byte {
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += size
			continue
		}
		start, end := i, i
		ascii := true
		for i < len(s) {
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
				ascii = false
			}
			if isWordRune(r) {
				i += size
				end = i
				continue
			}
			if isApostrophe(r) && i+size < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+size:]); isWordRune(next) {
					i += size
					continue
				}
			}
			break
		}
		buf = buf[:0]
		if ascii {
			for k := start; k < end; k++ {
				c := s[k]
				if c == '\'' {
					continue
				}
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			if w := s[start:end]; len(w) > 2 && (w[len(w)-2:] == "'s" || w[len(w)-2:] == "'S") {
				buf = buf[:len(buf)-1]
			}
		} else {
			buf = append(buf, foldWord(s[start:end])...)
		}
		if len(buf) > 0 {
			f(buf, start, end)
		}
	}
	return buf
}

// foldWord folds one word and drops apostrophes and a possessive ending.
func foldWord(w string) string {
	f := extract.Fold(w)
	if strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") {
		f = f[:strings.LastIndexAny(f, "'’")]
	}
	if strings.ContainsAny(f, "'’ʼ") {
		f = strings.Map(func(r rune) rune {
			if isApostrophe(r) {
				return -1
			}
			return r
		}, f)
	}
	return f
}

// words returns the folded words of s.
func words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.word
	}
	return out
}
