package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseAnn(t *testing.T) {
	data := "T1\tSource 0 10\tMarta Berg\n" +
		"T2\tContent 20 30;35 50\tWe are not ready\n" +
		"T3\tContent 60 75\t3.\n\nThe ferries wait\n" +
		"T4\tContent 80 90\tyet more\n" +
		"E1\tAttribution:T9 Content:T2 Content2:T4 Cue:T8 Source:T1\n" +
		"#1\tAnnotatorNotes T1\tunsure\n" +
		"T5\tSource ten 20\tBerg\n" +
		"E2\tContent\n"
	a := parseAnn(data)
	if got := a.bounds["T2"].spans; !reflect.DeepEqual(got, []span{{20, 30}, {35, 50}}) {
		t.Errorf("discontinuous spans %v", got)
	}
	if got := a.bounds["T3"].text; got != "3.\n\nThe ferries wait" {
		t.Errorf("text over lines %q", got)
	}
	if len(a.relations) != 1 || !reflect.DeepEqual(a.relations[0].args["Content"], []string{"T2", "T4"}) || a.relations[0].args["Source"][0] != "T1" {
		t.Errorf("relations %+v", a.relations)
	}
	if _, ok := a.bounds["T5"]; ok || len(a.bad) != 2 || !strings.Contains(a.bad[0], "line 9") || !strings.Contains(a.bad[1], "line 10") {
		t.Errorf("bad lines %q", a.bad)
	}
}

func TestQuotedPassages(t *testing.T) {
	tests := []struct {
		name string
		text string
		want [][]string // each passage's parts
	}{
		{"curly", "He said “we will win” and “soon.”", [][]string{{"we will win"}, {"soon."}}},
		{"straight", `He said "we will win" and "soon."`, [][]string{{"we will win"}, {"soon."}}},
		{"spaces trimmed", "“ We will win. ”", [][]string{{"We will win."}}},
		{"unbalanced at paragraph end", "“We will win\n\nThe end.", nil},
		{"over paragraphs", "“We will win.\n\n“And soon,” he said.", [][]string{{"We will win.", "And soon,"}}},
		{"reopened without closing", "“We will “win.”", [][]string{{"win."}}},
		{"empty", "“ ” and “”", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune(tt.text)
			var got [][]string
			for _, p := range quotedPassages(text) {
				var parts []string
				for _, s := range p.parts {
					parts = append(parts, string(text[s.start:s.end]))
				}
				got = append(got, parts)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("passages %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGoldFromAnnMismatch(t *testing.T) {
	text := []rune("“We will win,” said Marta Berg.")
	// T1's offsets are bytes, not code points: it does not give its text.
	a := parseAnn("T1\tContent 0 16\t“We will win,”\nT2\tSource 20 30\tMarta Berg\nE1\tContent:T1 Source:T2\n")
	ag := goldFromAnn("a.txt", text, a)
	if ag.mismatches != 1 || len(ag.quotes) != 0 {
		t.Errorf("mismatches %d, quotes %+v; want 1 and none", ag.mismatches, ag.quotes)
	}
	a = parseAnn("T1\tContent 0 14\t“We will win,”\nT2\tSource 20 30\tMarta Berg\nE1\tContent:T1 Source:T2\nT3\tSource 20 300\tMarta\n")
	ag = goldFromAnn("a.txt", text, a)
	want := []GoldQuote{{File: "a.txt", Text: "We will win,", Speaker: "Marta Berg", Surface: true}}
	if ag.mismatches != 1 || !reflect.DeepEqual(ag.quotes, want) {
		t.Errorf("mismatches %d, quotes %+v; want 1 and %+v", ag.mismatches, ag.quotes, want)
	}
}

func FuzzGoldFromAnn(f *testing.F) {
	f.Add(harbourVote, harbourVoteAnn())
	f.Add("“A b” c", "T1\tContent 0 5;6 7\tx\nE1\tContent:T1 Source:T1\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		rs := []rune(text)
		for _, q := range goldFromAnn("a.txt", rs, parseAnn(ann)).quotes {
			if q.Text == "" || !q.Surface || q.File != "a.txt" {
				t.Errorf("gold quotation %+v", q)
			}
		}
	})
}

func FuzzParseGold(f *testing.F) {
	f.Add([]byte(harbourGold))
	f.Add([]byte(`{"quotes": [{"file": "a/b.txt", "text": "x", "alt": ["y"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := parseGold(data)
		if err != nil {
			return
		}
		for _, q := range g.Quotes {
			if normalize(q.Text) == "" {
				t.Errorf("accepted a quotation without words: %+v", q)
			}
		}
	})
}
