package extract

import "strings"

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
	l := strings.TrimSuffix(strings.ToLower(last), ".")
	if nameSuffixes[l] {
		return l
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
// ("" for none) after the generation gen says (see generation).
func bySurname(ps []*person, pos int, suffix string, gen int) *person {
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
		want, other := "sr", "jr"
		if gen > 0 {
			want, other = "jr", "sr"
		}
		for _, p := range known {
			if p.suffix == want {
				return p
			}
		}
		for _, p := range known {
			if p.suffix == "" && anySuffix(known, other) {
				return p
			}
		}
	}
	return known[0]
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
	f := Fold(trimPossessive(w))
	if firstNameGender[f] == 0 && c.writtenLower(f) {
		return nil // "Price Family Orchards" is no person called Price
	}
	var found *person
	for _, p := range c.people {
		if len(p.mentions) == 0 || p.mentions[0].pos >= pos {
			continue
		}
		if first, more := firstFolded(p.name); more && first == f {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// writtenLower reports whether the article writes the folded word w in
// lower case somewhere: then it is a word before it is a first name.
func (c *cast) writtenLower(w string) bool {
	if c.lower == nil {
		c.lower = map[string]bool{}
		for _, it := range c.items {
			if it.kind == itemWord && !it.capitalised() {
				c.lower[it.low] = true
			}
		}
	}
	return c.lower[w]
}
