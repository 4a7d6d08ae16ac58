package extract

import "strings"

// Speaker is a speaker as one article names it.
type Speaker struct {
	Name string
	Kind Kind
}

// CanonicalNames gives every speaker one name across a whole collection of
// articles, returned as a map from each name to the name to show. A
// person's variants ("Ahmad al-Sharaa", "Ahmed Al-Sharaa", "Sharaa")
// become the fullest, most often written form; two people who share a
// surname but not a first name stay apart. Organisations and groups keep
// their most frequent spelling. forms counts every full name as written
// (the NameForms of each Result, added up); speakers lists every
// attribution, once per quotation.
func CanonicalNames(forms map[string]int, speakers []Speaker) map[string]string {
	formsBySurname := map[string][]string{}
	for f := range forms {
		k := surnameKey(f)
		formsBySurname[k] = append(formsBySurname[k], f)
	}
	type cluster struct {
		key    string // surname key
		first  string // folded first name, "" for a surname alone
		suffix string // "jr", "sr", … : a father and son are two people
		names  map[string]bool
	}
	var clusters []*cluster
	bySurname := map[string][]*cluster{}
	others := map[string]map[string]int{} // folded org or group name → spellings
	clustered := map[string]bool{}        // person names already in a cluster
	for _, sp := range speakers {
		if sp.Name == "" {
			continue
		}
		if sp.Kind != Person {
			f := Fold(sp.Name)
			if others[f] == nil {
				others[f] = map[string]int{}
			}
			others[f][sp.Name]++
			continue
		}
		// A name seen before would find the cluster it joined then: most
		// speakers are quoted many times.
		if clustered[sp.Name] {
			continue
		}
		clustered[sp.Name] = true
		key, first, suffix := surnameKey(sp.Name), firstName(sp.Name), suffixOf(sp.Name)
		var c *cluster
		for _, k := range bySurname[key] {
			if k.suffix == suffix && (k.first == first || first != "" && k.first != "" && nameVariant(k.first, first)) {
				c = k
				break
			}
		}
		if c == nil {
			c = &cluster{key: key, first: first, suffix: suffix, names: map[string]bool{}}
			bySurname[key] = append(bySurname[key], c)
			clusters = append(clusters, c)
		}
		c.names[sp.Name] = true
	}
	// A surname alone joins the one person of that surname, if only one.
	for _, cs := range bySurname {
		var full []*cluster
		var bare *cluster
		for _, c := range cs {
			if c.first == "" {
				bare = c
			} else {
				full = append(full, c)
			}
		}
		if bare != nil && len(full) == 1 {
			for n := range bare.names {
				full[0].names[n] = true
			}
			bare.names = nil
		}
	}
	rename := map[string]string{}
	for _, c := range clusters {
		if c.names == nil {
			continue
		}
		best, bestWords, bestCount := "", 0, -1
		consider := func(name string, count int) {
			w := len(strings.Fields(name))
			if w > bestWords || w == bestWords && (count > bestCount || count == bestCount && name < best) {
				best, bestWords, bestCount = name, w, count
			}
		}
		for _, f := range formsBySurname[c.key] {
			if c.first != "" && nameVariant(firstName(f), c.first) && suffixOf(f) == c.suffix {
				consider(f, forms[f])
			}
		}
		for n := range c.names {
			consider(n, forms[n])
		}
		for n := range c.names {
			rename[n] = best
		}
	}
	for _, spellings := range others {
		best, bestN := "", -1
		for s, n := range spellings {
			if n > bestN || n == bestN && s < best {
				best, bestN = s, n
			}
		}
		for s := range spellings {
			rename[s] = best
		}
	}
	return rename
}

// firstName returns the folded first word of a name of two words or more.
func firstName(name string) string {
	first, more := firstFolded(name)
	if !more {
		return ""
	}
	return first
}
