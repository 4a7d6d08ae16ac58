package extract

import "sort"

// Whether "he" or "she" can stand for somebody decides which of the people
// in play a pronoun refers to: `Denise Young … Russell Young Jr. … "…,"
// she said` is Denise Young's, whoever was named last. An article tells
// it in four ways, from the surest: a title (Mr., Ms.), a gendered noun
// by the name (a mother of two, Councilwoman, his daughter, Emma), the
// first name, and the pronouns the article itself uses of the person.

// gendered are nouns that tell a person's gender when they stand before
// the name or in an apposition after it.
var gendered = genderList(`father husband son grandfather grandson brother uncle nephew widower boy man
spokesman chairman congressman businessman councilman alderman assemblyman boyfriend dad stepfather
stepson king prince priest monk actor sir patriarch father-in-law son-in-law brother-in-law`, `mother wife daughter grandmother granddaughter sister aunt
niece widow girl woman spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman
assemblywoman girlfriend mom mum stepmother stepdaughter queen princess nun actress waitress hostess
lady madam deaconess heiress duchess matriarch sorority-sister mother-in-law daughter-in-law
sister-in-law`)

// appositionEnds end an apposition after a name before any noun in it
// can say the named person's gender.
var appositionEnds = set(`whose who and with her his their`)

// malePronouns and femalePronouns are the pronouns that count as the
// article's word on a person's gender.
var (
	malePronouns   = set(`he him his himself`)
	femalePronouns = set(`she her hers herself`)
	// subjectPronoun is the subject form of "his" and "her".
	subjectPronoun = map[string]string{"his": "he", "her": "she"}
)

// genderFits reports whether somebody of gender g (0 for unknown) can be
// the pronoun: "she" is no man, "they" and an unknown gender fit anyone.
func genderFits(g byte, pronoun string) bool {
	pg := pronounGender(pronoun)
	return g == 0 || pg == 0 || g == pg
}

// pronounGender returns the gender a pronoun tells, 0 for none.
func pronounGender(w string) byte {
	switch {
	case malePronouns[w]:
		return 'm'
	case femalePronouns[w]:
		return 'f'
	}
	return 0
}

// assignGenders gives each person without a title that tells their gender
// the gender a gendered noun, their first name or the article's pronouns
// tell, in that order.
func (c *cast) assignGenders(items []item) {
	votes := c.pronounVotes(items)
	for _, p := range c.people {
		if p.gender != 0 {
			continue
		}
		if g := nounGender(items, p); g != 0 {
			p.gender = g
			continue
		}
		if first, _ := firstFolded(p.name); givenName(first) != 0 {
			p.gender = givenName(first)
			continue
		}
		switch v := votes[p]; {
		case v[0] > 0 && v[1] == 0:
			p.gender = 'm'
		case v[1] > 0 && v[0] == 0:
			p.gender = 'f'
		}
	}
}

// nounGender reads the gendered nouns around a person's mentions in full:
// lower-case words just before the name ("grandmother Ruth Ames"), the
// noun an apposition names them by ("his daughter, Emma Park"), or an
// apposition after it ("Ana Cruz, a mother of two,").
func nounGender(items []item, p *person) byte {
	for _, m := range p.mentions {
		i := itemIndex(items, m.pos)
		if i+1 < len(items) && items[i].kind == itemBreak {
			i++ // a paragraph's break stands at its first word's offset
		}
		if i >= len(items) || !items[i].nameWord() {
			continue
		}
		from := i
		if i > 0 && items[i-1].text == "," {
			from = i - 1
		}
		// "a spokesman for Ms. Marsh" is not what she is.
		for k := from - 1; k >= 0 && k >= from-2 && items[k].kind == itemWord && !items[k].capitalised() && !prepositions[items[k].low]; k-- {
			if g := gendered[items[k].low]; g != 0 {
				return g
			}
		}
		j := runAt(items, i).to
		if agedAt(items, j) && items[j+2].text == "," {
			j += 2 // "Willie Mae Hollins, 79, a deaconess": past the age
		}
		if j >= len(items) || items[j].text != "," {
			continue
		}
		for k := j + 1; k < len(items) && k <= j+8 && items[k].kind == itemWord; k++ {
			if appositionEnds[items[k].low] || items[k].is(classSpeechVerb) || isPronoun(items[k].low) {
				// "Kenji Yamamoto-Ellis, whose daughter is too young": hers;
				// "Dwayne, said he and his wife stopped", "Nora Bishop, 34,
				// and her brother": no apposition says what they are.
				break
			}
			if g := gendered[items[k].low]; g != 0 {
				return g
			}
		}
	}
	return 0
}

// pronounVotes counts, for each person, the male and female pronouns
// that can only stand for them: those after their mention in a sentence
// that mentions nobody else, and a "he" or "she" opening the next
// sentence when that one names nobody.
func (c *cast) pronounVotes(items []item) map[*person][2]int {
	type at struct {
		item int
		p    *person
	}
	var ms []at
	for _, p := range c.people {
		for _, m := range p.mentions {
			i := itemIndex(items, m.pos)
			if i+1 < len(items) && items[i].kind == itemBreak {
				i++ // the paragraph's first word, not its break
			}
			ms = append(ms, at{i, p})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].item < ms[j].item })
	votes := map[*person][2]int{}
	vote := func(p *person, it *item) {
		g := 0
		switch {
		case it.is(classMalePronoun):
		case it.is(classFemalePronoun):
			g = 1
		default:
			return // most words: no pronoun, and p's votes not looked up
		}
		v := votes[p]
		v[g]++
		votes[p] = v
	}
	for k := 0; k < len(ms); {
		end := max(sentenceEnd(items, ms[k].item), ms[k].item+1)
		p, first, alone := ms[k].p, ms[k].item, true
		for k < len(ms) && ms[k].item < end {
			alone = alone && ms[k].p == p
			k++
		}
		if !alone {
			continue
		}
		for i := first + 1; i < end; i++ {
			if items[i].kind == itemWord {
				vote(p, &items[i])
			}
		}
		next := end
		if next < len(items) && items[next].kind == itemBreak {
			next++
		}
		if next < len(items) && (k == len(ms) || ms[k].item >= sentenceEnd(items, next)) {
			vote(p, &items[next])
		}
	}
	return votes
}

// itemIndex returns the index of the first item at or after byte offset pos.
func itemIndex(items []item, pos int) int {
	return sort.Search(len(items), func(i int) bool { return items[i].pos >= pos })
}
