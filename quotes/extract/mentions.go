package extract

import (
	"slices"
	"strconv"
	"strings"
)

// newCast reads the people an article names, in full, by surname, by
// first name or by description, and the organisations and groups it
// names, with every mention of them. lower holds the words items writes
// in lower case.
func newCast(items []item, lower *lowerWords) *cast {
	c := &cast{at: map[int]*person{}, surnames: map[string][]*person{}, items: items, lower: *lower, places: placesIn(items)}
	// Paragraphs first: a description ("the 34-year-old") reaches back
	// no further than the paragraph before, and a surname alone is told
	// apart by who its paragraph named (nearerBearer).
	for i := range items {
		if items[i].kind == itemBreak {
			c.breaks = append(c.breaks, items[i].pos)
		}
	}
	checked, headline := -1, false // the sentence last asked about, and whether it is a headline
	for i := 0; i < len(items); i++ {
		if !items[i].nameWord() || items[i].is(classDeterminer) {
			continue // "The American Red Cross" is no name with "The" in it
		}
		if s := items[i].sent; s != checked {
			checked, headline = s, headlineCase(items, s)
		}
		if headline {
			continue // "GOP Senator Torches Dems' Grid Bill" names nobody "Torches Dems"
		}
		if items[i].sent == i && items[i].is(classInvertedVerb|classOpener) && i+1 < len(items) && items[i+1].nameWord() {
			continue // "Continued Stone:", "Neither Alan Grayson nor …": the name starts after
		}
		r := runAt(items, i)
		if placeList(items, r) {
			i = r.to - 1 // "Faulkner, Van Buren and Searcy Counties": places
			continue
		}
		if signOff(items, r) {
			i = r.to - 1 // "— Rosa Delgado" under a live blog's post: its reporter, no one in the story
			continue
		}
		i = c.readRun(items, r)
	}
	c.readDescriptions(items)
	c.readAnonymous(items)
	c.readIndefiniteSubjects(items)
	c.readGroups(items)
	c.readApposedOrgs(items)
	c.readOwnedOrgs(items)
	c.readNamedDescriptions(items)
	c.assignGenders(items)
	// Relatives are told apart by gender ("her husband"), known only now.
	c.readRelatives(items)
	return c
}

// placeList reports a name run in a list that a plural place noun ends:
// "to Faulkner, Van Buren and Searcy Counties", "in Orleans and
// Jefferson parishes".
func placeList(items []item, r nameRun) bool {
	for k := r.to; k < len(items) && k < r.to+6; k++ {
		it := items[k]
		switch {
		case pluralPlaceNouns[it.low]:
			return k > r.to
		case it.text == "," || it.isWord("and") || it.nameWord():
		default:
			return false
		}
	}
	return false
}

// pluralPlaceNouns end a list of places.
var pluralPlaceNouns = set(`counties parishes townships boroughs districts states`)

// signOff reports a name alone in its paragraph after a dash, as a live
// blog signs each post with its reporter's name; not under a quotation,
// where the dash credits its speaker ("QUOTE OF THE WEEK").
func signOff(items []item, r nameRun) bool {
	d := r.from - 1
	if d < 0 || items[d].text != "—" && items[d].text != "–" || d > 0 && items[d-1].kind != itemBreak {
		return false
	}
	if d >= 2 && (items[d-2].kind == itemQuote || d >= 3 && items[d-2].kind == itemPunct && items[d-3].kind == itemQuote) {
		return false
	}
	return r.to == len(items) || items[r.to].kind == itemBreak
}

// readRun reads the run of name words r: an organisation, a person named
// in full, or a surname or first name of somebody, and returns the index
// of its last item.
func (c *cast) readRun(items []item, r nameRun) int {
	if t := titleAfterOrg(items, r); t > r.from {
		// "Office of Management and Budget Director Theodore Park":
		// the organisation, then the title and who holds it.
		c.noteOrg(orgRun(items[r.from:t]), items[r.from].pos)
		r.from = t
	}
	if org := orgRun(items[r.from:r.to]); org != "" && r.to-r.from > 1 && !titledSurname(items, r, &c.lower) {
		// "the group" is this council too when an apposition says so.
		c.noteOrgAs(org, items[r.from].pos, apposedOrgHead(items, r.to))
		return r.to - 1
	}
	if head := selfNamedHead(items, r); head != "" {
		// "A group of residents calling itself Piney Grove Neighbors":
		// an organisation, and "the group".
		c.noteOrgAs(joinWords(items[r.from:r.to]), items[r.from].pos, head)
		return r.to - 1
	}
	if r.to < len(items) && items[r.to].isWord("union") && r.to-r.from >= 2 && strings.HasSuffix(items[r.to-1].low, "s") {
		// "the United Metal and Foundry Workers union": its members'
		// name, and "the union" later.
		c.noteOrg(joinWords(items[r.from:r.to]), items[r.from].pos)
		return r.to - 1
	}
	if unionLocal(items, r) {
		// "Food Processing and Allied Workers Local 412".
		c.noteOrg(joinWords(items[r.from:r.to])+" "+items[r.to].text, items[r.from].pos)
		return r.to
	}
	name, roles, nation, former := splitTitles(items, r, &c.lower)
	// Lower-case roles just before the run: "dictator Bashar al-Assad".
	for j := r.from - 1; j >= 0 && j >= r.from-3 && items[j].kind == itemWord && !items[j].capitalised(); j-- {
		w := items[j].low
		if items[j].is(classPersonRole) {
			roles = append(roles, w)
		} else if w == "former" || w == "late" {
			former = true
		} else if !items[j].is(classNationality) && !strings.HasSuffix(w, "'s") {
			break
		}
	}
	// "Russia's Deputy Prime Minister, Alexander Novak": titles, then a
	// comma, then the name.
	if len(name) == 0 && r.to+1 < len(items) && items[r.to].text == "," && items[r.to+1].nameWord() {
		r2 := runAt(items, r.to+1)
		if n2, roles2, nation2, _ := splitTitles(items, r2, &c.lower); looksLikePersonName(n2) {
			name, r = n2, nameRun{r.from, r2.to}
			roles = append(roles, roles2...)
			if nation == "" {
				nation = nation2
			}
		}
	}
	if placeApposed(items, r) || placeAfterIn(items, r, roles) || thingAfterThe(items, r, roles) || len(name) >= 2 && len(roles) == 0 && c.places[foldRun(name)] && name[0].given() == 0 {
		// "her arrest in the Qarzani capital, Dar Vessin, in March": a
		// place named after the noun for it, nobody "she" can be.
		return r.to - 1
	}
	// "Among the fans was Mia, 9, who held a sign": brought in with an
	// age or a description, somebody the next "she" may be.
	subject := subjectAt(items, r) || agedAt(items, r.to) || describedAt(items, r.to)
	var bearer *person // who a surname written with its particles stands for
	if particleSurname(name) {
		bearer = c.byParticleSurname(joinWords(name), items[r.from].pos, generation(items, r.from))
	}
	switch {
	case len(name) == 2 && name[1].is(classNameSuffix) && !strings.Contains(name[0].text, "."):
		// "Giordano Sr." is a surname with a suffix, not a full name.
		p := bySurname(c.surnames[surnameKey(name[0].text)], items[r.from].pos, suffixOf(name[1].text), 0, 0, "")
		if p == nil {
			// "Walter Jr., 61, said": a first name and the suffix that
			// tells him from his father.
			p = c.byFirstNameAndSuffix(name[0].text, suffixOf(name[1].text), items[r.from].pos)
		}
		if p != nil {
			c.mention(p, name[0].pos, items[r.from].pos, subject)
		}
	case particleSurname(name) && (bearer != nil || !givenParticle(name)):
		// "De la Vega declares victory": a surname, of somebody named in
		// full before ("Marisol de la Vega") or later, not a first name
		// "De". "Al Gore" and "Van Jones" are a first name and a surname
		// unless somebody named in full before ends in them.
		if bearer != nil {
			c.mention(bearer, name[0].pos, items[r.from].pos, subject)
		}
	case looksLikePersonName(name) && !c.team(name):
		p := c.namedInFull(items, r, name)
		for _, role := range append(roles, appositiveRoles(items, r.to)...) {
			if p.roles == nil {
				p.roles = map[string]bool{} // most people have no role: no map
			}
			p.roles[role] = true
		}
		if p.nation == "" {
			p.nation = nation
		}
		p.former = p.former || former
		c.mention(p, name[0].pos, items[r.from].pos, subject)
	case sharedSurname(items, r) != "":
		// "Hector and Rosa Villanueva": Hector Villanueva too.
		full := sharedSurname(items, r)
		p := bySurname(c.surnames[surnameKey(full)], items[r.from].pos+1, suffixOf(full), 0, 0, "")
		if p == nil || !sameFirstName(p.name, full) {
			p = c.add(full, surnameKey(full))
		}
		c.mention(p, name[0].pos, items[r.from].pos, subject)
	case len(name) == 1:
		if p := c.namedByOneWord(items, r, name[0]); p != nil {
			c.mention(p, name[0].pos, items[r.from].pos, subject)
		}
	}
	return r.to - 1
}

// particleSurname reports a name that is particles and a surname, the
// first particle capitalised: "De la Vega", "Van Hoven", "Di Santo".
func particleSurname(name []item) bool {
	if len(name) < 2 || !name[0].capitalised() {
		return false
	}
	for _, w := range name[:len(name)-1] {
		if !w.is(classNameParticle) {
			return false
		}
	}
	return true
}

// headlineCase reports a sentence of five words or more written as a
// headline is, every word but short function words capitalised, and no
// full stop at its end: its capitalised runs are no names.
func headlineCase(items []item, s int) bool {
	words := 0
	for k := s; k < len(items) && items[k].sent == s; k++ {
		it := items[k]
		switch {
		case it.kind == itemBreak || it.kind == itemQuote:
			continue
		case it.kind == itemPunct:
			if it.text == "." {
				return false
			}
		case !it.capitalised() && !it.is(classHeadlineLower) && !hasDigitOrDollar(it.text):
			return false
		default:
			words++
		}
	}
	return words >= 5
}

// hasDigitOrDollar reports whether w holds an ASCII digit or a dollar
// sign, as strings.ContainsAny(w, "0123456789$") does.
func hasDigitOrDollar(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; '0' <= c && c <= '9' || c == '$' {
			return true
		}
	}
	return false
}

// headlineLower are the words a headline in title case leaves in lower case.
var headlineLower = set(`a an the of in on at to for and or but nor by with from as vs into over`)

// placeApposed reports a run set off by commas after a noun for a place
// that "the" opens, when it does not open with a known first name: "the
// Qarzani capital, Dar Vessin,", "the state capital, Sacramento,".
func placeApposed(items []item, r nameRun) bool {
	n := r.from - 2
	if n < 1 || items[r.from-1].text != "," || !settlementNouns[items[n].low] || r.to >= len(items) || items[r.to].text != "," || items[r.from].given() != 0 {
		return false // "In the county, Curtis Bell, the incumbent, led": a first name
	}
	return items[n-1].isWord("the") || n >= 2 && items[n-2].isWord("the")
}

// apposedOrgHead returns the head of the description set off by a comma
// at i after an organisation's name, "" when none: "The Council of
// Importers and Retail Distributors, a trade group that represents …"
// is a group.
func apposedOrgHead(items []item, i int) string {
	if i+2 >= len(items) || items[i].text != "," || !items[i+1].isWord("a") && !items[i+1].isWord("an") {
		return ""
	}
	for k := i + 2; k < len(items) && k <= i+5 && items[k].kind == itemWord; k++ {
		if orgHeads[items[k].low] {
			return items[k].low
		}
	}
	return ""
}

// doubleBarrelled reports a surname of two capitalised halves joined by
// a hyphen, "Nguyen-Park": a person's, alone before ", who", where a
// plain capitalised word may be a place or a nickname's leftover.
func doubleBarrelled(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && isUpperByte(w[0]) && isUpperByte(w[i+1])
}

// opensClause reports a one-word run that opens its sentence before a
// verb in lower case: "Valdez-Kimura paused and smiled."
func opensClause(items []item, r nameRun) bool {
	return r.from == items[r.from].sent && r.to < len(items) && items[r.to].kind == itemWord && !items[r.to].capitalised() && !Stopwords[items[r.to].low]
}

// isUpperByte reports an ASCII capital.
func isUpperByte(b byte) bool { return 'A' <= b && b <= 'Z' }

// placeAfterIn reports a run without titles that "in" opens and a comma
// or a full stop ends: "At a fundraiser in Bryn Mawr, she said" names a
// town, not a woman called Bryn.
func placeAfterIn(items []item, r nameRun, roles []string) bool {
	return len(roles) == 0 && r.from > 0 && items[r.from-1].isWord("in") && r.to < len(items) && (items[r.to].text == "," || items[r.to].text == ".")
}

// givenParticle reports a name of two words whose particle is also a
// first name: "Al Gore", "Van Jones", "Del Harris".
func givenParticle(name []item) bool {
	if len(name) != 2 {
		return false
	}
	switch name[0].low {
	case "al", "van", "del":
		return true
	}
	return false
}

// byParticleSurname returns who the surname full, written with its
// particles, stands for: of the people named in full that end in it, the
// one bySurname chooses, of generation gen when "the elder" or "the
// younger" says; nil when nobody does.
func (c *cast) byParticleSurname(full string, pos, gen int) *person {
	var ps []*person
	for _, q := range c.surnames[surnameKey(full)] {
		if n := len(q.name) - len(full); n > 0 && q.name[n-1] == ' ' && strings.EqualFold(q.name[n:], full) {
			ps = append(ps, q)
		}
	}
	return bySurname(ps, pos, "", gen, 0, "")
}

// add makes a person of the cast, named name, with the surname key key.
func (c *cast) add(name, key string) *person {
	p := &person{name: name, key: key, forms: map[string]int{}}
	c.surnames[key] = append(c.surnames[key], p)
	c.people = append(c.people, p)
	return p
}

// namedInFull returns the person the full name in the run r stands for,
// a new one unless somebody with that name and suffix was named before,
// with what the run and an age after it tell of them.
func (c *cast) namedInFull(items []item, r nameRun, name []item) *person {
	full := joinWords(name)
	key, suffix := surnameKey(full), suffixOf(full)
	var p *person
	for _, q := range c.surnames[key] {
		// "their grandson, Eli," is Eli of the family, not a surname
		// alone that any Tucker may fill in.
		qn := q.name
		if q.implied != "" {
			qn += " " + q.implied
		}
		if sameFirstName(qn, full) && q.sameSuffix(suffix) && (p == nil || p.suffix != "") {
			p = q
		}
	}
	if p != nil && len(full) > len(p.name) && strings.EqualFold(full[len(full)-len(p.name):], p.name) && nameParticles[firstName(p.name)] {
		// "Van Buren conceded" above "Pieter Van Buren, the incumbent":
		// the full name, once given, is the person's.
		p.name = full
	}
	if p != nil && p.implied != "" && strings.EqualFold(p.name+" "+p.implied, full) {
		// "his younger brother, Devon," then "Devon Young": the family's
		// name is now the article's own.
		p.name, p.implied = full, ""
	}
	if p == nil && name[0].given() == 0 {
		// "Vander Sloot said": a surname of two words, of somebody named
		// in full before, "Luke Vander Sloot".
		for _, q := range c.surnames[key] {
			if strings.HasSuffix(q.name, " "+full) {
				return q
			}
		}
	}
	if p == nil {
		p = c.add(full, key)
		p.suffix = suffix
	}
	p.forms[full]++
	// The titles before the name tell ("Mr.", "Queen"); a name word does
	// not ("Regina King").
	if g := titleGender(items[r.from:r.to], name[0].pos); g != 0 {
		p.gender = g
	}
	if agedAt(items, r.to) {
		p.age, _ = strconv.Atoi(items[r.to+1].text)
	}
	if g := kinGeneration(items, r.from); g != 0 && p.generation == 0 {
		p.generation = g
	}
	if p.kin == "" && r.from >= 3 && items[r.from-1].text == "," && kin[items[r.from-2].low] {
		if owner := items[r.from-3].low; owner == "his" || owner == "her" {
			p.kin = items[r.from-2].low
			p.kinOf = c.byPronoun(items[r.from-3].pos, items[items[r.from-3].sent].pos, subjectPronoun[owner])
		}
	}
	return p
}

// namedByOneWord returns the person a single name word w in the run r
// stands for: somebody named in full before by that surname or first
// name, a relative the article names by first name ("His wife,
// Maureen,"), or somebody it only ever names by first name ("Maria,
// 34,"); nil when none.
func (c *cast) namedByOneWord(items []item, r nameRun, w item) *person {
	if surname, g := c.relative(items, r); surname != "" && c.byFirstName(w.text, items[r.from].pos) == nil {
		// Maureen may be Maureen Bishop if the article calls her "Mrs.
		// Bishop" (family.go); a spouse most often shares the surname.
		p := c.add(w.text, surnameKey(surname))
		p.gender, p.implied = g, surname
		// "his father, Stanley," is "the elder Szymanski".
		p.generation = kinGeneration(items, r.from)
		if spouse := items[r.from-2].low; spouse == "wife" || spouse == "husband" {
			p.name, p.implied = p.name+" "+surname, ""
		}
		return p
	}
	var key [64]byte
	ps := c.surnames[string(appendSurnameKey(key[:0], trimPossessive(w.text)))]
	gen, gender, role := generation(items, r.from), titleGender(items[r.from:r.to], w.pos), titleRole(items[r.from:r.to], w.pos)
	p := bySurname(ps, items[r.from].pos, "", gen, gender, role)
	if p != nil && gen == 0 && gender == 0 && role == "" {
		p = c.nearerBearer(ps, p, items[r.from].pos)
	}
	if p == nil && !w.is(classStopword|classMonth|classWeekday) {
		// "Eli said", of "their grandson, Eli,": still Eli alone.
		if p = c.byFirstName(w.text, items[r.from].pos); p != nil {
			return p
		}
		// "The younger Wade" of Wade Tolliver and Wade Tolliver Jr.
		if gen := generation(items, r.from); gen != 0 {
			if p = bySurname(slices.Collect(c.withFirstName(w.text, items[r.from].pos)), items[r.from].pos, "", gen, 0, ""); p != nil {
				return p
			}
		}
	}
	if p == nil && r.to-r.from == 1 && !placeOf(items, r.from) && !partyTag(items[r.from:r.to]) && (agedAt(items, r.to) || describedAt(items, r.to) || (w.given() != 0 || doubleBarrelled(w.text)) && clauseAt(items, r.to) || (onlyAs(items, r.from) || namedAfterNoun(items, r.from)) || doubleBarrelled(w.text) && opensClause(items, r)) && looksLikeSurname(w) && !commonNoun(w.low) {
		// "Maria, 34, arrived", "Her son, Mateo, 9,": somebody the
		// article names by first name only. "Valdez-Kimura paused":
		// somebody a live blog names by a surname no other name has.
		p = c.add(w.text, surnameKey(w.text))
	}
	if p != nil && p.implied != "" {
		// "Mrs. Bishop" is Maureen, named as Bishop's wife.
		p.name, p.implied = p.name+" "+p.implied, ""
	}
	return p
}

// placeOf reports a word that names where somebody is from: "Rep.
// Maria-Elena Vásquez-Toll of Arizona, a second-term member": the
// apposition is hers, and Arizona nobody.
func placeOf(items []item, i int) bool {
	return usStateWords[items[i].low] || i > 0 && (items[i-1].isWord("of") || items[i-1].isWord("from")) && items[i].is(classPlaceName)
}

// readDescriptions reads described subjects: "The Russian leader called
// …" is a mention of Putin; "The Spaniard was cautious" of a stranger.
func (c *cast) readDescriptions(items []item) {
	for i := 0; i+2 < len(items); i++ {
		if !items[i].isWord("the") || items[i].sent != i && items[i-1].text != "," {
			continue
		}
		h := i + 1
		for h < len(items) && h < i+4 && items[h].kind == itemWord && !personHead(items[h].low) {
			h++
		}
		if h >= len(items)-1 || !personHead(items[h].low) || !verbFollows(items, i, h+1) {
			continue
		}
		var mods []string
		for _, m := range items[i+1 : h] {
			mods = append(mods, m.low)
		}
		p := c.byDescription(mods, items[h].low, items[i].pos)
		if p == nil && personRoles[items[h].low] && !demonyms[items[h].low] {
			// "The chef is less sentimental" in a review of Isidro de la
			// Fuente's restaurant, which never called him the chef.
			p = c.subjectOfTheStory(items[i].pos)
		}
		switch {
		case p != nil:
			c.noteMention(p, items[i].pos)
		case !apposedToName(items, i) && !nameApposed(items, h+1):
			c.strangers = append(c.strangers, stranger{pos: items[i].pos})
		}
	}
}

// nameApposed reports an apposition at the comma j that names the one a
// description before it describes: "The keynote speaker, retired Army
// Col. Marcus Tennant, grew up …" is Tennant, no stranger.
func nameApposed(items []item, j int) bool {
	if j >= len(items) || items[j].text != "," {
		return false
	}
	run := 0
	for k := j + 1; k < len(items) && k <= j+8; k++ {
		it := items[k]
		switch {
		case it.text == ",":
			return run >= 2 // the comma that closes the apposition
		case it.kind != itemWord || relativeOpeners[it.low] && !it.capitalised() || prepositions[it.low]:
			return false // ", who moved from New Orleans,": a clause, no name
		case it.nameWord():
			run++
		default:
			run = 0
		}
	}
	return false
}

// verbFollows reports the lower-case word, a verb, after a description
// that ends at j and starts at i, or the aside a description that opens
// its sentence may take first: "The pastor, standing a few feet away,
// shook his head."
func verbFollows(items []item, i, j int) bool {
	if items[j].kind == itemWord {
		return !items[j].capitalised()
	}
	return items[j].text == "," && items[i].sent == i && j+1 < len(items) && items[j+1].kind == itemWord && !items[j+1].capitalised()
}

// subjectOfTheStory returns the person an article is about by pos: the
// one mentioned most before it, three times or more and twice as often
// as anybody else; nil when nobody stands out so.
func (c *cast) subjectOfTheStory(pos int) *person {
	best, first, second := c.leader(pos)
	if first < 3 || first < 2*second {
		return nil
	}
	return best
}

// readAnonymous records a stranger at the start of each sentence that
// keeps somebody's name back ("A longtime line worker who asked not to
// be named said …", "a woman who declined to give her name"), so that
// the "she said" after it is nobody the article names.
func (c *cast) readAnonymous(items []item) {
	// Three items at least open the sentence before the words that keep a
	// name back.
	for i := 3; i+3 < len(items); i++ {
		w := items[i].low
		if len(w) < len("name") || w[0] != 'n' && w[0] != 'a' && w[0] != 'i' {
			continue // most words: none of those below
		}
		var hides bool
		switch {
		case (w == "named" || w == "identified") && items[i-1].isWord("be") && (items[i-2].isWord("to") || items[i-2].isWord("not")):
			hides = true // "asked not to be named", "declined to be identified"
		case w == "name" || w == "names":
			hides = (items[i-1].isWord("her") || items[i-1].isWord("his") || items[i-1].isWord("their")) &&
				(items[i-2].isWord("give") || items[i+1].isWord("not") || items[i+1].isWord("be") || items[i-2].isWord("withhold") || items[i-2].isWord("use"))
		case w == "anonymity" && items[i-1].isWord("of") && items[i-2].isWord("condition"):
			hides = true
		}
		if hides {
			s := items[i].sent
			if c.namedBetween(items, s, i) {
				continue // "Ruiz, who asked that her name …" names her anyway
			}
			c.strangers = append(c.strangers, stranger{items[s].pos, sentenceGender(items, s), anonymousSubject(items, s)})
		}
	}
}

// anonymousSubject returns the description that opens the sentence at s
// as its subject, "one juror" in "One juror, a woman who asked not to be
// identified, said", or "" when the sentence opens otherwise.
func anonymousSubject(items []item, s int) string {
	if !items[s].isWord("a") && !items[s].isWord("an") && !items[s].isWord("one") {
		return ""
	}
	for h := s + 1; h < len(items) && h <= s+4 && items[h].kind == itemWord; h++ {
		if personHead(items[h].low) {
			return describedAs(items[s : h+1])
		}
	}
	return ""
}

// sentenceGender returns the gender the first "he" or "she" of the
// sentence at s tells, or else its first "his" or "her": "who asked not
// to be named because he still has business before her" is a man.
func sentenceGender(items []item, s int) byte {
	var possessive byte
	for k := s; k < len(items) && items[k].sent == s; k++ {
		if w := items[k].low; items[k].kind == itemWord && (w == "he" || w == "she") {
			return pronounGender(w)
		} else if possessive == 0 && items[k].kind == itemWord && (w == "his" || w == "him" || w == "her") {
			possessive = pronounGender(w)
		}
	}
	return possessive
}

// namedBetween reports whether a person the cast knows is mentioned in
// items[from:to].
func (c *cast) namedBetween(items []item, from, to int) bool {
	for k := from; k < to; k++ {
		if c.at[items[k].pos] != nil {
			return true
		}
	}
	return false
}

// readRelatives reads "His son, standing at the defense table, turned": a
// relative of the person last named, when the family tells who.
func (c *cast) readRelatives(items []item) {
	for i := 0; i+2 < len(items); i++ {
		// "From across the stage, his grandmother raised an eyebrow": a
		// short opening phrase may stand before it.
		if !items[i].isWord("his") && !items[i].isWord("her") {
			continue
		}
		opens := items[i].sent == i || i > 0 && items[i-1].text == "," && i-items[i].sent <= 6
		if opens && kin[items[i+1].low] {
			if p := c.kinOf(items[i].low, items[i+1].low, items[i].pos); p != nil {
				c.noteMention(p, items[i].pos)
			}
		}
	}
}

// readGroups reads groups, for "they": "Syrian officials have not
// commented. Later they said …".
func (c *cast) readGroups(items []item) {
	for i := range items {
		if it := &items[i]; it.kind == itemWord && it.is(classGroupHead) {
			k := i
			for k > 0 && k > i-3 && items[k-1].kind == itemWord && (items[k-1].capitalised() || items[k-1].is(classNationality)) && !items[k-1].is(classDeterminer) {
				k--
			}
			c.noteGroup(capitalise(joinWords(items[k:i+1])), it.pos)
		}
	}
}

// onlyAs reports a name given "only as" it, after a name withheld: "a
// fourth-grader who gave her name only as Aaliyah", "a woman who
// identified herself only as Brenda".
func onlyAs(items []item, i int) bool {
	if i >= 2 && items[i-1].isWord("as") && items[i-2].isWord("only") {
		return true
	}
	// "a viewer who signed her message only Marcy".
	if i >= 3 && items[i-1].isWord("only") {
		for k := i - 2; k >= 0 && k >= i-4 && items[k].kind == itemWord; k-- {
			if items[k].isWord("signed") {
				return true
			}
		}
	}
	// "who gave only her first name, Tasha,", "identified only by his
	// first name, Rigoberto".
	return i >= 3 && items[i-1].text == "," && items[i-2].isWord("name") && items[i-3].isWord("first")
}

// namedAfterNoun reports a first name at i that "named" gives a person
// noun: "A viewer named Sheila sent this", somebody the article names by
// first name only.
func namedAfterNoun(items []item, i int) bool {
	return i >= 2 && items[i-1].isWord("named") && (anonymousHeads[items[i-2].low] || personRoles[items[i-2].low])
}

// clauseAt reports a clause about the person named just before item i:
// "Owen, asked what he thought, had one concern", "Lena, who is 9,".
func clauseAt(items []item, i int) bool {
	return i+1 < len(items) && items[i].text == "," && (items[i+1].isWord("who") || items[i+1].isWord("asked"))
}

// placesIn returns the capitalised words an article writes as places,
// alone after "in", "from" or "at": "in Millbrook", "from Ashford"; and
// the names of two or three words it writes after "in" or "mayor of":
// "in Bayou Cheval", which then names no person ("Bayou Cheval had no
// traffic light").
func placesIn(items []item) map[string]bool {
	var m map[string]bool
	note := func(k string) {
		if m == nil {
			m = map[string]bool{}
		}
		m[k] = true
	}
	for i := 1; i+1 < len(items); i++ {
		it, prev := &items[i], &items[i-1] // pointers: most items are read for a byte
		if !it.capitalised() {
			continue
		}
		if !items[i+1].nameWord() && (prev.isWord("in") || prev.isWord("from") || prev.isWord("at")) {
			note(it.low)
		}
		if prev.isWord("in") || prev.isWord("of") && i >= 2 && settlementNouns[items[i-2].low] {
			r := runAt(items, i)
			if n := r.to - r.from; n >= 2 && n <= 3 && !possessive(items[r.to-1]) && !strings.HasSuffix(items[r.to-1].text, "'") && (r.to == len(items) || !apostrophe(items[r.to])) {
				note(foldRun(items[r.from:r.to]))
			}
		}
	}
	return m
}

// foldRun is the words of a run, folded and joined by spaces: the key of
// a place of several words.
func foldRun(ws []item) string {
	return Fold(joinWords(ws))
}

// team reports a place followed by a plural, as teams are named: the
// "Millbrook Lamplighters" after "in Millbrook" are nobody.
func (c *cast) team(name []item) bool {
	last := name[len(name)-1].low
	// Not "Jordan Williams" after "in Jordan": a first name is no place.
	return len(name) >= 2 && c.places[name[0].low] && name[0].given() == 0 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && len(last) > 4
}

// kinGeneration reads the kin noun a name is introduced by: "his father,
// Earl Tolliver," is -1, an elder; "her son, Wade Tolliver Jr.," is 1.
func kinGeneration(items []item, from int) int {
	if from < 3 || items[from-1].text != "," {
		return 0
	}
	o := from - 3
	if o > 0 && kinAges[items[o].low] {
		o-- // "his late father, Earl Young,"
	}
	if w := items[o].low; w != "his" && w != "her" && w != "their" && !(possessive(items[o]) && items[o].nameWord()) {
		return 0 // but "Isaiah's father, Marcus Boone,"
	}
	switch items[from-2].low {
	case "father", "mother", "grandfather", "grandmother", "dad", "mom":
		return -1
	case "son", "daughter", "grandson", "granddaughter":
		return 1
	}
	return 0
}

// kinAges stand between a possessive and a kinship noun: "his late
// father", "her younger brother".
var kinAges = set(`late younger older elder eldest youngest twin`)

// selfNamedHead returns the noun an organisation is introduced by when it
// names itself, or is known, by the name in r: "group" in "a group of
// residents calling itself Piney Grove Neighbors", "coalition" in "a
// coalition known as Fair Maps Now"; "" when no such naming stands
// before r.
func selfNamedHead(items []item, r nameRun) string {
	k := r.from - 1
	if k < 2 {
		return ""
	}
	calling := items[k].isWord("itself") && (items[k-1].isWord("calling") || items[k-1].isWord("calls") || items[k-1].isWord("called"))
	known := items[k].isWord("as") && items[k-1].isWord("known")
	if !calling && !known {
		return ""
	}
	for j := k - 2; j >= 0 && j >= k-8 && items[j].kind == itemWord; j-- {
		if orgHeads[items[j].low] {
			return items[j].low
		}
	}
	return ""
}

// nearerBearer returns who a surname written alone at pos stands for
// when p, of the people ps who bear it, was chosen by nothing but the
// order the article named them in: another bearer named in full later in
// this paragraph stands nearer. "Senate Minority Leader Gerald Pruitt"
// speaks at the top, then "Secretary of State Wendell Pruitt, the
// leader's younger brother, said …. "…," Pruitt said" is Wendell. Not a
// parent or a child the paragraph brings in ("Young spoke about his late
// father, Earl Young. "…," Young said"), who is told apart as "the
// elder".
func (c *cast) nearerBearer(ps []*person, p *person, pos int) *person {
	last := lastMentionBefore(p, pos)
	para := c.paragraph(pos)
	for _, q := range ps {
		if q == p || q.generation != 0 || q.implied != "" || len(q.forms) == 0 {
			continue
		}
		if at := lastMentionBefore(q, pos); at > last && c.paragraph(at) == para {
			p, last = q, at
		}
	}
	return p
}
