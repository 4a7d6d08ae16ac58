package quotes

import (
	"quotebot/quotes/extract"
	"strings"
	"sync"
	"testing"
)

func TestSearchForgivesHowPeopleRemember(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, tc := range []struct {
		query string
		want  string // start of the best result's text
	}{
		{"great success", "great success and a step toward societal consolidation"},
		{"who said great success?", "great success and a step toward societal consolidation"},
		{`did someone say "grate sucess"`, "great success and a step toward societal consolidation"},
		{"GREAT SUCCESS FOR YOU", "I believe that this is a great success for you"},
		{"succes great", "great success and a step toward societal consolidation"},
		{"bilateral relations shared interests bind us", "There are bilateral relations and shared interests"},
		{"bilaterel relatoins shared intrests", "There are bilateral relations and shared interests"},
		{"we respect all agreements", "There are bilateral relations and shared interests"},
		{"exceptionaly freindly", "exceptionally friendly"},
		{"open new chapter", "open a new chapter"},
		{"“historic role”", "historic role"},
		{"who said that the energy sector depends on russian expertise", "large part of the energy sector in Syria depends on Russian expertise"},
		{"projects energy transport tourism", "We discussed specific projects in energy, transport, tourism"},
		{"monitored your efforts territorial integrity", "We have closely monitored your efforts"},
		{"much has been acomplished interstate relations", "Much has been accomplished in terms of restoring our interstate relations"},
		{"reshape relations russia", "reshape relations with Russia"},
		{"syrias unity sovereignty stability", "reaffirmed Russia's support for Syria's unity, sovereignty and stability"},
		{"Ukraïne? no: humanitärian reasons", "humanitarian reasons"},
		{"consolidation societal step", "great success and a step toward societal consolidation"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			q := ParseQuery(tc.query)
			rs := ix.Search(q)
			if len(rs) == 0 {
				t.Fatalf("Search(%q) found nothing, want %q", q.Text, tc.want)
			}
			if !strings.HasPrefix(rs[0].Quote.Text, tc.want) {
				for _, r := range rs {
					t.Logf("%.3f %q", r.Score, clip(r.Quote.Text, 60))
				}
				t.Errorf("Search(%q) = %q first, want %q", q.Text, clip(rs[0].Quote.Text, 60), tc.want)
			}
		})
	}
}

func TestSearchReturnsNothingUnrelated(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, query := range []string{
		"the quick brown fox jumps over the lazy dog",
		"bananas are an excellent source of potassium",
		"who said we shall fight on the beaches",
		"the",
		"zzzz qqqq",
	} {
		if rs := ix.Search(ParseQuery(query)); len(rs) > 0 {
			t.Errorf("Search(%q) = %q, want no result", query, rs[0].Quote.Text)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, tc := range []struct {
		q        Query
		speaker  string
		outlet   string
		atLeast  int
		noResult bool
	}{
		{Query{Text: "relations", Speaker: "al sharaa"}, "Ahmed al-Sharaa", "", 2, false},
		{Query{Text: "relations", Speaker: "Ahmad Al-Sharaa"}, "Ahmed al-Sharaa", "", 2, false},
		{Query{Text: "relations", Speaker: "putn"}, "Vladimir Putin", "", 1, false},
		{Query{Speaker: "novak"}, "Alexander Novak", "", 2, false},
		{Query{Text: "success", Outlet: "daily post"}, "", "Daily Post", 1, false},
		{Query{Text: "success", Outlet: "kyiv"}, "", "", 0, true},
		{Query{Text: "chapter", Outlet: "deutsche welle"}, "", "DW", 1, false},
		{Query{Text: "success", Speaker: "nobody at all"}, "", "", 0, true},
	} {
		rs := ix.Search(tc.q)
		if tc.noResult {
			if len(rs) != 0 {
				t.Errorf("Search(%+v) = %d results, want none", tc.q, len(rs))
			}
			continue
		}
		if len(rs) < tc.atLeast {
			t.Errorf("Search(%+v) = %d results, want at least %d", tc.q, len(rs), tc.atLeast)
		}
		for _, r := range rs {
			if tc.speaker != "" && r.Quote.Speaker != tc.speaker || tc.outlet != "" && r.Quote.Outlet != tc.outlet {
				t.Errorf("Search(%+v) returned %q by %q in %q", tc.q, r.Quote.Text, r.Quote.Speaker, r.Quote.Outlet)
			}
		}
	}
}

func TestSearchHighlightsMatchedWords(t *testing.T) {
	ix, _ := loadSeeds(t)
	rs := ix.Search(Query{Text: "grate sucess"})
	if len(rs) == 0 {
		t.Fatal("no result")
	}
	q := rs[0].Quote
	var got []string
	for _, h := range rs[0].Highlights {
		got = append(got, q.Text[h.Start:h.End])
	}
	if strings.Join(got, " ") != "great success" {
		t.Errorf("highlights %q in %q, want the words great and success", got, q.Text)
	}
}

func TestSearchPrefixForAutocomplete(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, typed := range []string{"great suc", "exceptionally fri", "historic ro", "bilateral relations and com"} {
		rs := ix.Search(Query{Text: typed, Prefix: true, Limit: 3})
		if len(rs) == 0 || !strings.Contains(extract.Fold(rs[0].Quote.Text), strings.Fields(typed)[0]) {
			t.Errorf("Search(%q, prefix) found %d results, want one with %q", typed, len(rs), strings.Fields(typed)[0])
		}
	}
}

func TestMatchSpeakersAndOutlets(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, tc := range []struct{ in, want string }{
		{"put", "Vladimir Putin"},
		{"vladamir", "Vladimir Putin"},
		{"sharaa", "Ahmed al-Sharaa"},
		{"alsharaa", "Ahmed al-Sharaa"},
		{"ahmad", "Ahmed al-Sharaa"},
		{"nov", "Alexander Novak"},
		{"syrian off", "Syrian officials"},
	} {
		got := ix.MatchSpeakers(tc.in, 5)
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("MatchSpeakers(%q) = %q, want %q first", tc.in, got, tc.want)
		}
	}
	if got := ix.MatchOutlets("kyiv", 5); len(got) != 1 || got[0] != "The Kyiv Independent" {
		t.Errorf("MatchOutlets(kyiv) = %q", got)
	}
	if got := ix.MatchSpeakers("", 3); len(got) != 3 || got[0] != "Vladimir Putin" {
		t.Errorf("MatchSpeakers(\"\") = %q, want the three most quoted", got)
	}
}

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in                    string
		text, speaker, outlet string
	}{
		{"who said great success?", "great success", "", ""},
		{`Who said "great success"?`, "great success", "", ""},
		{"did someone say grate sucess", "grate sucess", "", ""},
		{"did anyone ever say 'historic role'", "historic role", "", ""},
		{"what was the quote about bilateral relations", "bilateral relations", "", ""},
		{"great success speaker:putin", "great success", "putin", ""},
		{`by:"al sharaa" relations outlet:dw`, "relations", "al sharaa", "dw"},
		{"  “exceptionally friendly”  who said that?", "exceptionally friendly", "", ""},
		{"hey, who said open a new chapter", "open a new chapter", "", ""},
		{"", "", "", ""},
		{"who said", "", "", ""},
	} {
		q := ParseQuery(tc.in)
		if q.Text != tc.text || q.Speaker != tc.speaker || q.Outlet != tc.outlet {
			t.Errorf("ParseQuery(%q) = %+v, want text %q speaker %q outlet %q", tc.in, q, tc.text, tc.speaker, tc.outlet)
		}
	}
}

// A whole long quotation typed exactly must still rank first: one long
// pattern would overflow sahilm/fuzzy's compounding adjacency bonus.
func TestSearchLongExactQuery(t *testing.T) {
	ix, _ := loadSeeds(t)
	for _, q := range ix.Quotes() {
		if len(q.Text) < 150 {
			continue
		}
		rs := ix.Search(Query{Text: q.Text})
		if len(rs) == 0 || rs[0].Quote.ID != q.ID {
			t.Errorf("Search(whole text of %q) did not rank it first", clip(q.Text, 40))
		}
	}
}

// Quotations in other scripts are found, typos and all.
func TestSearchOtherScripts(t *testing.T) {
	a, err := ParseArticle("ru.txt", []byte("Заголовок новости дня\n\n«Это большой успех для всех нас», сказал Владимир Путин.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex([]*Article{a})
	for _, q := range []string{"большой успех", "большои успех", "успех большой"} {
		rs := ix.Search(Query{Text: q})
		if len(rs) != 1 || !strings.Contains(rs[0].Quote.Text, "большой успех") {
			t.Errorf("Search(%q) = %v", q, rs)
		}
	}
}

// Searches share the index and its pooled working memory: under -race,
// concurrent searches must give what a lone search gives.
func TestConcurrentSearch(t *testing.T) {
	ix, _ := loadSeeds(t)
	queries := []string{"grate sucess", "bilateral relations", "historic ro", "exceptionally friendly", "reshape russia"}
	want := map[string]string{}
	for _, q := range queries {
		if rs := ix.Search(Query{Text: q, Prefix: true}); len(rs) > 0 {
			want[q] = rs[0].Quote.ID
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Go(func() {
			for i := 0; i < 50; i++ {
				q := queries[(g+i)%len(queries)]
				rs := ix.Search(Query{Text: q, Prefix: true})
				if len(rs) == 0 || rs[0].Quote.ID != want[q] {
					t.Errorf("concurrent Search(%q) differs from a lone one", q)
					return
				}
			}
		})
	}
	wg.Wait()
}
