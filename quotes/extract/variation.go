package extract

// Elegant variation: news names a person in full, then calls them "the
// Florida senator" or "the Democratic frontrunner" in the next sentence,
// whether or not it ever gave them that role.

// usStateWords are the words of the names of the US states, in lower case,
// but for the "New", "North", "South" and "West" that open other names too.
var usStateWords = set(`alabama alaska arizona arkansas california colorado connecticut delaware
florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey
mexico york carolina dakota ohio oklahoma oregon pennsylvania island tennessee texas utah vermont
virginia washington wisconsin wyoming`)

// partyWords name a US party in a description.
var partyWords = map[string]byte{"democratic": 'D', "democrat": 'D', "republican": 'R', "gop": 'R',
	"independent": 'I', "libertarian": 'L'}

// chambers make an office of a description: "the Senate Democratic
// leader" is whoever holds it.
var chambers = set(`senate house assembly legislature council`)

// placeOrParty reports a description's modifiers holding a US state or a
// party in capitals: "the Florida senator", "the Republican nominee". An
// owner ("the senior Cruz
// adviser", "the State Department's inspector general") is not one.
func placeOrParty(mods []item) bool {
	for _, w := range mods {
		if possessive(w) || chambers[w.low] {
			return false
		}
	}
	for _, w := range mods {
		if _, party := partyWords[w.low]; w.capitalised() && (usStateWords[w.low] || party) {
			return true
		}
	}
	return false
}

// variation returns who a description with a place or a party in it
// stands for: the person the sentence before was about, if the article
// knows them by no other role, else p, the last to hold the role.
func (a *attributor) variation(p *person, head string, sent, pos int) *person {
	s := a.mainSubjectBefore(sent)
	if s == nil || s == p {
		return p
	}
	if len(s.roles) == 0 || s.roles[head] || s.roles[roleSynonyms[head]] || partyMember(head) {
		return s
	}
	return p
}

// partyMember reports a noun for a member of a party, which any role
// goes with: "the Iowa Republican" may be the committee's chairman.
func partyMember(w string) bool { return w == "republican" || w == "democrat" }

// partyDescription returns the person "the Iowa Republican" stands for,
// a description in capitals that would otherwise pass for a name: a US
// state, then a party's member.
func (a *attributor) partyDescription(np nounPhrase) (*person, bool) {
	ws := a.items[np.from:np.to]
	if ws[0].isWord("the") {
		ws = ws[1:]
	} else if np.from == 0 || !a.items[np.from-1].isWord("the") {
		return nil, false
	}
	n := len(ws)
	if n < 2 || !partyMember(ws[n-1].low) || !ws[n-1].capitalised() {
		return nil, false
	}
	for _, w := range ws[:n-1] {
		if !w.capitalised() || !usStateWords[w.low] && w.low != "new" && w.low != "north" && w.low != "south" && w.low != "west" {
			return nil, false
		}
	}
	return a.variation(nil, ws[n-1].low, ws[0].sent, ws[0].pos), true
}

// openingWords is how far into its sentence the main clause's subject
// may stand, behind an opening phrase and titles: "Lashing out, Trump
// said", "On Friday, former Secretary of State Hillary Clinton said".
const openingWords = 8

// mainSubjectBefore returns the person who opens the last sentence before
// the one starting at item sent to open with a person as its subject, in
// the same paragraph or the one before: the main clause's subject, not
// one further in ("Donald Trump said that … had Hillary Clinton
// congratulated him"). Nobody, when somebody the article does not name
// opened a sentence since.
func (a *attributor) mainSubjectBefore(sent int) *person {
	limit := a.items[sent].pos
	var best *person
	bestSent, bestPos := -1, -1
	for _, p := range a.cast.people {
		for _, m := range p.mentions {
			if m.pos >= limit {
				break
			}
			k := a.itemAt(m.pos)
			s := a.items[k].sent
			// "Asked whether the House would take it up, Castellano
			// shrugged": a longer opening phrase ends in a comma, and
			// its verb is none of the main clause's.
			from, opening := s, k-s <= openingWords
			if !opening && k-s <= 3*openingWords && a.items[k-1].text == "," && a.items[s].kind == itemWord {
				from, opening = k, true
			}
			if !m.subject || !opening || a.toldBefore(from, k) {
				continue
			}
			if s > bestSent || s == bestSent && m.pos < bestPos {
				best, bestSent, bestPos = p, s, m.pos
			}
		}
	}
	if best == nil || a.cast.paragraph(limit)-a.cast.paragraph(bestPos) > 1 {
		return nil
	}
	for _, st := range a.cast.strangers {
		if st.pos > bestPos && st.pos < limit {
			return nil
		}
	}
	return best
}

// toldBefore reports a speech verb in items[from:to]: in `"…," the
// retired surgeon told REVOLT TV`, what follows the verb is no subject.
func (a *attributor) toldBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if a.isVerb(k) {
			return true
		}
	}
	return false
}
