package extract

import (
	"bytes"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// person is somebody an article names in full, with what it says of them.
type person struct {
	name     string          // as first written in full, without titles
	key      string          // surname key, see surnameKey
	roles    map[string]bool // role words: "president", "minister", "coach"; nil for none
	nation   string          // key from nationalities, "" when unknown
	former   bool
	mentions []mention
	forms    map[string]int // each way the full name is written, and how often
	gender   byte           // 'm' or 'f', 0 when the article does not tell (gender.go)
	suffix   string         // "jr", "sr", "iii" when the name ends in one (family.go)
	implied  string         // the surname of a relative named by first name, until the article uses it
	age      int            // as an apposition gives it ("Marcus King, 24,"), 0 when none does
	// generation is -1 for somebody introduced as a parent or grandparent
	// ("his father, Earl Tolliver,"), 1 as a child or grandchild, else 0.
	generation int
	// kin is the noun that introduced somebody as a relative ("her
	// father, Armand Beaudry,"), and kinOf whose relative, when known:
	// "her father" later is this person even under another surname.
	kin   string
	kinOf *person
	// first and firstMore are firstFolded(firstOf), firstOf the name
	// they were folded from (see firstName).
	first, firstOf string
	firstMore      bool
}

type mention struct {
	pos     int
	subject bool // the mention opens a clause, as a subject does
}

// cast is the people an article names, for resolving "Putin", "the
// Russian leader" and "he" to one of them.
type cast struct {
	people []*person
	// at is who each name the article writes stands for, by the offset of
	// its first word after any title: a surname shared in the family is
	// told apart where it is written ("the elder Giordano").
	at map[int]*person
	// surnames are the people by surname key, in the order the article
	// introduces them.
	surnames map[string][]*person
	items    []item
	lower    lowerWords      // the words of items written in lower case
	places   map[string]bool // words the article writes as places ("in Millbrook")
	breaks   []int           // where each paragraph after the first starts
	// strangers are where a sentence's subject is somebody the article
	// does not name ("the Spaniard was cautious"): "he" after it is
	// nobody we know, rather than the last person named.
	strangers []stranger
	groups    []mention // plural speakers and organisations, for "they"
	gnames    []string
	orgs      []orgMention // organisations named in full, for "the company"
	// writer is who the byline names, one person, "" when unknown: the
	// "I" of `"Why now?" I asked.`
	writer string
}

// orgMention is a place where an article names an organisation.
type orgMention struct {
	name  string
	words []string // the name folded, word by word, for headsOrg
	pos   int
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
			if headsOrg(o.words, head) || generic && !(businessHead(head) && institution(o.words)) {
				// "the company" is no union local or county office named since.
				return o.name
			}
		}
	}
	if head == "agency" {
		// "The Federal Aviation Administration … The agency called": any
		// government body is an agency.
		for i := len(c.orgs) - 1; i >= 0; i-- {
			if o := c.orgs[i]; o.pos < pos && governmentBody(o.words) {
				return o.name
			}
		}
	}
	// "the Ashby Falls Public Library Board of Trustees voted …" then
	// "the library posted": the body the board belongs to, whose name
	// opens the board's.
	for i := len(c.orgs) - 1; i >= 0; i-- {
		o := c.orgs[i]
		if o.pos >= pos {
			continue
		}
		if k := slices.Index(o.words, head); k > 0 && k < len(o.words)-1 {
			if ws := strings.Fields(o.name); len(ws) == len(o.words) {
				return strings.Join(ws[:k+1], " ")
			}
		}
	}
	return ""
}

// orgEndingIn returns the organisation named last before pos whose
// name, folded word by word, ends in words; "" when none does.
func (c *cast) orgEndingIn(words []string, pos int) string {
	for i := len(c.orgs) - 1; i >= 0; i-- {
		o := c.orgs[i]
		if o.pos < pos && len(o.words) > len(words) && slices.Equal(o.words[len(o.words)-len(words):], words) {
			return o.name
		}
	}
	return ""
}

// orgOpenedBy returns the organisation named before pos whose name the
// words of run open and go on past: "A Saint Brendan spokeswoman" speaks
// for Saint Brendan Health, not for a man called Brendan. "" when none.
func (c *cast) orgOpenedBy(run []item, pos int) string {
	for i := len(c.orgs) - 1; i >= 0; i-- {
		o := c.orgs[i]
		if o.pos >= pos || len(o.words) <= len(run) {
			continue
		}
		if opens(o.words, run) {
			return o.name
		}
	}
	return ""
}

// opens reports whether the folded words start with the words of run.
func opens(words []string, run []item) bool {
	for k, w := range run {
		if words[k] != Fold(w.text) {
			return false
		}
	}
	return true
}

// governmentBody reports whether an organisation's name, folded word by
// word, is a government body's: "… Administration", "Department of …", "… Bureau".
func governmentBody(words []string) bool {
	for _, w := range []string{"administration", "department", "bureau", "office", "commission", "service", "authority", "agency", "board", "patrol"} {
		if headsOrg(words, w) {
			return true
		}
	}
	return false
}

// headsOrg reports whether head is the word that makes a name, folded
// word by word, an organisation: its last word, or one before a connector ("Ministry of
// Economy and Planning" for "the ministry").
func headsOrg(ws []string, head string) bool {
	if head == "union" {
		// "the union" is "… Workers Local 412", "National Council of
		// Housing and Community Employees".
		// A teachers' union is "… Education Association" in most states.
		for i, w := range ws {
			if w == "local" && i == len(ws)-2 && localNumber(ws[i+1]) || unionWords[w] || w == "education" && i == len(ws)-2 && ws[i+1] == "association" {
				return true
			}
		}
	}
	for i, w := range ws {
		if trimPossessive(w) == head && (i == len(ws)-1 || orgConnectors[ws[i+1]] || ws[i+1] == "on" && onHeads[w]) {
			return true
		}
		// "the hospital" is "St. Brendan Regional Medical Center" too,
		// "the utility" "Gulf Coastal Power".
		if kindWords[head][w] {
			return true
		}
	}
	return false
}

// titleAfterOrg returns where a title and a person's name start inside a
// run that opens with an organisation's name ("Office of Management and
// Budget Director Theodore Park"), or r.from when it does not.
func titleAfterOrg(items []item, r nameRun) int {
	for k := r.from + 1; k+2 <= r.to; k++ {
		// "Office of the State Fire Marshal" ends in no name: an
		// organisation's name does not end in "of the".
		if isTitleWord(items[k].low) && looksLikePersonName(items[k+1:r.to]) && !orgConnectors[items[k-1].low] && !determiners[items[k-1].low] && orgRun(items[r.from:k]) != "" {
			return k
		}
	}
	return r.from
}

// titleGender returns the gender the titles in run before the name at
// pos tell ("Mrs. Bishop"), or 0.
func titleGender(run []item, pos int) byte {
	for _, w := range run {
		if w.pos >= pos {
			break
		}
		if g := genderOf[strings.Trim(w.low, ".")]; g != 0 {
			return g
		}
	}
	return 0
}

// titleRole returns the role the first title in run before the name at
// pos names ("Dr. King" is a doctor), or "".
func titleRole(run []item, pos int) string {
	if len(run) == 0 || run[0].pos >= pos {
		return ""
	}
	return roleOf(strings.Trim(run[0].low, "."))
}

// sharedSurname reads a first name joined to a full name by "and", which
// gives both the surname: "Hector and Rosa Villanueva" names Hector
// Villanueva. It returns that full name, or "".
func sharedSurname(items []item, r nameRun) string {
	if r.to-r.from != 1 || r.to+3 > len(items) || !items[r.to].isWord("and") || givenName(items[r.from].low) == 0 {
		return ""
	}
	other := runAt(items, r.to+1)
	ws := items[other.from:other.to]
	if len(ws) < 2 || givenName(ws[0].low) == 0 || !looksLikePersonName(ws) {
		return ""
	}
	return items[r.from].text + " " + joinWords(ws[1:])
}

// unionLocal reports a union local's name: a run of capitalised words
// ending in "Local", and its number after it.
func unionLocal(items []item, r nameRun) bool {
	return r.to-r.from > 1 && r.to < len(items) && items[r.to-1].low == "local" && items[r.to].kind == itemWord &&
		localNumber(items[r.to].text)
}

// localAfter reports a union's name that ends at k in a plural of
// workers and is followed by its local: "Keystone Nurses and Health
// Professionals, Local 22".
func localAfter(items []item, k int) bool {
	return unionWords[items[k].low] && commaLocal(items, k+1)
}

// commaLocal reports ", Local 22" from item i on: a union's local after
// a comma.
func commaLocal(items []item, i int) bool {
	return i+2 < len(items) && items[i].text == "," && items[i+1].isWord("local") && items[i+1].capitalised() && localNumber(items[i+2].text)
}

// localNumber reports a union local's number: digits, perhaps two runs
// of them joined by a hyphen ("Local 4-117").
func localNumber(s string) bool {
	a, b, two := strings.Cut(s, "-")
	digits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	return digits(a) && (!two || digits(b))
}

// localNumbered returns the last organisation named before pos whose
// name ends in "Local" and the number n ("Carpenters Local 418"), or "".
func (c *cast) localNumbered(n string, pos int) string {
	for i := len(c.orgs) - 1; i >= 0; i-- {
		o := c.orgs[i]
		if k := len(o.words); o.pos < pos && k > 2 && o.words[k-2] == "local" && (o.words[k-1] == n || n == "") {
			return o.name
		}
	}
	return ""
}

// completeOrgs gives an organisation known by the end of its name the
// whole name the article body writes once: "the council's resolution"
// of the "Kiyutsa Nation Tribal Council" is not the "Tribal Council".
// Not when the body also writes the end after an owner: "Russia's
// Foreign Ministry" is not the "Chinese Foreign Ministry".
func (c *cast) completeOrgs(body string, qs []Quotation) {
	for i := range qs {
		q := &qs[i]
		if q.Kind != Org || q.Speaker == "" || strings.Contains(body, "'s "+q.Speaker) || strings.Contains(body, "’s "+q.Speaker) {
			continue
		}
		longer := ""
		for _, o := range c.orgs {
			if !strings.HasSuffix(o.name, " "+q.Speaker) {
				continue
			}
			if longer != "" && longer != o.name {
				longer = ""
				break // two organisations end so
			}
			longer = o.name
		}
		if longer != "" {
			q.Speaker = longer
		}
	}
}

// noteOrg records an organisation named in full.
func (c *cast) noteOrg(name string, pos int) {
	words := strings.Fields(Fold(name))
	if len(words) == 1 && orgHeads[words[0]] {
		return // "Library Director Meredith Kohl": a kind of body, not one named
	}
	c.orgs = append(c.orgs, orgMention{name, words, pos})
	c.noteGroup(name, pos)
}

// noteOrgAs records an organisation named in full that the article also
// calls by head ("the coalition", "the company"); head "" is none.
func (c *cast) noteOrgAs(name string, pos int, head string) {
	c.noteOrg(name, pos)
	if head != "" {
		c.orgs[len(c.orgs)-1].call(head)
	}
}

// call adds head to the words the organisation answers to.
func (o *orgMention) call(head string) {
	if !slices.Contains(o.words, head) {
		o.words = append(o.words[:len(o.words):len(o.words)], head)
	}
}

// thingAfterThe reports a run that "the" opens in running text with no
// title, owner or given name in it: "flows on the San Miguelito", "aboard
// the Queen Mary" name a river and a ship. People are "the Rev. Ann
// Cole", "the Post's Ruth Marcus", "the late John Smith".
func thingAfterThe(items []item, r nameRun, roles []string) bool {
	if r.from == 0 || items[r.from-1].text != "the" || len(roles) > 0 || givenName(items[r.from].low) != 0 {
		return false
	}
	if first := strings.TrimSuffix(items[r.from].low, "."); honorifics[first] || nationalities[first] != "" {
		return false
	}
	for _, it := range items[r.from:r.to] {
		if possessive(it) {
			return false
		}
	}
	return true
}

// strangerFor returns how the article describes the stranger a "he" or
// "she" at pos stands for: the last one before pos, in its paragraph or
// the one before, whose gender fits; "" when there is none, or the
// article gave no description.
func (c *cast) strangerFor(pos int, pronoun string) string {
	for k := len(c.strangers) - 1; k >= 0; k-- {
		st := c.strangers[k]
		if st.pos >= pos {
			continue
		}
		if c.paragraph(pos)-c.paragraph(st.pos) > 1 || !genderFits(st.gender, pronoun) {
			return ""
		}
		return st.desc
	}
	return ""
}

// readIndefiniteSubjects records a stranger where somebody the article
// does not name opens a sentence: "A spokeswoman for the Calder National
// Forest said …" — the "she said" after it is not the woman named in
// the paragraph before.
func (c *cast) readIndefiniteSubjects(items []item) {
	for i := 0; i+2 < len(items); i++ {
		if items[i].sent != i || !items[i].isWord("a") && !items[i].isWord("an") {
			continue
		}
		h := i + 1
		for h < len(items) && h < i+4 && items[h].kind == itemWord && !personHead(items[h].low) {
			h++
		}
		if h+1 >= len(items) || !personHead(items[h].low) || items[h+1].kind != itemWord || items[h+1].capitalised() || !speaksFirst(items, h+1) {
			continue
		}
		c.strangers = append(c.strangers, stranger{items[i].pos, gendered[items[h].low], describedAs(items[i : h+1])})
	}
}

// speaksFirst reports a speech verb in the sentence from item i on before
// any pronoun or quotation: the description before i is who speaks. In
// "A neighbor had texted her a photo, she said" she is somebody else.
func speaksFirst(items []item, i int) bool {
	for k := i; k < len(items) && items[k].sent == items[i].sent; k++ {
		switch it := items[k]; {
		case it.kind == itemQuote || it.kind == itemWord && (pronouns[it.low] || it.low == "her" || it.low == "him"):
			return false
		case it.kind == itemWord && speechVerbs[it.low] && !it.capitalised():
			return true
		}
	}
	return false
}

// readApposedOrgs notes as organisations the names an apposition calls
// one: "Nimbus Ledger, a payroll and HR software company used by …" is
// the company that "the company wrote" means later, though no word of
// its name says it is one.
func (c *cast) readApposedOrgs(items []item) {
	for i := 1; i+2 < len(items); i++ {
		if items[i].text != "," || !items[i-1].nameWord() || !items[i+1].isWord("a") && !items[i+1].isWord("an") {
			continue
		}
		head := ""
		for k := i + 2; k < len(items) && k <= i+8 && items[k].kind == itemWord; k++ {
			if orgHeads[items[k].low] && !items[k].capitalised() {
				// "a company executive" is a person.
				if k+1 >= len(items) || items[k+1].kind != itemWord || !personHead(items[k+1].low) {
					head = items[k].low
				}
				break
			}
		}
		if head == "" {
			continue
		}
		// A name that says it is an organisation was noted as one where
		// it stands; the apposition only adds what else it is called:
		// "Brookhaven Clergy United for Housing, Jobs and Justice, an
		// interfaith coalition".
		if org, _ := orgRunAt(items[max(items[i].sent, i-14):i]); org != "" {
			c.alsoCalled(org, head)
			continue
		}
		from := i - 1
		for from > items[i].sent && (items[from-1].nameWord() && !determiners[items[from-1].low] || joinsName(items, from-1)) {
			from--
		}
		// "Maria Lopez, a firm believer" is a person; a group or an
		// agency is seldom "the company".
		if !businessHead(head) || givenName(items[from].low) != 0 {
			continue
		}
		c.noteOrgAs(joinWords(items[from:i]), items[from].pos, head)
	}
}

// readOwnedOrgs notes as an organisation a name whose possessive owns
// what only a business or a body has: "Glimmer's chief executive, Anya
// Moravec" makes Glimmer the company that "the company said" means.
func (c *cast) readOwnedOrgs(items []item) {
	for i := 0; i+1 < len(items); i++ {
		if !possessive(items[i]) || !items[i].nameWord() || !corporateOwned(items, i+1) {
			continue
		}
		from := i
		for from > items[i].sent && from > i-3 && items[from-1].nameWord() && !items[from-1].is(classDeterminer) {
			from--
		}
		run := items[from : i+1]
		if givenName(run[0].low) != 0 || c.at[run[len(run)-1].pos] != nil || len(c.surnames[surnameKey(trimPossessive(run[len(run)-1].text))]) > 0 {
			continue // "Maria Lopez's chief of staff" is a person's
		}
		name := trimPossessive(joinWords(run))
		if orgRun(run) != "" || c.knownOrg(name) {
			continue
		}
		c.noteOrg(name, items[from].pos)
	}
}

// corporateOwned reports, at item k, what an organisation owns and a
// person does not: "chief executive", "CEO", "board", "shareholders".
func corporateOwned(items []item, k int) bool {
	w := items[k].low
	switch {
	case w == "chief" && k+1 < len(items) && items[k+1].isWord("executive"):
		return true
	case w == "ceo" || w == "shareholders" || w == "headquarters" || w == "stock" || w == "shares" || w == "employees":
		return true
	}
	return false
}

// knownOrg reports whether the article has named the organisation so.
func (c *cast) knownOrg(name string) bool {
	for _, o := range c.orgs {
		if o.name == name {
			return true
		}
	}
	return false
}

// alsoCalled adds head to the words of every mention of the organisation
// named name, where they stand: "the coalition" finds it after "…, an
// interfaith coalition". The mentions keep their places, so that no
// later one is taken for "the company" of a paragraph it is not in.
func (c *cast) alsoCalled(name, head string) {
	for i := range c.orgs {
		if c.orgs[i].name == name {
			c.orgs[i].call(head)
		}
	}
}

// readNamedDescriptions gives an organisation the head of the description
// its name is apposed to: "The coalition that pushed for the bill,
// Tenants, Workers and Families for a Fair Nevada, said …" and "A
// coalition of farm groups, Farmers, Ranchers, and Rural Communities for
// a Fair Deal, which …" are what "the coalition said" means later.
func (c *cast) readNamedDescriptions(items []item) {
	for i := 0; i+3 < len(items); i++ {
		if items[i].sent != i || !determiners[items[i].low] || !orgHeads[items[i+1].low] || items[i+1].capitalised() {
			continue
		}
		head := items[i+1].low
		for k := i + 2; k < len(items) && k <= i+14 && items[k].sent == items[i].sent; k++ {
			if items[k].text != "," || k+1 >= len(items) || !items[k+1].capitalised() {
				continue
			}
			if from, to := k+1, apposedNameEnd(items, k+1); to > from && givenName(items[from].low) == 0 {
				c.noteOrgAs(joinWords(items[from:to]), items[from].pos, head)
			}
			break
		}
	}
}

// apposedNameEnd returns where the name that starts at from ends when a
// comma closes it, as an apposition's does; from when it does not.
func apposedNameEnd(items []item, from int) int {
	j := runAt(items, from).to
	if j-from < 2 || j >= len(items) || items[j].text != "," {
		return from
	}
	return j
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
	for j < len(items) && items[j].sent == items[i].sent && (items[j].kind == itemWord && (items[j].nameWord() || j > i && joinsName(items, j)) || j > i && commaInName(items, j)) {
		j++
	}
	return nameRun{i, j}
}

// joinsName reports whether the lower-case word at j joins the name words
// around it into one name: a particle ("Mohammed bin Salman"), a
// connector inside an organisation's name ("Union of Harbour Pilots",
// "Citizens for Responsible Growth", "Friends of the Riverfront",
// "Department of Health and Senior Services") or a title's ("Secretary of
// State").
func joinsName(items []item, j int) bool {
	if j+1 >= len(items) || j == 0 {
		return false
	}
	w := items[j].low
	if items[j].is(classNameParticle) {
		return items[j+1].nameWord() || items[j+1].is(classNameParticle)
	}
	if w == "&" {
		return items[j-1].nameWord() && items[j+1].nameWord() // "Halloran & Sykes Architects"
	}
	if w == "and" && items[j-1].text == "," && items[j+1].nameWord() {
		return commaInName(items, j-1) // "Kansans for Libraries, Literacy, and Lifelong Learning"
	}
	if w == "and" && (items[j+1].nameWord() || items[j+1].isWord("the") && j+2 < len(items) && items[j+2].nameWord()) && listedBefore(items, j) {
		return true // "Coalition for Safe Roads, Rested Drivers and Fair Pay", "… and the Public Trust"
	}
	if w == "the" && items[j-1].isWord("and") && items[j+1].nameWord() && listedBefore(items, j-1) {
		return true
	}
	if (w == "in" || w == "on") && items[j+1].nameWord() && innerConnector(items, j) {
		return true
	}
	if w == "the" || w == "a" {
		// "Friends of the Riverfront", "Coalition for a Fair Judiciary":
		// an article after a connector that joins.
		// A page cut off before the connector's own word has none.
		return j >= 2 && items[j+1].nameWord() && (items[j-1].isWord("of") || items[j-1].isWord("for")) && connects(items, j-1, j+1)
	}
	next := j + 1
	if (w == "of" || w == "for") && (items[next].isWord("the") || items[next].isWord("a")) && next+1 < len(items) {
		next++
	}
	if !items[next].nameWord() || !items[j-1].capitalised() {
		return false
	}
	return connects(items, j, next)
}

// innerConnector reports whether "on" or "in" at m joins the capitalised
// word before it to what follows inside an organisation's name: "House
// Committee on Ethics", "Council on Foreign Relations", "Citizens for
// Responsibility and Ethics in Washington".
func innerConnector(ws []item, m int) bool {
	switch ws[m].low {
	case "on":
		return onHeads[ws[m-1].low] && ws[m-1].capitalised()
	case "in":
		return ws[m-1].capitalised() && orgBefore(ws, m)
	}
	return false
}

// onHeads take "on" and what they deal with into an organisation's name.
var onHeads = set(`committee subcommittee council commission panel board conference caucus`)

// connects reports whether the connector at j joins the capitalised word
// before it to the name word at next: "of" and "for" after a word that
// makes an organisation ("Federation of", "Citizens for"), or "of" after
// a title; "and" inside such a name, after its connector ("Ministry of
// Economy and Planning") or before its last word ("Business and
// Merchants Association").
func connects(items []item, j, next int) bool {
	prev := items[j-1]
	switch items[j].low {
	case "and", "&":
		if items[j].text == "&" {
			return true // "Westridge Power & Light", "Halloran & Sykes Architects"
		}
		if j >= 2 && items[j-2].text == "," && commaInName(items, j-2) {
			return true // "… United for Housing, Jobs and Justice"
		}
		for k := j - 1; k >= 0 && k >= j-5 && items[k].kind == itemWord; k-- {
			if k+1 < j && (items[k+1].isWord("for") && forFormer(items, k) || items[k+1].isWord("of") && orgFormer(items, k, items[k].sent == k) ||
				items[k+1].isWord("against") && orgSuffixes[trimPossessive(items[k].low)]) {
				return true // "Coalition Against Hate and Fascism"
			}
		}
		k := next
		for ; k < len(items) && k <= next+3 && items[k].nameWord(); k++ {
			if orgSuffixes[trimPossessive(items[k].low)] && (k+1 == len(items) || !items[k+1].nameWord()) || unionLocal(items, nameRun{j, k + 1}) || localAfter(items, k) {
				return true
			}
		}
		// "Tenants, Workers and Families for a Fair Nevada": a list
		// that a connector after it makes an organisation's name.
		// "the United Metal and Foundry Workers union": a kind of
		// organisation in lower case after the name.
		if k > next && k < len(items) && items[k].kind == itemWord && !items[k].capitalised() && (items[k].low == "union" || items[k].low == "coalition" || items[k].low == "association") {
			return true
		}
		// "United Nurses and Allied Professionals of the Riverbend
		// Valley": two plurals joined before one.
		list := j >= 2 && items[j-2].text == "," || len(prev.low) > 3 && strings.HasSuffix(prev.low, "s") && prev.capitalised()
		return list && k+1 < len(items) && k > next &&
			(items[k].isWord("for") && forFormer(items, k-1) || items[k].isWord("of") && orgFormer(items, k-1, false))
	case "for":
		return forFormer(items, j-1)
	case "of":
		// "Secretary of State", but "Trooper Cody Major of the State
		// Patrol": a title word after a first name is a surname.
		return orgFormer(items, j-1, items[j-1].sent == j-1) || honorifics[prev.low] && !afterFirstName(items, j-1)
	case "to":
		// "Freedom to Read Project", "Citizens to Save Elm Park
		// Coalition": a word of an organisation's ends the name soon.
		for k := next; k < len(items) && k <= next+3 && items[k].nameWord(); k++ {
			if orgSuffixes[trimPossessive(items[k].low)] && (k+1 == len(items) || !items[k+1].nameWord()) {
				return true
			}
		}
	}
	return false
}

// afterFirstName reports a word at k after a name word that is no title
// and no nationality, as a surname follows a first name.
func afterFirstName(items []item, k int) bool {
	p := k - 1
	return p >= 0 && items[p].nameWord() && !items[p].is(classHonorific) && !isTitleWord(items[p].low) && !items[p].is(classNationality)
}

// orgFormer reports whether a capitalised word can head an organisation's
// name before a connector: a word such as "Department" or "Coalition",
// or a plural that is not merely capitalised because it opens the
// sentence ("Citizens for …", "Veterans of …"; not "Residents of Elm
// Street said").
func orgFormer(ws []item, k int, opens bool) bool {
	it := ws[k]
	if !it.capitalised() {
		return false
	}
	if it.baseIs(classOrgSuffix) {
		return true
	}
	// A plural after a first name is a surname: "Jolene Price-Matthews of
	// Hollis Ferry".
	plural := len(it.low) > 4 && strings.HasSuffix(it.low, "s") && !strings.HasSuffix(it.low, "ss") && !possessive(it) && !upperCase(it.text)
	return plural && !it.is(classHonorific) && (!opens || !commonNoun(it.low) && !it.is(classNationality)) && !(k > 0 && ws[k-1].given() != 0)
}

// forFormer reports whether a capitalised word can head an organisation's
// name before "for": any plural, as "Parents for Medical Choice" is a
// group's name even where it opens the sentence.
func forFormer(ws []item, k int) bool {
	return orgFormer(ws, k, false)
}

// splitTitles separates leading titles, nationalities and possessive
// countries from the name in a capitalised run: "Russian President Vladimir
// Putin" → roles {president}, nation russia, name "Vladimir Putin".
// lower, for items that are the article's own, holds the words they write
// in lower case; nil for any other.
func splitTitles(items []item, r nameRun, lower *lowerWords) (name []item, roles []string, nation string, former bool) {
	i := r.from
	if sentenceOpener(items, r, lower) || leadingPrepositions[items[i].low] && r.to-i > 1 {
		i++ // "Inside Nevada's bitter fight" in a headline
	}
	// A title stands before a name, so the run's last word is never one:
	// "Councillor Angela King", but "King said"; nor is one with only a
	// suffix after it: "King Jr. said".
	for ; i+1 < r.to && !suffixesOnly(items[i+1:r.to]); i++ {
		w := trimPossessive(items[i].low)
		// A country is a title only as an adjective, in the possessive or
		// before a title: "Russian President", "Jordan's King", not
		// "Jordan Vale".
		if n, ok := nationalities[w]; ok && (w != items[i].low || strings.HasSuffix(w, "n") && w != n || titleAt(items, i+1, r.to)) {
			nation = n
			continue
		}
		if items[i].baseIs(classHonorific) || items[i].text == "Del." || hyphenRole(items[i].text) || titleAcronym(items[i].text) { // Delegate; "del" is a particle (del Toro)
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
	for k := r.to - 2; k >= i; k-- {
		if possessive(items[k]) {
			// "the CIA's Benghazi base": one word after an owner is no
			// person's name, and no part of the owner's.
			if k+2 == r.to || looksLikePersonName(items[k+1:r.to]) {
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
				if r := roleOf(part); r != "" {
					roles = append(roles, r) // "Sen." is a senator
				}
			}
			i = k + 1
			break
		}
	}
	// A word before a known first name is a title the lists do not hold:
	// "Administrator Lionel Strickland", "Mother Hattie Mae Simmons",
	// "Commissioners Evangeline DeVaughn".
	// "Council Member Esperanza Villalobos", "Pro Tem Vernon Cash": up to
	// three such words.
	if first := knownFirstNameAt(items, i, r.to); first > i {
		for ; i < first; i++ {
			if role := strings.TrimSuffix(items[i].low, "s"); personRoles[role] {
				roles = append(roles, role)
			}
		}
	}
	// "Forecaster Priyanka Deshmukh-Hall": an occupation's word before a
	// name of two words, whatever the first name.
	if r.to-i >= 3 && occupation(items[i].low) && items[i].given() == 0 && looksLikePersonName(items[i+1:r.to]) {
		roles = append(roles, items[i].low)
		i++
	}
	// Honorifics after a name: "Jane Doe KC".
	to := r.to
	for to > i && (upperCase(items[to-1].text) && honorifics[strings.Trim(items[to-1].low, ".")]) {
		to--
	}
	return items[i:to], roles, nation, former
}

// sentenceOpener reports a run that opens its sentence with a word that
// is only capitalised for it: no given name, and written in lower case
// elsewhere in items. "Top Clinton adviser sent …" names Clinton. A
// lower that has never seen the word spares reading items for it.
func sentenceOpener(items []item, r nameRun, lower *lowerWords) bool {
	first := items[r.from]
	w := strings.TrimSuffix(first.low, ".")
	if r.from != first.sent || r.to-r.from < 2 || givenName(w) != 0 || Stopwords[w] || honorifics[w] || personRoles[w] || isTitleWord(w) || nationalities[w] != "" || occupation(w) {
		return false // a title the loop below reads: "Mayor Evelyn Young"
	}
	// Only before a name: "Labor Nominee's Path Narrows" is a headline.
	for _, it := range items[r.from+1 : r.to] {
		if possessive(it) || honorifics[trimPossessive(it.low)] {
			return false
		}
	}
	if lower != nil && !lower.mayHave(first.low) {
		return false
	}
	for i := range items {
		if it := &items[i]; it.kind == itemWord && it.low == first.low && !it.capitalised() {
			return true
		}
	}
	return false
}

// suffixesOnly reports words that are all generational suffixes: "Jr.",
// "Sr. III".
func suffixesOnly(ws []item) bool {
	for _, w := range ws {
		if !w.is(classNameSuffix) {
			return false
		}
	}
	return len(ws) > 0
}

// occupationEndings end the words for what people do for a living.
var occupationEndings = []string{"ologist", "ician", "caster", "grapher", "keeper", "maker", "worker",
	"fighter", "officer", "manager", "director", "planner", "organizer", "organiser", "engineer",
	"designer", "volunteer", "teacher", "farmer", "economist", "analyst", "scientist", "pharmacist",
	"therapist", "dentist", "activist", "strategist", "columnist", "journalist", "specialist"}

// occupation reports a word for what somebody does for a living, by its
// ending: "forecaster", "meteorologist", "firefighter".
func occupation(w string) bool {
	for _, e := range occupationEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// knownFirstNameAt returns where a known first name starts a person's
// name of two words or more within items[i:to], after at most three
// capitalised words that are neither first names, initials nor
// nationalities; i when there is none.
func knownFirstNameAt(items []item, i, to int) int {
	for k := i; k < i+4 && k+2 <= to; k++ {
		it := items[k]
		if it.given() != 0 {
			if k > i && looksLikePersonName(items[k:to]) {
				return k
			}
			return i
		}
		if !it.capitalised() || initial(strings.TrimSuffix(it.text, ".")) || it.is(classNationality) {
			return i
		}
	}
	return i
}

// hyphenRole reports a compound role before a name: "Fourth-grader",
// "Ex-minister", whose last part is in lower case.
func hyphenRole(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	if !unicode.IsLower(r) {
		return false
	}
	// A role ends the compound ("Ex-minister", "Fourth-grader"); a given
	// name such as "Min-jun" does not.
	last := strings.ToLower(w[i+1:])
	return personRoles[last] || honorifics[last] || strings.HasSuffix(last, "er") || strings.HasSuffix(last, "or") || strings.HasSuffix(last, "ist")
}

// roleOf returns the role a title word names ("sen" → "senator"), or "".
func roleOf(w string) string {
	w = strings.TrimSuffix(w, ".") // "Sen." is a senator
	if r, ok := titleRoles[w]; ok {
		return r
	}
	if personRoles[w] {
		return w
	}
	return ""
}

// titleAcronym reports a title written as its initials in capitals:
// "Former AG Mukasey", "DA Lena Ortiz". In lower case they are other
// words ("Da Silva").
func titleAcronym(w string) bool { return w == "AG" || w == "DA" }

// titleAt reports whether items[i] is a title word inside a run ending at to.
func titleAt(items []item, i, to int) bool {
	return i+1 < to && items[i].is(classHonorific)
}

// hyphenatedGiven reports a given name of two syllables joined by a
// hyphen, the second in lower case, as Korean and some other names are
// romanised: "Ji-hoon", "Seo-yeon", "Mei-ling". No place is written so.
func hyphenatedGiven(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || first == "" || len(second) < 2 || strings.Contains(second, "-") || wordPrefixes[strings.ToLower(first)] {
		return false
	}
	r, n := utf8.DecodeRuneInString(first)
	s, _ := utf8.DecodeRuneInString(second)
	return unicode.IsUpper(r) && unicode.IsLower(s) && strings.ToLower(first[n:]) == first[n:]
}

// wordPrefixes open hyphenated words that are no names: "Co-founder",
// "Ex-wife", "Vice-chair".
var wordPrefixes = set(`co ex vice pre non anti self step half post mid re`)

// isTitleWord reports a title such as "Secretary" or "Secretary-General".
func isTitleWord(w string) bool {
	rest := strings.Trim(w, ".")
	for {
		part, more, found := strings.Cut(rest, "-")
		if !honorifics[part] || part == "former" || part == "late" {
			return false
		}
		if !found {
			return true
		}
		rest = more
	}
}

// joinWords joins the words as written, without a possessive at the end:
// "Maria Lopez's" names Maria Lopez.
func joinWords(ws []item) string {
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		if (apostrophe(w) || w.text == ",") && len(parts) > 0 {
			parts[len(parts)-1] += w.text // "Savers'", "Retail, Warehouse and …"
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
		// "III" and "2025" in "— Gov. Thomas Avery Pruitt III, Feb. 4,
		// 2025" are no shouting.
		if len(w.text) > 2 && upperCase(w.text) && strings.IndexByte(w.text, '.') < 0 && strings.IndexFunc(w.text, unicode.IsLetter) >= 0 && !w.is(classNameSuffix) {
			n++
		}
	}
	return n >= 2
}

// givenMonths are months that are also given names, before a surname:
// "June Bishop", "April Ryan", "August Wilson".
var givenMonths = set(`april may june august`)

// calendarWords after a month keep it a month: "May Day", "June Primary".
var calendarWords = set(`day days primary primaries election elections fools term session`)

// mastheads end a newspaper's name, and no surname one knows of: those
// that do (Post, Star, Record) are left out.
var mastheads = set(`dispatch herald tribune gazette journal ledger courier sentinel bulletin observer
chronicle inquirer examiner telegraph courant enquirer`)

// heritages open a people's name before a nationality: "African American".
var heritages = set(`native african asian arab latin hispanic european caribbean`)

// looksLikePersonName reports whether words are a person's full name rather
// than a place, an organisation or a heading.
func looksLikePersonName(ws []item) bool {
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	if shouting(ws) {
		return false
	}
	if ws[0].is(classPlaceFirstWord) && placesNamed[strings.ToLower(strings.ReplaceAll(joinWords(ws), " ", "-"))] || partyTag(ws) || peoples(ws[len(ws)-1].low) {
		return false // "New Jersey", "D-San Antonio"
	}
	if ws[0].is(classOrdinal) {
		return false // "Sixth Circuit", "Second Amendment", "First Baptist"
	}
	if len(ws) == 2 && nationalities[ws[1].low] != "" && (nationalities[ws[0].low] != "" || heritages[ws[0].low]) {
		return false // "Native American artifacts", "African American voters"
	}
	if utf8.RuneCountInString(ws[0].text) == 1 && len(ws) == 2 {
		return false // "73°F Waverly, IA": a weather line's unit, not an initial
	}
	if ws[0].low == "dear" {
		return false // "a Dear Colleague letter": a salutation
	}
	for _, w := range ws {
		if w.text == "&" {
			return false // "Lindqvist Fabric & Notions", "Brasa & Brine": a business
		}
	}
	if ws[len(ws)-1].low == "day" && ws[0].given() == 0 {
		return false // "Election Day", "Veterans Day"; not Doris Day
	}
	if mastheads[ws[len(ws)-1].low] && ws[0].given() == 0 {
		return false // "obtained by Hill Dispatch": a newspaper
	}
	if clockWords[ws[0].low] && upperCase(ws[0].text) {
		return false // "9:58 PM CDT"
	}
	if lawWords[ws[len(ws)-1].low] || partyMember(ws[len(ws)-1].low) {
		return false // "… Protection and Repatriation Act", "Equal Rights Amendment", "the Iowa Republican"
	}
	// After a known first name, the last word is a surname even when it is
	// also a word, a month or a place: "Carter Will", "Dwight May", "Emma
	// Park"; otherwise "Harlan Park" is a school and "Elm Street" a street.
	given := ws[0].given() != 0 || hyphenatedGiven(ws[0].text)
	// The surname is the last word but the suffixes: "Reginald
	// Washington III".
	surname := len(ws) - 1
	for surname > 1 && ws[surname].is(classNameSuffix) {
		surname--
	}
	for i, w := range ws {
		l := w.low
		if w.is(classPlaceWord) || !given && i == len(ws)-1 && w.is(classPlaceName) {
			return false
		}
		if given && i == len(ws)-1 && i > 0 && (w.is(classStopword|classMonth) || i == 1 && surnameOrgWords[l]) {
			continue // "Adelaide Church", "Edward House"
		}
		// A country may be a surname ("Jim Jordan"), not a first name. "Don"
		// is a stopword for search ("don't"), and a first name here.
		// A nationality opens no name ("Russian President"), but a
		// country may be a given name: "Jordan Whitley", "Georgia Lane".
		adjective := w.is(classNationality) && (nationalities[l] != l || w.given() == 0 && !countryNames[l])
		if w.is(classKnownOrg|classOrgSuffix|classWeekday) || adjective && i < surname || w.is(classStopword) && l != "don" && !(strings.HasSuffix(w.text, ".") && initial(strings.TrimSuffix(w.text, "."))) || w.is(classMonth) && !(i == 0 && givenMonths[l] && !calendarWords[ws[1].low]) {
			return false
		}
	}
	return true
}

// titledSurname reports a run of titles before a first name and a surname
// that is also an organisation's word: "Judge Adelaide Church" is a
// judge, not a church.
func titledSurname(items []item, r nameRun, lower *lowerWords) bool {
	name, _, _, _ := splitTitles(items, r, lower)
	return len(name) == 2 && r.to-r.from > 2 && name[0].given() != 0 && surnameOrgWords[name[1].low]
}

// clockWords follow a time of day: "9:58 PM CDT".
var clockWords = set(`am pm et ct mt pt edt cdt mdt pdt est cst mst pst utc gmt`)

// surnameOrgWords are words that end organisations' names and people's:
// after a first name, "Church" and "House" are surnames.
var surnameOrgWords = set(`church house bank banks post press hall chapel`)

// agedAt reports an age in an apposition at item i: ", 34," or ", 9.".
func agedAt(items []item, i int) bool {
	if i+2 >= len(items) || items[i].text != "," || items[i+1].kind != itemWord || (items[i+2].text != "," && items[i+2].text != ".") {
		return false
	}
	n := items[i+1].text
	return len(n) <= 3 && strings.Trim(n, "0123456789") == ""
}

// describedAt reports an apposition at item i that describes a person:
// ", a home health aide who …", ", a mother of two,".
func describedAt(items []item, i int) bool {
	if i+2 >= len(items) || items[i].text != "," || !items[i+1].isWord("a") && !items[i+1].isWord("an") {
		return false
	}
	for k := i + 2; k < len(items) && k <= i+7 && items[k].kind == itemWord; k++ {
		if w := items[k].low; personRoles[w] || honorifics[w] || anonymousHeads[w] || gendered[w] != 0 {
			return true
		}
	}
	return false
}

// apposedToName reports a description at item i set off after a name, or
// a name and an age: "Caden, 10, the youngest player," describes who was
// just named, where "Asked about it, the Spaniard was cautious" does not.
func apposedToName(items []item, i int) bool {
	if i < 2 || items[i-1].text != "," {
		return false
	}
	prev := items[i-2]
	if prev.kind == itemWord && strings.Trim(prev.text, "0123456789") == "" && i >= 4 && items[i-3].text == "," {
		prev = items[i-4] // past the age
	}
	return prev.nameWord()
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
	// "The elder Tolliver remembers it differently."
	if k := r.from - 2; k >= 0 && items[k].sent == k && items[k].isWord("the") && (items[k+1].isWord("elder") || items[k+1].isWord("younger")) {
		return true
	}
	if prev := items[r.from-1]; prev.kind == itemPunct && prev.text == "," || prev.kind == itemBreak {
		// But "Darryl Price, Tavion's father, said": the father is.
		return !(prev.text == "," && possessive(items[r.to-1]) && r.to < len(items) && items[r.to].kind == itemWord)
	}
	// "For Carol Haney, the waiting was the hardest part.": whom the
	// sentence is about.
	if k := r.from - 1; items[k].sent == k && items[k].isWord("for") && r.to < len(items) && items[r.to].text == "," {
		return true
	}
	if prev := items[r.from-1]; prev.kind == itemWord && prev.is(classInvertedVerb) && !prev.capitalised() {
		return true // "…," says Mateo Alvarado: the subject of "says"
	}
	if rolesAfterInvertedVerb(items, r.from) {
		return true // "…, said library director Natalie Quon."
	}
	if items[r.from-1].isWord("that") {
		// "Kowalczyk noted that Halvorsen still holds …": the subject of
		// what was said is not the one saying it.
		return false
	}
	if r.to < len(items) && items[r.to].kind == itemWord {
		w := items[r.to].low
		if items[r.to].is(classSpeechVerb|classSkipBeforeVerb) || strings.HasSuffix(w, "ed") {
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
	if j >= len(items) || items[j].text != "," && items[j].text != "—" {
		return false
	}
	closing := items[j].text // "Russell Young Jr. — no relation to her — cast"
	for k := j + 1; k < len(items) && k < j+25; k++ {
		it := items[k]
		if it.kind == itemQuote || it.kind == itemBreak || it.text == "." {
			return false
		}
		// The verb that follows the apposition's closing comma: "Dana
		// Whitlock, in a brief interview Tuesday, played down …".
		if it.kind == itemWord && (speechVerbs[it.low] || finiteVerb(it)) && !it.capitalised() && items[k-1].text == closing {
			return true
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
	for k, it := range items[s:i] {
		// "The younger Montgomery, 44, followed": a determiner may open.
		if it.kind != itemWord || speechVerbs[it.low] || Stopwords[it.low] && !(k == 0 && determiners[it.low]) {
			return false
		}
	}
	return true
}

// rolesAfterInvertedVerb reports a name at item i that roles follow an
// inverted speech verb to: "said library director Natalie Quon", "says
// Library Director Natalie Quon".
func rolesAfterInvertedVerb(items []item, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		it := items[k]
		if it.kind != itemWord {
			return false
		}
		if it.is(classInvertedVerb) {
			return k < i-1 && !it.capitalised()
		}
		if it.is(classStopword) && it.low != "of" || isPronoun(it.low) || it.is(classSpeechVerb) {
			return false
		}
	}
	return false
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

// mention records that the name whose first word after any title is at
// nameAt, written from pos, stands for p.
// A person's first mention counts as a subject wherever it stands: "The
// jury also heard from Tara Voss. She said …" is about the one just
// introduced.
func (c *cast) mention(p *person, nameAt, pos int, subject bool) {
	c.at[nameAt] = p
	p.mentions = append(p.mentions, mention{pos: pos, subject: subject})
}

// byName returns the person a name or surname stands for in this article:
// a full name, the latest of those it fits mentioned before pos; a surname
// alone or a first name as bySurname and byFirstName choose.
func (c *cast) byName(name string, pos int) *person {
	var buf [64]byte
	key := appendSurnameKey(buf[:0], name)
	if !strings.Contains(name, " ") {
		ps := c.surnames[string(key)]
		if p := bySurname(ps, pos, "", 0, 0, ""); p != nil {
			return p
		}
		if len(ps) > 0 {
			return ps[0] // named in full only later
		}
		if Stopwords[strings.ToLower(name)] {
			return nil
		}
		return c.byFirstName(name, pos)
	}
	suffix := suffixOf(name)
	var best *person
	for _, p := range c.people {
		if p.key != string(key) || !sameFirstName(p.name, name) || !p.sameSuffix(suffix) {
			continue
		}
		if best == nil || lastMentionBefore(p, pos) > lastMentionBefore(best, pos) {
			best = p
		}
	}
	if best == nil && nameParticles[strings.ToLower(name[:strings.IndexByte(name, ' ')])] {
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

// byAge returns who "the 34-year-old" at pos is: the person last
// mentioned with that age, else the last subject, in this paragraph or
// the two before, whose age the article has not given ("Devin King, a
// teacher, said …" then "the 34-year-old said", with a paragraph about
// the fire between them); nil when neither.
func (c *cast) byAge(n, pos int) *person {
	var best, unaged *person
	bestAt, unagedAt := -1, -1
	for _, p := range c.people {
		for _, m := range p.mentions {
			if m.pos >= pos {
				break
			}
			if p.age == n && m.pos > bestAt {
				best, bestAt = p, m.pos
			}
			if p.age == 0 && m.subject && m.pos > unagedAt {
				unaged, unagedAt = p, m.pos
			}
		}
	}
	if best != nil {
		return best
	}
	if unaged != nil && c.paragraph(pos)-c.paragraph(unagedAt) <= 2 {
		return unaged
	}
	return nil
}

// byDescription returns the person a definite description such as "the
// Russian leader", "the Kremlin's chief" or "the veteran coach" stands for:
// somebody with a matching role and nationality, the most recent first.
func (c *cast) byDescription(mods []string, head string, pos int) *person {
	if age, ok := strings.CutSuffix(head, "-year-old"); ok {
		if n, err := strconv.Atoi(age); err == nil {
			return c.byAge(n, pos)
		}
	}
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
	return c.byPronounBut(pos, since, pronoun, nil)
}

// byPronounBut is byPronoun for a pronoun that cannot be but: the one
// who asked in "Asked by Rich whether …, she said".
func (c *cast) byPronounBut(pos, since int, pronoun string, but *person) *person {
	var bestSubj, bestAny *person
	subjAt, anyAt := -1, -1
	for _, p := range c.people {
		if !genderFits(p.gender, pronoun) || p == but {
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
	for _, st := range c.strangers {
		if st.pos > subjAt && st.pos < pos && genderFits(st.gender, pronoun) {
			return nil // the last subject is somebody the article does not name
		}
	}
	if subjAt < since && anyAt < since {
		// Nobody the pronoun fits in its own sentence.
		if p := c.otherParticipant(since, pronoun); p != nil {
			return p
		}
	}
	// Nobody the pronoun fits named in the paragraph before nor in this
	// one: a feature's "she" is who the story is about (`… her maple
	// cream pie, which she refused to sell whole.` then `"…," she told
	// the Herald`), not the last relative quoted.
	if bestAny != nil && c.paragraph(pos)-c.paragraph(anyAt) >= 2 && c.pronounInParagraph(c.paragraph(pos)-1, pronoun) {
		if p := c.subjectOfTheStory(pos); p != nil && p != but && genderFits(p.gender, pronoun) {
			return p
		}
	}
	// A subject some paragraphs back has given way to whoever the
	// paragraph before named.
	if bestSubj != nil && (subjAt >= since || anyAt < since) && c.paragraph(anyAt)-c.paragraph(subjAt) <= 1 {
		return bestSubj
	}
	return bestAny
}

// pronounInParagraph reports whether paragraph n (see paragraph) has
// the pronoun, lower case, as a word.
func (c *cast) pronounInParagraph(n int, pronoun string) bool {
	if n < 0 {
		return false
	}
	from, to := 0, math.MaxInt
	if n > 0 && n-1 < len(c.breaks) {
		from = c.breaks[n-1]
	}
	if n < len(c.breaks) {
		to = c.breaks[n]
	}
	i := sort.Search(len(c.items), func(i int) bool { return c.items[i].pos >= from })
	for ; i < len(c.items) && c.items[i].pos < to; i++ {
		if c.items[i].kind == itemWord && c.items[i].low == pronoun {
			return true
		}
	}
	return false
}

// otherParticipant returns who "he" or "she" opening the sentence at
// since stands for when the sentence before has a subject the pronoun
// cannot fit and one other person it can: "Host Laura Whitfield pressed
// Grant Halvorsen on whether he would … "Day one," he replied."
func (c *cast) otherParticipant(since int, pronoun string) *person {
	g := byte('m')
	if pronoun == "she" {
		g = 'f'
	}
	if pronoun != "he" && pronoun != "she" {
		return nil
	}
	i := itemIndex(c.items, since)
	if i == 0 {
		return nil
	}
	j := i - 1
	if c.items[j].kind == itemBreak && j > 0 {
		j--
	}
	from, to := c.items[c.items[j].sent].pos, since
	var first, fit *person
	firstAt := to
	for _, p := range c.people {
		for _, m := range p.mentions {
			if m.pos < from || m.pos >= to {
				continue
			}
			if m.pos < firstAt {
				first, firstAt = p, m.pos
			}
			if p.gender == g {
				if fit != nil && fit != p {
					return nil
				}
				fit = p
			}
		}
	}
	if first == nil || first.gender == 0 || first.gender == g || fit == nil {
		return nil
	}
	return fit
}

// onlyPerson returns the one person mentioned between byte offsets from
// and to, or nil when nobody or several are.
func (c *cast) onlyPerson(from, to int) *person {
	var only *person
	for _, p := range c.people {
		for _, m := range p.mentions {
			if m.pos >= from && m.pos < to {
				if only != nil && only != p {
					return nil
				}
				only = p
				break
			}
		}
	}
	return only
}

// paragraph returns the index of the paragraph holding byte offset pos.
func (c *cast) paragraph(pos int) int {
	return sort.SearchInts(c.breaks, pos+1)
}

// introducedAfter returns the person a pronoun at pos stands for when
// nobody before it can, as nobody is named before it: the first the
// article introduces after pos, in the next two paragraphs, if the
// pronoun ("he" or "she") fits. A
// feature may open with a quotation and name its speaker after: `"…,"
// he says, kicking at the dirt.` and then "Arturo Benavides, 67, has
// grown alfalfa here for four decades." nil when nobody fits.
func (c *cast) introducedAfter(pos int, pronoun string) *person {
	for _, st := range c.strangers {
		if st.pos < pos {
			return nil // "a woman who declined to give her name"
		}
	}
	var first *person
	firstAt := -1
	for _, p := range c.people {
		if len(p.mentions) > 0 && p.mentions[0].pos < pos {
			return nil // only before anybody is named
		}
		if len(p.mentions) == 0 || firstAt >= 0 && p.mentions[0].pos > firstAt {
			continue
		}
		first, firstAt = p, p.mentions[0].pos
	}
	if first == nil || c.paragraph(firstAt)-c.paragraph(pos) > 2 {
		return nil
	}
	g := first.gender
	if g == 0 {
		g = givenName(firstName(first.name))
	}
	if g != pronounGender(pronoun) {
		return nil
	}
	return first
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

// mostMentioned returns the person the article names most often, the
// first named on a tie: whom an interview is with.
func (c *cast) mostMentioned() *person {
	if best, _, _ := c.leader(math.MaxInt); best != nil || len(c.people) == 0 {
		return best
	}
	return c.people[0]
}

// leader returns the person mentioned most before pos, the first of them
// on a tie, with that count and the next highest; nil when nobody is.
func (c *cast) leader(pos int) (best *person, first, second int) {
	for _, p := range c.people {
		n := 0
		for _, m := range p.mentions {
			if m.pos < pos {
				n++
			}
		}
		switch {
		case n > first:
			best, first, second = p, n, first
		case n > second:
			second = n
		}
	}
	return best, first, second
}

// orgNamed returns the organisation named before pos whose name opens
// with the word w, as "Crestmoor" for "Crestmoor Residential Partners
// LLC"; "" when none or several do.
func (c *cast) orgNamed(w string, pos int) string {
	f := Fold(w)
	found := ""
	for _, o := range c.orgs {
		if o.pos >= pos || len(o.words) < 2 || o.words[0] != f {
			continue
		}
		if found != "" && found != o.name {
			return ""
		}
		found = o.name
	}
	return found
}

// stranger is where a sentence's subject is somebody the article does
// not name, and their gender if the sentence tells it.
type stranger struct {
	pos    int
	gender byte
	// desc is how the sentence that keeps the name back describes them
	// ("one juror", "a longtime line worker"), "" when it does not.
	desc string
}
