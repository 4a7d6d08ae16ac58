package extract

import "testing"

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
