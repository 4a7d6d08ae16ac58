package extract

import "strings"

// documentAuthor returns who wrote the document a definite description
// such as "the letter" or "the sign" at pos refers to: as the description
// says, or as the last mention of such a document that says it does,
// by whoever it says wrote it ("a letter written by
// Emma Park") or whoever it says spoke through it ("Superintendent Douglas
// Afolabi-Grant said in a letter", "their son, Sal Abruzzese, announced in
// a handwritten sign"). "" when the article does not say.
func (a *attributor) documentAuthor(head string, pos int) (string, Kind) {
	// The author may be described by another document ("the letter"
	// whose subject is "the memo's author"), which may be described by
	// this one: a chain that long names nobody.
	if a.documents > 2 {
		return "", Unknown
	}
	a.documents++
	defer func() { a.documents-- }()
	i := a.itemAt(pos)
	// The description may say it itself: "The memo, dated Feb. 3 and
	// signed by Deputy Secretary Corbin A. Wexler, says …".
	for k := i; k < len(a.items) && k <= i+3; k++ {
		if a.items[k].isWord(head) {
			if np, ok := a.writtenBy(k); ok {
				// Not "the memo read, according to a copy released by
				// the committee": who released it names nobody here.
				if name, kind := a.resolve(np); name != "" {
					return name, kind
				}
			}
			break
		}
	}
	if name, kind := a.plaintiff(head, i); name != "" {
		return name, kind
	}
	for k := i - 1; k >= 0 && k > i-400; k-- {
		if it := a.items[k]; it.kind == itemWord && it.low == head+"s" && k > 0 {
			// "a folder of letters from former students. One, from a 2009
			// graduate named Jasmine Torres, is handwritten": the one.
			if name, kind := a.oneOf(k, i); name != "" {
				return name, kind
			}
			continue
		}
		if it := a.items[k]; it.kind != itemWord || it.low != head || k == 0 {
			continue
		}
		s := a.items[k].sent
		// "written by", "a memo written in March 2014 by": the author
		// named after it; not "a letter signed by 40 local presidents",
		// who are nobody the article names.
		if np, ok := a.writtenBy(k); ok {
			if name, kind := a.resolve(np); name != "" {
				return name, kind
			}
		}
		// The verb the document is the means of: "said in a letter",
		// "wrote in a post", "posted a statement".
		for v := k - 1; v >= s && v >= k-5; v-- {
			if it := a.items[v]; it.kind == itemWord && (speechVerbs[it.low] || finiteVerb(it)) {
				if np, ok := a.subjectBefore(v, s); ok {
					if name, kind := a.resolve(np); name != "" {
						return name, kind
					}
				}
				break
			}
		}
		// "Maureen Fitzgerald, in a statement released Sunday, said": the
		// verb after the aside.
		for v := k + 1; v < len(a.items) && v <= k+20 && a.items[v].kind != itemQuote; v++ {
			if it := a.items[v]; it.kind == itemWord && speechVerbs[it.low] && !it.capitalised() && a.items[v-1].text == "," {
				if np, ok := a.subjectBefore(v, s); ok {
					if name, kind := a.resolve(np); name != "" {
						return name, kind
					}
				}
				break
			}
		}
		// "In a letter obtained by The Sentinel, Chairman Jim Brannock
		// gave …": the subject after the opening phrase.
		if openers[a.items[s].low] {
			if np, _, ok := a.sentenceSubject(sentenceEnd(a.items, k) - 1); ok {
				if name, kind := a.resolve(np); name != "" {
					return name, kind
				}
			}
		}
	}
	return "", Unknown
}

// publishing are the verbs by which somebody puts a document out: "The
// county posted on Facebook that shelters were open", then `"…," the post
// said.`
var publishing = set(`posted tweeted published issued released announced wrote sent filed cited shared`)

// publisherBefore returns who put a document out, as the nearest of the
// three sentences before item i that says so names them: the subject of
// "posted" or "announced on Facebook". It is how "the post" finds its
// author when the article never called it a post before.
func (a *attributor) publisherBefore(i int) (string, Kind) {
	s := a.items[i].sent
	for n := 0; n < 3 && s > 0; n++ {
		p := s - 1
		if a.items[p].kind == itemBreak && p > 0 {
			p--
		}
		s = a.items[p].sent
		for v := s; v <= p; v++ {
			if it := a.items[v]; it.kind != itemWord || !publishing[it.low] || it.capitalised() {
				continue
			}
			// "Video posted to social media shows": what was posted
			// is no publisher.
			if np, ok := a.subjectBefore(v, s); ok && !documents[a.items[np.to-1].low] {
				return a.resolve(np)
			}
			return "", Unknown
		}
	}
	return "", Unknown
}

// oneOfThem returns who wrote the documents "one" or "another" at item i
// stands for: the nearest plural document in the two sentences before,
// and whoever the article says sent, wrote or posted them ("a series of
// text messages Caleb Rourke sent to a friend") or they came from.
func (a *attributor) oneOfThem(i int) (string, Kind) {
	for k := i - 1; k >= 0 && k > i-80; k-- {
		it := a.items[k]
		if it.kind != itemWord || !strings.HasSuffix(it.low, "s") || !documents[strings.TrimSuffix(it.low, "s")] {
			continue
		}
		end := sentenceEnd(a.items, k)
		for j := k + 1; j < end && j <= k+6; j++ {
			w := a.items[j]
			if w.isWord("from") {
				if np, ok := a.phraseFrom(j+1, end); ok {
					return a.resolve(np)
				}
				break
			}
			if publishing[w.low] && j > k+1 && a.items[j-1].nameWord() {
				if np, ok := a.phraseEndingAt(j-1, k+1); ok {
					return a.resolve(np)
				}
				break
			}
		}
		if np, ok := a.writtenBy(k); ok {
			return a.resolve(np)
		}
		return "", Unknown
	}
	return "", Unknown
}

// owners are the determiners that say whose a document is.
var owners = set(`its their his her`)

// documentOwner reads whose document ws[start:hi+1] is when a possessive
// says so: "the group's post" is the group's, "the department's 2024
// annual report" the department's, "its latest report" the
// organisation's that "it" stands for, "her letter" the woman's.
func (a *attributor) documentOwner(ws []item, start, hi, pos int) (string, Kind) {
	switch ws[0].low {
	case "its", "their":
		if org := a.orgSubjectBefore(pos); org != "" {
			return org, Org
		}
		if org := a.cast.byIt(pos); org != "" {
			return org, Org
		}
		return "", Unknown
	case "his", "her":
		if p := a.cast.byPronoun(pos, a.items[ws[0].sent].pos, subjectPronoun[ws[0].low]); p != nil {
			return p.name, Person
		}
		return "", Unknown
	}
	for k := start; k < hi; k++ {
		if possessive(ws[k]) && !ws[k].nameWord() && orgHeads[trimPossessive(ws[k].low)] {
			owner := append([]item(nil), ws[:k+1]...)
			last := &owner[k]
			last.setWord(trimPossessive(last.text), trimPossessive(last.low))
			return a.describe(owner, pos)
		}
	}
	return "", Unknown
}

// authorship are the participles that name a document's author after "by".
var authorship = set(`written co-written signed co-signed sent drafted authored co-authored penned issued released
posted paid prepared compiled filed brought`)

// writtenBy reads the author of the document named at item k: "a letter
// written by Emma Park", "a memo written in March 2014 by Hannah Rich".
func (a *attributor) writtenBy(k int) (nounPhrase, bool) {
	end := sentenceEnd(a.items, k)
	participle := false
	for b := k + 1; b < end && b <= k+14; b++ {
		it := a.items[b]
		if it.kind == itemQuote && b > k+1 && namingVerbs[a.items[b-1].low] {
			continue // "The memo, titled "Path to 270," was written by"
		}
		if it.kind == itemQuote || it.kind == itemPunct && it.text != "," && it.text != "." {
			return nounPhrase{}, false
		}
		// "a memo sent to leaders and obtained by the Signal": who
		// obtained it did not write it.
		participle = authorship[it.low] || participle && !(it.kind == itemWord && strings.HasSuffix(it.low, "ed"))
		if it.low == "by" && participle {
			return a.phraseFrom(b+1, end)
		}
		// "a report from the Institute for Energy and Economic Growth",
		// "a letter from Emma Park": who it comes from wrote it.
		if b == k+1 && it.low == "from" && b+2 < end && (a.items[b+1].nameWord() || a.items[b+1].isWord("the") && a.items[b+2].nameWord()) {
			return a.phraseFrom(b+1, end)
		}
	}
	return nounPhrase{}, false
}

// documentBefore returns the document noun ("statement", "letter") of
// the sentence before the one holding item i, or of the one before that
// in the same paragraph: "Quince wrote a letter to the coach. The school
// framed it. It reads: …".
func (a *attributor) documentBefore(i int) string {
	s := a.items[i].sent
	for n := 0; n < 2 && s > 0; n++ {
		p := s - 1
		if a.items[p].kind == itemBreak {
			if n > 0 || p == 0 {
				return ""
			}
			p--
		}
		s = a.items[p].sent
		for k := p; k >= s; k-- {
			if it := a.items[k]; it.kind == itemWord && documents[it.low] {
				return it.low
			}
		}
	}
	return ""
}

// afterQuotation reports an attribution that follows its quotation, as
// `"…," it read.` does; "what it called" inside a sentence does not.
func (a *attributor) afterQuotation(i int) bool {
	return i > 0 && (a.items[i-1].kind == itemQuote || a.items[i-1].text == "," && i > 1 && a.items[i-2].kind == itemQuote)
}

// oneOf reads who wrote the one of the documents named at item k that the
// next sentence singles out, before item i: "One, from a 2009 graduate
// named Jasmine Torres, is handwritten", "In one, sent in July, Rich
// attached a spreadsheet".
func (a *attributor) oneOf(k, i int) (string, Kind) {
	s := sentenceEnd(a.items, k)
	if s >= i || s >= len(a.items) {
		return "", Unknown
	}
	if a.items[s].kind == itemBreak {
		s++
	}
	j := s
	if j < i && a.items[j].isWord("in") {
		j++
	}
	if j+1 >= i || !a.items[j].isWord("one") || a.items[j+1].text != "," {
		return "", Unknown
	}
	end := sentenceEnd(a.items, j)
	if j+2 < end && a.items[j+2].isWord("from") {
		if np, ok := a.phraseFrom(j+3, end); ok {
			return a.resolve(np)
		}
	}
	if np, _, ok := a.sentenceSubject(end - 1); ok {
		return a.resolve(np)
	}
	return "", Unknown
}

// plaintiff returns who brought the lawsuit or complaint that "the
// lawsuit" at item i refers to, when the article said they sued: "The
// district sued the water board in 2019. The lawsuit alleged …".
func (a *attributor) plaintiff(head string, i int) (string, Kind) {
	if head != "lawsuit" && head != "suit" && head != "complaint" && head != "petition" {
		return "", Unknown
	}
	for v := i - 1; v > 0 && v > i-200; v-- {
		if it := a.items[v]; it.kind != itemWord || it.capitalised() || it.low != "sued" && it.low != "sues" {
			continue
		}
		if np, ok := a.subjectBefore(v, a.items[v].sent); ok {
			return a.resolve(np)
		}
		break
	}
	return "", Unknown
}

// documentSender reads who put out the document a participle at k hangs
// on: `The union issued a statement saying the freeze was "reckless"`,
// `Mayor Ann Lee sent a letter to the council saying …`: the subject of
// the verb whose object the document is.
func (a *attributor) documentSender(k, s int) (nounPhrase, bool) {
	for d := k - 1; d > s && d >= k-8; d-- {
		it := a.items[d]
		if it.kind != itemWord || a.items[d].sent != a.items[k].sent {
			return nounPhrase{}, false
		}
		if !documentWord(it.low) || it.capitalised() {
			continue
		}
		for v := d - 1; v >= s && v >= d-3; v-- {
			if w := a.items[v]; w.kind == itemWord && !w.capitalised() && finiteVerb(w) {
				return a.subjectBefore(v, s)
			}
		}
		return nounPhrase{}, false
	}
	return nounPhrase{}, false
}

// authoredAside returns the comma that opens the aside closed by the
// comma at j when the aside names an author: ", filed by …,", ", signed
// by …,"; 0 when it does not.
func (a *attributor) authoredAside(j, s int) int {
	by := false
	for b := j - 1; b > s && b > j-30; b-- {
		it := a.items[b]
		if it.kind == itemQuote || it.kind == itemBreak {
			return 0
		}
		by = by || it.isWord("by")
		// ", filed in U.S. District Court in Phoenix by the Arizona
		// Coalition for Voting Access, Equity and Participation,"
		if by && authorship[it.low] && a.items[b-1].text == "," {
			return b - 1
		}
	}
	return 0
}

// penned are the participles of who wrote a document, not who put it
// out: "Clinton emails released by the State Department" are hers.
var penned = set(`written co-written authored co-authored penned drafted signed co-signed`)
