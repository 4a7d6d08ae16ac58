package quotes

import (
	"strings"
	"testing"
)

func TestSentenceOf(t *testing.T) {
	for _, body := range []string{
		"He left. Putin called it \"a great\n success\" for both. Then he went home.",
		"\"We left.\" Putin called it \"a great success\" for both.” Then he went home.",
		"Putin called it “a great success” for both.",
	} {
		got := sentenceOf(strings.Join(strings.Fields(body), " "), "a great success")
		if !strings.HasPrefix(got, "Putin called it ") || !strings.Contains(got, "a great success") || !strings.Contains(got, " for both.") || strings.Contains(got, "went home") {
			t.Errorf("sentence in %q = %q", body, got)
		}
	}
	if got := sentenceOf("He left.", "not there"); got != "" {
		t.Errorf("sentence of a missing fragment = %q", got)
	}
	if got := sentenceOf("It was "+strings.Repeat("very ", MaxSentence/5)+"long, a fragment.", "a fragment"); got != "" {
		t.Errorf("a sentence over %d characters is kept: %q", MaxSentence, got)
	}
}

// TestFragmentKeepsItsSentence checks that the sentence of a fragment
// outlives the article's text, which the index does not keep.
func TestFragmentKeepsItsSentence(t *testing.T) {
	a, err := ParseArticle("ferry.txt", []byte("Ferry service to resume\n\nThe harbour master, Ines Carvalho, said on Friday that the new timetable was \"a fresh start for the islands\" and that crossings would begin in May.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a.Body = ""
	q := NewIndex([]*Article{a}).QuoteAt(0)
	if want := `the new timetable was "a fresh start for the islands" and that crossings would begin in May.`; !q.Partial || !strings.HasSuffix(q.Sentence, want) {
		t.Errorf("quotation %q, partial %v, sentence %q; want a fragment in %q", q.Text, q.Partial, q.Sentence, want)
	}
}

// foldSpace folds as strings.Fields and strings.Join do.
func FuzzFoldSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", " a ", "a  b\tc\n\nd", "\u00a0x\u2003y\u3000", "\u0085z\x0bw\x0c", "bad \xff byte", "ä  ö\u200bü", "\r\nend\r\n", "\x10", "a \x01b  c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
