package main

import (
	"reflect"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name      string
		gold, got []string
		want      []pair
	}{
		{"exact", []string{"we will win", "the harbour opens"}, []string{"the harbour opens", "we will win"}, []pair{{0, 1}, {1, 0}}},
		{"near", []string{"we will win the state in november"}, []string{"we will win the state in november i promise"}, []pair{{0, 0}}},
		{"too far", []string{"we will win the state"}, []string{"we will lose the county"}, nil},
		{"one to one: a repeated quotation needs two extractions", []string{"thank you", "thank you"}, []string{"thank you"}, []pair{{0, 0}}},
		{"exact before near", []string{"we will win the state in november"}, []string{"we will win the state in november again", "we will win the state in november"}, []pair{{0, 1}}},
		{"best near first", []string{"the ferries run again from monday morning on"}, []string{
			"the ferries run again from monday morning on to oslo and back",
			"the ferries run again from monday morning on to oslo",
		}, []pair{{0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := match(tt.gold, tt.got); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("match = %v, want %v", got, tt.want)
			}
		})
	}
}
