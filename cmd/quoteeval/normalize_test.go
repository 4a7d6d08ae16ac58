package main

import (
	"math"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We will win.", "we will win"},
		{"  “We   will\n win,”  ", "we will win"},
		{`"Don't stop," she said`, "dont stop she said"},
		{"Don’t STOP", "dont stop"},
		{"Müller café — São Paulo", "muller cafe sao paulo"},
		{"well-known 3.2 million", "well known 3 2 million"},
		{"O’Malley’s campaign", "omalleys campaign"},
		{"…", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenF1(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"we will win", "we will win", 1},
		{"we will win", "", 0},
		{"we will win the state", "we will win", 2 * 1 * 0.6 / 1.6},
		{"no no no", "no", 0.5},
		{"the harbour opens on monday", "ferries run again", 0},
	}
	for _, tt := range tests {
		got := tokenF1(strings.Fields(tt.a), strings.Fields(tt.b))
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("tokenF1(%q, %q) = %.4f, want %.4f", tt.a, tt.b, got, tt.want)
		}
		if back := tokenF1(strings.Fields(tt.b), strings.Fields(tt.a)); math.Abs(back-got) > 1e-9 {
			t.Errorf("tokenF1 is not symmetric on %q, %q: %.4f and %.4f", tt.a, tt.b, got, back)
		}
	}
}

func TestShorten(t *testing.T) {
	long := "We have waited long enough for the harbour to open and the ferries to run again, and now the town can breathe once more"
	got := shorten(long, 80)
	if n := len([]rune(got)); n > 80 {
		t.Errorf("shorten gave %d characters: %q", n, got)
	}
	if !strings.HasPrefix(got, "We have waited long enough") || !strings.HasSuffix(got, "breathe once more") || !strings.Contains(got, " … ") {
		t.Errorf("shorten(long) = %q, want its start, an ellipsis and its end", got)
	}
	if got := shorten("Short  and\nsweet", 80); got != "Short and sweet" {
		t.Errorf("shorten(short) = %q", got)
	}
}
