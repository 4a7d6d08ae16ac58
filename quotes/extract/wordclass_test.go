package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestNationalitiesKeyed checks what classNationality relies on: a word is
// in nationalities exactly when it maps to a key that is not "".
func TestNationalitiesKeyed(t *testing.T) {
	for w, n := range nationalities {
		if n == "" {
			t.Errorf("nationalities[%q] is empty", w)
		}
	}
}

// TestGivenAsGivenName checks that an item's given gender is givenName's.
func TestGivenAsGivenName(t *testing.T) {
	for _, w := range []string{"maria", "maría", "josé", "ann-marie", "jean-luc", "jordan", "the", "said", "zoë", "-", "", "smith-jones"} {
		it := item{kind: itemWord, text: w, low: w, cls: classOf(w)}
		if got, want := it.given(), givenName(w); got != want {
			t.Errorf("%q: given() = %q, givenName = %q", w, got, want)
		}
	}
}

// FuzzLowerClassOf checks that a word is lowered and classed in one
// reading as strings.ToLower and classOf do it in two.
func FuzzLowerClassOf(f *testing.F) {
	for _, s := range []string{"", "The", "the", "MARIA", "Smith", "a", "A", "I", "Zoë", "\u212aelvin", "Mr", "said", "x\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		low, cls, h := lowerClassOf(w)
		if want := strings.ToLower(w); low != want || cls != classOf(want) || h != wordHash(want) {
			t.Errorf("lowerClassOf(%q) = %q, %b, %x; want %q, %b, %x", w, low, cls, h, want, classOf(want), wordHash(want))
		}
	})
}

// TestLowerClassOfLists checks every word of the lists, capitalised.
func TestLowerClassOfLists(t *testing.T) {
	for w, c := range wordClasses {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			want := strings.ToLower(v)
			if low, cls, _ := lowerClassOf(v); low != want || cls != classOf(want) {
				t.Errorf("lowerClassOf(%q) = %q, %b; want %q, %b (%b)", v, low, cls, want, classOf(want), c)
			}
		}
	}
}

// TestFiniteVerbClasses checks finiteVerb, which asks a word's classes,
// against the word lists it stands for.
func TestFiniteVerbClasses(t *testing.T) {
	words := []string{"officials", "walked", "says", "ss", "family", "local", "34-year-old", "runs", "it's"}
	for w := range wordClasses {
		words = append(words, w, w+"s", w+"ed")
	}
	for _, w := range words {
		it := item{kind: itemWord, text: w, low: w, cls: classOf(w)}
		want := !(Stopwords[w] && !auxiliaries[w] && !speechVerbs[w]) && !(descriptionHead(w) || genericOrgHeads[w] || pluralPlaces[w]) &&
			(auxiliaries[w] || irregularVerbs[w] || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")))
		if got := finiteVerb(it); got != want {
			t.Errorf("finiteVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
