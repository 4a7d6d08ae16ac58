package bot

import (
	"strings"
	"testing"
)

func TestPageRefRoundTrip(t *testing.T) {
	b, _ := newTestBot(t, Options{})
	tests := []struct {
		name   string
		ref    pageRef
		cached bool
	}{
		{"short quote lookup", pageRef{asker: askerID, page: 3, lookup: lookup{kind: kindQuote, text: "great success", speaker: "Putin"}}, false},
		{"speaker", pageRef{asker: askerID, page: 0, lookup: lookup{kind: kindSpeaker, speaker: "Ahmed al-Sharaa"}}, false},
		{"separators in the text", pageRef{asker: askerID, page: 1, lookup: lookup{kind: kindQuote, text: "a:b&c=d?e", outlet: "DW"}}, false},
		{"long text", pageRef{asker: askerID, page: 24, lookup: lookup{kind: kindQuote, text: strings.Repeat("désolé ", 40)}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := b.encodePage(tt.ref)
			if len(id) > maxCustomID {
				t.Fatalf("custom_id of %d bytes: %q", len(id), id)
			}
			if cached := strings.Contains(id, ":k:"); cached != tt.cached {
				t.Errorf("cached = %v, want %v: %q", cached, tt.cached, id)
			}
			got, err := b.decodePage(id)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.ref {
				t.Errorf("decoded %+v, want %+v", got, tt.ref)
			}
		})
	}
}

func TestPageCacheEvictsOldest(t *testing.T) {
	c := newPageCache(2)
	a, b := c.put("a"), c.put("b")
	if again := c.put("a"); again != a {
		t.Errorf("the same lookup took a second key")
	}
	c.put("c")
	if _, ok := c.get(a); ok {
		t.Error("the oldest entry survived")
	}
	for _, k := range []string{b, c.put("c")} {
		if _, ok := c.get(k); !ok {
			t.Errorf("entry %s lost", k)
		}
	}
}
