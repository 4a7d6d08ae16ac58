package extract

import "slices"

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

// chamberOffice reports a description's modifiers holding a chamber in
// capitals: "the Senate minority leader" is an office, whose holder the
// article may have named just before without giving the role.
func chamberOffice(mods []item) bool {
	for _, w := range mods {
		if w.capitalised() && chambers[w.low] {
			return true
		}
	}
	return false
}

// variation returns who a description with a place or a party in it
// stands for: the person one of the last sentences before was about, the
// latest the article knows by no other role or by this one (mods may
// hold another: "the Florida senator and Republican presidential
// candidate"), else p, the last to hold the role. A mayor who opened
// the sentence just before is no "Republican presidential candidate".
func (a *attributor) variation(p *person, head string, mods []string, sent, pos int) *person {
	subjects := a.mainSubjectsBefore(sent, 3)
	for _, s := range subjects {
		if s == p {
			return p
		}
		if len(s.roles) == 0 || s.roles[head] || s.roles[roleSynonyms[head]] || partyMember(head) || anyOf(s.roles, mods) {
			return s
		}
	}
	// Running for office is a role besides the one held: "the
	// Republican presidential candidate" may be a senator, when the
	// article gives no other person a role it fits.
	if campaignRoles[head] && p == nil && len(subjects) > 0 {
		return subjects[0]
	}
	return p
}

// campaignRoles go with any office: a senator runs as "the Republican
// presidential candidate".
var campaignRoles = set(`candidate nominee frontrunner front-runner hopeful contender challenger`)

// anyOf reports whether roles holds any of words.
func anyOf(roles map[string]bool, words []string) bool {
	for _, w := range words {
		if roles[w] {
			return true
		}
	}
	return false
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
	return a.variation(nil, ws[n-1].low, nil, ws[0].sent, ws[0].pos), true
}

// openingWords is how far into its sentence the main clause's subject
// may stand, behind an opening phrase and titles: "Lashing out, Trump
// said", "On Friday, former Secretary of State Hillary Clinton said".
const openingWords = 8

// mainSubjectsBefore returns up to n people, the latest first, who open
// the sentences before the one starting at item sent with a person as
// their subject, in the same paragraph or the one before: the main
// clause's subject, not one further in ("Donald Trump said that … had
// Hillary Clinton congratulated him"). None further back than somebody
// the article does not name who opened a sentence since.
func (a *attributor) mainSubjectsBefore(sent, n int) []*person {
	limit := a.items[sent].pos
	type opener struct {
		p        *person
		sent, at int
	}
	var all []opener
	for _, p := range a.cast.people {
		for _, m := range p.mentions {
			if m.pos >= limit {
				break
			}
			k := a.itemAt(m.pos)
			if a.items[k].kind == itemBreak && k+1 < len(a.items) {
				k++ // the break before a paragraph stands at its first word
			}
			s := a.items[k].sent
			// "Asked whether the House would take it up, Castellano
			// shrugged": a longer opening phrase ends in a comma, and
			// its verb is none of the main clause's.
			from, opening := s, k-s <= openingWords
			if !opening && k-s <= 3*openingWords && a.items[k-1].text == "," && a.items[s].kind == itemWord {
				from, opening = k, true
			}
			if m.subject && opening && !a.toldBefore(from, k) {
				all = append(all, opener{p, s, m.pos})
			}
		}
	}
	// The latest sentence first, and in a sentence the first subject.
	slices.SortFunc(all, func(x, y opener) int {
		if x.sent != y.sent {
			return y.sent - x.sent
		}
		return x.at - y.at
	})
	var ps []*person
	stranger := limit
	for _, st := range a.cast.strangers {
		if st.pos < limit && (stranger == limit || st.pos > stranger) {
			stranger = st.pos
		}
	}
	for i, o := range all {
		if len(ps) == n || a.cast.paragraph(limit)-a.cast.paragraph(o.at) > 1 || stranger < limit && o.at < stranger {
			break
		}
		if i > 0 && all[i-1].sent == o.sent || slices.Contains(ps, o.p) {
			continue
		}
		ps = append(ps, o.p)
	}
	return ps
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
