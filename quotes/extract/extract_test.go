package extract

import (
	"strings"
	"testing"
)

func TestExtractReportsWhereEachQuotationStands(t *testing.T) {
	body := "Tram line approved\n\nThe council approved the line on Monday.\n\n\"This is a great day,\" said Councillor Rita Osei. \"We waited ten years.\"\n"
	r := Extract(body)
	if r.Title != "Tram line approved" {
		t.Errorf("title %q", r.Title)
	}
	if len(r.Quotes) != 2 {
		t.Fatalf("quotes = %+v", r.Quotes)
	}
	for _, q := range r.Quotes {
		if got := body[q.Open:q.Close]; !strings.Contains(got, q.Text) {
			t.Errorf("body[%d:%d] = %q does not hold %q", q.Open, q.Close, got, q.Text)
		}
		if q.Speaker != "Rita Osei" || q.Kind != Person {
			t.Errorf("%q: speaker %q kind %d", q.Text, q.Speaker, q.Kind)
		}
	}
	if r.NameForms["Rita Osei"] == 0 {
		t.Errorf("name forms %v lack Rita Osei", r.NameForms)
	}
}

func TestCanonicalNames(t *testing.T) {
	forms := map[string]int{"Ahmed al-Sharaa": 3, "Ahmad al-Sharaa": 1, "Ed Miliband": 1, "David Miliband": 1}
	got := CanonicalNames(forms, []Speaker{
		{"Ahmad al-Sharaa", Person}, {"Sharaa", Person}, {"Ahmed al-Sharaa", Person},
		{"Ed Miliband", Person}, {"David Miliband", Person},
		{"SANA", Org}, {"Sana", Org}, {"SANA", Org},
	})
	for from, want := range map[string]string{
		"Ahmad al-Sharaa": "Ahmed al-Sharaa", "Sharaa": "Ahmed al-Sharaa",
		"Ed Miliband": "Ed Miliband", "David Miliband": "David Miliband", "Sana": "SANA",
	} {
		if got[from] != want {
			t.Errorf("%q -> %q, want %q", from, got[from], want)
		}
	}
}

// FuzzExtract checks that any text yields quotations that stand where
// they say, with text inside their marks, and never panics.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"\"First part,\" she said. \"Second part.\"",
		"“Nested “hell” here,” said Mr. Vale.\n\n“work-related\" emails",
		"“One,\" he said. \"Two.” “He said \"no\" to me,” she said.",
		"Headline: A\nPublisher: B\n\n\"x y\" ― Name Here",
		"\"open\n\n\"continued\n\nHeading\n\n\"closed,\" he said.",
		"\"Why?\" Sen. Amira Haddad asked.\n\n\"Because,\" Judge Ann Strong replied.\n\n\"Really?\"\n\n\"Yes.\"",
		"Paul Amato Jr. spoke. His father, Paul Amato Sr., 78, and his wife, Maureen, watched.\n\nHis son, Eli, 9, waved. \"Hi,\" the elder Amato said. \"Yes,\" Mrs. Amato said.",
		"A letter written by Emma Park was read. \"No,\" the letter read. Lupe, a home health aide, said \"ok\":\n\n\"x\"",
		"of the Riverfront Society, \"We will not sail,\" she said.",
		"Harold Nguyen-Park, 82, spoke. (Photo: Ann Ruiz)\n\nNguyen-Park, who rides it, said \"That bus is my car.\"",
		"Kansans for Libraries, Literacy, and Lifelong Learning wrote. \"No,\" the letter said. It reads: \"x\"",
		"\"x y\"\n\n— Republican presidential nominee Ann Lee, at a rally in Reston, Va., Oct. 10, 2016",
		"Halloran & Sykes, Local 4-117 and June Bishop of the mayor of Bayou Cheval in Bayou Cheval, \"a b\" the group's post read.",
		"Here's Lee in 1992: \"a b.\" From Bush's post: \"c d.\" A text from a friend, Tasha Bell: \"e f.\" Adding, \"g h.\"",
		"Sen. Joan Eberly, R-Iowa. The Florida senator said \"a b\" and \"c d,\" the Iowa Republican said. A spokeswoman for the San Miguelito said it. \"e,\" she said. For Keisha Young, no. Valdez-Kimura paused. the U.S. While the Fed's Young, \"x\" its annual bank Local 417",
		"Tenants, Workers and Families for a Fair Nevada, an alliance, \"a b,\" called out Sharon Kowalczyk. \"c,\" Deputy Carlos Ibarra-Lund can be heard saying. Superior Court Judge Adelaide Church: \"d.\" Dr. Cornelius \"Neil\" van der Berg, raising a glass: \"e\"\n\n\u2014 Rosa Delgado\n\n9:58 PM CDT \"f g,\" a senior aide said. \u2014 Gov. Thomas Avery Pruitt III, Feb. 4, 2025",
		"By Mariama Sesay\n\nHale wrote to the firm, threatening \"a major lawsuit,\" according to a copy of the letter reviewed by The Ledger. That letter, on Hale Group letterhead, demanded \"an apology.\"\n\n\"Ms. Ruiz, were you there?\" Kincaid asked.\n\n\"I was,\" she said. \"Why now?\" I asked. In a two-page letter delivered at 4:45 p.m., Mr. Oduya, 61, said it. \"x,\" the letter read. One juror, a woman who asked not to be identified, said so. \"y,\" she said. Camila de los Santos, R-Ohio, a lawyer. The United Nurses and Allied Professionals of the Riverbend Valley, which, with Kansans for Health Care, Not Cuts, \"z\" Ann Lee began.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		r := Extract(body)
		for _, q := range r.Quotes {
			if q.Open < 0 || q.Close > len(body) || q.Open >= q.Close {
				t.Fatalf("quotation %q at [%d, %d) of a %d-byte body", q.Text, q.Open, q.Close, len(body))
			}
			if strings.TrimSpace(q.Text) == "" {
				t.Fatalf("empty quotation at %d", q.Open)
			}
		}
	})
}

// TestCutOffPage reads pages cut off inside an organisation's name, as a
// scrape or a generated text may be: the connector that opens the text
// has no word before it to join.
func TestCutOffPage(t *testing.T) {
	for _, body := range []string{
		"of the Riverfront Society, \"We will not sail on Monday,\" she said.",
		"for a Fair Judiciary said \"no way at all\" today.",
		"of a Fair Judiciary and Merchants Association said \"no way at all\" today.",
	} {
		r := Extract(body)
		if len(r.Quotes) != 1 {
			t.Errorf("%q: quotes %+v, want one", body, r.Quotes)
		}
	}
}

// TestManyMarkersAfterProse reads a page whose trailer repeats a marker
// thousands of times: each marker asks whether prose follows it, which
// must not cost a pass over the rest of the page.
func TestManyMarkersAfterProse(t *testing.T) {
	body := "Tram line approved\n\n\"This is a great day for the east side,\" said Councillor Rita Osei, who has campaigned for the line for a decade and more.\n\n" +
		strings.Repeat("Read more\n\n", 20000)
	r := Extract(body)
	if len(r.Quotes) != 1 || r.Quotes[0].Speaker != "Rita Osei" {
		t.Fatalf("quotes = %+v", r.Quotes)
	}
}

// FuzzQuoteText checks that a quotation's text is its words joined by
// single spaces, less the punctuation the sentence around it owns,
// whether its one part is already folded or not.
func FuzzQuoteText(f *testing.F) {
	for _, s := range []string{"", "a", "great success,", " two  words ", "tab\there", "x\u00a0y", "line\nbreak", "bad \xff", "end: ",
		"eight by eight, words apart", "abcdefg  hijklmno", "abcdefgh ijklmnop", "abcdefgh  ijklmnop ", " 1234567 abcdefgh", "seven c\tthen tab", "caf\u00e9 and cr\u00e8me br\u00fbl\u00e9e here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quoteSpan{parts: [][2]int{{0, len(s)}}}
		if got, want := q.text(s), strings.TrimRight(strings.Join(strings.Fields(s), " "), ",;: "); got != want {
			t.Errorf("text of %q = %q, want %q", s, got, want)
		}
	})
}

// TestShortBodies runs Extract on bodies whose rules look back or ahead
// of the word they match, at the very start or end of the text.
func TestShortBodies(t *testing.T) {
	for _, body := range []string{"named a b c", "be named a b c", "of anonymity a b c", "Anonymity was granted to them.", "Van", "De la", "— said", "Jr. said", "said Jr."} {
		Extract(body) // must not panic
	}
}

// A dotted abbreviation before a word that only opens a sentence ends
// its sentence: "the U.S. While Voss …" names nobody "U.S. While Voss".
func TestDottedAbbreviationEndsItsSentence(t *testing.T) {
	for _, body := range []string{
		"Visas\n\nPresident Bill Voss and his wife, Clara Voss, spoke on Monday. The president wants to bar the group from entering the U.S. While Voss has condemned its leaders, the groups who wrote to him on Thursday say they are \"open to talks with its members.\"\n",
		"Council\n\nMayor Ana Ruiz opened the meeting at 7 p.m. She said the budget was \"balanced at last.\"\n",
	} {
		r := Extract(body)
		for _, q := range r.Quotes {
			if strings.Contains(q.Speaker, ".") {
				t.Errorf("%q: speaker %q runs across a sentence's end", q.Text, q.Speaker)
			}
		}
		if len(r.Quotes) != 1 {
			t.Errorf("quotes %+v, want one", r.Quotes)
		}
	}
}

// TestTimesAreNoNames checks that a time of day and its zone are nobody
// the article names, whom a pronoun could then mean.
func TestTimesAreNoNames(t *testing.T) {
	for _, body := range []string{
		"Live updates\n\nLast updated 9:58 PM CDT, Saturday, October 14\n\nThe rally ran late.\n",
		"Storm\n\nThe warning ran until 8:15 PM EDT on Sunday.\n",
	} {
		if forms := Extract(body).NameForms; len(forms) > 0 {
			t.Errorf("Extract(%q) names %v", body, forms)
		}
	}
}

// TestTextOpeningWithAClause checks bodies that open where a name should
// stand before them: a relative clause, a dash, a comma.
func TestTextOpeningWithAClause(t *testing.T) {
	for _, body := range []string{
		`, who said "x y z."`,
		`, who described herself as "x y z."`,
		`(R-Ohio), who posted: "x y z."`,
		"— Rosa Delgado",
		`, based in Ohio, said "x y z."`,
	} {
		Extract(body) // must not panic
	}
}
