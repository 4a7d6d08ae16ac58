package main

import "testing"

func TestJudgeSpeaker(t *testing.T) {
	tests := []struct {
		name          string
		gold          GoldQuote
		got           string
		right, judged bool
	}{
		{"surface surname in full name", GoldQuote{Speaker: "Trump", Surface: true}, "Donald Trump", true, true},
		{"surface full name for surname", GoldQuote{Speaker: "Donald Trump", Surface: true}, "Trump", true, true},
		{"surface the Post", GoldQuote{Speaker: "The New York Post", Surface: true}, "the Post", true, true},
		{"surface the Post, the other way", GoldQuote{Speaker: "the Post", Surface: true}, "The New York Post", true, true},
		{"surface role and name", GoldQuote{Speaker: "Spokeswoman Haley Morris", Surface: true}, "Haley Morris", true, true},
		{"surface possessive", GoldQuote{Speaker: "O’Malley’s campaign", Surface: true}, "Martin O’Malley", true, true},
		{"surface wrong person", GoldQuote{Speaker: "Tomas Berg", Surface: true}, "Anna Kowalski", false, true},
		{"surface none given", GoldQuote{Speaker: "Anna Kowalski", Surface: true}, "", false, true},
		{"surface pronoun not judged", GoldQuote{Speaker: "he", Surface: true}, "Tomas Berg", false, false},
		{"surface capital pronoun not judged", GoldQuote{Speaker: "She", Surface: true}, "", false, false},
		{"surface description not judged", GoldQuote{Speaker: "The campaign", Surface: true}, "Lena Fisk", false, false},
		{"surface possessive description not judged", GoldQuote{Speaker: "His aides", Surface: true}, "Lena Fisk", false, false},
		{"surface empty not judged", GoldQuote{Speaker: "", Surface: true}, "Lena Fisk", false, false},
		{"exact", GoldQuote{Speaker: "Anna Kowalski"}, "anna kowalski", true, true},
		{"exact surname is not enough", GoldQuote{Speaker: "Anna Kowalski"}, "Kowalski", false, true},
		{"alt", GoldQuote{Speaker: "Port of Lindvik", Alt: []string{"Lindvik Port Authority"}}, "Lindvik Port Authority", true, true},
		{"no speaker wanted", GoldQuote{}, "", true, true},
		{"no speaker wanted, one given", GoldQuote{}, "Anna Kowalski", false, true},
		{"optional never judged", GoldQuote{Speaker: "Anna Kowalski", Optional: true}, "Tomas Berg", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			right, judged := judgeSpeaker(tt.gold, tt.got)
			if right != tt.right || judged != tt.judged {
				t.Errorf("judgeSpeaker(%q, %q) = right %v judged %v, want %v %v", tt.gold.Speaker, tt.got, right, judged, tt.right, tt.judged)
			}
		})
	}
}
