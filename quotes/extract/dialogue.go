package extract

import "strings"

// replyVerbs and askVerbs mark an exchange of questions and answers.
var (
	replyVerbs = set(`replied replies answered answers responded responds countered counters retorted`)
	askVerbs   = set(`asked asks pressed presses questioned`)
)

// dialogue gives a paragraph of nothing but the quotation at qi to the
// other side of an exchange: after `"…?" Ms. Haddad asked.` and `"…,"
// Judge Strong replied.`, a bare `"…"` is Ms. Haddad's again, and the next
// one Judge Strong's. The two paragraphs before must each open with a
// quotation, given to two different people, one of them replying, or one
// asking a question that the other answers.
func (a *attributor) dialogue(qi int) (attribution, bool) {
	if qi == 0 || a.items[qi-1].kind != itemBreak || !a.quoteParagraph(qi) {
		return attribution{}, false
	}
	last, ok := a.openingQuote(qi - 1)
	if !ok {
		return attribution{}, false
	}
	// The paragraph before may lead up to its quotation: "The sharpest
	// exchange came early. "…?" asked Sen. Navarro-Kent."
	before, ok := a.closingQuote(a.paragraphStart(last) - 1)
	if !ok {
		return attribution{}, false
	}
	l, b := a.out[a.items[last].quote], a.out[a.items[before].quote]
	if l.speaker == "" || b.speaker == "" || l.speaker == b.speaker || l.kind != Person || b.kind != Person {
		return attribution{}, false
	}
	// "…?" King asked. "…," Whitehorse said. "Budgeted or committed?":
	// a question goes back to who asked; but after "Boyle asked Trump …"
	// and "…," Trump said., more words are Trump's answer going on.
	asking := askVerbs[b.cue] && question(a.quoteText(qi)) || askVerbs[l.cue] && question(a.quoteText(last))
	if !replyVerbs[l.cue] && !replyVerbs[b.cue] && !asking && !a.turns(before, l.speaker) && !addresses(a.quoteText(last), b.speaker) {
		return attribution{}, false
	}
	return b, true
}

// addresses reports words said to the person named name, by the first
// name: "That's the last rye, Walt," is said to Walt Pierson, whose
// answer a bare quotation after it is.
func addresses(words, name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok || len(first) < 2 {
		return false
	}
	words = strings.TrimRight(words, ".,!?;:’'\" ")
	return strings.HasSuffix(words, ", "+first) || strings.HasPrefix(words, first+", ") || strings.Contains(words, ", "+first+",")
}

// turns reports a third turn of an exchange: the paragraph before the
// one whose quotation is at before opens with a quotation by speaker,
// who spoke after it too. "…?" asked Major. "…," Strong said. "…,"
// Major said. and a bare "…" is Strong's.
func (a *attributor) turns(before int, speaker string) bool {
	first, ok := a.closingQuote(a.paragraphStart(before) - 1)
	return ok && a.out[a.items[first].quote].speaker == speaker
}

// closingQuote returns the last quotation of the paragraph ending just
// before the break at i, if nothing but its attribution follows it.
func (a *attributor) closingQuote(i int) (int, bool) {
	if i < 0 || a.items[i].kind != itemBreak {
		return 0, false
	}
	start := a.paragraphStart(i - 1)
	for k := i - 1; k >= start; k-- {
		if a.items[k].kind == itemQuote {
			if k > start && a.items[k].sent != k {
				return 0, false // a quotation inside a sentence of its own
			}
			return k, a.items[sentenceEnd(a.items, k)-1].pos >= a.items[i-1].pos
		}
	}
	return 0, false
}

// openingQuote returns the quotation that opens the paragraph ending just
// before the break at i, if it opens it.
func (a *attributor) openingQuote(i int) (int, bool) {
	if i < 0 || a.items[i].kind != itemBreak {
		return 0, false
	}
	start := a.paragraphStart(i - 1)
	if start < 0 || start >= i || a.items[start].kind != itemQuote {
		return 0, false
	}
	return start, true
}

// paragraphStart returns the index of the first item of the paragraph
// holding item i.
func (a *attributor) paragraphStart(i int) int {
	for i > 0 && a.items[i-1].kind != itemBreak {
		i--
	}
	return i
}

// question reports whether a quotation ends with a question mark.
func question(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}

// answering reports whether item i is in an answer of an interview
// written as questions and answers: a paragraph that opens "A:".
func (a *attributor) answering(i int) bool {
	p := a.paragraphStart(i)
	return p+1 < len(a.items) && a.items[p].text == "A" && a.items[p+1].text == ":"
}

// exchange gives a paragraph of nothing but a quotation, in a run of such
// paragraphs after one that ends "X asked Y …" or "X pressed Y …", to X
// and Y in turn: `Sen. Bradford Kell asked Moravec who had seen the
// slide.` then `"Did you see it?"`, `"I saw a version of it, yes."`.
func (a *attributor) exchange(qi int) (attribution, bool) {
	turn := 0
	p := qi
	for {
		start := a.paragraphStart(p)
		if start != p || a.items[p].kind != itemQuote || !a.quoteParagraph(p) {
			return attribution{}, false
		}
		if start == 0 {
			return attribution{}, false
		}
		prev := a.paragraphStart(start - 1)
		if a.items[prev].kind != itemQuote {
			// The paragraph that sets the exchange up.
			asker, askee, ok := a.askedIn(prev, start-1)
			if !ok {
				return attribution{}, false
			}
			if turn%2 == 1 {
				return askee, askee.speaker != ""
			}
			return asker, asker.speaker != ""
		}
		p, turn = prev, turn+1
		if turn > 8 {
			return attribution{}, false
		}
	}
}

// askedIn finds, in the last sentence of items[from:to], "X asked Y" or
// "X pressed Y": who asks, and who is asked.
func (a *attributor) askedIn(from, to int) (attribution, attribution, bool) {
	s := a.items[max(to-1, from)].sent
	for k := max(s, from); k < to; k++ {
		it := a.items[k]
		if it.kind != itemWord || !askVerbs[it.low] || k+1 >= to || !a.items[k+1].nameWord() {
			continue
		}
		x, ok := a.subjectBefore(k, max(s, from))
		if !ok {
			return attribution{}, attribution{}, false
		}
		y, ok := a.phraseFrom(k+1, to)
		if !ok {
			return attribution{}, attribution{}, false
		}
		xn, xk := a.resolve(x)
		yn, yk := a.resolve(y)
		if xn == "" || yn == "" || xk != Person || yk != Person || xn == yn {
			return attribution{}, attribution{}, false
		}
		return attribution{speaker: xn, kind: xk, cue: it.low}, attribution{speaker: yn, kind: yk, cue: "replied"}, true
	}
	return attribution{}, attribution{}, false
}

// addressee returns whom the question quoted just before the quotation
// of the pronoun at item i, in the paragraph before, addresses by name,
// when the pronoun fits them: after "“Ms. Ashcombe-Lowry, were you one of
// the three?” Venkataraman asked.", "“I was,” she said." is hers.
func (a *attributor) addressee(i int, pronoun string) *person {
	qi, q, ok := a.questionBefore(i)
	if !ok || a.cast.paragraph(a.items[qi].pos)-a.cast.paragraph(a.items[a.qItem[q]].pos) != 1 {
		return nil
	}
	head, _, ok := strings.Cut(a.texts[q], ",")
	ws := strings.Fields(head)
	if !ok || len(ws) == 0 || len(ws) > 3 || !allCapitalised(ws) {
		return nil
	}
	p := a.cast.byName(strings.TrimSuffix(ws[len(ws)-1], "."), a.items[qi].pos)
	if p == nil || !genderFits(p.gender, pronoun) {
		return nil
	}
	return p
}

// questionBefore returns the quotation item qi whose attribution holds
// the pronoun at item i, and the quotation q before it, when q is a
// question.
func (a *attributor) questionBefore(i int) (qi, q int, ok bool) {
	qi = i - 1
	for qi >= 0 && qi >= i-3 && a.items[qi].kind != itemQuote {
		qi--
	}
	if qi < 0 || qi < i-3 {
		return 0, 0, false
	}
	q = a.items[qi].quote - 1
	if q < 0 || a.qItem[q] < 0 || !question(a.texts[q]) {
		return 0, 0, false
	}
	return qi, q, true
}

// questioner returns the journalist, or the lawyer in court, whose
// question, quoted just before, the quotation of the pronoun at item i
// answers: after "“What do you want people to know?” Pike asked.",
// "“That she's tough,” she said." is not the reporter who asked.
func (a *attributor) questioner(i int) *person {
	qi, q, ok := a.questionBefore(i)
	if !ok {
		return nil
	}
	asked := a.out[q].speaker
	if asked == "" || a.cast.paragraph(a.items[qi].pos)-a.cast.paragraph(a.items[a.qItem[q]].pos) > 1 {
		return nil
	}
	for _, p := range a.cast.people {
		if p.name == asked && a.journalist(p) {
			return p
		}
	}
	return nil
}

// journalist reports a person the article introduces as one who asks
// the questions: a reporter or a host by role, a lawyer in a trial, or
// "KTLV 12's Jordan Pike", a name given after an outlet's.
func (a *attributor) journalist(p *person) bool {
	for r := range p.roles {
		if journalistRoles[r] || examinerRoles[r] && a.cast.inCourt() {
			return true
		}
	}
	if len(p.mentions) == 0 {
		return false
	}
	k := a.itemAt(p.mentions[0].pos)
	if k == 0 || !possessive(a.items[k-1]) || a.items[k-1].nameWord() {
		return false
	}
	w := a.items[k-1].text
	return a.items[k-1].capitalised() || w[0] >= '0' && w[0] <= '9' // "KTLV 12's"
}

// journalistRoles ask the questions an interview quotes.
var journalistRoles = set(`reporter host moderator anchor correspondent interviewer journalist columnist editor`)

// examinerRoles ask the questions of a trial's examination: "“What did
// you do next?” Ocasio-Vance asked." then "“I froze,” he said." is the
// witness. Only in a courtroom: a district attorney's question to
// reporters is her own to answer.
var examinerRoles = set(`prosecutor attorney lawyer counsel`)

// courtWords tell that an article reports a trial or a hearing.
var courtWords = set(`testified testimony witness jurors jury cross-examination`)

// inCourt reports whether the article tells of testimony.
func (c *cast) inCourt() bool {
	for w := range courtWords {
		if c.writtenLower(w) {
			return true
		}
	}
	return false
}
