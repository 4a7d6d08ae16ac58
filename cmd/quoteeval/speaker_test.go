package main

import "testing"

func TestJudgeSpeaker(t *testing.T) {
	tests := []struct {
		name          string
		gold          GoldQuote
		got           string
		unnamed       bool
		right, judged bool
	}{
		{"surface surname in full name", GoldQuote{Speaker: "Trump", Surface: true}, "Donald Trump", false, true, true},
		{"surface full name for surname", GoldQuote{Speaker: "Donald Trump", Surface: true}, "Trump", false, true, true},
		{"surface the Post", GoldQuote{Speaker: "The New York Post", Surface: true}, "the Post", false, true, true},
		{"surface the Post, the other way", GoldQuote{Speaker: "the Post", Surface: true}, "The New York Post", false, true, true},
		{"surface role and name", GoldQuote{Speaker: "Spokeswoman Haley Morris", Surface: true}, "Haley Morris", false, true, true},
		{"surface possessive", GoldQuote{Speaker: "O’Malley’s campaign", Surface: true}, "Martin O’Malley", false, true, true},
		{"surface wrong person", GoldQuote{Speaker: "Tomas Berg", Surface: true}, "Anna Kowalski", false, false, true},
		{"surface none given", GoldQuote{Speaker: "Anna Kowalski", Surface: true}, "", false, false, true},
		{"surface pronoun not judged", GoldQuote{Speaker: "he", Surface: true}, "Tomas Berg", false, false, false},
		{"surface capital pronoun not judged", GoldQuote{Speaker: "She", Surface: true}, "", false, false, false},
		{"surface description not judged", GoldQuote{Speaker: "The campaign", Surface: true}, "Lena Fisk", false, false, false},
		{"surface possessive description not judged", GoldQuote{Speaker: "His aides", Surface: true}, "Lena Fisk", false, false, false},
		{"surface empty not judged", GoldQuote{Speaker: "", Surface: true}, "Lena Fisk", false, false, false},
		{"exact", GoldQuote{Speaker: "Anna Kowalski"}, "anna kowalski", false, true, true},
		{"exact surname is not enough", GoldQuote{Speaker: "Anna Kowalski"}, "Kowalski", false, false, true},
		{"alt", GoldQuote{Speaker: "Port of Lindvik", Alt: []string{"Lindvik Port Authority"}}, "Lindvik Port Authority", false, true, true},
		{"no speaker wanted", GoldQuote{}, "", false, true, true},
		{"no speaker wanted, one given", GoldQuote{}, "Anna Kowalski", false, false, true},
		{"optional never judged", GoldQuote{Speaker: "Anna Kowalski", Optional: true}, "Tomas Berg", false, false, false},
		{"unnamed is the gold's nobody", GoldQuote{}, "a senior Democratic aide", true, true, true},
		{"unnamed, described as the gold does", GoldQuote{Speaker: "a person familiar with the talks"}, "a person familiar with the talks", true, true, true},
		{"unnamed is nobody the gold names", GoldQuote{Speaker: "Anna Kowalski"}, "a senior Democratic aide", true, false, true},
		{"a description that is no unnamed speaker", GoldQuote{}, "a senior Democratic aide", false, false, true},
		{"surface unnamed judged by its words", GoldQuote{Speaker: "a senior Democratic aide", Surface: true}, "a senior Democratic aide", true, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			right, judged := judgeSpeaker(tt.gold, tt.got, tt.unnamed)
			if right != tt.right || judged != tt.judged {
				t.Errorf("judgeSpeaker(%q, %q) = right %v judged %v, want %v %v", tt.gold.Speaker, tt.got, right, judged, tt.right, tt.judged)
			}
		})
	}
}
