package quotes

import (
	"context"
	"os"
	"strings"
	"testing"
)

// seedQuote is one double-quoted passage of the seed articles, annotated
// by hand from ../shared/seeds.
type seedQuote struct {
	article string
	text    string // the start of the quotation
	speaker string
	partial bool
	cue     string
}

// seedQuotes are all 21 double-quoted passages of the five seed articles.
var seedQuotes = []seedQuote{
	{"000", "I believe that this is a great success for you", "Vladimir Putin", false, "said"},
	{"000", "There are bilateral relations and shared interests", "Ahmed al-Sharaa", false, "told"},
	{"001", "reshape relations with Russia", "SANA", true, "according to"},
	{"001", "support for Syria's unity and stability", "Vladimir Putin", true, "reaffirmed"},
	{"001", "open a new chapter", "Syrian officials", true, "say"},
	{"002", "humanitarian reasons", "an official Russian source", true, "according to"},
	{"002", "exceptionally friendly", "Vladimir Putin", true, "said"},
	{"002", "never been tied to our political circumstances", "Vladimir Putin", true, "said"},
	{"002", "always... guided by one thing: the interests of the Syrian people.", "Vladimir Putin", true, "claiming"},
	{"002", "great success and a step toward societal consolidation", "Vladimir Putin", true, "called"},
	{"002", "will strengthen cooperation between all political forces", "Vladimir Putin", true, "expressed"},
	{"002", "re-establishing relations with all regional and global countries", "Ahmed al-Sharaa", true, "stated"},
	{"002", "bilateral relations and common interests... connect us with Russia.", "Ahmed al-Sharaa", true, "stated"},
	{"002", "large part of the energy sector in Syria depends on Russian expertise.", "Ahmed al-Sharaa", true, "added"},
	{"002", "We discussed specific projects in energy, transport, tourism, healthcare, and cultural and humanitarian areas", "Alexander Novak", false, "told reporters"},
	{"002", "ready to provide support and participate in the reconstruction of Syria.", "Alexander Novak", true, "adding"},
	{"002", "difficult times", "", true, ""}, // a scare quote: nobody in the article says it
	{"003", "reaffirmed Russia's support for Syria's unity, sovereignty and stability", "SANA", true, "wrote"},
	{"004", "Much has been accomplished in terms of restoring our interstate relations", "Vladimir Putin", false, "said"},
	{"004", "We have closely monitored your efforts to restore Syria's territorial integrity", "Vladimir Putin", false, "added"},
	{"004", "historic role", "Ahmed al-Sharaa", true, "highlighted"},
}

func loadSeeds(t testing.TB) (*Index, *Report) {
	t.Helper()
	ix, rep, err := Load(context.Background(), os.DirFS("../data"))
	if err != nil {
		t.Fatalf("Load(../data): %v", err)
	}
	return ix, rep
}

func TestSeedQuotations(t *testing.T) {
	ix, _ := loadSeeds(t)
	got := ix.Quotes()
	if len(got) != len(seedQuotes) {
		for _, q := range got {
			t.Logf("%s %q: %q", q.Article[:3], q.Speaker, q.Text)
		}
		t.Fatalf("found %d quotations, want %d", len(got), len(seedQuotes))
	}
	for i, want := range seedQuotes {
		q := got[i]
		if !strings.HasPrefix(q.Article, want.article) || !strings.HasPrefix(q.Text, want.text) {
			t.Errorf("quotation %d: got %s %q, want %s %q", i, q.Article, q.Text, want.article, want.text)
			continue
		}
		if q.Speaker != want.speaker {
			t.Errorf("%q: speaker %q, want %q", want.text, q.Speaker, want.speaker)
		}
		if q.Partial != want.partial {
			t.Errorf("%q: partial %v, want %v", want.text, q.Partial, want.partial)
		}
		if want.cue != "" && q.Cue != want.cue {
			t.Errorf("%q: cue %q, want %q", want.text, q.Cue, want.cue)
		}
		if strings.ContainsAny(q.Text, "\"“”\n") || strings.Contains(q.Text, "  ") || strings.HasSuffix(q.Text, ",") {
			t.Errorf("%q: text keeps marks, line breaks, double spaces or a trailing comma", q.Text)
		}
	}
}

func TestSeedArticles(t *testing.T) {
	ix, rep := loadSeeds(t)
	want := []struct {
		path, outlet, title, url, published string
	}{
		{"000_11b75dd1c1573e36.txt", "", "Putin, al-Sharaa meet in Moscow as Syria’s new leader seeks stronger ties with Russia", "", "2025-10-15"},
		{"001_c729971dce821f2c.txt", "DW", "Syria's new leader visits Moscow for talks with Putin", "https://www.dw.com/en/syrias-new-leader-visits-moscow-for-talks-with-putin/a-74369742", "2025-10-15"},
		{"002_a0fb849a3bf059ff.txt", "Daily Post", "Syrian President Al-Sharaa meets Putin", "https://www.dailypost-ng.com/2025/10/syrian-president-al-sharaa-meets-putin.html", "2025-10-16"},
		{"003_586fcb8ea37f42e6.txt", "The Kyiv Independent", "Syria's Al-Sharaa to meet Putin in his first Russia visit", "https://kyivindependent.com/syrias-al-sharaa-to-meet-putin-in-his-first-russia-visit", "2025-10-15"},
		{"004_06cf7b6a2a29ffa4.txt", "", "Syria’s Sharaa meets Putin in Moscow", "", "2026-01-28"},
	}
	arts := ix.Articles()
	if len(arts) != len(want) || rep.Failed() {
		t.Fatalf("loaded %d articles (failed: %v), want %d", len(arts), rep.Failed(), len(want))
	}
	for i, w := range want {
		a := arts[i]
		if a.Path != w.path || a.Outlet != w.outlet || a.Title != w.title || a.URL != w.url || a.Published != w.published {
			t.Errorf("article %d = {%q %q %q %q %q}, want %v", i, a.Path, a.Outlet, a.Title, a.URL, a.Published, w)
		}
		for _, q := range a.Quotes {
			if q.Outlet != a.Outlet || q.Title != a.Title || q.Published != a.Published || q.Article != a.Path {
				t.Errorf("%s: quotation %q does not carry its article's metadata", a.Path, q.Text)
			}
		}
	}
}

// The seed pages without a header: outlets come only from unambiguous
// clues, never from credits or cited sources.
func TestSeedOutletDetection(t *testing.T) {
	for _, tc := range []struct{ file, outlet, title string }{
		{"000_11b75dd1c1573e36.txt", "", "Putin, al-Sharaa meet in Moscow as Syria’s new leader seeks stronger ties with Russia"},
		{"001_c729971dce821f2c.txt", "DW", "Syria's new leader visits Moscow for talks with Putin"},
		{"002_a0fb849a3bf059ff.txt", "", ""},
		{"003_586fcb8ea37f42e6.txt", "The Kyiv Independent", "Syria's Al-Sharaa to meet Putin in his first Russia visit"},
		{"004_06cf7b6a2a29ffa4.txt", "", "Syria’s Sharaa meets Putin in Moscow"},
	} {
		data, err := os.ReadFile("../../shared/seeds/" + tc.file)
		if err != nil {
			t.Skipf("seeds not beside the checkout: %v", err)
		}
		a, err := ParseArticle(tc.file, data)
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != tc.outlet || a.Title != tc.title {
			t.Errorf("%s: outlet %q title %q, want %q %q", tc.file, a.Outlet, a.Title, tc.outlet, tc.title)
		}
	}
}

func TestSeedStatementsGrouped(t *testing.T) {
	ix, _ := loadSeeds(t)
	find := func(prefix string) *Quote {
		for _, q := range ix.Quotes() {
			if strings.HasPrefix(q.Text, prefix) {
				return q
			}
		}
		t.Fatalf("no quotation starts %q", prefix)
		return nil
	}
	putin := find("I believe that this is a great success")
	success := find("great success and a step")
	strengthen := find("will strengthen cooperation")
	sharaa := find("There are bilateral relations")
	bilateral := find("bilateral relations and common interests")
	for _, tc := range []struct {
		q    *Quote
		want []*Quote
	}{
		{putin, []*Quote{success, strengthen}},
		{success, []*Quote{putin}},
		{strengthen, []*Quote{putin}},
		{sharaa, []*Quote{bilateral}},
		{bilateral, []*Quote{sharaa}},
		{find("exceptionally friendly"), nil},
		{find("never been tied"), nil},
		{find("historic role"), nil},
		{find("re-establishing relations"), nil},
	} {
		var want []string
		for _, w := range tc.want {
			want = append(want, w.ID)
		}
		if strings.Join(tc.q.AlsoIn, ",") != strings.Join(sortedCopy(want), ",") {
			t.Errorf("%q: also_in %v, want %v", clip(tc.q.Text, 40), tc.q.AlsoIn, sortedCopy(want))
		}
	}
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestSeedSpeakersAreCanonical(t *testing.T) {
	ix, _ := loadSeeds(t)
	got := map[string]int{}
	for _, c := range ix.Speakers() {
		got[c.Name] = c.Quotes
	}
	// "an official Russian source" keeps the source unnamed: a
	// description, which no list of speakers offers as a name.
	want := map[string]int{"Vladimir Putin": 9, "Ahmed al-Sharaa": 5, "SANA": 2, "Alexander Novak": 2, "Syrian officials": 1}
	if len(got) != len(want) {
		t.Errorf("speakers %v, want %v", got, want)
	}
	if m := ix.MatchSpeakers("russian source", 10); len(m) != 0 {
		t.Errorf("MatchSpeakers(russian source) = %v, want none", m)
	}
	qs, _ := ix.QuotesBy("an official Russian source", 0, 10)
	if len(qs) != 1 || !qs[0].Unnamed {
		t.Errorf("QuotesBy(an official Russian source) = %v, want one unnamed", qs)
	}
	for name, n := range want {
		if got[name] != n {
			t.Errorf("%s: %d quotations, want %d (all: %v)", name, got[name], n, got)
		}
	}
}

func TestQuoteIDsStable(t *testing.T) {
	a, _ := loadSeeds(t)
	b, _ := loadSeeds(t)
	for i, q := range a.Quotes() {
		if b.Quotes()[i].ID != q.ID {
			t.Fatalf("ID of %q changed between loads", q.Text)
		}
	}
	data, err := os.ReadFile("../data/001_c729971dce821f2c.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The same text under another name and without its header keeps its IDs.
	_, body, _, _ := ParseHeader(string(data))
	moved, err := ParseArticle("elsewhere/renamed.txt", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := ParseArticle("001_c729971dce821f2c.txt", data)
	for i := range orig.Quotes {
		if orig.Quotes[i].ID != moved.Quotes[i].ID {
			t.Errorf("ID of %q depends on the file name or header", orig.Quotes[i].Text)
		}
	}
}
