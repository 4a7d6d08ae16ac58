package quotes

import "testing"

// Cases from review: each body is a headline and article text.
func TestAttributionHardCases(t *testing.T) {
	runCases(t, []extractCase{
		{"unresolved attribution does not inherit the last speaker", "Budget talks\n\n\"We will win,\" said Bob Jones.\n\n\"We remain committed to fiscal discipline,\" the finance ministry said in a statement.\n\n\"Nobody expected this,\" one fan said.\n",
			[]want{{"We will win", "Bob Jones"}, {"We remain committed", "Finance ministry"}, {"Nobody expected this", "one fan"}}},
		{"they after people named since", "Protest\n\nResidents protested on Monday. Mark Dunn and Louise Hart met on Thursday. They said in a joint statement that the project was \"on track\".\n",
			[]want{{"on track", ""}}},
		{"she is not Mr Weber", "Talks\n\nMs Anna Roth met Mr Karl Weber on Monday. Weber said the talks went well.\n\n\"We made real progress today,\" she said.\n",
			[]want{{"We made real progress today", "Anna Roth"}}},
		{"KC after the name", "Court ruling\n\n\"The case is closed,\" said Sophie Grant KC.\n",
			[]want{{"The case is closed", "Sophie Grant"}}},
		{"person of an organisation", "Rates\n\n\"Rates must fall,\" said Professor Jane Smith of LSE. \"Inflation is sticky,\" said Tom Reed of Capital Economics.\n",
			[]want{{"Rates must fall", "Jane Smith"}, {"Inflation is sticky", "Tom Reed"}}},
		{"an official of a union", "Brussels\n\n\"We are not worried,\" a senior EU official told Reuters on condition of anonymity.\n",
			[]want{{"We are not worried", "a senior EU official"}}},
		{"title words before the name", "Alliance\n\n\"It is over,\" NATO chief Mark Rutte said. \"We will see,\" said Dr. Emma Hall.\n",
			[]want{{"It is over", "Mark Rutte"}, {"We will see", "Emma Hall"}}},
		{"the White House", "Washington\n\n\"The door is open,\" the White House said.\n",
			[]want{{"The door is open", "White House"}}},
		{"apposition naming the speaker", "Markets\n\nThe company's finance chief, David Okoro, said the firm would \"not hesitate\" to act. Kremlin spokesman Dmitry Peskov, asked about the debate, said it was \"an internal matter\".\n",
			[]want{{"not hesitate", "David Okoro"}, {"an internal matter", "Dmitry Peskov"}}},
		{"inverted verbs", "Forecast\n\n\"Prices will rise again next year,\" predicted Marta Kowalska, an economist. \"We lost our way,\" admitted captain Harry Kane.\n",
			[]want{{"Prices will rise", "Marta Kowalska"}, {"We lost our way", "Harry Kane"}}},
		{"a noun is not a cue", "Shares\n\nAnalysts at Jefferies said the warning was \"a clear sign of trouble\".\n",
			[]want{{"a clear sign of trouble", "Analysts at Jefferies"}}},
		{"a teaser mid-article does not end it", "Trams\n\nThe council approved the plan on Monday.\n\nREAD MORE: Mayor says \"no more delays\" on tram extension\n\nOpponents said the plan would \"strangle local businesses\".\n",
			[]want{{"strangle local businesses", "Opponents"}}},
		{"a caption ending in a full stop", "Cycling\n\nCyclists ride along the river path on Monday. \"We have waited years,\" one rider said.\nPhoto: Tom Baker/City News\n\nThe new path opened on Monday after three years of work.\n",
			nil},
		{"a caption after its label is no credit for the line above", "Ice storm\nCrews were working in hazardous conditions on Monday.\n\"We are seeing lines down faster than we can get to them,\" Denise Whit said.\nImage: Ice coats power lines along Highway 30 in Millbrook on Monday morning. (KVNR)\nThe utility called in 300 line workers.\n",
			[]want{{"We are seeing lines down", "Denise Whit"}}},
		{"a round-up line over a photo's credit", "Readers react\n\nWe asked readers what they thought of the debate.\n“He makes blanket statements about people he knows nothing about.”― Pamela Padil\n“Trump must stop portraying Latinos as gangsters.”― Carla Sanch.\n\nGetty/Instagram.\n\n“Maybe we can build a wall around him.” ― Steve Quinn\n\nThe debate drew 84 million viewers, a record.\n",
			[]want{{"He makes blanket statements", "Pamela Padil"}, {"Trump must stop", "Carla Sanch"}, {"Maybe we can build", "Steve Quinn"}}},
		{"straight and curly marks mixed up", "Victory\n\n“We are going to start winning again,\" Don Trumbo said at his victory party. \"You are going to be so happy.”\n\n“I heard parts of the speech,\" he said. “It told me he says \"no\" to everything.”\n",
			[]want{{"We are going to start winning again", "Don Trumbo"}, {"You are going to be so happy.", "Don Trumbo"}, {"I heard parts of the speech", "Don Trumbo"}, {"It told me he says \"no\" to everything.", "Don Trumbo"}}},
		{"a round-up's last line is no teaser", "Readers react\n\nWe asked readers what they thought of the debate on Monday night.\n\n“Maybe we can build a wall around him.” ― Steve Quinn\n",
			[]want{{"Maybe we can build", "Steve Quinn"}}},
	})
}

func TestHeaderKeepsQuotesInsideValues(t *testing.T) {
	for in, want := range map[string]string{
		`title: Putin calls talks a "great success"`: `Putin calls talks a "great success"`,
		`title: 'Hard winter' ahead, minister warns`: `'Hard winter' ahead, minister warns`,
		`title: "Quoted whole title"`:                `Quoted whole title`,
	} {
		h, _, _, err := ParseHeader("---\n" + in + "\n---\nbody")
		if err != nil || h.Title != want {
			t.Errorf("%s: title %q (%v), want %q", in, h.Title, err, want)
		}
	}
}

// Syndicated copy: the same text under two headers is two articles, with
// two sets of IDs, each reporting the other.
func TestSameTextTwoOutlets(t *testing.T) {
	body := "Talks\n\n\"We made real progress today,\" said Anna Roth.\n"
	a, _ := ParseArticle("a.txt", []byte("---\noutlet: ABC News\n---\n"+body))
	b, _ := ParseArticle("b.txt", []byte("---\noutlet: CBS News\n---\n"+body))
	ix := NewIndex([]*Article{a, b})
	qa, qb := ix.Quotes()[0], ix.Quotes()[1]
	if qa.ID == qb.ID {
		t.Fatalf("both copies have ID %s", qa.ID)
	}
	if len(qa.AlsoIn) != 1 || qa.AlsoIn[0] != qb.ID || len(qb.AlsoIn) != 1 || qb.AlsoIn[0] != qa.ID {
		t.Errorf("also_in %v and %v, want each other", qa.AlsoIn, qb.AlsoIn)
	}
	c, _ := ParseArticle("c.txt", []byte(body+"\n\n"))
	if c.Quotes[0].ID != qa.ID {
		t.Errorf("trailing blank lines changed the ID")
	}
}
