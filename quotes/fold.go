package quotes

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

// fold returns s lower-cased with diacritics removed ("Ukraïner" →
// "ukrainer"), so that comparisons ignore case and accents.
func fold(s string) string {
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

// token is one word of a text: its folded form and where it stands.
type token struct {
	word       string // folded, letters and digits only
	start, end int    // byte range in the original text
}

// isWordRune reports whether r belongs inside a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r joins the parts of a word such as "Syria's".
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits s into folded words. Apostrophes join a word ("don't" →
// "dont") and a possessive "'s" is dropped ("Syria's" → "syria"); hyphens
// and all other punctuation separate words.
func tokenize(s string) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		end := i
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
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
		w := foldWord(s[start:end])
		if w != "" {
			toks = append(toks, token{word: w, start: start, end: end})
		}
	}
	return toks
}

// foldWord folds one word and drops apostrophes and a possessive ending.
func foldWord(w string) string {
	f := fold(w)
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
