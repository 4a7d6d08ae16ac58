package extract

import "strings"

// A poll's findings are reported as what its respondents said: "58
// percent of respondents described the water situation as "a crisis"",
// "a majority of likely voters say the nominee lacks "the temperament to
// serve"". The words are the poll's: the group is counted, not quoted.

// pollWords name a poll in an article.
var pollWords = set(`poll polls survey surveys`)

// counted reports whether the group the phrase np names is counted, as a
// poll counts its respondents: a share or a number before it ("58% of
// voters", "a majority of likely voters", "Nearly six in 10 voters").
func (a *attributor) counted(np nounPhrase) bool {
	for k := max(np.from-4, a.items[np.from].sent); k < np.to; k++ {
		it := a.items[k]
		switch {
		case it.kind == itemWord && (it.low == "percent" || it.low == "majority" || it.low == "plurality" || it.low == "half" || it.low == "third" || it.low == "quarter"):
			return true
		case it.text == "%" || strings.HasSuffix(it.text, "%"):
			return true
		case it.isWord("in") && k+1 < np.to && strings.Trim(a.items[k+1].text, "0123456789") == "":
			return true // "six in 10"
		}
	}
	return false
}

// pollBefore returns the name of the poll the article reports before
// item i: the name that ends in "Poll" ("Courier/Hartwell University
// Poll"), or stands before "poll" or "survey" ("A Carrow University poll
// released last week"); "" when there is none.
func (a *attributor) pollBefore(i int) string {
	for k := i - 1; k > 0 && k > i-1500; k-- {
		it := a.items[k]
		if it.kind != itemWord || !pollWords[it.low] {
			continue
		}
		to := k // "Carrow University poll": the name before it
		if it.capitalised() {
			to = k + 1 // "Courier/Hartwell University Poll": the word is the name's
		}
		from := to - 1
		for from > 0 && a.items[from].kind == itemWord && a.items[from].capitalised() {
			if from-1 < 0 || !(a.items[from-1].kind == itemWord && a.items[from-1].capitalised() || a.items[from-1].text == "/") {
				break
			}
			from--
			if a.items[from].text == "/" {
				from--
			}
		}
		// "A Carrow University poll", "The new Quinnipiac survey".
		for from < to && (determiners[a.items[from].low] || a.items[from].low == "new" || a.items[from].low == "latest") {
			from++
		}
		if from < 0 || from >= to || !a.items[from].capitalised() {
			continue
		}
		var b strings.Builder
		for j := from; j < to; j++ {
			if j > from && a.items[j].text != "/" && a.items[j-1].text != "/" {
				b.WriteByte(' ')
			}
			b.WriteString(a.items[j].text)
		}
		// "Gallup", "the Q poll"; not "Exit polls show" or "Most polls".
		if name := b.String(); to-from > 1 || !commonNoun(strings.ToLower(name)) && a.items[from].sent != from {
			return name
		}
	}
	return ""
}
