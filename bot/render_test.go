package bot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"quotebot/quotes"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"**bold** _it_ ~~s~~ `c` ||spoiler||", `\*\*bold\*\* \_it\_ \~\~s\~\~ \` + "`c\\`" + ` \|\|spoiler\|\|`},
		{"[click](https://evil.example)", `[click\](https://evil.example)`},
		{"<@123> <#456> <t:1700000000>", `\<@123> \<#456> \<t:1700000000>`},
		{"@everyone and @here", "@\u200beveryone and @\u200bhere"},
		{"> quote\n# head\n## sub\n-# small\n- item\n+ item\n1. first\n  12. indented", "\\> quote\n\\# head\n\\## sub\n\\-# small\n\\- item\n\\+ item\n1\\. first\n  12\\. indented"},
		{"al-Sharaa in 2025. Next", "al-Sharaa in 2025. Next"}, // not at a line start
		{`back\slash`, `back\\slash`},
		// No stray backslashes where Discord reads no markup.
		{"snake_case, a [sic] note (aside), 3 > 2, #1 - one, a~b, a|b, 1.5", "snake_case, a [sic] note (aside), 3 > 2, #1 - one, a~b, a|b, 1.5"},
		{"#hashtag\n-dash\n>arrow", "#hashtag\n-dash\n>arrow"},
		// No zero-width space inside a word or an e-mail address.
		{"mail press@everyone.org or desk.here@here.com", "mail press@everyone.org or desk.here@here.com"},
		{"@heretic @everyones (@everyone)", "@heretic @everyones (@\u200beveryone)"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q) =\n%q, want\n%q", tt.in, got, tt.want)
		}
		if back := plain(escape(tt.in)); back != tt.in {
			t.Errorf("plain(escape(%q)) = %q", tt.in, back)
		}
	}
}

func TestLink(t *testing.T) {
	tests := []struct{ text, url, want string }{
		{"DW", "https://www.dw.com/en/a-1", "[DW](<https://www.dw.com/en/a-1>)"},
		{"Test *Gazette*", "https://example.com/z", `[Test \*Gazette\*](<https://example.com/z>)`},
		{"DW", "https://www.dw.com/en/a 1", "DW"},
		{"DW", "https://www.dw.com/en/a\x00", "DW"},
		{"DW", "", "DW"},
		{"DW", "javascript:alert(1)", "DW"},
		{"DW", "https://example.com/a_(b)", "DW"}, // a parenthesis would end the link early
	}
	for _, tt := range tests {
		if got := link(tt.text, tt.url); got != tt.want {
			t.Errorf("link(%q, %q) = %q, want %q", tt.text, tt.url, got, tt.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	const text = "I believe that this is a great success for you"
	span := func(word string) quotes.Span {
		i := strings.Index(text, word)
		return quotes.Span{Start: i, End: i + len(word)}
	}
	tests := []struct {
		name  string
		text  string
		spans []quotes.Span
		max   int
		want  string
	}{
		{"none", text, nil, 100, text},
		{"one word", text, []quotes.Span{span("believe")}, 100, "I **believe** that this is a great success for you"},
		{"neighbours merge", text, []quotes.Span{span("great"), span("success")}, 100, "I believe that this is a **great success** for you"},
		{"apart", text, []quotes.Span{span("believe"), span("success")}, 100, "I **believe** that this is a great **success** for you"},
		{"spaces trimmed", text, []quotes.Span{{Start: 1, End: 10}}, 100, "I **believe** that this is a great success for you"},
		{"out of range ignored", text, []quotes.Span{{Start: 40, End: 400}, {Start: -3, End: 2}}, 100, text},
		{"overlap ignored", text, []quotes.Span{span("great success"), span("success")}, 100, "I believe that this is a **great success** for you"},
		{"backwards ignored", text, []quotes.Span{{Start: 9, End: 2}}, 100, text},
		{"mid-character ignored", "“great”", []quotes.Span{{Start: 1, End: 4}}, 100, "“great”"},
		{"markdown in the quotation", "a *b* c", []quotes.Span{{Start: 2, End: 5}}, 100, `a **\*b\*** c`},
		{"cut before a bold word", text, []quotes.Span{span("success")}, 30, "I believe that this is a grea…"},
		{"cut inside a bold word", text, []quotes.Span{span("great success")}, 33, "I believe that this is a **gre**…"},
		{"bold mention stays inert", "tell @everyone now", []quotes.Span{{Start: 6, End: 14}}, 100, "tell @\u200b**everyone** now"},
		{"bold from the @", "tell @here now", []quotes.Span{{Start: 5, End: 10}}, 100, "tell **@\u200bhere** now"},
		{"bold line start keeps its escape", "x\n- item", []quotes.Span{{Start: 4, End: 8}}, 100, "x\n\\- **item**"},
		{"underscore inside bold word", "snake_case", []quotes.Span{{Start: 0, End: 5}}, 100, "**snake**_case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := highlight(tt.text, tt.spans, tt.max)
			if got != tt.want {
				t.Errorf("highlight =\n%q, want\n%q", got, tt.want)
			}
			if length(got) > tt.max {
				t.Errorf("%d units, limit %d", length(got), tt.max)
			}
			if strings.Count(got, "**")%2 != 0 {
				t.Errorf("unbalanced bold in %q", got)
			}
		})
	}
}

func TestJoinLines(t *testing.T) {
	lines := []string{"• one", "• two", "• three", "• four"}
	tests := []struct {
		max  int
		want string
	}{
		{100, "• one\n• two\n• three\n• four"},
		{27, "• one\n• two\n… and 2 more"},
		{4, "• o…"},
	}
	for _, tt := range tests {
		got := joinLines(lines, tt.max)
		if got != tt.want {
			t.Errorf("joinLines(max %d) = %q, want %q", tt.max, got, tt.want)
		}
		if length(got) > tt.max {
			t.Errorf("joinLines(max %d) is %d long", tt.max, length(got))
		}
	}
}

// FuzzEscape checks on any text that escaping can be undone (the console
// does) and leaves no live @everyone or @here.
func FuzzEscape(f *testing.F) {
	f.Add("**bold** @everyone _it_ [a](b) <@1>\n> q\n1. x")
	f.Add("press@here.com @here!")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.Contains(s, "\u200b") || strings.Contains(s, "<t:") {
			return
		}
		out := escape(s)
		if back := plain(out); back != s {
			t.Fatalf("plain(escape(%q)) = %q", s, back)
		}
		for i := range len(out) {
			if out[i] == '@' && bareMention(out, i) {
				t.Fatalf("escape(%q) = %q leaves a live mention", s, out)
			}
		}
	})
}

func TestSpeakerOf(t *testing.T) {
	tests := []struct {
		name string
		q    quotes.Quote
		want string
	}{
		{"a name", quotes.Quote{Speaker: "Ana Ruiz"}, "Ana Ruiz"},
		{"nobody", quotes.Quote{}, "*speaker unknown*"},
		{"an unnamed source", quotes.Quote{Speaker: "a senior Democratic aide", Unnamed: true}, "*a senior Democratic aide, unnamed*"},
		{"markdown in a description", quotes.Quote{Speaker: "a *top* aide", Unnamed: true}, `*a \*top\* aide, unnamed*`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakerOf(&tt.q); got != tt.want {
				t.Errorf("speakerOf(%+v) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
