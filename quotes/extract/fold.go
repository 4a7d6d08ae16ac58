package extract

import (
	"bytes"
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

// appendFold appends Fold(s) to b, without allocating when s is ASCII.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, Fold(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
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

// firstFolded returns the first word of Fold(s) and whether another word
// follows it, as strings.Fields(Fold(s)) would give them, folding only
// the first word: names are compared by their first words many times an
// article.
func firstFolded(s string) (first string, more bool) {
	if isASCII(s) {
		i := 0
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace(s[j]) {
			j++
		}
		for k := j; k < len(s); k++ {
			if !asciiSpace(s[k]) {
				more = true
				break
			}
		}
		return strings.ToLower(s[i:j]), more
	}
	if !utf8.ValidString(s) {
		// Normalisation reads invalid bytes differently a word at a time.
		ws := strings.Fields(Fold(s))
		if len(ws) == 0 {
			return "", false
		}
		return ws[0], len(ws) > 1
	}
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			return first, false
		}
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		w := s[:end]
		s = s[end:]
		switch {
		case first == "":
			first = Fold(w) // "" for a word of combining marks alone
		case !foldsToNothing(w):
			return first, true
		}
	}
}

// foldsToNothing reports whether Fold(w) is "", as for a word of combining
// marks alone, folding only a word with no ASCII in it.
func foldsToNothing(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < utf8.RuneSelf {
			return false
		}
	}
	return Fold(w) == ""
}

// lastField splits the last of the words strings.Fields would find in s
// from the text before it, which is "" when there is no other word.
func lastField(s string) (rest, last string) {
	if isASCII(s) {
		e := len(s)
		for e > 0 && asciiSpace(s[e-1]) {
			e--
		}
		i := e - 1
		for i >= 0 && !asciiSpace(s[i]) {
			i--
		}
		if i < 0 {
			return "", s[:e]
		}
		a, b := 0, i
		for a < b && asciiSpace(s[a]) {
			a++
		}
		for b > a && asciiSpace(s[b-1]) {
			b--
		}
		return s[a:b], s[i+1 : e]
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return strings.TrimFunc(s[:i], unicode.IsSpace), s[i+size:]
}

// fieldsUpTo reports whether s holds at most n of the words
// strings.Fields would split it into, reading no further than the word
// after the nth: most quotations are asked whether they are a word or
// two long, and are far longer.
func fieldsUpTo(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			if n--; n < 0 {
				return false
			}
		}
		in = !space
	}
	return true
}

// arabicArticles are taken off the front of a surname's key:
// "al-Sharaa" is "Sharaa".
var arabicArticles = [][]byte{[]byte("al-"), []byte("el-"), []byte(" al "), []byte("ad-"), []byte("as-"), []byte("ash-"), []byte("an-"), []byte("ar-"), []byte("at-"), []byte("az-")}

// trimNameMarks trims full stops and apostrophes, straight and curly,
// from both ends of a surname's key, as bytes.Trim(key, ".'’") does
// without reading the key rune by rune.
func trimNameMarks(key []byte) []byte {
	const curly = "’"
	for {
		switch {
		case len(key) > 0 && (key[0] == '.' || key[0] == '\''):
			key = key[1:]
		case bytes.HasPrefix(key, []byte(curly)):
			key = key[len(curly):]
		case len(key) > 0 && (key[len(key)-1] == '.' || key[len(key)-1] == '\''):
			key = key[:len(key)-1]
		case bytes.HasSuffix(key, []byte(curly)):
			key = key[:len(key)-len(curly)]
		default:
			return key
		}
	}
}

// isASCII reports whether s is all ASCII: names, which are asked for
// their first and last words many times an article, mostly are, and
// their words are then found byte by byte.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiSpace reports whether c is white space, for an ASCII c, as
// unicode.IsSpace says.
func asciiSpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// suffixStart reports whether a word whose first byte is c may lower-case
// to one of nameSuffixes, which start with j, s or i ("İ" lower-cases to
// "i"), so that most surnames are looked up without lower-casing them.
func suffixStart(c byte) bool {
	c |= 'a' - 'A'
	return c == 'j' || c == 's' || c == 'i' || c >= utf8.RuneSelf
}
