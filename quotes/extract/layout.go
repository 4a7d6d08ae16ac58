package extract

import "strings"

// label reads the attributions of round-up layouts, where a name labels
// the quotation instead of a speech verb: `Nina Calder, The Ledger: "…"`,
// and a paragraph holding nothing but a name above the quotation.
func (a *attributor) label(qi int) (nounPhrase, string, bool) {
	if qi == 0 {
		return nounPhrase{}, "", false
	}
	prev := a.items[qi-1]
	switch {
	case prev.kind == itemPunct && prev.text == ":":
		s := a.items[qi].sent
		if np, ok := a.nameLabel(s, qi-1); ok {
			return np, ":", true
		}
		// "Pollsters agree - Carl Bialik:", "Williamson concludes:".
		if np, ok := a.nameBeforeColon(s, qi-1); ok {
			return np, ":", true
		}
		// "… reject the term. Clinton: "…"": a surname the article knows.
		if n := a.items[s]; qi-2 == s && n.nameWord() && a.cast.byName(n.text, n.pos) != nil {
			return nounPhrase{s, s + 1}, ":", true
		}
		if np, ok := a.labelWithAside(s, qi-1); ok {
			return np, ":", true
		}
		if np, ok := a.ownerBeforeColon(s, qi-1); ok {
			return np, ":", true
		}
		if np, ok := a.senderBeforeColon(s, qi-1); ok {
			return np, ":", true
		}
	case prev.kind == itemBreak:
		// The paragraph before, a name and nothing else.
		end := qi - 1
		start := end
		for start > 0 && a.items[start-1].kind != itemBreak {
			start--
		}
		if np, ok := a.nameLabel(start, end); ok && np.to == end {
			return np, "—", true
		}
		// `Harlan Taxpayers Alliance, in a statement:` on a line of its
		// own, the quotation on the next.
		if end-1 > start && a.items[end-1].text == ":" {
			if np, ok := a.labelWithAside(start, end-1); ok {
				return np, ":", true
			}
		}
		// A name line, then a line with the role: `Fergus MacAlister`,
		// `Head of rates strategy, Bell & Munro`, then the quotation.
		if start > 1 && end-start <= 12 && a.items[start-1].kind == itemBreak && !a.hasSentenceEnd(start, end) {
			from := start - 1
			for from > 0 && a.items[from-1].kind != itemBreak {
				from--
			}
			if np, ok := a.nameLabel(from, start-1); ok && np.to == start-1 {
				return np, "—", true
			}
		}
	}
	return nounPhrase{}, "", false
}

// nameLabel reports whether items[from:to] is a name standing as a label:
// two to four name words, then nothing, or a comma and an affiliation, or
// a handle in brackets.
func (a *attributor) nameLabel(from, to int) (nounPhrase, bool) {
	if from >= to || to-from > 12 {
		return nounPhrase{}, false
	}
	// "— Republican presidential nominee Grant Halvorsen, at a rally":
	// roles before the name.
	for from+2 < to && a.items[from].kind == itemWord && labelRole(a.items[from].low) {
		from++
	}
	k := from
	for k < to && a.items[k].kind == itemWord && (a.items[k].nameWord() || k > from && joinsName(a.items, k)) {
		k++
	}
	if !isNameRun(a.items[from:k]) || shouting(a.items[from:to]) {
		// "QUOTE OF THE WEEK", "OVERHEARD IN THE HALLS": a newsletter's
		// section, not who speaks.
		return nounPhrase{}, false
	}
	for _, it := range a.items[k:to] {
		if it.kind == itemQuote || it.kind == itemWord && (speechVerbs[it.low] || speechParticiples[it.low]) {
			return nounPhrase{}, false
		}
	}
	if k < to && a.items[k].text != "," && a.items[k].text != "(" {
		return nounPhrase{}, false
	}
	return nounPhrase{from, k}, true
}

// labelRole reports a word of a role before a round-up's name: a title,
// an office, a party.
func labelRole(w string) bool {
	return honorifics[w] || personRoles[w] || isTitleWord(w) || notGiven[w] || nationalities[w] != "" || roleModifiers[w]
}

// roleModifiers stand in a role before its noun: "presidential nominee".
var roleModifiers = set(`presidential former state vice deputy assistant acting chief senior top interim`)

// labelWithAside reads a round-up's label that ends in a colon at c: who
// speaks, roles before the name allowed, then after a comma where or how
// they said it — `County Executive Dolores Kingsley:`, `State Sen. Marcus
// Whitfield Jr., on X:`, `Riverhawks manager Luis Ortega, before the
// game:`. No verb of saying and no end of a sentence: a line of running
// text is read by the rules for sentences.
func (a *attributor) labelWithAside(s, c int) (nounPhrase, bool) {
	if c-s > 30 || c <= s {
		return nounPhrase{}, false
	}
	comma := c
	for k := s; k < c; k++ {
		if a.items[k].text == "," {
			comma = k
			break
		}
	}
	if comma-s > 8 || comma == s || !a.items[comma-1].nameWord() || shouting(a.items[s:comma]) {
		return nounPhrase{}, false // "THE CLAIM:" is a fact check's heading
	}
	// A round-up's label opens its paragraph; within one, a sentence may
	// too give somebody named before the words, doing something:
	// "Hale-Dunmore, raising a glass: "…"".
	if s > 0 && a.items[s-1].kind != itemBreak && !(comma+1 < c && strings.HasSuffix(a.items[comma+1].low, "ing") && a.cast.byName(joinWords(a.items[s:comma]), a.items[s].pos) != nil) {
		return nounPhrase{}, false
	}
	for k := s; k < c; k++ {
		it := a.items[k]
		switch {
		case it.kind == itemQuote && k > comma && fieldsUpTo(a.quoteText(k), 3):
			// `known around Dorsey Field as "Big Ed":` names, not words.
		case it.kind == itemQuote || it.kind == itemBreak:
			return nounPhrase{}, false
		case it.kind == itemPunct && (it.text == "." || it.text == "?" || it.text == "!"):
			return nounPhrase{}, false
		case it.isWord("asked") && k == comma+1:
			// "Banks, asked after the vote about the critics:"
		case it.kind == itemWord && speechVerbs[it.low] && (k < comma || !it.capitalised()):
			return nounPhrase{}, false // "Stated Stam:" is read as a verb and its subject
		case k < comma && (it.kind != itemWord || finiteVerb(it) || Stopwords[it.low] && !orgConnectors[it.low] && !(k == s && determiners[it.low])):
			return nounPhrase{}, false // "In Houston, residents:" is no label
		}
	}
	np := nounPhrase{s, comma}
	if name, _ := a.resolve(np); name == "" {
		return nounPhrase{}, false
	}
	return np, true
}

// nameBeforeColon reads `… — Name:` and `Name verb:` just before a colon
// at c that introduces a quotation.
func (a *attributor) nameBeforeColon(s, c int) (nounPhrase, bool) {
	k := c - 1
	verb := k >= s && finiteVerb(a.items[k])
	if verb {
		k--
	}
	to := k + 1
	for k >= s && a.items[k].kind == itemWord && (a.items[k].nameWord() || k > s && joinsName(a.items, k)) {
		k--
	}
	from := k + 1
	if from >= to || !verb && !(k >= s && a.items[k].text == "—" || k >= s && a.items[k].text == "-") || determiners[a.items[from].low] {
		return nounPhrase{}, false
	}
	if to-from == 1 && (commonNoun(a.items[from].low) || from == s && !verb) {
		return nounPhrase{}, false
	}
	return nounPhrase{from, to}, true
}

// ownerBeforeColon reads whose words a short clause before the colon at
// c says follow: "Clinton's response was:", "From Bush's Facebook
// post:", "Here's Clinton in December 1992:". The clause opens the
// sentence at s.
func (a *attributor) ownerBeforeColon(s, c int) (nounPhrase, bool) {
	if c-s > 10 || c-s < 2 {
		return nounPhrase{}, false
	}
	k := s
	if a.items[k].isWord("from") {
		k++
	}
	if a.items[k].low == "here's" || a.items[k].low == "here’s" || a.items[k].isWord("here") && k+1 < c && a.items[k+1].isWord("is") {
		if a.items[k].isWord("here") {
			k++
		}
		if np, ok := a.nameRunAt(k+1, c); ok {
			return np, true
		}
		return nounPhrase{}, false
	}
	// A name in the possessive, then what it said: "response", "post".
	for j := k; j < c; j++ {
		if it := a.items[j]; possessive(it) && it.nameWord() && j+1 < c && saidNouns[a.items[j+1].low] || possessive(it) && it.nameWord() && j+2 < c && documents[a.items[j+2].low] {
			from := j
			for from > k && a.items[from-1].nameWord() {
				from--
			}
			return nounPhrase{from, j + 1}, true
		}
	}
	return nounPhrase{}, false
}

// senderBeforeColon reads who sent the document a sentence names
// before the colon at c: "a text message he received from a former
// crewmate, Tasha Billings, during the 2024 season:". A speech verb in
// the sentence says who speaks instead.
func (a *attributor) senderBeforeColon(s, c int) (nounPhrase, bool) {
	for d := s; d < c; d++ {
		it := a.items[d]
		if it.kind == itemWord && (speechVerbs[it.low] || speechParticiples[it.low]) {
			return nounPhrase{}, false
		}
		if it.kind != itemWord || !documents[it.low] && it.low != "text" {
			continue
		}
		for f := d + 1; f < c && f <= d+5; f++ {
			if a.items[f].isWord("from") {
				return a.phraseFrom(f+1, c)
			}
		}
	}
	return nounPhrase{}, false
}

// saidNouns are what somebody's words are called: "Clinton's response
// was:".
var saidNouns = set(`response reply answer words message statement remarks comment verdict`)

// nameRunAt reads the name words from item i, before c.
func (a *attributor) nameRunAt(i, c int) (nounPhrase, bool) {
	j := i
	for j < c && a.items[j].kind == itemWord && a.items[j].nameWord() {
		j++
	}
	return nounPhrase{i, j}, j > i
}

// hasSentenceEnd reports a quotation or a full stop, question or
// exclamation mark in items[from:to]: a line of running text, not a label.
func (a *attributor) hasSentenceEnd(from, to int) bool {
	for _, it := range a.items[from:to] {
		if it.kind == itemQuote || it.kind == itemPunct && (it.text == "." || it.text == "?" || it.text == "!") {
			return true
		}
	}
	return false
}
