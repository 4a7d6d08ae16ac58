package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSuffixStart checks that every name suffix passes suffixStart, which
// spares surnameKey lower-casing the surnames that cannot be one.
func TestSuffixStart(t *testing.T) {
	for w := range nameSuffixes {
		if !suffixStart(w[0]) || !suffixStart(strings.ToUpper(w)[0]) {
			t.Errorf("suffixStart turns away the name suffix %q", w)
		}
	}
}

// FuzzNameWords checks firstFolded and lastField against the
// strings.Fields they stand in for, on any text.
func FuzzNameWords(f *testing.F) {
	for _, s := range []string{"Ahmad al-Sharaa", " Raymond  Hale III ", "Zoë\u2003Åberg", "\u0301 Mohammed bin Salman", "\u0301\u0308", "Putin", "", "bad\xff name"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := strings.Fields(Fold(s))
		first, more := firstFolded(s)
		if len(ws) > 0 && first != ws[0] || len(ws) == 0 && first != "" || more != (len(ws) > 1) {
			t.Fatalf("firstFolded(%q) = %q, %v; Fields(Fold) = %q", s, first, more, ws)
		}
		ws = strings.Fields(s)
		rest, last := lastField(s)
		if wantRest, wantLast := lastFieldRule(s); rest != wantRest || last != wantLast {
			t.Fatalf("lastField(%q) = %q, %q; want %q, %q", s, rest, last, wantRest, wantLast)
		}
		if len(ws) == 0 && (rest != "" || last != "") || len(ws) > 0 && (last != ws[len(ws)-1] || strings.Join(strings.Fields(rest), " ") != strings.Join(ws[:len(ws)-1], " ")) {
			t.Fatalf("lastField(%q) = %q, %q; Fields = %q", s, rest, last, ws)
		}
	})
}

// lastFieldRule is lastField rune by rune, as it is for text beyond
// ASCII.
func lastFieldRule(s string) (rest, last string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return strings.TrimFunc(s[:i], unicode.IsSpace), s[i+size:]
}

// FuzzUpperCase checks upperCase against the strings.ToUpper it stands in
// for.
func FuzzUpperCase(f *testing.F) {
	for _, s := range []string{"SANA", "NATO's", "Kareem 4X", "ǅ", "bad\xffUP", "\uFFFD", "ΣΑΝΑ", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := upperCase(s), strings.ToUpper(s) == s; got != want {
			t.Fatalf("upperCase(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzAppendFold checks appendFold against Fold.
func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"Sharaa", "Al-Sharaa", "Ukraïner", "ßtraße", "bad\xffname", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendFold([]byte("x"), s)), "x"+Fold(s); got != want {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got[1:], want[1:])
		}
	})
}

// fieldsUpTo counts the words as strings.Fields splits them.
func FuzzFieldsUpTo(f *testing.F) {
	for _, s := range []string{"", " ", "Cia", "The Rock", " a b c ", "a\u00a0b", "\u2003x\u3000y z", "bad\xffbyte two"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := len(strings.Fields(s))
		for k := range 4 {
			if got := fieldsUpTo(s, k); got != (n <= k) {
				t.Errorf("fieldsUpTo(%q, %d) = %v with %d words", s, k, got, n)
			}
		}
	})
}

// FuzzTrimNameMarks checks trimNameMarks against the bytes.Trim it
// stands in for.
func FuzzTrimNameMarks(f *testing.F) {
	for _, s := range []string{"sharaa", ".'’oz’s.'", "’", "'.", "bad\x99", "\xe2\x80", "x’\xe2"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := trimNameMarks(b), bytes.Trim(b, ".'’"); string(got) != string(want) {
			t.Fatalf("trimNameMarks(%q) = %q, want %q", b, got, want)
		}
	})
}
