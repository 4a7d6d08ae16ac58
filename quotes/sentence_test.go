package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentenceOf(t *testing.T) {
	for _, body := range []string{
		"He left. Putin called it \"a great\n success\" for both. Then he went home.",
		"\"We left.\" Putin called it \"a great success\" for both.” Then he went home.",
		"Putin called it “a great success” for both.",
	} {
		got := sentenceOf(body, "a great success")
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

// sentenceOf finds the sentence folding the whole body would: the
// fragment's first place in the folded body, and the sentence there.
func FuzzSentenceOf(f *testing.F) {
	for _, s := range []string{
		"He left. Putin called it \"a great\n success\" for both. Then he went home.",
		"\"We left.\"\n\n Putin called it\u00a0“a great success” for both.” Then he went home.",
		"  a b. a  b c! \"x\"\t y? z»  end",
		"It ended.’ ' Then? \u2003a\u2003great",
	} {
		f.Add(s, 3, 20)
	}
	f.Fuzz(func(t *testing.T, body string, from, to int) {
		if !utf8.ValidString(body) || len(body) == 0 {
			return
		}
		from, to = min(max(from, 0), len(body)), min(max(to, 0), len(body))
		fragment := strings.Join(strings.Fields(body[min(from, to):to]), " ")
		if !utf8.ValidString(fragment) {
			return // a fragment is whole characters
		}
		folded := strings.Join(strings.Fields(body), " ")
		if got, want := sentenceOf(body, fragment), sentenceOfFolded(folded, fragment); got != want {
			t.Errorf("sentenceOf(%q, %q) = %q, want %q", body, fragment, got, want)
		}
	})
}

// sentenceOfFolded is sentenceOf on a body folded whole.
func sentenceOfFolded(folded, fragment string) string {
	if fragment == "" {
		return ""
	}
	i := strings.Index(folded, fragment)
	if i < 0 {
		return ""
	}
	start, end := 0, len(folded)
	for j := i - 1; j > 0; j-- {
		if folded[j] != ' ' {
			continue
		}
		before := folded[:j]
		for _, q := range closingQuotes {
			before = strings.TrimSuffix(before, q)
		}
		if before != "" && strings.IndexByte(".!?", before[len(before)-1]) >= 0 {
			start = j + 1
			break
		}
	}
	for j := i + len(fragment); j < len(folded); j++ {
		if strings.IndexByte(".!?", folded[j]) < 0 {
			continue
		}
		k := j + 1
		for _, q := range closingQuotes {
			if strings.HasPrefix(folded[k:], q) {
				k += len(q)
				break
			}
		}
		if k == len(folded) || folded[k] == ' ' {
			end = k
			break
		}
	}
	if s := folded[start:end]; utf8.RuneCountInString(s) <= MaxSentence {
		return s
	}
	return ""
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
