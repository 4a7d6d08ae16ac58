package synthetic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Model is a word-bigram model of prose: for each word, the words that
// followed it in the text it was trained on, and how often. Sentences
// drawn from it have the vocabulary, word frequencies and two-word
// phrases of that text, so that generated quotations share phrasing the
// way real ones do ("the United States", "we are going to") while no
// sentence need repeat one of the training text.
type Model struct {
	words []string // by word ID; 0 is the boundary between sentences
	next  [][]successor
	// Tokens is how many words and punctuation marks the model was
	// trained on.
	Tokens int
}

// successor is a word that followed another, with the running total of
// the counts of the successors before it and itself, for sampling by
// binary search.
type successor struct {
	word  uint32
	cumul uint32
}

// boundary is the word ID that starts and ends every sentence.
const boundary = 0

// Train builds a model from texts, each a whole article's prose: one
// paragraph a line or several, sentences ending in '.', '?' or '!'.
// Quotation marks, brackets and dashes are dropped, so that what the model
// says can itself be put in quotation marks; apostrophes inside words
// ("don't", "Syria's") are kept as straight ones.
func Train(texts []string) *Model {
	m := &Model{words: []string{""}}
	ids := map[string]uint32{"": boundary}
	counts := map[[2]uint32]uint32{}
	id := func(w string) uint32 {
		if i, ok := ids[w]; ok {
			return i
		}
		i := uint32(len(m.words))
		ids[w] = i
		m.words = append(m.words, w)
		return i
	}
	for _, text := range texts {
		for _, para := range strings.Split(text, "\n\n") {
			prev := uint32(boundary)
			for _, t := range modelTokens(para) {
				w := id(t)
				counts[[2]uint32{prev, w}]++
				m.Tokens++
				prev = w
				if endsSentence(t) {
					counts[[2]uint32{prev, boundary}]++
					prev = boundary
				}
			}
			if prev != boundary {
				counts[[2]uint32{prev, boundary}]++
			}
		}
	}
	m.next = make([][]successor, len(m.words))
	for k, n := range counts {
		m.next[k[0]] = append(m.next[k[0]], successor{k[1], n})
	}
	for _, ss := range m.next {
		// Map order is random: sorting makes the model, and so every
		// corpus drawn from it, the same for the same texts.
		slices.SortFunc(ss, func(a, b successor) int { return int(a.word) - int(b.word) })
		var total uint32
		for i := range ss {
			total += ss[i].cumul
			ss[i].cumul = total
		}
	}
	return m
}

// Words returns how many distinct words and marks the model knows.
func (m *Model) Words() int { return len(m.words) - 1 }

// Sentence draws one sentence of between lo and hi words (punctuation
// marks not counted), ending in '.', '?' or '!'. It gives up after a
// number of tries and returns "" when the model cannot make one, as one
// trained on nothing cannot.
func (m *Model) Sentence(r *rand.Rand, lo, hi int) string {
	if len(m.next) == 0 || len(m.next[boundary]) == 0 {
		return ""
	}
	toks := make([]string, 0, hi+8)
	for range 100 {
		toks = toks[:0]
		words := 0
		for w := m.step(r, boundary); w != boundary && words <= hi; w = m.step(r, w) {
			toks = append(toks, m.words[w])
			if !isMark(m.words[w]) {
				words++
			}
		}
		if words >= lo && words <= hi {
			return joinTokens(toks)
		}
	}
	return ""
}

// step draws the word that follows w.
func (m *Model) step(r *rand.Rand, w uint32) uint32 {
	ss := m.next[w]
	if len(ss) == 0 {
		return boundary
	}
	x := r.Uint32N(ss[len(ss)-1].cumul)
	i, _ := slices.BinarySearchFunc(ss, x, func(s successor, x uint32) int {
		if s.cumul <= x {
			return -1
		}
		return 1
	})
	return ss[i].word
}

// joinTokens writes tokens as prose: marks stick to the word before, and
// a sentence without a final mark gets a full stop.
func joinTokens(toks []string) string {
	for len(toks) > 0 && isMark(toks[0]) {
		toks = toks[1:]
	}
	for len(toks) > 0 && isMark(toks[len(toks)-1]) && !endsSentence(toks[len(toks)-1]) {
		toks = toks[:len(toks)-1]
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !isMark(t) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	if len(toks) == 0 || !endsSentence(toks[len(toks)-1]) {
		b.WriteByte('.')
	}
	s := b.String()
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// isMark reports a punctuation token.
func isMark(t string) bool {
	switch t {
	case ",", ";", ":", ".", "?", "!":
		return true
	}
	return false
}

func endsSentence(t string) bool { return t == "." || t == "?" || t == "!" }

// abbreviations end in a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Sen": true, "Rep": true, "Gov": true, "Gen": true,
	"Jr": true, "Sr": true, "St": true, "Lt": true, "Col": true, "Sgt": true, "Inc": true, "Corp": true,
	"Co": true, "No": true, "Prof": true, "Rev": true, "Capt": true, "vs": true, "Ft": true, "Mt": true,
}

// modelTokens splits a paragraph into words and the marks the model
// keeps: ',', ';', ':' and the marks that end a sentence.
func modelTokens(para string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(para, splitsWords) {
		f = strings.Map(keepRune, f)
		f = strings.TrimLeftFunc(f, func(r rune) bool { return !startsWord(r) })
		word := strings.TrimRightFunc(f, func(r rune) bool { return !endsWord(r) })
		tail := f[len(word):]
		if word == "" {
			continue
		}
		if strings.HasPrefix(tail, ".") && abbreviation(word) {
			word, tail = word+".", tail[1:]
		}
		out = append(out, word)
		if mark := lastMark(tail); mark != "" {
			out = append(out, mark)
		}
	}
	return out
}

// splitsWords reports the runes between words: spaces, and the dashes
// and slashes that join two words without a space.
func splitsWords(r rune) bool {
	return unicode.IsSpace(r) || r == '—' || r == '–' || r == '/' || r == '…'
}

// keepRune drops quotation marks and brackets, and straightens
// apostrophes.
func keepRune(r rune) rune {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '‹', '›', '(', ')', '[', ']', '{', '}', '*', '_', '`', '|', '<', '>':
		return -1
	case '’', 'ʼ':
		return '\''
	}
	return r
}

func startsWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '#'
}
func endsWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' }

// abbreviation reports a word whose full stop belongs to it: a title
// such as "Mr", a single capital ("J."), or one with stops inside ("U.S").
func abbreviation(w string) bool {
	if abbreviations[w] || strings.Contains(w, ".") {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// lastMark is the mark a word's trailing punctuation ends with, the one
// that decides how the text goes on: "?!" asks, "," goes on.
func lastMark(tail string) string {
	for i := len(tail) - 1; i >= 0; i-- {
		if c := tail[i : i+1]; isMark(c) {
			return c
		}
	}
	return ""
}
