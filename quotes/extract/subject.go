package extract

import "strings"

// The subject of a quotation's sentence is the weakest attribution, tried
// last when no speech verb gives the words to anybody: the person the
// sentence is about is the one whose words it quotes.

// clauseSubject reads the named subject of the nearest verb before the
// quotation in its sentence: `…, while Mike Huckabee, the former Arkansas
// governor, proposed we "wake up and smell the falafel"`.
func (a *attributor) clauseSubject(qi int) (nounPhrase, string, bool) {
	s := a.items[qi].sent
	for k := qi - 1; k > s && k >= qi-25; k-- {
		it := a.items[k]
		if it.kind == itemQuote || it.kind == itemPunct && (it.text == ";" || it.text == ":") {
			break
		}
		if !finiteVerb(it) {
			continue
		}
		np, ok := a.subjectBefore(k, s)
		if !ok {
			continue
		}
		// A single word opening the sentence is a name only if the article
		// names somebody by it: "Will, a first-time candidate, … cast".
		last := a.items[np.to-1]
		known := last.nameWord() && a.cast.byName(last.text, last.pos) != nil
		opening := np.to-np.from == 1 && np.from == s
		if known || last.nameWord() && !commonNoun(last.low) && !opening || last.low == "he" || last.low == "she" {
			return np, it.low, true
		}
	}
	return nounPhrase{}, "", false
}

// sentenceSubject reads the subject that opens the quotation's sentence:
// `Trump likened the refugees to a "vicious snake"`, `In July, Gingrich
// dismissed Estonia as the "suburbs of St. Petersburg"`.
func (a *attributor) sentenceSubject(qi int) (nounPhrase, string, bool) {
	s := a.items[qi].sent
	i := a.pastLabel(s, qi)
	// An opening phrase before the subject: "In July,", "At a rally,", `On
	// "Face the Nation,"`.
	if a.items[i].kind == itemWord && openers[a.items[i].low] {
		k := i + 1
		for k < qi && k < i+24 && a.items[k].kind == itemWord {
			k++
		}
		switch {
		case k < qi && a.items[k].text == ",":
			i = k + 1
			// "Following a swiftly called, late-afternoon meeting, the
			// Security Council issued": the phrase may hold a comma.
			if _, _, ok := a.subjectFrom(i, qi); !ok {
				if n := a.nextComma(i, qi, 8); n > 0 {
					if np, cue, ok := a.subjectFrom(n+1, qi); ok {
						return np, cue, true
					}
				}
			}
		case k+1 < qi && a.items[k].kind == itemQuote && a.items[k+1].kind == itemWord:
			i = k + 1 // the comma went with the title's closing mark
		default:
			return nounPhrase{}, "", false
		}
	}
	np, cue, ok := a.subjectFrom(i, qi)
	// "Eighty years after that, Ross Perot won …, warning of the "giant
	// sucking sound"": a short opening phrase that names nobody.
	if n := a.nextComma(i, qi, 8); n > 0 && a.items[i].kind == itemWord && (!ok || np.to <= n && !a.names(np)) {
		if np, cue, ok := a.subjectFrom(n+1, qi); ok {
			return np, cue, true
		}
	}
	return np, cue, ok
}

// names reports whether a phrase can name a speaker: it ends in a name,
// a pronoun or a word that heads a description of somebody.
func (a *attributor) names(np nounPhrase) bool {
	last := a.items[np.to-1]
	return np.to-np.from > 1 && last.nameWord() || isPronoun(last.low) || descriptionHead(last.low)
}

// pastLabel returns where a sentence starting at s begins past a label
// in capitals set off by a dash or a colon, as newsletters write their
// sections: "ON THE OTHER SIDE OF THE DOME — Senate Minority Leader
// Rosalind Tate put out a statement".
func (a *attributor) pastLabel(s, qi int) int {
	// "• Former Lt. Gov. Raymond Kessel launched …": a round-up's bullet.
	for s < qi && a.items[s].kind == itemPunct && bullets[a.items[s].text] {
		s++
	}
	k := s
	for k < qi && a.items[k].kind == itemWord && upperCase(a.items[k].text) && a.items[k].capitalised() {
		k++
	}
	caps := k - s
	// A dateline: "WASHINGTON —", "WASHINGTON (AP) —".
	if caps >= 1 && k+3 < qi && a.items[k].text == "(" && a.items[k+2].text == ")" {
		k += 3
	}
	if k+1 < qi && (caps >= 2 && (a.items[k].text == "—" || a.items[k].text == ":") || caps >= 1 && len(a.items[s].text) >= 3 && a.items[k].text == "—") {
		return k + 1
	}
	return s
}

// bullets open the items of a list.
var bullets = set(`• · ▪ ► ■ ◆ * -`)

// subjectFrom reads the subject of a clause that starts at item i.
func (a *attributor) subjectFrom(i, qi int) (nounPhrase, string, bool) {
	if i >= qi || a.items[i].kind != itemWord {
		return nounPhrase{}, "", false
	}
	if np, cue, ok := a.plainSubject(i, qi); ok {
		return np, cue, true
	}
	return a.describedSubject(i, qi)
}

// nextComma returns the first comma in items[i:qi] within n words, or -1.
func (a *attributor) nextComma(i, qi, n int) int {
	for k := i; k < qi && k < i+n; k++ {
		if a.items[k].text == "," {
			return k
		}
		if a.items[k].kind != itemWord {
			break
		}
	}
	return -1
}

// plainSubject reads a name that opens the clause at i and the verb right
// after it: "Trump likened", "Sen. Bernie Sanders (I-Vt.) visited".
func (a *attributor) plainSubject(i, qi int) (nounPhrase, string, bool) {
	k := i
	pronoun := false
	if base, contracted := pronounBase(a.items[i].low); pronouns[base] && base != "it" && base != "we" && base != "i" {
		if contracted && i+1 < qi && a.items[i+1].kind == itemWord {
			return nounPhrase{i, i + 1}, a.items[i+1].low, true // "He’s claiming"
		}
		k, pronoun = i+1, true
	} else {
		for k < qi && (a.items[k].kind == itemWord && (a.items[k].nameWord() || k > i && joinsName(a.items, k)) || k > i && commaInName(a.items, k)) {
			k++
		}
	}
	if k == i || k >= qi || determiners[a.items[i].low] || k == i+1 && !pronoun && commonNoun(a.items[i].low) {
		return nounPhrase{}, "", false
	}
	v := k
	if a.items[v].text == "(" {
		// "Sen. Bernie Sanders (I-Vt.) visited": past the party tag.
		for v < qi && v < k+8 && a.items[v].text != ")" {
			v++
		}
		v++
	}
	if v >= qi {
		return nounPhrase{}, "", false
	}
	if w := a.items[v].low; (strings.HasSuffix(w, "ly") && !lyNouns[w] || skipBeforeVerb[w] && !auxiliaries[w]) && v+1 < qi {
		v++ // "Gingrich cynically dismissed", "She also admonished"
	}
	if !finiteVerb(a.items[v]) {
		return nounPhrase{}, "", false
	}
	return nounPhrase{i, k}, a.items[v].low, true
}

// describedSubject reads a subject that is more than a name: "The United
// Nations Security Council on Friday made", "Democratic nominee Hillary
// Clinton chimed in", "Another critic, Laurence H. Tribe, likened", "Aaron
// Kall, the director of debate at the university, compared". The clause's
// first verb is found and its subject read back from it, which must reach
// the clause's start.
func (a *attributor) describedSubject(i, qi int) (nounPhrase, string, bool) {
	relative := false // inside ", who lost the primaries to Clinton,"
	apposition := false
	for v := i + 1; v < qi && v < i+40; v++ {
		it := a.items[v]
		if it.kind == itemQuote || it.kind == itemPunct && (it.text == ";" || it.text == ":") {
			break
		}
		switch {
		case it.text == ",":
			relative = false
			apposition = !apposition
		case (a.items[v-1].text == "," || apposition) && (it.low == "who" || it.low == "which"):
			// ", who lost …," and ", an at-large member who voted yes,"
			relative = true
		}
		if relative || !finiteVerb(it) || determiners[a.items[v-1].low] {
			continue // "the streets" is no verb
		}
		np, ok := a.subjectBefore(v, i)
		if !ok && strings.HasSuffix(a.items[i+1].low, "ing") && descriptionHead(a.items[i].low) {
			// "Protesters marching through the streets chanted".
			np, ok = nounPhrase{i, i + 1}, true
		}
		if !ok || !a.opensClause(i, np) {
			break
		}
		last := a.items[np.to-1]
		if Stopwords[last.low] || !last.nameWord() && !descriptionHead(last.low) || !a.namesSomebody(i, np) && !speechVerbs[it.low] {
			// "That was", "Analysts have long warned of a \"lost decade\"";
			// but protesters who chant are speakers.
			break
		}
		return np, it.low, true
	}
	return nounPhrase{}, "", false
}

// namesSomebody reports whether np, a subject at the clause start i, holds
// a name: a capitalised word that is not only capitalised because it opens
// the sentence. Scare quotes hang on unnamed analysts and critics.
func (a *attributor) namesSomebody(i int, np nounPhrase) bool {
	for k := np.from; k < np.to; k++ {
		if it := a.items[k]; it.nameWord() && (k > i || !commonNoun(it.low)) {
			return true
		}
	}
	// "A federal judge on Thursday blocked …" when the article names the
	// judge: a role that fits somebody in the cast.
	head := a.items[np.to-1]
	if !personRoles[head.low] {
		return false
	}
	var mods []string
	for _, w := range a.items[np.from : np.to-1] {
		if !determiners[w.low] {
			mods = append(mods, w.low)
		}
	}
	return a.cast.byDescription(mods, head.low, head.pos) != nil
}

// opensClause reports whether np is the subject that starts at i: it starts
// there, or it is the apposition naming the description that does ("Another
// critic, Laurence H. Tribe,").
func (a *attributor) opensClause(i int, np nounPhrase) bool {
	if np.from == i || np.from == i+1 && determiners[a.items[i].low] {
		return true
	}
	if np.from-1 > i && a.items[np.from-1].text == "," {
		// A description, then the name: "His former partner at Lenox,
		// Lawrence B. Cummings,".
		for k := i; k < np.from-1; k++ {
			if a.items[k].kind != itemWord || finiteVerb(a.items[k]) || speechVerbs[a.items[k].low] {
				return false
			}
		}
		return np.from-1-i <= 12
	}
	for k := i; k < np.from; k++ {
		if a.items[k].kind != itemWord {
			return false
		}
		if Stopwords[a.items[k].low] && !(k == i && determiners[a.items[k].low]) || finiteVerb(a.items[k]) {
			return false
		}
	}
	// "Democratic presidential nominee Hillary Clinton": roles before the name.
	before := a.items[np.from-1].low
	return honorifics[before] || personRoles[before]
}

// finiteVerb reports a lower-case word that can be the verb after a
// subject: a past or third-person form, or one of the common irregulars.
func finiteVerb(it item) bool {
	if it.kind != itemWord || it.capitalised() || it.is(classStopword) && !it.is(classAuxiliary|classSpeechVerb) {
		return false
	}
	w := it.low
	// descriptionHead(w), genericOrgHeads and pluralPlaces, by class.
	if it.is(classPersonRole|classGroupHead|classPluralNoun) || strings.HasSuffix(w, "-year-old") || w == "family" || w == "local" {
		return false // "officials", "analysts", "Taylor counties": plural nouns
	}
	return it.is(classAuxiliary|classIrregularVerb) || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s"))
}

// commonNoun reports a word that, capitalised at the start of a sentence,
// is no name: "Analysts have long warned of a …".
func commonNoun(w string) bool {
	return Stopwords[w] || groupHeads[w] || personRoles[w] || anonymousHeads[w] || orgHeads[w] || genericOrgHeads[w]
}
