package extract

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestBoilerGuards checks the cheap tests that spare boilerLine its
// regular expressions: they pass every line the expression matches, and
// turn away prose and quotations.
func TestBoilerGuards(t *testing.T) {
	for _, tc := range []struct {
		line                   string
		credit, caption, names bool
	}{
		{"Reuters", true, false, false},
		{"Photo: AFP/Getty Images", true, true, false},
		{"EPA-EFE/Yuri Kochetkov", true, false, false},
		{"Vladimir Putin greets Ahmed al-Sharaa in Moscow (Sputnik/Reuters)", false, true, false},
		{"Ministers met in Brussels. Image: Getty", true, true, false},
		{"Crowds outside the court / AP", true, true, false},
		{"Lena Fisk is a transport correspondent at City News.", true, false, true},
		{"Marta Oyelaran Reporting on the harbour strike", true, false, true},
		{`"We have waited long enough," said Marta Oyelaran.`, false, false, false},
		{"The union voted on Tuesday: the strike starts in May, the union said.", false, false, false},
		{"Turnout (about 80%) was the highest since 1998, officials said.", false, false, false},
		{"The 24/7 service, which the port authority runs for the islands, stops.", false, false, false},
		{"Your browser does not support the video tag. Press play to watch.", true, false, false},
		{"Please enable JavaScript to play this video. Skip ad", true, false, false},
	} {
		if got := creditChars(tc.line); got != tc.credit {
			t.Errorf("creditChars(%q) = %v, want %v", tc.line, got, tc.credit)
		}
		if got := creditAtEnd(tc.line); got != tc.caption {
			t.Errorf("creditAtEnd(%q) = %v, want %v", tc.line, got, tc.caption)
		}
		if got := namesOpen(tc.line); got != tc.names {
			t.Errorf("namesOpen(%q) = %v, want %v", tc.line, got, tc.names)
		}
		checkBoilerGuards(t, tc.line)
	}
}

// captionCredit is the photo credit that ends a caption line as one
// expression, unanchored: creditAtEnd must agree with it on any line.
var captionCredit = regexp.MustCompile(`(?i)(image|photo|picture|credit|source)\s*:\s*[^.]*$|\([^()]*(/|via|photo|getty|afp|reuters|ap photo|epa|anadolu)[^()]*\)\s*$|/\s*(reuters|afp|ap|epa|getty images|anadolu)\s*$`)

// chromePrefix is chromeLabelled as a regular expression.
var chromePrefix = regexp.MustCompile(`(?i)^(tags|topics|keywords|edited by|image|photo|picture|credit|video|watch|listen|read also|read more|also read|see also|related|recommended|more on this|advertisement|subscribe)\s*:`)

// bioPattern is bioLine as one regular expression.
var bioPattern = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} (is|was|has been) (a|an|the) [^.]{0,80}\b(editor|reporter|correspondent|journalist|writer|columnist|producer|contributor|anchor|presenter|photographer)\b`)

// checkBoilerGuards fails when a regular expression matches a line its
// guard turns away: the guard would change what is boilerplate.
func checkBoilerGuards(t *testing.T, line string) {
	t.Helper()
	if creditLine.MatchString(line) && !creditChars(line) {
		t.Errorf("creditLine matches %q, creditChars turns it away", line)
	}
	if creditLine.MatchString(line) && !creditTail(line) {
		t.Errorf("creditLine matches %q, creditTail turns it away", line)
	}
	if got, want := bioLine(line), bioPattern.MatchString(line); got != want {
		t.Errorf("bioLine(%q) = %v, bioPattern matches: %v", line, got, want)
	}
	if got, want := chromeLabelled(line), chromePrefix.MatchString(line); got != want {
		t.Errorf("chromeLabelled(%q) = %v, chromePrefix matches: %v", line, got, want)
	}
	if got, want := creditAtEnd(line), captionCredit.MatchString(line); got != want {
		t.Errorf("creditAtEnd(%q) = %v, captionCredit matches: %v", line, got, want)
	}
	if (bioLine(line) || reportingLine.MatchString(line)) && !namesOpen(line) {
		t.Errorf("a bio pattern matches %q, namesOpen turns it away", line)
	}
	low := appendLower(nil, line)
	if playerText.MatchString(line) && !playerPhrase(low) {
		t.Errorf("playerText matches %q, playerPhrase turns it away", line)
	}
	want := false
	for _, w := range []string{"support the", "javascript", "play", "skip ad"} {
		want = want || bytes.Contains(low, []byte(w))
	}
	if playerHint(low) != want {
		t.Errorf("playerHint(%q) = %v, want %v", line, !want, want)
	}
}

// FuzzBoilerGuards checks on any text that the guards in boilerLine never
// turn away a line their regular expression matches.
func FuzzBoilerGuards(f *testing.F) {
	for _, s := range []string{
		"Reuters", "photo: ap / Pool", "Caption text (Photo: Jane Doe/AFP)  ",
		"Source: ministry figures", "Crowds /  getty images ", "Jane Doe has been a writer at …",
		"Kelvin \u212a and long \u017f: REUTER\u017f", "Zo\u00eb \u00c5berg Writes about climate",
		"Enable JavaScript to play", "we support the plan", "skip ad", "pp", "The Play",
		"Video player: press PLAY", "Your browser does not support the audio", "\u017fkip ad, then play", "a: b. c: d", "x/ y ",
		"Read  More :", "edited by:", "EDITED  by:", "\u212aeywords:", "Tags", "Photo by: x", "getty IMAGE\u017f", "Anadolu Agency", "x / dpa / y",
		"Jo Ann Lee was the photographer_x", "Ana B. Cruz has been an award-winning editor", "Al Bo is the co-editor",
		"Al Bo is a writer.", "Al Bo is a " + strings.Repeat("é", 80) + " editor", "Al Bo is a " + strings.Repeat("x", 79) + " editor", "Al Bo is a \xff editors",
	} {
		f.Add(s)
	}
	f.Fuzz(checkBoilerGuards)
}

// FuzzAppendLower checks that appendLower writes what strings.ToLower
// returns, for any text, valid UTF-8 or not.
func FuzzAppendLower(f *testing.F) {
	for _, s := range []string{"", "Skip to Content", "ÜBER \u212a\u0130 Straße", "bad \xff\xfe bytes", "\uFFFD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got[1:], want[1:])
		}
	})
}

func TestHasWords(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one  two\tthree\nfour ", "Harbour pilots vote to strike over night shifts"} {
		for n := 0; n <= 10; n++ {
			if got, want := hasWords(s, n), wordCount(s) >= n; got != want {
				t.Errorf("hasWords(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestMenuLine checks that a site's menu on one line is furniture, and a
// sentence or a list in prose is not.
func TestMenuLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Local News | Business | Sports | Opinion | Obituaries", true},
		{"Home · Politics · Sports · Weather", true},
		{"News • Local • Crime and Courts", true},
		{"Salt | Pepper", false},
		{`Council votes 5-2 | "We are not going back," said Ana Ruiz | More`, false},
		{"The menu offers soup, bread and cake.", false},
		{"Sales rose 4% / 5% / 6% over three years, the company said in a long report.", false},
	} {
		if got := menuLine(tc.line); got != tc.want {
			t.Errorf("menuLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestShareBar checks that a share bar is furniture and prose about
// sharing is not.
func TestShareBar(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Share on Facebook Share on X Email Print", true},
		{"Share this article", true},
		{"Copy link | Email | Print", true},
		{"Print this story to share it", false},
		{"He shared it on Facebook.", false},
		{"Email", false},
	} {
		if got := shareBar(appendLower(nil, tc.line)); got != tc.want {
			t.Errorf("shareBar(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// FuzzLowerPrefix checks what boilerLine relies on for a long line: its
// first bytes lower-case to "skip " just when the whole line's lower
// case opens with it.
func FuzzLowerPrefix(f *testing.F) {
	for _, s := range []string{"Skip to content", "S\u212aIP ", "\u017fkip ", "SKİP ", "sk\xffip "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s += strings.Repeat("x", 20)
		prefix := bytes.HasPrefix(appendLower(nil, s[:4*len("skip ")]), []byte("skip "))
		if whole := bytes.HasPrefix(appendLower(nil, s), []byte("skip ")); prefix != whole {
			t.Errorf("%q: its first bytes open with skip: %v, the whole line: %v", s, prefix, whole)
		}
	})
}

// FuzzHasSuffixFold checks hasSuffixFold against the regular expression
// it stands for.
func FuzzHasSuffixFold(f *testing.F) {
	for _, s := range []string{"", "Reuters", "REUTER\u017f", "x \u212aelvin", "\xffap", "Getty Images", "a-b"} {
		f.Add(s, "reuters")
		f.Add(s, "ap")
	}
	f.Fuzz(func(t *testing.T, s, suffix string) {
		if suffix == "" || !utf8.ValidString(suffix) {
			return
		}
		want := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(suffix) + `$`).MatchString(s)
		if got := hasSuffixFold(s, suffix); got != want {
			t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", s, suffix, got, want)
		}
	})
}
