package extract

import (
	"strings"
	"unicode/utf8"
)

// wordClass is a set of the word lists a lower-case word is in. Reading an
// article asks the lists about each word many times over; itemize looks a
// word up once, in wordClasses, and the item carries the answer.
type wordClass uint32

// The word lists that have a class, each named after its list.
const (
	classDeterminer       wordClass = 1 << iota // determiners
	classStopword                               // Stopwords
	classMonth                                  // months
	classWeekday                                // weekdays
	classHonorific                              // honorifics
	classPersonRole                             // personRoles
	classNationality                            // nationalities, with a key that is not ""
	classKnownOrg                               // knownOrgs
	classOrgSuffix                              // orgSuffixes
	classOrgConnector                           // orgConnectors
	classGroupHead                              // groupHeads
	classPlaceWord                              // placeWords
	classPlaceName                              // placeNames
	classPlaceFirstWord                         // placeFirstWords
	classOrdinal                                // ordinals
	classNameSuffix                             // nameSuffixes
	classNameParticle                           // nameParticles
	classSpeechVerb                             // speechVerbs
	classInvertedVerb                           // invertedVerbs
	classOpener                                 // openers
	classSkipBeforeVerb                         // skipBeforeVerb
	classSpeechParticiple                       // speechParticiples
	classHeadlineLower                          // headlineLower
	classMalePronoun                            // malePronouns
	classFemalePronoun                          // femalePronouns
	classMaleName                               // firstNameGender's male names
	classFemaleName                             // firstNameGender's female names
	classAuxiliary                              // auxiliaries
	classIrregularVerb                          // irregularVerbs
	classPluralNoun                             // what finiteVerb takes for no verb: orgHeads, anonymousHeads, documents, genericOrgHeads, pluralPlaces
)

// wordClasses maps each word of the lists with a class to its classes.
// It is derived from the lists, which stay the one place words are added.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, l := range []struct {
		class wordClass
		words map[string]bool
	}{
		{classDeterminer, determiners},
		{classStopword, Stopwords},
		{classMonth, months},
		{classWeekday, weekdays},
		{classHonorific, honorifics},
		{classPersonRole, personRoles},
		{classKnownOrg, knownOrgs},
		{classOrgSuffix, orgSuffixes},
		{classOrgConnector, orgConnectors},
		{classGroupHead, groupHeads},
		{classPlaceWord, placeWords},
		{classPlaceName, placeNames},
		{classPlaceFirstWord, placeFirstWords},
		{classOrdinal, ordinals},
		{classNameSuffix, nameSuffixes},
		{classNameParticle, nameParticles},
		{classSpeechVerb, speechVerbs},
		{classInvertedVerb, invertedVerbs},
		{classOpener, openers},
		{classSkipBeforeVerb, skipBeforeVerb},
		{classSpeechParticiple, speechParticiples},
		{classHeadlineLower, headlineLower},
		{classMalePronoun, malePronouns},
		{classFemalePronoun, femalePronouns},
		{classAuxiliary, auxiliaries},
		{classIrregularVerb, irregularVerbs},
		{classPluralNoun, orgHeads},
		{classPluralNoun, anonymousHeads},
		{classPluralNoun, documents},
		{classPluralNoun, genericOrgHeads},
		{classPluralNoun, pluralPlaces},
	} {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	for w := range nationalities {
		m[w] |= classNationality
	}
	for w, g := range firstNameGender {
		switch g {
		case 'm':
			m[w] |= classMaleName
		case 'f':
			m[w] |= classFemaleName
		}
	}
	return m
}()

// byteClasses holds the classes of the words of one ASCII byte, most of
// them punctuation, which classOf then finds without hashing.
var byteClasses = func() (t [utf8.RuneSelf]wordClass) {
	for c := range t {
		t[c] = wordClasses[string(rune(c))]
	}
	return t
}()

// classSlot is one slot of classTable: a word of wordClasses and its
// classes, or "" in a slot no word hashed to.
type classSlot struct {
	word string
	cls  wordClass
}

// classTable holds wordClasses for classOf, which asks it of every word
// of every article: open addressing at a quarter full, so that a word is
// found, or found missing, in a slot or two, with a hash far cheaper than
// a map's.
var classTable = func() []classSlot {
	n := 1
	for n < 4*len(wordClasses) {
		n *= 2
	}
	t := make([]classSlot, n)
	for w, c := range wordClasses {
		if w == "" {
			continue // classOf answers "" at once
		}
		i := wordHash(w) & uint32(n-1)
		for t[i].word != "" {
			i = (i + 1) & uint32(n-1)
		}
		t[i] = classSlot{w, c}
	}
	return t
}()

// wordHash is FNV-1a, its bits mixed so that the low ones, which index
// classTable, depend on every byte.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h ^ h>>15
}

// classOf returns the classes of the lower-case word w.
func classOf(w string) wordClass {
	switch {
	case len(w) == 1 && w[0] < utf8.RuneSelf:
		return byteClasses[w[0]]
	case w == "":
		return wordClasses[""]
	}
	mask := uint32(len(classTable) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		s := &classTable[i]
		if s.word == w {
			return s.cls
		}
		if s.word == "" {
			return 0
		}
	}
}

// lowerClassOf returns strings.ToLower(w), classOf of it and its
// wordHash, reading an ASCII word once for all three. A word of the lists
// comes back as the table's own string: a capitalised one, "The" or
// "Maria", costs no allocation.
func lowerClassOf(w string) (string, wordClass, uint32) {
	if w == "" {
		return "", classOf(""), wordHash("")
	}
	h, upper := uint32(2166136261), false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			low := strings.ToLower(w)
			return low, classOf(low), wordHash(low)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		h = (h ^ uint32(c)) * 16777619 // wordHash of the lower case
	}
	h ^= h >> 15
	mask := uint32(len(classTable) - 1)
	for i := h & mask; classTable[i].word != ""; i = (i + 1) & mask {
		if s := &classTable[i]; s.word == w || upper && equalLowerASCII(w, s.word) {
			return s.word, s.cls, h
		}
	}
	if upper {
		return lowerASCIIWord(w), 0, h
	}
	return w, 0, h
}

// lowerASCIIWord returns the ASCII word w in lower case, strings.ToLower(w)
// in one allocation and one pass.
func lowerASCIIWord(w string) string {
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// equalLowerASCII reports whether the ASCII word w lower-cases to low.
func equalLowerASCII(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[i] {
			return false
		}
	}
	return true
}

// is reports whether the item is a word of any of the lists in c.
func (it item) is(c wordClass) bool { return it.cls&c != 0 }

// baseIs reports whether the item's word without its possessive ending,
// trimPossessive(it.low), is a word of any of the lists in c: "Sheriff's"
// is an honorific's.
func (it item) baseIs(c wordClass) bool {
	if !possessive(it) {
		return it.is(c)
	}
	return classOf(trimPossessive(it.low))&c != 0
}

// given returns what givenName(it.low) does: the gender the item's word
// tells as a first name, 0 for none. The classes hold the names the list
// does; a word with an accent or a hyphen is asked in full.
func (it item) given() byte {
	switch {
	case it.cls&classMaleName != 0:
		return 'm'
	case it.cls&classFemaleName != 0:
		return 'f'
	case !isASCII(it.low) || strings.IndexByte(it.low, '-') >= 0:
		return givenName(it.low)
	}
	return 0
}
