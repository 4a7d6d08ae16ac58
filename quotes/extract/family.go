package extract

import (
	"iter"
	"strings"
)

// People who share a surname are told apart the way reporters tell them
// apart: by a generational suffix ("Giordano Sr."), by "the elder" and
// "the younger", by first name ("Jalen said"), and otherwise a surname
// alone stands for the first of them the article introduced, the one it
// is about, as in "Travis Brown … his father, Travis Brown Sr. … Brown
// said".

// suffixOf returns the folded generational suffix that ends a name ("jr",
// "sr", "iii"), or "".
func suffixOf(name string) string {
	_, last := lastField(name)
	last = strings.TrimSuffix(last, ".")
	for _, s := range [...]string{"jr", "sr", "ii", "iii", "iv"} {
		if strings.EqualFold(last, s) {
			return s
		}
	}
	return ""
}

// sameSuffix reports whether a name written with suffix can be a person
// first named with p's: the same suffix, or none, as a later shorthand.
func (p *person) sameSuffix(suffix string) bool {
	return suffix == "" || p.suffix == suffix
}

// generation reads "the elder" or "the younger" before a surname at item
// i, past titles ("the younger Mr. Booker"): -1 for the elder, 1 for the
// younger, 0 when neither.
func generation(items []item, i int) int {
	for k := i - 1; k >= 0 && k >= i-3 && items[k].kind == itemWord; k-- {
		switch items[k].low {
		case "elder", "older", "senior":
			return -1
		case "younger", "junior":
			return 1
		}
		if !honorifics[strings.TrimSuffix(items[k].low, ".")] {
			break
		}
	}
	return 0
}

// bySurname chooses among the people named in full before pos whose
// surname key is key the one a surname stands for, written with suffix
// ("" for none) after the generation gen says (see generation) and a
// title of the gender given (0 for none) or naming the role given ("" for
// none).
func bySurname(ps []*person, pos int, suffix string, gen int, gender byte, role string) *person {
	// ps are in the order the article introduces them: those introduced
	// before pos come first.
	n := 0
	for n < len(ps) && len(ps[n].mentions) > 0 && ps[n].mentions[0].pos < pos {
		n++
	}
	known := ps[:n]
	if len(known) == 0 {
		return nil
	}
	if gender != 0 && len(known) > 1 {
		// "Mrs. Bishop" after Gerald and Maureen Bishop; "Ms. Okonkwo"
		// after "Mr. Okonkwo" and his daughter Grace, whose gender only
		// her first name has told yet. The rest tell apart those left.
		if same := ofGender(known, gender); len(same) > 0 {
			known = same
		}
		if len(known) == 1 {
			return known[0]
		}
	}
	if role != "" && len(known) > 1 {
		// "Dr. King" is the pediatrician, not her husband the candidate.
		for _, p := range known {
			if holds(p, role) {
				return p
			}
		}
	}
	if suffix != "" {
		for _, p := range known {
			if p.suffix == suffix {
				return p
			}
		}
	}
	if gen != 0 && len(known) > 1 {
		// "Sr." is the elder; without suffixes, the one the other's
		// suffix is relative to: "Travis Brown" is Travis Brown Sr.'s son.
		// Two with suffixes: the later the suffix, the younger ("Raymond
		// Price Jr." is the father of "Raymond Price III").
		if p := bySuffixRank(known, gen); p != nil {
			return p
		}
		want, other := "sr", "jr"
		if gen > 0 {
			want, other = "jr", "sr"
		}
		for _, p := range known {
			if p.suffix == want {
				return p
			}
		}
		// "His father, Earl Tolliver," is the elder Tolliver, "his son,
		// Wade Tolliver Jr.," the younger, as the article introduced them.
		for _, p := range known {
			if p.generation != 0 && (p.generation < 0) == (gen < 0) {
				return p
			}
		}
		for _, p := range known {
			if p.suffix == "" && anySuffix(known, other) {
				return p
			}
		}
		// Without suffixes, the ages the article gave: "Theodore King,
		// 58," and "their son, Marcus King, 24,".
		var pick *person
		for _, p := range known {
			if p.age > 0 && (pick == nil || gen < 0 && p.age > pick.age || gen > 0 && p.age < pick.age) {
				pick = p
			}
		}
		if pick != nil {
			return pick
		}
		if gen > 0 {
			// With neither, "the younger Judge" after Sheriff Dale Judge
			// and "his son, Brandon Judge": stories name the elder first.
			return known[len(known)-1]
		}
	}
	return known[0]
}

// suffixRank orders the generational suffixes suffixOf returns, from the
// eldest: Jr. and II are both the second of a name.
var suffixRank = map[string]int{"sr": 1, "jr": 2, "ii": 2, "iii": 3, "iv": 4}

// bySuffixRank returns the youngest (gen > 0) or eldest (gen < 0) of ps by
// their suffixes, when at least two of them have one; nil otherwise.
func bySuffixRank(ps []*person, gen int) *person {
	var pick *person
	n := 0
	for _, p := range ps {
		r := suffixRank[p.suffix]
		if r == 0 {
			continue
		}
		n++
		if pick == nil || gen > 0 && r > suffixRank[pick.suffix] || gen < 0 && r < suffixRank[pick.suffix] {
			pick = p
		}
	}
	if n < 2 {
		return nil
	}
	return pick
}

// ofGender returns those of ps known to be of the gender, by the article
// or else by their first names.
func ofGender(ps []*person, gender byte) []*person {
	var out []*person
	for _, p := range ps {
		g := p.gender
		if g == 0 {
			g = givenName(firstName(p.name))
		}
		if g == gender {
			out = append(out, p)
		}
	}
	return out
}

// anySuffix reports whether one of ps has the suffix.
func anySuffix(ps []*person, suffix string) bool {
	for _, p := range ps {
		if p.suffix == suffix {
			return true
		}
	}
	return false
}

// byFirstName returns the one person named in full before pos whose first
// name is w, the way an article names children and relatives of the people
// it is about ("Noah shrugged", "Celeste didn't flinch"); nil when none or
// several are.
func (c *cast) byFirstName(w string, pos int) *person {
	p := onlyOne(c.withFirstName(w, pos))
	if p == nil {
		return nil
	}
	if f := Fold(trimPossessive(w)); givenName(f) == 0 && c.writtenLower(f) {
		return nil // "Price Family Orchards" is no person called Price
	}
	return p
}

// withFirstName yields the people named in full before pos whose first
// name is w, in the order the article introduced them; a relative named
// by a first name after a kinship noun ("their grandson, Eli,") is named
// in full by the family's name. It is asked for every lone capitalised
// word, and allocates nothing for an ASCII name.
func (c *cast) withFirstName(w string, pos int) iter.Seq[*person] {
	return func(yield func(*person) bool) {
		var buf [64]byte
		f := appendFold(buf[:0], trimPossessive(w))
		for _, p := range c.people {
			if len(p.mentions) == 0 || p.mentions[0].pos >= pos {
				continue
			}
			if first, more := p.firstName(); (more || p.implied != "") && first == string(f) && !yield(p) {
				return
			}
		}
	}
}

// firstName is firstFolded of p's name, kept until the name changes: it
// is asked for every lone capitalised word of the article.
func (p *person) firstName() (string, bool) {
	if p.firstOf != p.name {
		p.first, p.firstMore = firstFolded(p.name)
		p.firstOf = p.name
	}
	return p.first, p.firstMore
}

// onlyOne returns the one person ps yields, or nil when it yields none or
// several.
func onlyOne(ps iter.Seq[*person]) *person {
	var found *person
	for p := range ps {
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// byFirstNameAndSuffix returns the one person named in full before pos
// whose first name is w and whose suffix is suffix: "Walter Jr." after
// Walter King Sr. and Walter King Jr.; nil when none or several are.
func (c *cast) byFirstNameAndSuffix(w, suffix string, pos int) *person {
	return onlyOne(func(yield func(*person) bool) {
		for p := range c.withFirstName(w, pos) {
			if p.suffix == suffix && !yield(p) {
				return
			}
		}
	})
}

// writtenLower reports whether the article writes the folded word w in
// lower case somewhere: then it is a word before it is a first name.
func (c *cast) writtenLower(w string) bool {
	if !c.lower.mayHave(w) {
		return false
	}
	for i := range c.items {
		if it := &c.items[i]; it.kind == itemWord && it.low == w && !it.capitalised() {
			return true
		}
	}
	return false
}

// relative reads a first name set off after a kinship noun, "His wife,
// Maureen," or "Bishop's son, Caleb,", and returns the surname of whom
// they are related to (the last person named before them, for "his" and
// "her"), and the gender the noun tells; "" when the run is not such a
// name. Relatives need not share a surname: it becomes theirs only when
// the article calls them by it ("Mrs. Bishop").
func (c *cast) relative(items []item, r nameRun) (string, byte) {
	if r.to-r.from != 1 || r.from < 3 || items[r.from-1].text != "," || r.to >= len(items) || items[r.to].text != "," {
		return "", 0
	}
	noun := items[r.from-2]
	g := gendered[noun.low]
	if g == 0 || !kin[noun.low] {
		return "", 0
	}
	// "their 9-year-old grandson, Eli,", "his eldest son, Caleb,": a
	// word or two between the owner and the noun.
	k := r.from - 3
	for n := 0; n < 2 && k > 0 && modifiesKin(items[k]); n++ {
		k--
	}
	var of *person
	switch owner := items[k]; {
	case owner.low == "his" || owner.low == "her" || owner.low == "their":
		of = c.lastMentioned(noun.pos)
	case possessive(owner):
		of = c.at[owner.pos]
	}
	if of == nil || !strings.Contains(of.name, " ") {
		return "", 0
	}
	_, surname, _ := strings.Cut(of.name, " ")
	// "his wife, Helen," of Stanley Kowalczyk Sr. is Helen Kowalczyk:
	// the suffix is his alone.
	for strings.Contains(surname, " ") && suffixOf(surname) != "" {
		surname, _ = lastField(surname)
		surname = strings.TrimRight(surname, " ")
	}
	return surname, g
}

// modifiesKin reports a word that can stand between an owner and a
// kinship noun: "9-year-old", "eldest", "late".
func modifiesKin(it item) bool {
	return it.kind == itemWord && !it.capitalised() && !possessive(it) && !determiners[it.low] && !Stopwords[it.low]
}

// lastMentioned returns the person last mentioned before pos, or nil.
func (c *cast) lastMentioned(pos int) *person {
	var last *person
	at := -1
	for _, p := range c.people {
		if m := lastMentionBefore(p, pos); m > at {
			last, at = p, m
		}
	}
	return last
}

// kinOf returns who "his son", "her husband" or "his wife" at pos is:
// the relative of the last person named before pos that "his" or "her"
// fits, among the people who share that person's surname. A family
// written with Sr. and Jr. tells parent from child; otherwise the relative
// of the noun's gender named last does. nil when the article does not
// tell.
func (c *cast) kinOf(owner, noun string, pos int) *person {
	var of *person
	at := -1
	for _, p := range c.people {
		if owner == "his" && p.gender == 'f' || owner == "her" && p.gender == 'm' {
			continue
		}
		if m := lastMentionBefore(p, pos); m > at {
			of, at = p, m
		}
	}
	if of == nil {
		return nil
	}
	var want string
	switch {
	case (noun == "son" || noun == "daughter") && of.suffix == "sr":
		want = "jr"
	case (noun == "father" || noun == "mother") && of.suffix == "jr":
		want = "sr"
	}
	var found *person
	for _, p := range c.surnames[of.key] {
		if p == of || len(p.mentions) == 0 || p.mentions[0].pos >= pos {
			continue
		}
		if p.kin == noun && (p.kinOf == of || p.kinOf == nil) && want == "" {
			return p // introduced as "her son, Kevin O'Donnell,"
		}
		if want != "" {
			if p.suffix == want && sameFirstName(p.name, of.name) {
				return p
			}
			continue
		}
		// Of two that fit, the one named last: "Denise Brown said … Marcus
		// Brown Sr. stood beside her. "…," his wife said."
		if p.gender == gendered[noun] && (found == nil || lastMentionBefore(p, pos) > lastMentionBefore(found, pos)) {
			found = p
		}
	}
	if found == nil {
		found = c.introducedAs(owner, noun, of, pos)
	}
	return found
}

// introducedAs returns who the article introduced as owner's noun
// before pos ("Her father, Armand Beaudry," of Lorraine
// Beaudry-Nakamura): of's, or else the only one so introduced.
func (c *cast) introducedAs(owner, noun string, of *person, pos int) *person {
	var only *person
	n := 0
	for _, p := range c.people {
		if p.kin != noun || p == of || len(p.mentions) == 0 || p.mentions[0].pos >= pos {
			continue
		}
		if p.kinOf == of {
			return p
		}
		if p.kinOf == nil || owner == "her" && p.kinOf.gender != 'm' || owner == "his" && p.kinOf.gender != 'f' {
			only = p
			n++
		}
	}
	if n == 1 {
		return only
	}
	return nil
}

// doctors are the roles "Dr." stands for.
var doctors = set(`doctor physician surgeon pediatrician psychiatrist psychologist dentist professor
researcher scientist epidemiologist veterinarian`)

// holds reports whether p holds the role a title before a surname names.
func holds(p *person, role string) bool {
	if role == "doctor" {
		for r := range p.roles {
			if doctors[r] {
				return true
			}
		}
		return false
	}
	return p.roles[role] || p.roles[roleSynonyms[role]]
}
