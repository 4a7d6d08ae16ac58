package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// person is somebody an article names in full, with what it says of them.
type person struct {
	name     string          // as first written in full, without titles
	key      string          // surname key, see surnameKey
	roles    map[string]bool // role words: "president", "minister", "coach"
	nation   string          // key from nationalities, "" when unknown
	former   bool
	mentions []mention
	forms    map[string]int // each way the full name is written, and how often
	gender   byte           // 'm' or 'f' when a title tells ("Mr", "Ms"), else 0
}

type mention struct {
	pos     int
	subject bool // the mention opens a clause, as a subject does
}

// cast is the people an article names, for resolving "Putin", "the
// Russian leader" and "he" to one of them.
type cast struct {
	people []*person
	// strangers are where a sentence's subject is somebody the article
	// does not name ("the Spaniard was cautious"): "he" after it is
	// nobody we know, rather than the last person named.
	strangers []int
	groups    []mention // plural speakers and organisations, for "they"
	gnames    []string
	orgs      []orgMention // organisations named in full, for "the company"
}

// orgMention is a place where an article names an organisation.
type orgMention struct {
	name string
	pos  int
}

// byOrg returns the organisation a definite description such as "the
// union" or "the company" stands for: the last one named before pos whose
// name ends in the description's head, or for a generic head, the last
// one named; "" when there is none.
func (c *cast) byOrg(head string, pos int) string {
	// The name ending in the head first: "the corporation" is the Navapur
	// Metro Rail Corporation even when an institute was named since.
	for _, generic := range []bool{false, genericOrgHeads[head]} {
		for i := len(c.orgs) - 1; i >= 0; i-- {
			o := c.orgs[i]
			if o.pos >= pos {
				continue
			}
			if generic || headsOrg(o.name, head) {
				return o.name
			}
		}
	}
	return ""
}

// headsOrg reports whether head is the word that makes name an
// organisation: its last word, or one before a connector ("Ministry of
// Economy and Planning" for "the ministry").
func headsOrg(name, head string) bool {
	ws := strings.Fields(Fold(name))
	for i, w := range ws {
		if trimPossessive(w) == head && (i == len(ws)-1 || orgConnectors[ws[i+1]]) {
			return true
		}
	}
	return false
}

// noteOrg records an organisation named in full.
func (c *cast) noteOrg(name string, pos int) {
	c.orgs = append(c.orgs, orgMention{name, pos})
	c.noteGroup(name, pos)
}

// surnameKey reduces a name to the folded last word without an Arabic
// article, so "Ahmad al-Sharaa", "Al-Sharaa" and "Sharaa" share "sharaa".
func surnameKey(name string) string {
	var buf [64]byte
	return string(appendSurnameKey(buf[:0], name))
}

// appendSurnameKey appends surnameKey(name) to b. With b on the stack,
// looking a person up by the key allocates nothing for an ASCII name,
// which matters as every capitalised word is looked up.
func appendSurnameKey(b []byte, name string) []byte {
	rest, last := lastField(name)
	if last == "" {
		return b
	}
	for rest != "" && suffixStart(last[0]) && nameSuffixes[strings.ToLower(last)] {
		rest, last = lastField(rest)
	}
	n := len(b)
	b = appendFold(b, last)
	key := b[n:]
	for _, p := range arabicArticles {
		key = bytes.TrimPrefix(key, p)
	}
	return append(b[:n], trimNameMarks(key)...)
}

// nameRun is a run of capitalised words (and name particles) in items.
type nameRun struct{ from, to int } // items[from:to]

// runAt returns the capitalised run starting at i.
func runAt(items []item, i int) nameRun {
	j := i
	for j < len(items) && items[j].kind == itemWord && (items[j].nameWord() || j > i && joinsName(items, j)) {
		j++
	}
	return nameRun{i, j}
}

// joinsName reports whether the lower-case word at j joins the name words
// around it into one name: a particle ("Mohammed bin Salman") or a
// connector after an organisation or title ("Union of Harbour Pilots",
// "Secretary of State").
func joinsName(items []item, j int) bool {
	if j+1 >= len(items) || j == 0 {
		return false
	}
	if nameParticles[items[j].low] {
		return items[j+1].nameWord() || nameParticles[items[j+1].low]
	}
	if !items[j+1].nameWord() {
		return false
	}
	prev := items[j-1]
	if (items[j].low == "and" || items[j].low == "&") && prev.capitalised() {
		// "Ministry of Economy and Planning": "and" inside an organisation's
		// name, after the word that makes it one.
		for k := j - 1; k >= 0 && k >= j-5 && items[k].kind == itemWord; k-- {
			if orgSuffixes[trimPossessive(items[k].low)] && items[k].capitalised() && k+1 < j && orgConnectors[items[k+1].low] {
				return true
			}
		}
		return false
	}
	return orgConnectors[items[j].low] && prev.capitalised() && (orgSuffixes[prev.low] || honorifics[prev.low])
}

// splitTitles separates leading titles, nationalities and possessive
// countries from the name in a capitalised run: "Russian President Vladimir
// Putin" → roles {president}, nation russia, name "Vladimir Putin".
func splitTitles(items []item, r nameRun) (name []item, roles []string, nation string, former bool) {
	i := r.from
	// A title stands before a name, so the run's last word is never one:
	// "Councillor Angela King", but "King said".
	for ; i+1 < r.to; i++ {
		w := trimPossessive(items[i].low)
		// A country is a title only as an adjective, in the possessive or
		// before a title: "Russian President", "Jordan's King", not
		// "Jordan Vale".
		if n, ok := nationalities[w]; ok && (w != items[i].low || strings.HasSuffix(w, "n") && w != n || titleAt(items, i+1, r.to)) {
			nation = n
			continue
		}
		if honorifics[w] || items[i].text == "Del." || hyphenRole(items[i].text) { // Delegate; "del" is a particle (del Toro)
			if r := roleOf(w); r != "" {
				roles = append(roles, r)
			}
			if w == "former" || w == "late" {
				former = true
			}
			continue
		}
		break
	}
	// An owner before a person's name: "CNN's Jake Tapper", "The Post’s
	// Ishaan Tharoor". "People's Daily" keeps its owner: no person follows.
	for k := r.to - 3; k >= i; k-- {
		if possessive(items[k]) {
			if looksLikePersonName(items[k+1 : r.to]) {
				i = k + 1
			}
			break
		}
	}
	// The name follows the last title: "UN Secretary-General Antonio
	// Guterres", "Health Secretary Wes Streeting". A title word with one
	// word after it is more likely a name of its own ("Martin Luther King Jr").
	for k := r.to - 3; k >= i; k-- {
		if isTitleWord(items[k].low) {
			for _, part := range strings.Split(items[k].low, "-") {
				if personRoles[part] {
					roles = append(roles, part)
				}
			}
			i = k + 1
			break
		}
	}
	// Honorifics after a name: "Jane Doe KC".
	to := r.to
	for to > i && (honorifics[strings.Trim(items[to-1].low, ".")] && strings.ToUpper(items[to-1].text) == items[to-1].text) {
		to--
	}
	return items[i:to], roles, nation, former
}

// hyphenRole reports a compound role before a name: "Fourth-grader",
// "Ex-minister", whose last part is in lower case.
func hyphenRole(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// roleOf returns the role a title word names ("sen" → "senator"), or "".
func roleOf(w string) string {
	if r, ok := titleRoles[w]; ok {
		return r
	}
	if personRoles[w] {
		return w
	}
	return ""
}

// titleAt reports whether items[i] is a title word inside a run ending at to.
func titleAt(items []item, i, to int) bool {
	return i < to && honorifics[items[i].low]
}

// isTitleWord reports a title such as "Secretary" or "Secretary-General".
func isTitleWord(w string) bool {
	for _, part := range strings.Split(strings.Trim(w, "."), "-") {
		if !honorifics[part] || part == "former" || part == "late" {
			return false
		}
	}
	return true
}

// joinWords joins the words as written, without a possessive at the end:
// "Maria Lopez's" names Maria Lopez.
func joinWords(ws []item) string {
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		if apostrophe(w) && len(parts) > 0 {
			parts[len(parts)-1] += w.text // "Savers'"
			continue
		}
		parts = append(parts, w.text)
	}
	if n := len(parts); n > 0 {
		parts[n-1] = trimPossessive(parts[n-1])
	}
	return strings.Join(parts, " ")
}

// shouting reports a heading in capitals, which is nobody's name: "RED
// STATES OUTNUMBER BLUE". Initials ("J.R.") and "CNN" alone are not.
func shouting(ws []item) bool {
	n := 0
	for _, w := range ws {
		if len(w.text) > 2 && upperCase(w.text) && strings.IndexByte(w.text, '.') < 0 {
			n++
		}
	}
	return n >= 2
}

// looksLikePersonName reports whether words are a person's full name rather
// than a place, an organisation or a heading.
func looksLikePersonName(ws []item) bool {
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	if shouting(ws) {
		return false
	}
	for i, w := range ws {
		l := w.low
		// A country may be a surname ("Jim Jordan"), not a first name. "Don"
		// is a stopword for search ("don't"), and a first name here.
		if knownOrgs[l] || orgSuffixes[l] || weekdays[l] || nationalities[l] != "" && i < len(ws)-1 || Stopwords[l] && l != "don" && !(strings.HasSuffix(w.text, ".") && initial(strings.TrimSuffix(w.text, "."))) || months[l] {
			return false
		}
	}
	return true
}

// newCast finds the people an article names in full and every later
// mention of them by surname or full name.
func newCast(items []item) *cast {
	c := &cast{}
	byKey := map[string][]*person{}
	for i := 0; i < len(items); i++ {
		if !items[i].nameWord() {
			continue
		}
		if items[i].sent == i && (invertedVerbs[items[i].low] || openers[items[i].low]) && i+1 < len(items) && items[i+1].nameWord() {
			continue // "Continued Stone:", "Neither Alan Grayson nor …": the name starts after
		}
		r := runAt(items, i)
		if org := orgRun(items[r.from:r.to]); org != "" && r.to-r.from > 1 {
			c.noteOrg(org, items[r.from].pos)
			i = max(i, r.to-1)
			continue
		}
		name, roles, nation, former := splitTitles(items, r)
		// Lower-case roles just before the run: "dictator Bashar al-Assad".
		for j := r.from - 1; j >= 0 && j >= r.from-3 && items[j].kind == itemWord && !items[j].capitalised(); j-- {
			w := items[j].low
			if personRoles[w] {
				roles = append(roles, w)
			} else if w == "former" || w == "late" {
				former = true
			} else if nationalities[w] == "" && !strings.HasSuffix(w, "'s") {
				break
			}
		}
		// "Russia's Deputy Prime Minister, Alexander Novak": titles, then a
		// comma, then the name.
		if len(name) == 0 && r.to+1 < len(items) && items[r.to].text == "," && items[r.to+1].nameWord() {
			r2 := runAt(items, r.to+1)
			if n2, roles2, nation2, _ := splitTitles(items, r2); looksLikePersonName(n2) {
				name, r = n2, nameRun{r.from, r2.to}
				roles = append(roles, roles2...)
				if nation == "" {
					nation = nation2
				}
			}
		}
		if looksLikePersonName(name) {
			full := joinWords(name)
			key := surnameKey(full)
			var p *person
			for _, q := range byKey[key] {
				if sameFirstName(q.name, full) {
					p = q
					break
				}
			}
			if p == nil {
				p = &person{name: full, key: key, roles: map[string]bool{}, nation: nation, former: former, forms: map[string]int{}}
				byKey[key] = append(byKey[key], p)
				c.people = append(c.people, p)
			}
			p.forms[full]++
			for _, w := range items[r.from:r.to] {
				if g := genderOf[strings.Trim(w.low, ".")]; g != 0 {
					p.gender = g
				}
			}
			roles = append(roles, appositiveRoles(items, r.to)...)
			for _, role := range roles {
				p.roles[role] = true
			}
			if p.nation == "" {
				p.nation = nation
			}
			p.former = p.former || former
			p.mentions = append(p.mentions, mention{pos: items[r.from].pos, subject: subjectAt(items, r)})
		} else if len(name) == 1 {
			// A surname alone: a mention of somebody named in full before.
			var key [64]byte
			if ps := byKey[string(appendSurnameKey(key[:0], trimPossessive(name[0].text)))]; len(ps) > 0 { // "Oz’s advice" mentions Oz
				p := ps[len(ps)-1]
				p.mentions = append(p.mentions, mention{pos: items[r.from].pos, subject: subjectAt(items, r)})
			}
		}
		i = max(i, r.to-1)
	}
	// Described subjects: "The Russian leader called …" is a mention of
	// Putin; "The Spaniard was cautious" of a stranger.
	for i := 0; i+2 < len(items); i++ {
		if !items[i].isWord("the") || items[i].sent != i && items[i-1].text != "," {
			continue
		}
		h := i + 1
		for h < len(items) && h < i+4 && items[h].kind == itemWord && !personHead(items[h].low) {
			h++
		}
		if h >= len(items)-1 || !personHead(items[h].low) || items[h+1].kind != itemWord || items[h+1].capitalised() {
			continue
		}
		var mods []string
		for _, m := range items[i+1 : h] {
			mods = append(mods, m.low)
		}
		if p := c.byDescription(mods, items[h].low, items[i].pos); p != nil {
			c.noteMention(p, items[i].pos)
		} else {
			c.strangers = append(c.strangers, items[i].pos)
		}
	}
	// Groups, for "they": "Syrian officials have not commented. Later they said …"
	for i, it := range items {
		if it.kind == itemWord && groupHeads[it.low] {
			k := i
			for k > 0 && k > i-3 && items[k-1].kind == itemWord && (items[k-1].capitalised() || nationalities[items[k-1].low] != "") && !determiners[items[k-1].low] {
				k--
			}
			c.noteGroup(capitalise(joinWords(items[k:i+1])), it.pos)
		}
	}
	return c
}

// appositiveRoles reads the roles in an apposition after a name at item i:
// "Carlo Ancelotti, the veteran coach, …".
func appositiveRoles(items []item, i int) []string {
	if i+1 >= len(items) || items[i].text != "," || !determiners[items[i+1].low] {
		return nil
	}
	var roles []string
	for k := i + 2; k < len(items) && k < i+8 && items[k].kind == itemWord; k++ {
		if personRoles[items[k].low] {
			roles = append(roles, items[k].low)
		}
	}
	return roles
}

// sameFirstName reports whether two full names with one surname can be one
// person: equal first names, or spellings of one name (Ahmad/Ahmed).
func sameFirstName(a, b string) bool {
	fa, moreA := firstFolded(a)
	fb, moreB := firstFolded(b)
	// "bin Salman" and "al-Assad" are surnames alone.
	if !moreA || !moreB || nameParticles[fa] || nameParticles[fb] || strings.Contains(fb, "-") && nameParticles[fb[:strings.IndexByte(fb, '-')]] {
		return true
	}
	return nameVariant(fa, fb)
}

// nameVariant reports whether two first names are spellings of one name:
// the same consonants in the same order (Ahmad/Ahmed, Mohammed/Muhammad).
func nameVariant(a, b string) bool {
	if a == b {
		return true
	}
	ca := Consonants(a)
	return ca != "" && ca == Consonants(b)
}

// subjectAt reports whether the run opens its sentence or clause, or is
// followed by a verb, the places a subject stands in.
func subjectAt(items []item, r nameRun) bool {
	if r.from == 0 || items[r.from].sent == r.from {
		return true
	}
	if prev := items[r.from-1]; prev.kind == itemPunct && prev.text == "," || prev.kind == itemBreak {
		return true
	}
	if r.to < len(items) && items[r.to].kind == itemWord {
		w := items[r.to].low
		if speechVerbs[w] || skipBeforeVerb[w] || strings.HasSuffix(w, "ed") {
			return true
		}
	}
	// "Urban transport researcher Dr. Sunita Rao-Mehta of the Navapur
	// Institute said": roles from the sentence's start, and an
	// affiliation before the verb.
	return rolesFromStart(items, r.from) && (verbAfterAffiliation(items, r.to) || verbAfterApposition(items, r.to))
}

// verbAfterApposition reports an apposition at item j (", 52, who has
// worked the cranes for thirty years,") followed by a speech verb.
func verbAfterApposition(items []item, j int) bool {
	if j >= len(items) || items[j].text != "," {
		return false
	}
	for k := j + 1; k < len(items) && k < j+25; k++ {
		it := items[k]
		if it.kind == itemQuote || it.kind == itemBreak || it.text == "." {
			return false
		}
		if it.kind == itemWord && speechVerbs[it.low] && !it.capitalised() {
			return items[k-1].text == ","
		}
	}
	return false
}

// rolesFromStart reports whether only a few words, none of them a verb,
// stand between the start of the sentence and item i.
func rolesFromStart(items []item, i int) bool {
	s := items[i].sent
	if i-s > 6 {
		return false
	}
	for _, it := range items[s:i] {
		if it.kind != itemWord || speechVerbs[it.low] || Stopwords[it.low] {
			return false
		}
	}
	return true
}

// verbAfterAffiliation reports an affiliation at item j ("of the Navapur
// Institute of Science") followed within a few words by a speech verb.
func verbAfterAffiliation(items []item, j int) bool {
	if j >= len(items) || !affiliations[items[j].low] {
		return false
	}
	for k := j + 1; k < len(items) && k < j+10; k++ {
		it := items[k]
		if it.kind != itemWord {
			return false
		}
		if speechVerbs[it.low] && !it.capitalised() {
			return true
		}
	}
	return false
}

// byName returns the person a name or surname stands for in this article.
func (c *cast) byName(name string, pos int) *person {
	var buf [64]byte
	key := appendSurnameKey(buf[:0], name)
	var best *person
	for _, p := range c.people {
		if p.key != string(key) || !sameFirstName(p.name, name) {
			continue
		}
		if best == nil || lastMentionBefore(p, pos) > lastMentionBefore(best, pos) {
			best = p
		}
	}
	if best == nil && strings.Contains(name, " ") && nameParticles[strings.ToLower(name[:strings.IndexByte(name, ' ')])] {
		// "bin Tamer" for "Faisal bin Tamer Al Nahran": a patronymic
		// within the full name.
		for _, p := range c.people {
			if strings.Contains(" "+p.name+" ", " "+name+" ") {
				return p
			}
		}
	}
	return best
}

func lastMentionBefore(p *person, pos int) int {
	last := -1
	for _, m := range p.mentions {
		if m.pos < pos {
			last = m.pos
		}
	}
	return last
}

// byDescription returns the person a definite description such as "the
// Russian leader", "the Kremlin's chief" or "the veteran coach" stands for:
// somebody with a matching role and nationality, the most recent first.
func (c *cast) byDescription(mods []string, head string, pos int) *person {
	nation, former := "", false
	for _, m := range mods {
		m = trimPossessive(m)
		if n := nationalities[m]; n != "" {
			nation = n
		}
		if m == "former" || m == "late" || m == "ousted" || m == "deposed" {
			former = true
		}
	}
	var best *person
	bestScore := 0
	for _, p := range c.people {
		score := 0
		switch {
		case p.roles[head] || p.roles[roleSynonyms[head]]:
			score = 3
		case leaderRoles[head] && anyRole(p, leaderRoles):
			score = 2
		default:
			continue
		}
		if nation != "" {
			if p.nation != "" && p.nation != nation {
				continue
			}
			if p.nation == nation {
				score += 2
			}
		}
		if p.former != former {
			score--
		}
		if score > bestScore || score == bestScore && best != nil && lastMentionBefore(p, pos) > lastMentionBefore(best, pos) {
			best, bestScore = p, score
		}
	}
	return best
}

func anyRole(p *person, roles map[string]bool) bool {
	for r := range p.roles {
		if roles[r] {
			return true
		}
	}
	return false
}

// byPronoun returns the person "he" or "she" at pos refers to: the last
// person mentioned as a subject before it, else the last one mentioned;
// but one mentioned earlier in the pronoun's own sentence, which begins
// at since, comes first: in "Oz's advice earned him a hearing, where he
// appeared", he is Oz, whoever spoke in the paragraph before.
func (c *cast) byPronoun(pos, since int, pronoun string) *person {
	var bestSubj, bestAny *person
	subjAt, anyAt := -1, -1
	for _, p := range c.people {
		if pronoun == "she" && p.gender == 'm' || pronoun == "he" && p.gender == 'f' {
			continue
		}
		for _, m := range p.mentions {
			if m.pos >= pos {
				break
			}
			if m.subject && m.pos > subjAt {
				bestSubj, subjAt = p, m.pos
			}
			if m.pos > anyAt {
				bestAny, anyAt = p, m.pos
			}
		}
	}
	for _, at := range c.strangers {
		if at > subjAt && at < pos {
			return nil // the last subject is somebody the article does not name
		}
	}
	if bestSubj != nil && (subjAt >= since || anyAt < since) {
		return bestSubj
	}
	return bestAny
}

// personHead reports a word that can head a description of one person:
// a role ("the minister") or a nationality ("the Spaniard").
func personHead(w string) bool {
	return personRoles[w] || demonyms[w] || strings.HasSuffix(w, "-year-old")
}

// noteMention records a resolved mention, so that a later pronoun can
// refer back to a person first met through a description.
func (c *cast) noteMention(p *person, pos int) {
	for i, m := range p.mentions {
		if m.pos == pos {
			p.mentions[i].subject = true // who speaks is the subject, wherever the name stands
			return
		}
		if m.pos > pos {
			p.mentions = append(p.mentions[:i], append([]mention{{pos: pos, subject: true}}, p.mentions[i:]...)...)
			return
		}
	}
	p.mentions = append(p.mentions, mention{pos: pos, subject: true})
}

// noteGroup records a plural or organisation speaker for "they".
func (c *cast) noteGroup(name string, pos int) {
	c.groups = append(c.groups, mention{pos: pos})
	c.gnames = append(c.gnames, name)
}

// byThey returns the group "they" at pos refers to: the last one named,
// unless people were named as subjects since ("Dunn and Hart met. They
// said …" is not about the residents named before them).
func (c *cast) byThey(pos int) string {
	lastPerson := c.lastSubjectBefore(pos)
	for i := len(c.groups) - 1; i >= 0; i-- {
		if c.groups[i].pos < pos {
			if c.groups[i].pos < lastPerson {
				return ""
			}
			return c.gnames[i]
		}
	}
	return ""
}

// lastSubjectBefore returns where a named person last opened a clause
// before pos, or -1: a group or organisation named earlier than that is
// no longer what "they" or "it" refers to.
func (c *cast) lastSubjectBefore(pos int) int {
	last := -1
	for _, p := range c.people {
		for _, m := range p.mentions {
			if m.pos < pos && m.subject && m.pos > last {
				last = m.pos
			}
		}
	}
	return last
}

// byIt returns the organisation "it" at pos refers to when "it" speaks
// ("what it called \"a clear threat\""): the last one named, unless a
// person was named as a subject since.
func (c *cast) byIt(pos int) string {
	lastPerson := c.lastSubjectBefore(pos)
	for i := len(c.orgs) - 1; i >= 0; i-- {
		if o := c.orgs[i]; o.pos < pos {
			if o.pos < lastPerson {
				return ""
			}
			return o.name
		}
	}
	return ""
}
