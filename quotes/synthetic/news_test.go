package synthetic

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"quotebot/quotes"
)

// prose is news text written for these tests: enough sentences, sharing
// enough words, for a bigram model to say new things.
var prose = []string{`The city council voted on Tuesday to delay the new harbour plan until the spring. Members of the council said the plan would cost far more than the mayor had promised, and several of them asked for a new study of the costs.

The mayor, who has backed the harbour plan since the election, said the delay was a mistake. She told reporters that the city could not afford to wait another year for the jobs the harbour would bring.

Critics of the plan say the new harbour would destroy the old fish market and the homes around it. Hundreds of people gathered outside the city hall on Monday to protest against the plan.`,
	`The government announced on Friday that it would raise the minimum wage by five percent next year. The finance minister said the increase was fair to workers and to small businesses, but the opposition called it too little and too late.

Business groups warned that the increase would force some shops to close. The largest union in the country said it would keep up the pressure on the government until the wage was raised again.

Prices for food and fuel have risen sharply this year, and many families say they can no longer pay their bills. The central bank said last week that it expected prices to keep rising until the end of the year.`,
	`The two leaders met in the capital on Wednesday for talks on trade and security. It was the first visit by the president to the country since the war ended. Officials on both sides said the talks were friendly and that new agreements on energy and transport would be signed next month.

The president said his country was ready to help rebuild the roads and schools destroyed in the war. Human rights groups asked the leaders to free the journalists who are still held in prison.

Mr. Vance, the foreign minister, said the U.S. would watch the talks closely. Dr. Okoro, who advises the president, did not comment.`,
}

func TestTrain(t *testing.T) {
	m := Train(prose)
	if m.Words() < 150 || m.Tokens < 350 {
		t.Fatalf("model of %d words from %d tokens; the prose has more", m.Words(), m.Tokens)
	}
	for _, w := range []string{"Mr.", "U.S.", "Dr.", "harbour", ",", "."} {
		if !slices.Contains(m.words, w) {
			t.Errorf("model lacks %q", w)
		}
	}
	for _, w := range m.words {
		if strings.ContainsAny(w, `"“”()’`) || w == "Mr" {
			t.Errorf("model holds %q: quotation marks, brackets and curly apostrophes are dropped, abbreviations keep their stop", w)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		s := m.Sentence(r, 5, 20)
		n := len(strings.Fields(s))
		if n < 5 || n > 20+strings.Count(s, " ,") || !strings.ContainsAny(s[len(s)-1:], ".?!") {
			t.Errorf("sentence %q: want 5 to 20 words and a final mark", s)
		}
	}
	if s := Train(nil).Sentence(r, 1, 10); s != "" {
		t.Errorf("a model of nothing said %q", s)
	}
}

func TestNewsIsFoundAgain(t *testing.T) {
	m := Train(prose)
	c := News(m, []string{"The Harbour Times"}, 300, 1)
	if again := News(m, []string{"The Harbour Times"}, 300, 1); Text(again.Articles[3]) != Text(c.Articles[3]) {
		t.Error("the same seed gave two corpora")
	}
	if c.Quotes != 300 || len(c.Articles) != 15 {
		t.Fatalf("%d quotations in %d articles, want 300 in 15", c.Quotes, len(c.Articles))
	}
	seen := map[string]bool{}
	found, total := 0, 0
	for _, a := range c.Articles {
		got, err := quotes.ParseArticle(a.Path, []byte(Text(a)))
		if err != nil {
			t.Fatalf("%s: %v", a.Path, err)
		}
		if got.Outlet != a.Outlet || got.Title != a.Title || got.URL != a.URL || got.Published != a.Published {
			t.Errorf("%s: header read as %q %q %q %q", a.Path, got.Outlet, got.Title, got.URL, got.Published)
		}
		extracted := map[string]string{} // folded text → speaker
		for _, q := range got.Quotes {
			extracted[strings.Join(Words(q.Text), " ")] = q.Speaker
		}
		for _, q := range a.Quotes {
			key := strings.Join(Words(q.Text), " ")
			if seen[key] {
				t.Errorf("quotation %q repeats", q.Text)
			}
			seen[key] = true
			total++
			if speaker, ok := extracted[key]; ok && speaker == q.Speaker {
				found++
			} else if !ok {
				t.Logf("%s: not extracted as written: %q", a.Path, q.Text)
			}
		}
		if len(got.Quotes) != len(a.Quotes) {
			t.Errorf("%s: %d quotations extracted, %d written", a.Path, len(got.Quotes), len(a.Quotes))
		}
	}
	if found < total*97/100 {
		t.Errorf("%d of %d quotations extracted with their text and speaker, want 97%%", found, total)
	}
}

func TestNewsRunsOut(t *testing.T) {
	m := Train([]string{"We will win. We will win again."})
	c := News(m, nil, 1000, 1)
	if c.Quotes >= 1000 || c.Quotes != countQuotes(c) {
		t.Errorf("a model of two sentences made %d quotations (%d in articles)", c.Quotes, countQuotes(c))
	}
}

func countQuotes(c *Corpus) int {
	n := 0
	for _, a := range c.Articles {
		n += len(a.Quotes)
	}
	return n
}

func TestFragments(t *testing.T) {
	c := News(Train(prose), nil, 400, 2)
	var qs []*quotes.Quote
	for _, a := range c.Articles {
		qs = append(qs, a.Quotes...)
	}
	probes := Fragments(qs, 200, 3)
	if len(probes) != 200 {
		t.Fatalf("%d probes, want 200", len(probes))
	}
	kinds := map[string]int{}
	for _, p := range probes {
		kinds[p.Kind]++
		frag := strings.Fields(p.Fragment)
		long := 0
		for _, w := range frag {
			if letters(w) >= 5 {
				long++
			}
		}
		if len(frag) < 4 || len(frag) > 6 || long < 2 || !Holds(p.Text, p.Fragment) {
			t.Errorf("%s probe on %q: fragment %q is not 4 to 6 of its words with 2 long ones", p.Kind, p.Text, p.Fragment)
		}
		q := strings.Fields(p.Query)
		switch p.Kind {
		case KindExact:
			if p.Query != p.Fragment {
				t.Errorf("exact probe %q of %q", p.Query, p.Fragment)
			}
		case KindTypo:
			if d := differing(q, frag); d != 1 {
				t.Errorf("typo probe %q of %q differs in %d words, want 1", p.Query, p.Fragment, d)
			}
		case KindShuffled:
			if p.Query == p.Fragment || !sameWords(q, frag) {
				t.Errorf("shuffled probe %q of %q", p.Query, p.Fragment)
			}
		case KindWhoSaid:
			rest := Words(p.Query)
			if !strings.HasPrefix(strings.ToLower(p.Query), "who said") || differing(rest[2:], Words(p.Fragment)) != 1 {
				t.Errorf("who-said probe %q of %q", p.Query, p.Fragment)
			}
		}
	}
	for _, k := range FragmentKinds {
		if kinds[k] != 50 {
			t.Errorf("%d %s probes, want 50: %v", kinds[k], k, kinds)
		}
	}
}

func differing(a, b []string) int {
	if len(a) != len(b) {
		return -1
	}
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

func sameWords(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func TestHolds(t *testing.T) {
	for _, tc := range []struct {
		text, fragment string
		want           bool
	}{
		{"We are going to fight for every family, and we will not back down.", "fight for every family and", true},
		{"We are going to fight for every family.", "Fight for EVERY family", true},
		{"Syria's people have waited long enough.", "syrias people have", true},
		{"We are going to fight for every family.", "for every fight family", false},
		{"We are going to fight for every family.", "fight for every families", false},
		{"We are going to fight.", "", false},
	} {
		if got := Holds(tc.text, tc.fragment); got != tc.want {
			t.Errorf("Holds(%q, %q) = %v, want %v", tc.text, tc.fragment, got, tc.want)
		}
	}
}
