package quotes

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestParseHeader(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       string
		want     Header
		body     string
		bodyLine int
		errLine  int // 0: no error
		warnLine int // 0: no warning
	}{
		{"no header", "Headline\n\nText.", Header{}, "Headline\n\nText.", 1, 0, 0},
		{"full header", "---\noutlet: DW\ntitle: Syria's new leader visits Moscow\nurl: https://www.dw.com/en/a-1\npublished: 2025-10-15\n---\nBody",
			Header{"DW", "Syria's new leader visits Moscow", "https://www.dw.com/en/a-1", "2025-10-15"}, "Body", 7, 0, 0},
		{"keys in any case, quoted values, comments, blank lines", "---\n# scraped 2025-10-16\nOutlet: \"Daily Post\"\n\nTitle: 'A: B'\n---\nBody",
			Header{Outlet: "Daily Post", Title: "A: B"}, "Body", 7, 0, 0},
		{"dates normalised", "---\npublished: 2025-10-15T08:30:00Z\n---\n", Header{Published: "2025-10-15"}, "", 4, 0, 0},
		{"long date", "---\npublished: October 16, 2025\n---\nx", Header{Published: "2025-10-16"}, "x", 4, 0, 0},
		{"unknown keys tolerated", "---\nauthor: Jane Doe\n---\nx", Header{}, "x", 4, 0, 0},
		{"bad date skipped", "---\ntitle: Talks\npublished: yesterday\n---\nx", Header{Title: "Talks"}, "x", 5, 0, 3},
		{"bad url skipped", "---\nurl: www.example.com\noutlet: DW\n---\nx", Header{Outlet: "DW"}, "x", 5, 0, 2},
		{"not key value skipped", "---\noutlet DW\n---\nx", Header{}, "x", 4, 0, 2},
		{"duplicate key: the first wins", "---\ntitle: a\ntitle: b\n---\nx", Header{Title: "a"}, "x", 5, 0, 3},
		{"never closed, body follows", "---\ntitle: a\nBody text that goes on", Header{}, "", 0, 1, 0},
		{"never closed", "---\ntitle: a\n", Header{}, "", 0, 1, 0},
		{"only a fence", "---", Header{}, "", 0, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, warnings, body, line, err := ParseHeaderWarnings(tc.in)
			if tc.errLine > 0 {
				var he *HeaderError
				if !errors.As(err, &he) || he.Line != tc.errLine {
					t.Fatalf("err = %v, want a header error on line %d", err, tc.errLine)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.warnLine == 0 && len(warnings) > 0:
				t.Errorf("unexpected warning %v", warnings[0])
			case tc.warnLine > 0 && (len(warnings) != 1 || warnings[0].Line != tc.warnLine):
				t.Errorf("warnings %v, want one on line %d", warnings, tc.warnLine)
			}
			if h != tc.want || body != tc.body || line != tc.bodyLine {
				t.Errorf("got %+v %q line %d, want %+v %q line %d", h, body, line, tc.want, tc.body, tc.bodyLine)
			}
		})
	}
}

// TestHeaderBadURL checks that a link Discord would refuse is dropped with
// a problem on its line, and the rest of the header is kept.
func TestHeaderBadURL(t *testing.T) {
	for _, tc := range []struct{ name, url string }{
		{"no scheme", "www.dw.com/en/a-74369742"},
		{"not http", "javascript:alert(1)"},
		{"no host", "https:///en/a-74369742"},
		{"space", "https://www.dw.com/en/syria leader"},
		{"control character", "https://www.dw.com/en/a\x7f"},
		{"bad escape", "https://www.dw.com/en/%zz"},
		{"bad port", "https://www.dw.com:port/en/a"},
		{"too long", "https://www.dw.com/" + strings.Repeat("a", MaxURLBytes)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := "---\noutlet: DW\nurl: " + tc.url + "\ntitle: Talks in Moscow\n---\nBody"
			h, warnings, body, _, err := ParseHeaderWarnings(in)
			if err != nil {
				t.Fatalf("ParseHeaderWarnings: %v", err)
			}
			if h.URL != "" || h.Outlet != "DW" || h.Title != "Talks in Moscow" || body != "Body" {
				t.Errorf("header %+v body %q: want the url dropped and the rest kept", h, body)
			}
			if len(warnings) != 1 || warnings[0].Line != 3 {
				t.Fatalf("warnings = %v, want one on line 3", warnings)
			}
		})
	}
	a, err := ParseArticle("dw/talks.txt", []byte("---\noutlet: DW\nurl: www.dw.com/en/a\n---\nTalks\n\n\"We agreed,\" Putin said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range a.Problems {
		found = found || (p.Line == 3 && !p.Fatal && strings.Contains(p.Err.Error(), "www.dw.com"))
	}
	if a.URL != "" || len(a.Quotes) == 0 || a.Quotes[0].URL != "" || !found {
		t.Errorf("article URL %q, quotes %d, problems %v: want the url dropped with a problem on line 3", a.URL, len(a.Quotes), a.Problems)
	}
	for _, ok := range []string{"https://www.dw.com/en/a-74369742", "http://example.com", "https://example.com/a?b=c&d=%C3%A9#x"} {
		if err := CheckURL(ok); err != nil {
			t.Errorf("CheckURL(%q) = %v, want nil", ok, err)
		}
	}
}

func FuzzParseHeader(f *testing.F) {
	f.Add("---\noutlet: DW\ntitle: t\nurl: https://x.y/z\npublished: 2025-10-15\n---\nbody")
	f.Add("---\n---\n")
	f.Add("---\npublished: October 16, 2025\n")
	f.Add("no header at all")
	f.Fuzz(func(t *testing.T, in string) {
		h, body, line, err := ParseHeader(in)
		if err != nil {
			return
		}
		if !strings.HasSuffix(in, body) || line < 1 {
			t.Fatalf("body %q is not the tail of the input, or line %d", body, line)
		}
		if h.Published != "" && len(h.Published) != len("2006-01-02") {
			t.Fatalf("published %q not normalised", h.Published)
		}
	})
}

func FuzzParseArticle(f *testing.F) {
	for _, s := range []string{
		"Headline here\n\n\"First part,\" she said. \"Second part.\"",
		"\"open\n\n\"continued\n\n\"closed,\" he said.",
		"«guillemets» and “curly” and \"straight\" and 'single'",
		"He said \"unbalanced\n\nnext paragraph \" stray",
		"Putin insisted on\nWednesday that it has \"never been\ntied to politics,\" claiming it is \"always...\nguided.\"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseArticle("fuzz.txt", data)
		if err != nil {
			return
		}
		for _, q := range a.Quotes {
			if q.offset < 0 || q.offset >= len(a.Body) || strings.TrimSpace(q.Text) == "" {
				t.Fatalf("quotation %q at offset %d of a %d-byte body", q.Text, q.offset, len(a.Body))
			}
			// The quotation's letters follow its opening mark in the body,
			// and no paragraph break inside it is followed by anything but
			// a mark reopening it: an unbalanced mark never swallows the
			// paragraphs after it.
			end := q.offset + 1
			for _, r := range q.Text {
				if unicode.IsSpace(r) {
					continue
				}
				i := strings.IndexRune(a.Body[end:], r)
				if i < 0 {
					t.Fatalf("quotation %q is not in the article after offset %d", q.Text, q.offset)
				}
				end += i + utf8.RuneLen(r)
			}
			span := a.Body[q.offset:end]
			for i := strings.Index(span, "\n\n"); i >= 0; i = indexFrom(span, "\n\n", i+2) {
				rest := strings.TrimLeft(span[i:], " \t\n")
				if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !strings.ContainsRune(`"“„‟«`, r) {
					t.Fatalf("quotation %q runs past a paragraph break into %q", q.Text, clip(rest, 30))
				}
			}
		}
		NewIndex([]*Article{a}).Search(Query{Text: string(data[:min(len(data), 40)])})
	})
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"who said great success?", `by:"al sharaa" relations outlet:dw`, "speaker:", "“”", "did someone say"} {
		f.Add(s)
	}
	ix := NewIndex(nil)
	f.Fuzz(func(t *testing.T, s string) {
		q := ParseQuery(s)
		if len(q.Text) > len(s) {
			t.Fatalf("query text %q longer than the input %q", q.Text, s)
		}
		ix.Search(q)
	})
}
