package quotes

import "strings"

// canonicalSpeakers gives every quotation's speaker one name across the
// whole index. A person's variants ("Ahmad al-Sharaa", "Ahmed Al-Sharaa",
// "Sharaa") become the fullest, most often written form; two people who
// share a surname but not a first name stay apart. Organisations and groups
// keep their most frequent spelling.
func canonicalSpeakers(articles []*Article) {
	forms := map[string]int{} // every full name as written, across articles
	for _, a := range articles {
		for f, n := range a.nameForms {
			forms[f] += n
		}
	}
	formsBySurname := map[string][]string{}
	for f := range forms {
		k := surnameKey(f)
		formsBySurname[k] = append(formsBySurname[k], f)
	}
	type cluster struct {
		key   string // surname key
		first string // folded first name, "" for a surname alone
		names map[string]bool
	}
	var clusters []*cluster
	bySurname := map[string][]*cluster{}
	others := map[string]map[string]int{} // folded org or group name → spellings
	for _, a := range articles {
		for _, q := range a.Quotes {
			if q.Speaker == "" {
				continue
			}
			if q.kind != personSpeaker {
				f := fold(q.Speaker)
				if others[f] == nil {
					others[f] = map[string]int{}
				}
				others[f][q.Speaker]++
				continue
			}
			key, first := surnameKey(q.Speaker), firstName(q.Speaker)
			var c *cluster
			for _, k := range bySurname[key] {
				if k.first == first || first != "" && k.first != "" && nameVariant(k.first, first) {
					c = k
					break
				}
			}
			if c == nil {
				c = &cluster{key: key, first: first, names: map[string]bool{}}
				bySurname[key] = append(bySurname[key], c)
				clusters = append(clusters, c)
			}
			c.names[q.Speaker] = true
		}
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
			if c.first != "" && nameVariant(firstName(f), c.first) {
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
	for _, a := range articles {
		for _, q := range a.Quotes {
			if r, ok := rename[q.Speaker]; ok {
				q.Speaker = r
			}
		}
	}
}

// firstName returns the folded first word of a name of two words or more.
func firstName(name string) string {
	ws := strings.Fields(fold(name))
	if len(ws) < 2 {
		return ""
	}
	return ws[0]
}
