package quotes

import (
	"strings"
	"testing"
)

// want is one expected quotation: the start of its text, and its speaker.
type want struct {
	text    string
	speaker string
}

// parseQuotes parses body as one article and settles its speakers as an
// index would.
func parseQuotes(t *testing.T, body string) []*Quote {
	t.Helper()
	a, err := ParseArticle("test.txt", []byte(body))
	if err != nil {
		t.Fatalf("ParseArticle: %v", err)
	}
	return NewIndex([]*Article{a}).Quotes()
}

// extractCase is an article text and the quotations expected from it.
type extractCase struct {
	name string
	body string
	want []want
}

// runCases checks each case as a subtest.
func runCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkQuotes(t, parseQuotes(t, tc.body), tc.want)
		})
	}
}

func checkQuotes(t *testing.T, got []*Quote, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %q by %q (cue %q)", q.Text, q.Speaker, q.Cue)
		}
		t.Fatalf("found %d quotations, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		if !strings.HasPrefix(got[i].Text, w.text) {
			t.Errorf("quotation %d = %q, want it to start %q", i, got[i].Text, w.text)
		}
		if got[i].Speaker != w.speaker {
			t.Errorf("%q: speaker %q, want %q (cue %q)", clip(got[i].Text, 50), got[i].Speaker, w.speaker, got[i].Cue)
		}
	}
}

func TestAttributionForms(t *testing.T) {
	runCases(t, []extractCase{
		{"said X after", `Chancellor Olaf Scholz spoke in Berlin on Monday.

"We will not be intimidated by anyone," Scholz said.`,
			[]want{{"We will not be intimidated", "Olaf Scholz"}}},
		{"inverted said X", `Finance Minister Maria Lopez presented the budget.

"The numbers speak for themselves," said Lopez.`,
			[]want{{"The numbers speak", "Maria Lopez"}}},
		{"X said colon", `Prime Minister Keir Starmer addressed parliament on Wednesday. Starmer said: "This is a turning point for the country."`,
			[]want{{"This is a turning point", "Keir Starmer"}}},
		{"told reporters", `Foreign Minister Sergei Lavrov met his counterpart in Ankara. Lavrov told reporters "the talks were useful" before leaving.`,
			[]want{{"the talks were useful", "Sergei Lavrov"}}},
		{"X added", `Health Secretary Wes Streeting visited the hospital.

"Waiting lists are falling," Streeting said. "But there is a long way to go," he added.`,
			[]want{{"Waiting lists are falling", "Wes Streeting"}, {"But there is a long way to go", "Wes Streeting"}}},
		{"according to X", `The factory will close in March, according to a statement from Volkswagen. Production is "no longer viable," according to the company's chief executive, Oliver Blume.`,
			[]want{{"no longer viable", "Oliver Blume"}}},
		{"X wrote", `The author Margaret Atwood posted on her blog on Sunday. "Libraries are the memory of a people," Atwood wrote.`,
			[]want{{"Libraries are the memory", "Margaret Atwood"}}},
		{"described it as", `Opposition leader Peter Dutton criticised the plan. Dutton described it as "a reckless gamble with people's savings".`,
			[]want{{"a reckless gamble", "Peter Dutton"}}},
		{"X, who …, told Y", `"We are ready to sign tomorrow," Ursula von der Leyen, who chaired the summit, told the assembled leaders.`,
			[]want{{"We are ready to sign tomorrow", "Ursula von der Leyen"}}},
		{"em dash", `The crowd fell silent as the verdict was read.

"Justice delayed is justice denied" — Martin Luther King Jr.`,
			[]want{{"Justice delayed", "Martin Luther King Jr."}}},
		{"description: the minister", `Interior Minister Nancy Faeser announced new border checks on Monday.
The minister said the measures were "temporary but necessary" and would be reviewed.`,
			[]want{{"temporary but necessary", "Nancy Faeser"}}},
		{"description: the veteran coach", `Carlo Ancelotti, the veteran coach, has won the trophy five times.

"Experience matters in finals," the veteran coach said after training.`,
			[]want{{"Experience matters in finals", "Carlo Ancelotti"}}},
		{"description: the Russian leader", `Russian President Vladimir Putin hosted Syrian President Ahmed al-Sharaa.
The Russian leader called the talks "very productive".`,
			[]want{{"very productive", "Vladimir Putin"}}},
		{"description: the Kremlin's chief", `Russian President Vladimir Putin spoke by phone with al-Sharaa in February, during which the Kremlin's chief stressed "the need to lift sanctions".`,
			[]want{{"the need to lift sanctions", "Vladimir Putin"}}},
		{"pronoun he", `Jens Stoltenberg met the defence ministers in Brussels. He said the alliance was "stronger than ever" and warned against complacency.`,
			[]want{{"stronger than ever", "Jens Stoltenberg"}}},
		{"pronoun she to the right antecedent", `Kamala Harris met Benjamin Netanyahu at the White House. Harris spoke first. She said she had been "frank" about the humanitarian situation.`,
			[]want{{"frank", "Kamala Harris"}}},
		{"pronoun they to a group", `Syrian officials have not commented on the talks. Later they said the visit could "open a new chapter".`,
			[]want{{"open a new chapter", "Syrian officials"}}},
		{"group speaker", `Western diplomats say the resolution is "dead on arrival" in the Security Council.`,
			[]want{{"dead on arrival", "Western diplomats"}}},
		{"news agency", `The visit aims to "reshape relations with Russia", according to a statement released by the state-run SANA news agency.`,
			[]want{{"reshape relations with Russia", "SANA"}}},
		{"company statement", `Shares fell 4% in early trading. "We remain confident in our long-term strategy," Siemens said in a statement.`,
			[]want{{"We remain confident", "Siemens"}}},
		{"question before attribution", `Reporters pressed Defence Secretary Grant Shapps on the cost. "Why should taxpayers pay for this?" asked Shapps.`,
			[]want{{"Why should taxpayers pay for this?", "Grant Shapps"}}},
		{"exclamation before attribution", `Coach Pep Guardiola was jubilant. "What a night!" Guardiola shouted as the players celebrated.`,
			[]want{{"What a night!", "Pep Guardiola"}}},
		{"split quote, two sentences", `Mayor Anne Hidalgo opened the new bridge.

"It took ten years," she said. "It was worth every day."`,
			[]want{{"It took ten years", "Anne Hidalgo"}, {"It was worth every day.", "Anne Hidalgo"}}},
		{"nested single quote", `Senator Bernie Sanders spoke at the rally. "When they tell you 'there is no money', ask them who got the tax cuts," Sanders said.`,
			[]want{{"When they tell you 'there is no money', ask them who got the tax cuts", "Bernie Sanders"}}},
		{"curly quotes and guillemets", "Emmanuel Macron arrived in Kyiv on Friday. Macron said “Europe stands with Ukraine” and added that peace would come «only through strength».",
			[]want{{"Europe stands with Ukraine", "Emmanuel Macron"}, {"only through strength", "Emmanuel Macron"}}},
		{"two people share a surname", `Energy Minister Ed Miliband and his brother David Miliband both spoke.
"Clean power is within reach," Ed Miliband said.
"The world is watching," David Miliband said.`,
			[]want{{"Clean power is within reach", "Ed Miliband"}, {"The world is watching", "David Miliband"}}},
		{"analysts at a bank are a group", `Tesla reported its results on Wednesday. Analysts at Morgan Stanley described the results as "messy but not broken".`,
			[]want{{"messy but not broken", "Analysts at Morgan Stanley"}}},
		{"he after an unnamed subject is nobody we know", `Declan Rice scored twice. "I've never seen anything like it," Rice told TNT Sports.

Asked whether the tie was over, the Spaniard was cautious. "It's only half-time," he said.`,
			[]want{{"I've never seen anything like it", "Declan Rice"}, {"It's only half-time", ""}}},
		{"prose that looks like player text", `Coach Thomas Frank spoke after training.

"We will not skip advertising our youth academy," Frank said.`,
			[]want{{"We will not skip advertising our youth academy", "Thomas Frank"}}},
		{"titles and honorifics are not the name", `"The evidence is overwhelming," said Dr Anthony Fauci. "We need a ceasefire now," Mr Guterres said, according to Secretary-General Antonio Guterres's office.`,
			[]want{{"The evidence is overwhelming", "Anthony Fauci"}, {"We need a ceasefire now", "Antonio Guterres"}}},
	})
}

func TestQuotationShapes(t *testing.T) {
	runCases(t, []extractCase{
		{"across hard line breaks", "Despite his support for Assad, Putin insisted on\nWednesday that the relationship has \"never been\ntied to our political circumstances,\" claiming it is \"always\nguided by one thing.\"\n",
			[]want{{"never been tied to our political circumstances", "Putin"}, {"always guided by one thing.", "Putin"}}},
		{"over several paragraphs", `President Joe Biden spoke from the Oval Office.

"Tonight I want to talk about the future.

"We have faced hard choices before.

"And we will face them again," Biden said.`,
			[]want{{"Tonight I want to talk about the future. We have faced hard choices before. And we will face them again", "Joe Biden"}}},
		{"unbalanced mark stays in its paragraph", `Prime Minister Mark Carney spoke briefly. He called it "a good day.

Carney later said: "We will keep going."

The rest of the article has no quotations at all.`,
			[]want{{"We will keep going.", "Mark Carney"}}},
		{"scare quote gets no speaker", `Analysts have long warned of a "lost decade" for the region's economy.`,
			[]want{{"lost decade", ""}}},
		{"title of a work is not a quotation", `The band's new album, titled "Songs of Surrender", was released on Friday. The film "Oppenheimer" won seven awards.`,
			nil},
	})
}

func TestBoilerplateYieldsNoQuotes(t *testing.T) {
	body := `1. Skip to content
  2. Skip to main menu

World

Leaders agree on climate fund at summit

Leaders of "the world's largest economies" pose for a photo on Sunday. "Historic day" banner in the background.
Reuters

UN Secretary-General Antonio Guterres opened the final session. "This fund is a lifeline for the most vulnerable," Guterres said.

This browser does not support the video element.

"We did it!" says climate envoy in viral clip
02:15

Accept cookies? We use cookies to "improve your experience" on our site. Manage cookie settings.

Tags: climate, "net zero", summit

Share this article

12 Comments

Why "the grid" is the next battleground
Experts say the "real fight" over power lines has only just begun, and that
Article image
Jane Doe is a climate correspondent at the Example Times. She previously covered "energy markets" for a decade.
Read more
`
	got := parseQuotes(t, body)
	checkQuotes(t, got, []want{{"This fund is a lifeline", "Antonio Guterres"}})
	a, _ := ParseArticle("t.txt", []byte(body))
	if a.Title != "Leaders agree on climate fund at summit" {
		t.Errorf("title %q", a.Title)
	}
	if a.Outlet != "The Example Times" {
		t.Errorf("outlet %q, want the one the author bio names", a.Outlet)
	}
}

func TestHeadlines(t *testing.T) {
	for _, tc := range []struct{ body, title string }{
		{"Markets\n\nTesla shares slide after Musk warns of \"difficult year\"\n\nShares in Tesla fell 8% on Wednesday.\n", "Tesla shares slide after Musk warns of \"difficult year\""},
		{"Sport\nFootball\n\nArteta hails 'special' night as Arsenal beat Real Madrid\n\nMikel Arteta celebrates. (Photo by Stuart MacFarlane/Arsenal FC via Getty Images)\n\nArsenal won 3-0 on Tuesday night in London.\n", "Arteta hails 'special' night as Arsenal beat Real Madrid"},
		{"\"We will win,\" she said, and the crowd cheered loudly.\n", ""},
		{"Despite his support for Assad, Putin insisted on\nWednesday that ties were strong.\n", ""},
	} {
		a, err := ParseArticle("t.txt", []byte(tc.body))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tc.title {
			t.Errorf("title %q, want %q", a.Title, tc.title)
		}
		for _, q := range a.Quotes {
			if tc.title != "" && strings.Contains(tc.title, q.Text) {
				t.Errorf("the headline's %q was taken as a quotation of the article", q.Text)
			}
		}
	}
}

func TestOutletIsNeverGuessed(t *testing.T) {
	for _, body := range []string{
		"Talks in Moscow\n\nPutin met al-Sharaa, SANA reported. \"It went well,\" Putin told the BBC.\n\nPhoto: Reuters\n",
		"Talks in Moscow\n\nBy John Smith, AFP\n\nThe leaders met on Wednesday, the Associated Press reported.\n",
	} {
		a, err := ParseArticle("t.txt", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if a.Outlet != "" {
			t.Errorf("outlet %q guessed from a credit or a cited source in %q", a.Outlet, body)
		}
	}
}

func TestProblemsReported(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		fatal      error
		warning    string
	}{
		{"empty", "  \n\n", ErrEmpty, ""},
		{"binary", "abc\x00def", ErrBinary, ""},
		{"not UTF-8", "caf\xe9 au lait", ErrNotUTF8, ""},
		{"no quotes", "A headline here\n\nNobody said anything today.\n", nil, "no quotations"},
		{"unbalanced", "A headline here\n\nShe said \"this never closes.\n", nil, "unbalanced"},
		{"unknown outlet", "A headline here\n\n\"Fine,\" she said.\n", nil, "outlet unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ParseArticle("t.txt", []byte(tc.body))
			if tc.fatal != nil {
				if err == nil || !strings.Contains(err.Error(), tc.fatal.Error()) {
					t.Fatalf("err = %v, want %v", err, tc.fatal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var msgs []string
			for _, p := range a.Problems {
				msgs = append(msgs, p.Error())
			}
			if !strings.Contains(strings.Join(msgs, "\n"), tc.warning) {
				t.Errorf("problems %q, want one about %q", msgs, tc.warning)
			}
		})
	}
}

func TestSpeakersAcrossArticles(t *testing.T) {
	var arts []*Article
	for i, body := range []string{
		"Energy talks\n\nEnergy Minister Ed Miliband spoke on Monday. \"Clean power is within reach,\" Miliband said.\n",
		"Foreign policy\n\nFormer foreign secretary David Miliband spoke in New York. \"The world is watching,\" Miliband said.\n",
		"Syria talks\n\nSyrian President Ahmad al-Sharaa met Putin. \"We respect all agreements,\" al-Sharaa said.\n",
		"Syria talks again\n\nPresident Ahmed al-Sharaa of Syria spoke on Tuesday. \"We want stability,\" Sharaa said. Ahmed al-Sharaa left.\n",
		"Brief\n\n\"Sanctions must go,\" Al-Sharaa said in Damascus.\n",
	} {
		a, err := ParseArticle(string(rune('a'+i))+".txt", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	ix := NewIndex(arts)
	var got []string
	for _, q := range ix.Quotes() {
		got = append(got, q.Speaker)
	}
	want := []string{"Ed Miliband", "David Miliband", "Ahmed al-Sharaa", "Ahmed al-Sharaa", "Ahmed al-Sharaa"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("speakers %q, want %q", got, want)
	}
}
