package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is who an article gives one quotation to.
type attribution struct {
	speaker string
	kind    Kind
	cue     string
	partial bool
	skip    bool // a title or a name in quote marks that nobody said
}

// attributor reads an article's items to attribute its quotations.
type attributor struct {
	items []item
	cast  *cast
	texts []string      // text of each quotation
	qItem []int         // item index of each quotation
	out   []attribution // by quotation

	midCaps map[string]bool // words written capitalised mid-sentence, built when first asked
	// documents is how many documents' authors are being looked for, one
	// inside another's: documentAuthor stops a loop of them.
	documents int
}

// attribute gives each quotation its speaker, cue and partial flag.
func attribute(items []item, texts []string, c *cast) []attribution {
	nq := len(texts)
	a := &attributor{items: items, cast: c, texts: texts, qItem: make([]int, nq), out: make([]attribution, nq)}
	for q := range a.qItem {
		a.qItem[q] = -1 // a nickname inside a name has no item
	}
	for i := range items {
		if items[i].kind == itemQuote {
			a.qItem[items[i].quote] = i
		}
	}
	for q := 0; q < nq; q++ {
		if a.qItem[q] < 0 {
			a.out[q].skip = true
			continue
		}
		a.out[q] = a.attributeOne(a.qItem[q])
	}
	keys := pullKeys{texts: texts, keys: make([]string, nq), done: make([]bool, nq)}
	a.dropPullQuotes(&keys)
	a.sameWordsAgain(&keys)
	return a.out
}

// pullKeys are the quotations' pullKeys, each made the first time it is
// asked for: most quotations are never compared with another.
type pullKeys struct {
	texts []string
	keys  []string
	done  []bool
}

func (k *pullKeys) at(q int) string {
	if !k.done[q] {
		k.keys[q], k.done[q] = pullKey(k.texts[q]), true
	}
	return k.keys[q]
}

// sameWordsAgain gives a quotation with nobody to say it the speaker of
// the same words quoted elsewhere in the article: a fact check's "THE
// CLAIM: "…"" is "…," Rowe said. further down.
func (a *attributor) sameWordsAgain(keys *pullKeys) {
	for q, qi := range a.qItem {
		if qi < 0 || a.out[q].skip || a.out[q].speaker != "" || strings.Count(keys.at(q), " ") < 3 {
			continue
		}
		for o, oi := range a.qItem {
			if o != q && oi >= 0 && !a.out[o].skip && a.out[o].speaker != "" && keys.at(o) == keys.at(q) {
				a.out[q].speaker, a.out[q].kind, a.out[q].cue = a.out[o].speaker, a.out[o].kind, a.out[o].cue
				break
			}
		}
	}
}

// dropPullQuotes leaves out a quotation set as a line of its own that
// repeats words the article quotes with their speaker elsewhere: a pull
// quote or a subhead ("Our house has gone silent" above `"Our house has
// gone silent," she said.`), whose speaker the layout does not give.
func (a *attributor) dropPullQuotes(keys *pullKeys) {
	for q, qi := range a.qItem {
		if qi < 0 || a.out[q].skip || !a.lineOfItsOwn(qi) {
			continue
		}
		if strings.Count(keys.at(q), " ") < 3 {
			continue // "It is.": a short answer may be anybody's again
		}
		for o, oi := range a.qItem {
			if o != q && oi >= 0 && !a.out[o].skip && a.out[o].speaker != "" && !a.lineOfItsOwn(oi) && strings.Contains(keys.at(o), keys.at(q)) {
				a.out[q].skip = true
				break
			}
		}
	}
}

// lineOfItsOwn reports a quotation that is a whole paragraph.
func (a *attributor) lineOfItsOwn(qi int) bool {
	return (qi == 0 || a.items[qi-1].kind == itemBreak) && a.quoteParagraph(qi)
}

// pullKey is a quotation's words in lower case, for finding it again
// inside another: its runs of letters, digits and apostrophes, joined by
// single spaces.
func pullKey(text string) string {
	b := make([]byte, 0, len(text))
	gap := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			r = rune(c)
			i++
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			r = unicode.ToLower(r)
			i += size
		}
		if !keyRune(r) {
			gap = len(b) > 0
			continue
		}
		if gap {
			b = append(b, ' ')
			gap = false
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// keyRune reports a rune that pullKey keeps.
func keyRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\''
	}
	return r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (a *attributor) attributeOne(qi int) attribution {
	var at attribution
	at.partial = a.partial(qi)
	if a.titleContext(qi) || a.looksLikeTitle(qi) && a.titleSlot(qi) {
		at.skip = true
		return at
	}
	if np, ok := a.relayed(qi); ok {
		name, kind := a.resolve(np)
		at.speaker, at.kind, at.cue = name, kind, "read"
		return at
	}
	if c, ok := choose(a.candidates(qi, at.partial)); ok {
		if chantVerbs[c.cue] && a.looksLikeTitle(qi) {
			// `Blige sings Bruce Springsteen's "American Skin"`, `supporters
			// chanted "Build the Bridge"`: a song's title or a slogan.
			at.skip = true
			return at
		}
		at.speaker, at.kind, at.cue = c.speaker, c.kind, c.cue
		return at
	}
	if at.speaker == "" && a.looksLikeTitle(qi) {
		at.skip = true
	}
	return at
}

// partial reports whether a quotation is a fragment of reported speech
// rather than a whole sentence: it starts in lower case, or mid-sentence
// with no colon or speech verb introducing it.
func (a *attributor) partial(qi int) bool {
	text := a.quoteText(qi)
	// `"… they still go on with their lying"` standing as its own
	// sentence is the speaker's words cut in at the start, not a fragment.
	if cut := strings.TrimLeft(text, "….  "); len(cut) < len(text) && a.items[qi].sent == qi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, "'‘(["))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return true
	}
	if a.items[qi].sent == qi {
		return false
	}
	prev := a.items[qi-1]
	switch {
	case prev.kind == itemPunct && (prev.text == ":" || prev.text == "—"):
		return false
	case prev.kind == itemPunct && prev.text == "," && qi >= 2 && a.isVerb(qi-2):
		return false
	case prev.kind == itemWord && (speechVerbs[prev.low] || speechParticiples[prev.low] || pressObjects[prev.low]):
		return false
	}
	return true
}

func (a *attributor) quoteText(qi int) string { return a.texts[a.items[qi].quote] }

func (a *attributor) isVerb(i int) bool {
	it := a.items[i]
	return it.kind == itemWord && (speechVerbs[it.low] || speechParticiples[it.low])
}

// titleContext reports a quotation introduced as a name or title: "the
// so-called", "dubbed", "the film".
func (a *attributor) titleContext(qi int) bool {
	for k := qi - 1; k >= 0 && k >= qi-2; k-- {
		it := a.items[k]
		if it.kind != itemWord {
			return false
		}
		if scareContext[it.low] {
			return true
		}
		if !determiners[it.low] {
			return false
		}
	}
	return false
}

// namingVerbs give a thing the name in quotation marks after them.
var namingVerbs = set(`called branded dubbed nicknamed named titled entitled headlined renamed rebranded`)

// titleSlot reports a place where a name in quotation marks is a title:
// after a possessive (`Wierzbicki's "Night Pilot"`) or a word that names
// or performs a work (`led the crowd in "Lanterns on the Water"`, `hosts
// "The Night Shift"`). After "of" it may be a slogan the corpus gives to
// its speaker (`a goal of "Peace Through Strength."`).
func (a *attributor) titleSlot(qi int) bool {
	if qi == 0 || a.items[qi-1].kind != itemWord {
		return false
	}
	prev := a.items[qi-1]
	if namingVerbs[prev.low] && qi >= 2 {
		// `a crowdfunding campaign called "Pedal for the Picture"`, `a
		// program, called "Ride Smart,"`, `The plan, branded "Millbrook
		// Moves"`; but `Ruiz called "Fake News" on the report` is Ruiz's.
		noun := a.items[qi-2]
		if noun.text == "," && qi >= 3 {
			noun = a.items[qi-3]
		}
		return noun.kind == itemWord && !noun.capitalised() && !isPronoun(noun.low) && !Stopwords[noun.low]
	}
	// The gala of "Mercy Street 3", songs for "Salt and Sorrow": a name in
	// title case after a preposition is its object, not anybody's words;
	// but a goal of "Peace Through Strength." and chants of "Marco!
	// Marco!" were said.
	t := strings.TrimRight(a.quoteText(qi), " ,")
	said := strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
	if (workPrepositions[prev.low] || namedThings[prev.low]) && !said && a.titleCase(qi) {
		return true
	}
	return possessive(prev) && prev.capitalised() || titleWords[prev.low] || prev.low == "of" && !said
}

// titleCase reports whether every word of the quotation at qi that is
// not a stopword is capitalised, and its first word too.
func (a *attributor) titleCase(qi int) bool {
	ws := strings.Fields(a.quoteText(qi))
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && (i == 0 || !Stopwords[strings.ToLower(w)]) {
			return false
		}
	}
	return true
}

// looksLikeTitle reports an unattributed short quotation in title case,
// such as the name of a book or an operation.
func (a *attributor) looksLikeTitle(qi int) bool {
	if !fieldsUpTo(a.quoteText(qi), 6) {
		return false
	}
	ws := strings.Fields(a.quoteText(qi))
	if len(ws) == 0 {
		return true
	}
	if qi > 0 && a.items[qi-1].text == ":" && strings.ContainsAny(ws[len(ws)-1], ".!?") && len(ws) > 1 {
		return false // `a new campaign message: "It's about me."` is a sentence
	}
	if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsLower(r) && len(ws) > 1 {
		return false // "not Christian" is a fragment; a title opens with a capital
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !Stopwords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// commaInside reports a title at qi, between a word and a speech verb,
// that must hold the comma closing the clause it ends: `yard signs
// reading "Too Much, Too Soon," said`.
func (a *attributor) commaInside(qi int) bool {
	return a.titleInClause(qi) && a.isVerb(qi+1)
}

// titleInClause reports a quotation at qi that names a title or slogan
// between words of a clause, as part of it: `Bill Eastland, wearing "Ted
// Cruz" campaign pins, said`.
func (a *attributor) titleInClause(qi int) bool {
	return qi > 0 && qi+1 < len(a.items) && a.items[qi-1].kind == itemWord && a.items[qi+1].kind == itemWord && a.looksLikeTitle(qi)
}

// nounPhrase is a span of word items that names or describes a speaker.
type nounPhrase struct {
	from, to int // items[from:to]
}

func (a *attributor) sentenceEnd(i int) int { return sentenceEnd(a.items, i) }

// cueAt returns the cue for the speech verb at v: the verb, or "told
// reporters" when the listeners are the press.
func (a *attributor) cueAt(v int) string {
	cue := a.items[v].low
	if (cue == "told" || cue == "telling") && v+1 < len(a.items) {
		for k := v + 1; k < len(a.items) && k <= v+3 && a.items[k].kind == itemWord; k++ {
			if pressObjects[a.items[k].low] {
				return cue + " " + a.items[k].low
			}
		}
	}
	return cue
}

// after reads an attribution that follows the quotation in its sentence:
// `"…," X said`, `"…," said X`, `"…," X, who …, told Y`, `"…," according
// to X`, or an em-dash `"…" — X`.
func (a *attributor) after(qi int) (nounPhrase, string, bool) {
	// A round-up gives the speaker on the line below the quotation:
	// `"…"` then `— Oren Castellan, chief economist at Halbrook Capital`.
	// Fact checks set it off with a hyphen: `"…"` then `- Sanders.`
	// Only a paragraph that is nothing but the quotation: in a live
	// blog, `X responded: "…"` then `— Imani Cartwright` is the
	// reporter's sign-off.
	alone := qi == 0 || a.items[qi-1].kind == itemBreak
	if d := qi + 2; d+1 < len(a.items) && alone && a.items[qi+1].kind == itemBreak && a.quoteParagraph(qi) && (a.items[d].text == "—" || a.items[d].text == "-") {
		e := a.sentenceEnd(d + 1)
		if np, ok := a.dashCredit(d+1, e); ok {
			return np, "—", true
		}
		// A surname alone, of somebody the article names in full.
		if w := a.items[d+1]; (e == d+2 || e == d+3 && a.items[d+2].text == ".") && w.nameWord() && a.cast.byName(w.text, w.pos) != nil {
			return nounPhrase{d + 1, d + 2}, "—", true
		}
	}
	end := a.sentenceEnd(qi)
	if np, ok := a.namedBy(qi, end); ok {
		return np, a.cueAt(qi - 1), true
	}
	j := qi + 1
	dash := false
	for j < end && a.items[j].kind == itemPunct && (a.items[j].text == "," || a.items[j].text == "—" || a.items[j].text == "-") {
		dash = dash || a.items[j].text != ","
		j++
	}
	np, cue, ok := a.attributionFrom(j, end, dash)
	if ok && j == qi+1 && a.items[j].capitalised() && finalMark(a.quoteText(qi)) && a.quoteBetween(np.to, end) {
		// `"We are not finished!" The crowd answered with a chant of
		// "Teddy!"`: a sentence of its own, with its own quotation.
		return nounPhrase{}, "", false
	}
	return np, cue, ok
}

// regionWords make "states" after them a noun: "seven drought-stricken
// Western states", "the Baltic states", "swing states".
var regionWords = set(`western eastern northern southern midwestern southwestern northeastern southeastern northwestern
gulf baltic border swing battleground member nordic plains mountain coastal neighboring neighbouring other several
two three four five six seven eight nine ten many`)

// afterOnly are verbs of speech only after the quotation, ending its
// attribution: "began", "started", "interrupted"; before one ("began
// calling it") they are not.
var afterOnly = set(`began started interrupted`)

// dashCredit reads the credit on the line under a quotation, from the
// dash to end: a name, roles before it allowed, then nothing, a full
// stop, or a comma or bracket after which anything may run on: `— Sen.
// Bernadette Quill, R-Dalton, on the collapse of the rental bill`,
// `- Bernie Sanders.`, `-President Obama, tweeting after the speech.`
func (a *attributor) dashCredit(from, end int) (nounPhrase, bool) {
	to := from
	for to < end && to < from+8 && a.items[to].text != "," && a.items[to].text != "(" {
		to++
	}
	if to == end && to-1 > from && a.items[to-1].text == "." {
		to--
	}
	if to < end && to == from+8 {
		return nounPhrase{}, false
	}
	return a.nameLabel(from, to)
}

// finalMark reports a quotation that ends its own sentence.
func finalMark(text string) bool {
	t := strings.TrimRight(text, " ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

// quoteBetween reports a quotation among items[from:to] before any
// comma: the object of the clause's verb ("answered with a chant of
// \"…\""), not a title in an aside after it ("remarked, alluding to
// \"The Revenant\"").
func (a *attributor) quoteBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch it := a.items[k]; {
		case it.kind == itemQuote:
			return true
		case it.text == ",":
			return false
		}
	}
	return false
}

// attributionFrom reads an attribution clause that starts at item j and
// runs to the end of its sentence: `X said`, `said X`, `according to X`,
// `X, who …, told Y`, or after a dash, a name.
func (a *attributor) attributionFrom(j, end int, dash bool) (nounPhrase, string, bool) {
	if j >= end || a.items[j].kind != itemWord {
		return nounPhrase{}, "", false
	}
	if np, ok := a.accordingTo(j, end); ok {
		return np, "according to", true
	}
	// `… "a punch line," as her campaign manager, Theo Bishop, put it.`
	if e := end; a.items[j].low == "as" && e-j > 4 {
		if a.items[e-1].kind == itemPunct {
			e--
		}
		if a.items[e-2].low == "put" && a.items[e-1].low == "it" {
			if np, ok := a.subjectBefore(e-2, j+1); ok {
				return np, "put", true
			}
		}
	}
	if coordinators[a.items[j].low] {
		return nounPhrase{}, "", false // `"leading from behind" and Donald Trump says …`: a clause of its own
	}
	// `"…," stated that …` says what, not who.
	// `"What jobs?" called out Sharon Kowalczyk`: the verb's particle
	// before the name.
	next := j + 1
	if next+1 < end && verbParticles[a.items[next].low] && a.items[next+1].nameWord() && (a.items[j].is(classInvertedVerb) || strings.HasSuffix(a.items[j].low, "ed")) {
		next++
	}
	if (a.items[j].is(classInvertedVerb) || strings.HasSuffix(a.items[j].low, "ed") && next < end && a.items[next].nameWord()) && !a.items[j].capitalised() && !(next < end && a.items[next].low == "that") {
		if np, ok := a.phraseFrom(next, end); ok {
			return np, a.cueAt(j), true
		}
	}
	// X [, who …,] [adverbs] verb
	for k := j; k < end && k < j+40; k++ {
		it := a.items[k]
		if it.kind == itemQuote && !(k > j && a.titleInClause(k)) {
			break
		}
		wentOn := it.low == "went" && k+1 < end && a.items[k+1].low == "on"  // `"…?" Trump went on`
		back := backVerbs[it.low] && k+1 < end && a.items[k+1].low == "back" // `"…," Bennett shot back`
		// `"… who asked us to—" Ashcombe-Lowry began.`: a verb that is
		// speech only where it ends the attribution.
		ends := afterOnly[it.low] && (k+1 >= end || a.items[k+1].kind == itemPunct)
		// `"…," Deputy Carlos Ibarra-Lund can be heard saying` on a
		// recording: the subject stands before "can be".
		if it.low == "heard" && k+1 < end && a.items[k+1].is(classSpeechParticiple) && k-2 > j && a.items[k-1].isWord("be") && (a.items[k-2].isWord("can") || a.items[k-2].isWord("could")) {
			if np, ok := a.subjectBefore(k-2, j); ok && wordsOnly(a.items[j:np.from]) {
				return np, a.items[k+1].low, true
			}
		}
		if it.kind == itemWord && (it.is(classSpeechVerb) || wentOn || back || ends) && !it.capitalised() {
			if k > j && a.items[k-1].is(classDeterminer) {
				continue // a noun: "one of the states suing"
			}
			if k+1 < end && (a.items[k+1].isWord("yes") || a.items[k+1].isWord("no")) {
				break // `…," Melanie said yes, over and over`: her own words
			}
			// The subject may follow titles or a description: `"…," NATO
			// chief Mark Rutte said`, `"…," the White House said`.
			if k+2 < len(a.items) && a.items[k+1].text == ":" && a.items[k+2].kind == itemQuote {
				break // `"…," Trump said: "…"` introduces the next quotation
			}
			if np, ok := a.subjectBefore(k, j); ok && a.leadIn(j, apposed(a.items, j, np.from)) && !anySubordinator(a.items[j:np.from]) {
				return np, a.cueAt(k), true
			}
			// `"…," Nate Silver, the polling guru who founded the site
			// tweeted`: an apposition left open before the verb.
			if np, ok := a.openApposition(j, k); ok {
				return np, a.cueAt(k), true
			}
			break
		}
	}
	// `"…" — Oren Vastly, analyst`; `"…" - increasing his name
	// recognition` goes on with the sentence, and `the party was "still
	// the No. 1 force."--Kim Hjelmgaard.` after a speech verb is the
	// reporter's byline.
	if dash && a.items[j].nameWord() && !a.hasSpeechVerbBefore(j) {
		if np, ok := a.phraseFrom(j, end); ok {
			return np, "—", true
		}
	}
	return nounPhrase{}, "", false
}

// hasSpeechVerbBefore reports a speech verb earlier in the sentence of
// item j, before its last quotation.
func (a *attributor) hasSpeechVerbBefore(j int) bool {
	for k := j - 1; k >= a.items[j].sent; k-- {
		if it := a.items[k]; it.kind == itemWord && speechVerbs[it.low] && !it.capitalised() {
			return true
		}
	}
	return false
}

// quotedAs reads the person a report quotes, for the participle at k: `the
// agency quoted Viktor Orlov as saying`, `which quoted the crown prince as
// describing`. The report is who relays the words, not who said them.
func (a *attributor) quotedAs(k, s int) (nounPhrase, bool) {
	if k-2 < s || !a.items[k-1].isWord("as") {
		return nounPhrase{}, false
	}
	// "quotes Crestmoor's owner, Vincent D'Amato Jr., as telling": the
	// apposition names the one quoted.
	end := k - 2
	if a.items[end].text == "," {
		end--
	}
	for v := end - 1; v >= s && v >= k-12; v-- {
		if it := a.items[v]; it.kind != itemWord && it.text != "," {
			return nounPhrase{}, false
		} else if quotingVerbs[it.low] {
			if pronounSubjects[a.items[end].low] != "" {
				return nounPhrase{end, end + 1}, true // "quoted him as saying"
			}
			return a.phraseEndingAt(end, v+1)
		}
	}
	return nounPhrase{}, false
}

// anySubordinator reports whether items hold a word that opens a clause of
// its own: `"…" when Clinton blasted him` gives the words to nobody there.
func anySubordinator(items []item) bool {
	for k, it := range items {
		// ", and Trump vowed" opens a clause; "Albright and Kelleher said"
		// is one subject.
		if subordinators[it.low] || coordinators[it.low] && (k == 0 || items[k-1].text == ",") {
			return true
		}
	}
	return false
}

// apposed returns where the description before an apposition ends: at
// the comma that opens it ("his niece, Marcia Price,", "Scott's niece,
// state Del. Marcia Price"), or from when there is none.
func apposed(items []item, j, from int) int {
	for k := from - 1; k > j; k-- {
		if items[k].text == "," {
			return k
		}
		if items[k].kind != itemWord {
			break
		}
	}
	return from
}

// leadIn reports whether items[j:to], between a quotation and the
// subject of its speech verb, can only lead in to that subject: words, or
// a phrase that opens with a preposition and may hold a list (`"…" by
// the United States, NATO and other partners, Clinton said`).
func (a *attributor) leadIn(j, to int) bool {
	if j >= to || !prepositions[a.items[j].low] {
		return wordsOnly(a.items[j:to])
	}
	for _, it := range a.items[j:to] {
		if it.kind != itemWord && it.text != "," {
			return false
		}
	}
	return true
}

// wordsOnly reports whether items are all words.
func wordsOnly(items []item) bool {
	for _, it := range items {
		if it.kind != itemWord {
			return false
		}
	}
	return true
}

// before reads an attribution earlier in the quotation's sentence: `X
// said: "…"`, `X told reporters "…"`, `X described it as "…"`, `X stated
// that … "…" and that "…"`, `…, adding that "…"`, `according to X, "…"`.
func (a *attributor) before(qi, from int) (nounPhrase, string, bool) {
	s := a.items[qi].sent
	for k := from - 1; k >= s; k-- {
		it := a.items[k]
		if it.kind == itemPunct && it.text == ";" {
			break
		}
		if it.kind != itemWord {
			continue
		}
		if it.low == "according" && k+1 < qi && a.items[k+1].low == "to" {
			if from < qi {
				// "told aides he was "done," according to two people on
				// the call, and complained": the aside is no subject for
				// the verb coordinated after it.
				continue
			}
			if a.reportedBefore(k, s) {
				// `X said Tuesday that according to its analysis, the party
				// won, but "…"`: the source of what X reports.
				continue
			}
			if np, ok := a.accordingTo(k, qi); ok {
				return np, "according to", true
			}
			continue
		}
		if a.ownClause(k, s) {
			break
		}
		back := it.low == "back" && k > s && backVerbs[a.items[k-1].low]
		if back {
			k-- // "Sanders shot back, "…""
			it = a.items[k]
		}
		participle := speechParticiples[it.low]
		if !speechVerbs[it.low] && !participle && !back || findingVerbs[it.low] && !a.finding(k, s) {
			continue
		}
		if participle && k+2 < qi && (a.items[k+1].isWord("for") || a.items[k+1].isWord("on")) {
			continue // "statements by Trump calling for a ban make him "…"": a modifier, not the clause's verb
		}
		if participle {
			if np, ok := a.quotedAs(k, s); ok {
				return np, a.cueAt(k), true
			}
			if np, ok := a.documentSender(k, s); ok {
				return np, a.cueAt(k), true
			}
		}
		if k > s && possessive(a.items[k-1]) && !(k+1 < qi && a.items[k+1].isWord("that")) {
			continue // "called Rowe's claim "a scare tactic"": the claim is named, not made
		}
		if k > s && (nounBefore(a.items[k-1]) || it.capitalised() && !headlineVerb(a.items, s, k) || it.low == "states" && regionWords[a.items[k-1].low]) {
			continue // a noun: "the warning", "Republican claims", "the United States", "Western states"
		}
		cue := a.cueAt(k)
		if np, ok := a.passiveAgent(k, qi); ok {
			return np, cue, true
		}
		// `Said Dorothy Poynter, who grew up with Ali, "…"`: the speaker
		// follows a verb that opens the sentence.
		// But `Asked this week whether …, she said` opens with a clause
		// about the speaker: "asked" and "told" invert only before a name.
		if k == s && invertedVerbs[it.low] && (!listenerVerbs[it.low] || k+1 < qi && a.items[k+1].nameWord()) {
			if np, ok := a.phraseFrom(k+1, qi); ok {
				return np, cue, true
			}
		}
		// `Ms. Ames, who has served two terms and once described herself
		// as "…"`: the speaker is who the relative clause is about.
		if np, ok := a.relativeSubject(k, s); ok {
			return np, cue, true
		}
		// `Because of how …, explained Rosenberg, "…"`: mid-sentence too,
		// when the name stands alone between the verb and the quotation,
		// or before a colon (`In other words, explained CBS moderator
		// Nancy Cordes: "…"`). Not `…, told POLITICO, "…"`: who was told
		// is no speaker.
		if k > s && a.items[k-1].text == "," && invertedVerbs[it.low] && !listenerVerbs[it.low] {
			if np, ok := a.phraseFrom(k+1, qi); ok && np.to+1 <= qi && (a.items[np.to].text == "," || a.items[np.to].text == ":") && a.items[np.to-1].nameWord() && !timeWord(a.items[np.to-1]) {
				return np, cue, true
			}
		}
		// `Ryan saying he was "very encouraged"`: a participle's own subject.
		if participle && k > s && a.items[k-1].nameWord() && !timeWord(a.items[k-1]) {
			// Not an object: `wrote in a statement to Wired explaining …`.
			if np, ok := a.phraseEndingAt(k-1, s); ok && !(np.from > s && prepositions[a.items[np.from-1].low]) {
				return np, cue, true
			}
		}
		coordinated := k > s && (a.items[k-1].isWord("and") || a.items[k-1].isWord("but"))
		if !participle && !coordinated {
			if np, ok := a.subjectBefore(k, s); ok {
				// "A new Ashgrove Research survey of likely primary voters
				// found": the survey, not whom it asked.
				if d := np.from - 2; findingVerbs[it.low] && d >= s && a.items[d+1].isWord("of") && documents[a.items[d].low] {
					if doc, ok := a.phraseEndingAt(d, s); ok {
						np = doc
					}
				}
				return np, cue, true
			}
		}
		// A participle or a coordinated verb shares the subject of the
		// clause it hangs on: the speech verb before it, or the quotation
		// attributed earlier in the sentence.
		if np, _, ok := a.before(qi, k); ok {
			return np, cue, true
		}
		for p := k - 1; p >= s; p-- {
			if a.items[p].kind == itemQuote {
				if np, _, ok := a.after(p); ok {
					return np, cue, true
				}
			}
		}
		// `Sanders visited NBC to discuss his rival, Hillary Clinton,
		// saying "…"`: a participle after a comma hangs on the subject of
		// the sentence, not on the nearest name.
		if participle && k > s && (a.items[k-1].text == "," || timeWord(a.items[k-1])) {
			if np, _, ok := a.sentenceSubject(k); ok {
				return np, cue, true
			}
			// "…, when Sanders protesters interrupted her speech,
			// shouting "…"": the subject of the clause just before.
			if np, ok := a.clauseBefore(k, s); ok {
				return np, cue, true
			}
		}
		if np, ok := a.subjectBefore(k, s); ok {
			return np, cue, true
		}
	}
	return nounPhrase{}, "", false
}

// coordinatedRoles returns where a description that ends at from's
// phrase opens, when the phrase is the second of two roles under one
// determiner: "the Florida senator and Republican presidential
// candidate" is one person, described twice.
func (a *attributor) coordinatedRoles(from int) int {
	and := from - 1
	if and < 2 || !a.items[and].isWord("and") || a.items[from].low == "the" || !personRoles[a.items[and-1].low] {
		return from
	}
	for k := and - 2; k >= 0 && k >= and-5; k-- {
		it := a.items[k]
		if it.kind != itemWord || it.nameWord() && !placeOrParty(a.items[k:k+1]) {
			return from
		}
		if it.isWord("the") {
			return k
		}
	}
	return from
}

// passiveAgent reads who asks in `Ruiz was asked by moderator Gerald
// Baines whether …`: the speaker is the agent after "by", not the
// subject, who is asked.
func (a *attributor) passiveAgent(v, qi int) (nounPhrase, bool) {
	if v < 1 || v+2 >= qi || !askedBy[a.items[v].low] || !a.items[v+1].isWord("by") || !passiveAuxiliaries[a.items[v-1].low] {
		return nounPhrase{}, false
	}
	end := v + 2
	for end < qi && a.items[end].kind == itemWord && !agentEnds[a.items[end].low] {
		end++
	}
	return a.agent(v+2, end)
}

// namedBy reads who named something in the passive `has been called
// "strategic ambiguity" by Joshua Hendrick, a professor`: the agent
// after the quotation at qi, in its sentence ending at end.
func (a *attributor) namedBy(qi, end int) (nounPhrase, bool) {
	if qi < 2 || qi+2 >= end || !passiveNamers[a.items[qi-1].low] || !passiveAuxiliaries[a.items[qi-2].low] || !a.items[qi+1].isWord("by") {
		return nounPhrase{}, false
	}
	return a.agent(qi+2, end)
}

// agent reads the agent of a passive from item i, after its "by", to
// end: a phrase that ends in a name ("by moderator Gerald Baines").
func (a *attributor) agent(i, end int) (nounPhrase, bool) {
	np, ok := a.phraseFrom(i, end)
	return np, ok && a.items[np.to-1].nameWord()
}

// reportedBefore reports whether item k stands in what a speech verb
// earlier in its sentence from s reports: after "said … that".
func (a *attributor) reportedBefore(k, s int) bool {
	for t := k - 1; t > s; t-- {
		if !a.items[t].isWord("that") {
			continue
		}
		for v := t - 1; v >= s && v >= t-4 && a.items[v].kind == itemWord; v-- {
			if speechVerbs[a.items[v].low] && !a.items[v].capitalised() {
				return true
			}
		}
	}
	return false
}

// ownAccount reads whose words a quotation is from "by her own count"
// or "in his own words" next to it in its sentence: `who at 84 still
// comes in "to supervise," in his own words`, `by her own count, "about a
// thousand cups of coffee"`. The owner is a possessive pronoun or name.
func (a *attributor) ownAccount(qi int) (nounPhrase, string, bool) {
	s, end := a.items[qi].sent, a.sentenceEnd(qi)
	for _, k := range []int{qi - 2, qi - 1, qi + 4, qi + 5} {
		// k is the noun: "by her own count ," before, ", in his own
		// words" or "in his own words" after.
		if k < s+3 || k >= end || !ownNouns[a.items[k].low] || !a.items[k-1].isWord("own") {
			continue
		}
		if by := a.items[k-3]; !by.isWord("by") && !by.isWord("in") {
			continue
		}
		// Next to the quotation: "by her own count," right before it, or
		// "in his own words" right after it or after its comma.
		if k < qi && k+1 != qi && a.items[k+1].text != "," || k == qi+5 && a.items[qi+1].text != "," {
			continue
		}
		if o := a.items[k-2]; o.low == "her" || o.low == "his" || o.low == "their" || possessive(o) && o.nameWord() {
			return nounPhrase{k - 2, k - 1}, a.items[k-3].low + " " + o.low + " own " + a.items[k].low, true
		}
	}
	return nounPhrase{}, "", false
}

// ownNouns end "by her own count", "in his own words".
var ownNouns = set(`count account estimate estimation tally reckoning admission words telling description`)

// campaignOffices end the name of a candidate's committee: "Doris
// Kettering for Council", "Hale for Senate".
var campaignOffices = set(`council congress senate mayor governor president assembly sheriff judge commissioner supervisor america`)

// passiveNamers give a thing, in the passive, a name in quotation marks
// somebody chose: "has been called "…" by", "was dubbed "…" by".
var passiveNamers = set(`called dubbed termed labeled labelled branded described`)

// askedBy are the speech verbs whose passive names who speaks after "by":
// "was called by the party" is who started a campaign, not who spoke.
var askedBy = set(`asked questioned pressed told challenged`)

// passiveAuxiliaries make the verb after them passive.
var passiveAuxiliaries = set(`was were is are been being`)

// agentEnds end the agent of a passive speech verb: "asked by Baines
// whether", "about".
var agentEnds = set(`whether if about what how why when to for on at during in`)

// clauseBefore returns the subject of the nearest verb before the comma
// at k-1, within its sentence from s, when that subject can speak: a
// name, a pronoun or a description of somebody.
func (a *attributor) clauseBefore(k, s int) (nounPhrase, bool) {
	for v := k - 2; v > s && v > k-15; v-- {
		it := a.items[v]
		if it.kind != itemWord {
			return nounPhrase{}, false
		}
		if !finiteVerb(it) {
			continue
		}
		if np, ok := a.subjectBefore(v, s); ok && a.names(np) {
			return np, true
		}
		return nounPhrase{}, false
	}
	return nounPhrase{}, false
}

// soleOffices are roles a place has one of at a time: "the mayor" of a
// profile's town is the mayor it profiles.
var soleOffices = set(`mayor governor superintendent sheriff pastor principal`)

// addingAt reports a sentence at s that a speech participle opens
// before the quotation at qi, as the speaker's words go on: `Adding,
// "…"`, `Noting: "…"`.
func (a *attributor) addingAt(s, qi int) bool {
	return s+2 == qi && speechParticiples[a.items[s].low] && (a.items[s+1].text == "," || a.items[s+1].text == ":")
}

// provenance reports whether the phrase from i says where the reporter
// saw the words, not who wrote them: "according to a copy reviewed by
// The Times", "according to documents obtained by ProPublica".
// accordingTo reads "according to X" at item k, before end: X, unless it
// is where the reporter found the words ("according to a copy obtained
// by …").
func (a *attributor) accordingTo(k, end int) (nounPhrase, bool) {
	if a.items[k].low != "according" || k+1 >= end || a.items[k+1].low != "to" || a.provenance(k+2, end) {
		return nounPhrase{}, false
	}
	return a.phraseFrom(k+2, end)
}

func (a *attributor) provenance(i, end int) bool {
	if i < end && determiners[a.items[i].low] {
		i++
	}
	for k := i; k+1 < end && k < i+4; k++ {
		if (documents[a.items[k].low] || copies[a.items[k].low]) && provenanceVerbs[a.items[k+1].low] {
			return true
		}
	}
	if i < end && renderings[a.items[i].low] {
		for k := i + 1; k < end && k < i+7; k++ {
			if w := a.items[k].low; w == "published" || w == "released" || w == "provided" || w == "aired" {
				return true
			}
		}
	}
	return false
}

var (
	copies          = set(`copy copies documents records files emails messages texts transcript transcripts`)
	provenanceVerbs = set(`reviewed obtained seen viewed shared provided`)
	// renderings carry somebody's words in another form: "a translation
	// of his remarks published by the state news agency".
	renderings = set(`translation translations transcript transcripts recording recordings`)
)

// findingVerbs give words to a study or an inquiry: "A report by the
// Civic Ledger Project found that members were "nearly three times as
// likely" to face a challenge".
var findingVerbs = set(`found finds`)

// beForms make a participle after them passive.
var beForms = set(`be been being is was were are`)

// finding reports whether the finding verb at k gives the quotation to
// its subject: not in the passive ("students found to have violated",
// "was found guilty of"), and not where a speech verb before it in the
// sentence has the subject ("Cross wrote that her office had found"; "A
// report" is no verb).
func (a *attributor) finding(k, s int) bool {
	if k+1 < len(a.items) && a.items[k+1].isWord("to") || k > s && beForms[a.items[k-1].low] {
		return false
	}
	for j := s; j < k; j++ {
		if it := a.items[j]; it.kind == itemWord && speechVerbs[it.low] && !findingVerbs[it.low] && !it.capitalised() && !(j > s && nounBefore(a.items[j-1])) {
			return false
		}
	}
	return true
}

// relativeSubject reads the person a relative clause holding the verb at
// k is about: `X, who … described herself as`, back to the ", who" that
// opens it with no other clause between.
func (a *attributor) relativeSubject(k, s int) (nounPhrase, bool) {
	for w := k - 1; w > s && w >= k-15; w-- {
		it := a.items[w]
		if it.kind != itemWord {
			return nounPhrase{}, false
		}
		if (it.low == "who" || it.low == "which") && a.items[w-1].text == "," {
			if w+1 < k && (isPronoun(a.items[w+1].low) || a.items[w+1].nameWord()) {
				// "the institute, which he called": the clause has a
				// subject of its own.
				return nounPhrase{}, false
			}
			e := w - 2
			if e < s {
				return nounPhrase{}, false // ", who said" opens the text
			}
			if a.items[e].text == ")" {
				// "Rep. Celia Hope (R-Fenton Lake), who posted": past the
				// brackets after the name.
				for e > s && e > w-10 && a.items[e].text != "(" {
					e--
				}
				if a.items[e].text != "(" {
					return nounPhrase{}, false
				}
				e--
			}
			np, ok := a.phraseEndingAt(e, s)
			// "Gloria Fenwick, a retired teacher from Carrow Springs, who
			// asked": the name before the apposition.
			for n := 0; ok && n < 2 && np.from > 0; n++ {
				c := np.from - 1
				if prepositions[a.items[c].low] || c-1 > s && prepositions[a.items[c-1].low] && !a.items[c].capitalised() {
					// "… from nearby Carrow Springs": a place inside it.
					for c > s && c > np.from-12 && a.items[c].text != "," {
						c--
					}
				} else if a.items[np.to-1].nameWord() {
					break
				}
				if c-1 < s || a.items[c].text != "," {
					break
				}
				np, ok = a.phraseEndingAt(c-1, s)
			}
			if !ok || !a.items[np.to-1].nameWord() {
				return nounPhrase{}, false
			}
			// "which" follows an organisation: "the Marlowe Coalition
			// Against Hate, which said in a post …"; "who" somebody the
			// article names, not "a nurse in Pittsburgh, who wrote".
			last := a.items[np.to-1]
			if _, kind := a.resolve(np); it.low == "which" && kind != Org || it.low == "who" && kind == Person && a.cast.byName(last.text, last.pos) == nil && !looksLikePersonName(a.items[np.from:np.to]) {
				return nounPhrase{}, false
			}
			return np, true
		}
	}
	return nounPhrase{}, false
}

// ownClause reports whether the verb at k opens a clause of its own with a
// named subject after "as", "while", "and" or "but": in `"…?" she said,
// and as Trump went on about "how the system is rigged,"` the words are
// Trump's, not hers. A speech verb there attributes the quotation itself.
func (a *attributor) ownClause(k, s int) bool {
	it := a.items[k]
	if !finiteVerb(it) || speechVerbs[it.low] {
		return false
	}
	j := k - 1
	for j > s && a.items[j].kind == itemWord && a.items[j].nameWord() {
		j--
	}
	if j == k-1 || j <= s {
		return false
	}
	w := a.items[j].low
	return subordinators[w] || coordinators[w] || w == "as"
}

// tail reads an attribution at the end of the sentence, past other words:
// `… "open a new chapter" …, according to SANA.`
func (a *attributor) tail(qi int) (nounPhrase, string, bool) {
	end := a.sentenceEnd(qi)
	// Fragments later in the sentence share its closing attribution: `…
	// will carry "a great deal of weight" and bring "grass-roots
	// firepower", a spokesman said.` The attribution then follows the
	// last of them. A quotation in capitals is more often a title or a
	// nickname ("The Apprentice", "Guccifer") than words.
	from := qi + 1
	r, _ := utf8.DecodeRuneInString(a.quoteText(qi))
	for k := qi + 1; k < end; k++ {
		if a.items[k].kind == itemQuote {
			if !unicode.IsLower(r) || !a.partial(k) {
				return nounPhrase{}, "", false
			}
			from = k + 1
		}
	}
	for k := from; k < end; k++ {
		if np, ok := a.accordingTo(k, end); ok {
			return np, "according to", true
		}
	}
	// `… and "stunt children's growth," Howard Dean … proclaimed`: the
	// attribution straight after the last fragment.
	if from > qi+1 {
		if np, cue, ok := a.attributionFrom(from, end, false); ok {
			return np, cue, true
		}
	}
	// `… "steals a handful" is held accountable, Warren said.`: the last
	// clause of the sentence is the attribution.
	for k := from; k < end; k++ {
		if a.items[k].text != "," || k+1 >= end {
			continue
		}
		// `…, said Marla Kilfoyle, executive director of …` at any length;
		// `…, Warren said.` only as the sentence's last words.
		inverted := invertedVerbs[a.items[k+1].low] && !a.items[k+1].capitalised()
		if !inverted && end-k > 8 {
			continue
		}
		if np, cue, ok := a.attributionFrom(k+1, end, false); ok {
			return np, cue, true
		}
	}
	return nounPhrase{}, "", false
}

// inherited gives a whole-sentence quotation with no attribution of its own
// the speaker of the quotation just before it, when that one closed its
// sentence with the attribution: `"First part," she said. "Second part."`
func (a *attributor) inherited(qi int) (attribution, bool) {
	s := a.items[qi].sent
	if s != qi && !a.addingAt(s, qi) || s == 0 {
		return attribution{}, false
	}
	prevEnd := s - 1
	if a.items[prevEnd].kind == itemBreak {
		prevEnd--
		if a.verbFollows(qi) {
			// A new paragraph that gives the quotation to somebody we could
			// not read continues nobody's words.
			return attribution{}, false
		}
	}
	if prevEnd < 0 {
		return attribution{}, false
	}
	if at, ok := a.exchange(qi); ok {
		return at, true
	}
	if at, ok := a.dialogue(qi); ok {
		return at, true
	}
	ps := a.items[prevEnd].sent
	for k := prevEnd; k >= ps; k-- {
		if a.items[k].kind == itemQuote && !a.out[a.items[k].quote].skip {
			if prev := a.out[a.items[k].quote]; prev.speaker != "" {
				return prev, true
			}
			// A scare quote or a title gives nobody's words: the
			// sentence may yet say whose the next ones are.
			break
		}
	}
	// `He said:` and the quotation in the next paragraph, or `X said in
	// a statement.` and the quotation after it.
	if a.items[prevEnd].text == ":" || a.items[prevEnd].text == "." && a.bareAttribution(ps, prevEnd) {
		if np, cue, ok := a.before(prevEnd, prevEnd); ok {
			name, kind := a.resolve(np)
			return attribution{speaker: name, kind: kind, cue: cue}, name != ""
		}
	}
	// `Rosalind Tate put out a statement Sunday night:`, `… a passage
	// she delivers nearly word for word:`: a colon hands the next
	// paragraph to the sentence's subject, or to the last "he" or "she"
	// in it.
	if a.items[prevEnd].text == ":" {
		if at, ok := a.colonSpeaker(ps, prevEnd); ok {
			return at, true
		}
	}
	// Later in the paragraph of a quotation with its speaker: `"…," Obama
	// said after meeting Putin. He didn't suggest retaliation. "Our goal …"`.
	// A scare quote gives nobody's words: `What "go after them" means is
	// left to voters, since Trump spoke only in bromides.` then `"We have
	// to do something."` is Trump's.
	for k := prevEnd; k >= 0 && a.items[k].kind != itemBreak; k-- {
		if a.items[k].kind != itemQuote || a.out[a.items[k].quote].skip {
			continue
		}
		if prev := a.out[a.items[k].quote]; prev.speaker != "" {
			return prev, prev.kind == Person
		}
	}
	// A paragraph of nothing but the quotation, after one that quoted
	// somebody: `"…," Viguerie notes.` then `"Not only can Cruz win."`.
	if a.items[s-1].kind == itemBreak && a.quoteParagraph(qi) {
		for k := prevEnd; k >= 0 && k > prevEnd-200; k-- {
			if a.items[k].kind == itemBreak && k < ps {
				break // only the paragraph just before
			}
			if a.items[k].kind == itemQuote && a.out[a.items[k].quote].speaker != "" {
				return a.out[a.items[k].quote], true
			}
		}
		// …or after a paragraph about somebody that quoted nobody:
		// `Carter said the U.S. would not withdraw.` then `"That's because …"`.
		if np, cue, ok := a.sentenceSubject(prevEnd); ok {
			if name, kind := a.resolve(np); name != "" && kind == Person {
				return attribution{speaker: name, kind: kind, cue: cue}, true
			}
		}
		// …or about one person, however the sentence runs: `…, since
		// Trump spoke only in evasive bromides.` then `"We have to do
		// something."`.
		if p := a.cast.onlyPerson(a.items[ps].pos, a.items[prevEnd].pos); p != nil {
			return attribution{speaker: p.name, kind: Person}, true
		}
	}
	// A sentence about somebody, then their words in the same paragraph:
	// `Cummings called him a master at bolting deals together. "He showed
	// again and again …"`.
	// An organisation's words say "we": `Liberty Hall Press stood by the
	// book. "We stand behind every word …"`.
	if a.items[s-1].kind != itemBreak {
		if np, cue, ok := a.sentenceSubject(prevEnd); ok {
			if name, kind := a.resolve(np); name != "" && (kind == Person || kind == Org && firstPersonPlural(a.quoteText(qi))) {
				return attribution{speaker: name, kind: kind, cue: cue}, true
			}
		}
	}
	return attribution{}, false
}

// firstPersonPlural reports words spoken as "we".
func firstPersonPlural(text string) bool {
	for w := range strings.FieldsSeq(text) {
		switch strings.ToLower(strings.Trim(w, ",.;:!?\"“”'‘’")) {
		case "we", "our", "us", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll":
			return true
		}
	}
	return false
}

// colonSpeaker reads who the sentence items[s:c], ending in a colon,
// hands the quotation after it to: its subject, when that names
// somebody, or the last "he" or "she" before a verb in it.
func (a *attributor) colonSpeaker(s, c int) (attribution, bool) {
	if np, cue, ok := a.sentenceSubject(c); ok {
		if name, kind := a.resolve(np); name != "" {
			return attribution{speaker: name, kind: kind, cue: cue}, true
		}
	}
	for k := c - 2; k >= s; k-- {
		if w := a.items[k]; (w.isWord("he") || w.isWord("she")) && finiteVerb(a.items[k+1]) {
			if name, kind := a.resolve(nounPhrase{k, k + 1}); name != "" {
				return attribution{speaker: name, kind: kind, cue: a.items[k+1].low}, true
			}
		}
	}
	return attribution{}, false
}

// inParagraph returns the attribution of the last quotation before qi in
// its paragraph that has a speaker, when a person said it: `"…,"
// Hennessey added. But that's not the same thing as "properly chargeable
// under the law."`
func (a *attributor) inParagraph(qi int) (attribution, bool) {
	for k := qi - 1; k >= 0 && a.items[k].kind != itemBreak; k-- {
		if a.items[k].kind == itemQuote && !a.out[a.items[k].quote].skip && a.out[a.items[k].quote].speaker != "" {
			prev := a.out[a.items[k].quote]
			return prev, prev.kind == Person
		}
	}
	return attribution{}, false
}

// earlierInSentence gives a fragment with no attribution of its own the
// speaker of a quotation earlier in its sentence: `Ryan, despite his
// concerns about "trial lawyers" and general "legal matters" …`.
func (a *attributor) earlierInSentence(qi int) (attribution, bool) {
	s := a.items[qi].sent
	for k := qi - 1; k >= s; k-- {
		if a.ownClause(k, s) {
			break
		}
		if a.items[k].kind == itemQuote && !a.out[a.items[k].quote].skip {
			prev := a.out[a.items[k].quote]
			return prev, prev.speaker != ""
		}
	}
	return attribution{}, false
}

// verbFollows reports a speech verb after the quotation at qi in its
// sentence.
func (a *attributor) verbFollows(qi int) bool {
	end := a.sentenceEnd(qi)
	for k := qi + 1; k < end; k++ {
		if it := a.items[k]; it.kind == itemWord && speechVerbs[it.low] && !it.capitalised() {
			return true
		}
	}
	return false
}

// bareAttribution reports whether the sentence items[from:to] is an
// attribution without content: a speech verb among its last words and no
// "that" after it (`Sam Lau said in a statement.`).
func (a *attributor) bareAttribution(from, to int) bool {
	for k := to - 1; k >= from && k >= to-6; k-- {
		it := a.items[k]
		if it.kind != itemWord {
			if it.kind == itemQuote {
				return false
			}
			continue
		}
		if it.low == "that" {
			return false
		}
		if speechVerbs[it.low] && !it.capitalised() {
			return true
		}
	}
	return false
}

// quoteParagraph reports whether the quotation at qi stands alone as its
// paragraph, with at most closing punctuation after it.
func (a *attributor) quoteParagraph(qi int) bool {
	for k := qi + 1; k < len(a.items) && a.items[k].kind != itemBreak; k++ {
		if a.items[k].kind != itemPunct {
			return false
		}
	}
	return true
}

// subjectBefore finds the subject of the verb at v, looking no further
// back than s: skipping adverbs ("also", "on Wednesday") and a relative
// clause (", who was speaking in Arabic,").
func (a *attributor) subjectBefore(v, s int) (nounPhrase, bool) {
	j := v - 1
	for j >= s {
		it := a.items[j]
		if it.kind == itemWord && !it.capitalised() && adverb(it.low) {
			j--
			continue
		}
		if it.kind == itemWord && weekdays[it.low] && j-1 >= s && a.items[j-1].isWord("on") {
			j -= 2
			continue
		}
		if it.kind == itemWord && weekdays[it.low] && j-1 >= s && a.items[j-1].isWord("later") {
			j-- // "Priebus later Thursday told Fox News"
			continue
		}
		if it.kind == itemWord && partsOfDay[it.low] && j-1 > s && weekdays[a.items[j-1].low] {
			j -= 2 // "released by the sheriff's office Tuesday afternoon states"
			if j >= s && a.items[j].isWord("on") {
				j-- // "sent out by Sanders on Tuesday night warned"
			}
			continue
		}
		// "she liked to say", "he used to tell them": the verb before
		// "to" has the subject.
		if it.isWord("to") && j-1 > s && catenatives[a.items[j-1].low] {
			j -= 2
			continue
		}
		// "Mayor Ann Lee at a news conference Tuesday called": past a
		// phrase saying where, after a name.
		if p := a.placePhraseBefore(j, s); p > 0 {
			j = p - 1
			continue
		}
		break
	}
	// Past brackets and appositions, up to three of them: "Lena Fisk
	// (@lenafisk) wrote", "Scott Pruitt, the attorney general of Oklahoma,
	// one of the states suing, said", "Mitch McConnell, R-Ky., said".
skip:
	for n := 0; n < 6 && j > s; n++ {
		text := a.items[j].text
		if a.items[j].kind == itemQuote && (a.titleContext(j) || a.looksLikeTitle(j) && a.titleSlot(j) || a.commaInside(j)) {
			// `…, who raised money through a campaign called "Pedal On,"
			// described`: the title holds the comma that closes the clause.
			text = ","
		}
		switch text {
		case ")":
			k := j - 1
			for k > s && a.items[k].text != "(" && j-k < 12 {
				k--
			}
			if a.items[k].text != "(" {
				return nounPhrase{}, false
			}
			j = k - 1
		case "—", "–":
			k, ok := a.dashAside(j, s)
			if !ok {
				break skip
			}
			j = k - 1
			// "Wade, who has coached both brothers — Malik for four
			// seasons — said": past the relative clause the aside
			// interrupts, to the comma that opens it.
			if c := a.relativeOpening(j, s); c > 0 {
				j = c
			}
		case ",":
			if c := a.authoredAside(j, s); c > 0 {
				// "The lawsuit, filed by the Coalition of Ditch Companies,
				// Irrigators and Water Users, alleges": past the author,
				// whose name may hold commas, to the document.
				j = c
				continue
			}
			if np, ok := a.listedOrgBefore(j, s); ok {
				return np, true
			}
			k := j - 1
			for k >= s && k > j-30 && a.items[k].text != "," && (a.items[k].kind != itemQuote || a.titleInClause(k)) {
				k--
			}
			if n > 0 && (k < s || a.items[k].text != ",") {
				// The first of several commas: the subject stands before it.
				j--
				continue
			}
			if k < s || k+1 >= j || a.items[k].text != "," {
				return nounPhrase{}, false
			}
			clause := a.items[k+1 : j]
			if len(clause) <= 3 && (len(clause) == 1 && clause[0].nameWord() || isNameRun(clause)) && k-1 >= s && settlementNouns[a.items[k-1].low] {
				// "…, who lives outside the state capital, Salt Lake City,
				// said": a place named after the noun for it.
				j = k
				continue
			}
			if org, from := orgRunAt(clause); org != "" && from == 0 {
				// "Another opposition group, Mothers of the Shenandoah,
				// said": the apposition names the organisation.
				return nounPhrase{k + 1, j}, true
			}
			if len(clause) == 1 && clause[0].nameWord() && k-1 >= s && kin[a.items[k-1].low] {
				// "her daughter, Sophie, wrote": a child or spouse by
				// first name.
				return nounPhrase{k + 1, j}, true
			}
			if from, to, ok := namedInApposition(clause); ok && !partyTag(clause) {
				// "The company's finance chief, David Okoro, said", "Scott's
				// niece, state Del. Marcia Price (D-Newport News), shouted":
				// the apposition names the speaker.
				return nounPhrase{k + 1 + from, k + 1 + to}, true
			}
			// "In a statement, the Clean Taps Coalition, an alliance of
			// 140 groups, called": the subject between the opening
			// phrase's comma and the apposition's.
			if a.items[s].capitalised() && openers[a.items[s].low] && !commaBetween(a.items, s, k) && !a.items[k-1].nameWord() {
				if np, ok := a.phraseEndingAt(j-1, k+1); ok && np.from <= k+2 && a.items[np.to-1].nameWord() {
					return np, true
				}
			}
			switch {
			case unitNumber(clause):
				// "Keystone Nurses and Health Professionals, Local 22,
				// said", "The Dunmore Volunteer Fire Company, Station 14,
				// said": the unit of the organisation before it.
			case placeOrAge(clause):
				// "Harry Bond, 30, of Raleigh, N.C., who was polled, said".
			case !relativeOpeners[clause[0].low] && clause[0].capitalised() && !partyTag(clause) && !ownerFirst(clause):
				// ", Twitter's director of political advertising," is an
				// apposition; ", Clinton," is somebody else.
				return nounPhrase{}, false
			}
			// ", who was speaking in Arabic," or ", asked about the debate,":
			// on to the comma before it.
			j = k
		default:
			break skip
		}
	}
	if j < s {
		return nounPhrase{}, false
	}
	// "Professor Anjali Desh and her co-authors wrote": the one named
	// speaks for the people with them.
	if j-3 >= s && a.items[j].kind == itemWord && !a.items[j].capitalised() && a.items[j-2].isWord("and") && a.items[j-3].nameWord() {
		if w := a.items[j-1].low; w == "his" || w == "her" || w == "their" {
			j -= 3
		}
	}
	np, ok := a.phraseEndingAt(j, s)
	if !ok {
		np, ok = a.nameOfAffiliation(j, s)
	}
	if ok {
		np = a.personOf(np, s)
	}
	return np, ok
}

// listedOrgBefore returns the organisation whose name, holding commas,
// ends at the comma at item j and opens the sentence s or an apposition:
// "A coalition of farm groups, Farmers, Ranchers, and Rural Communities
// for a Fair Deal, which includes …, urged".
func (a *attributor) listedOrgBefore(j, s int) (nounPhrase, bool) {
	lo := max(s, j-14)
	org, from := orgRunAt(a.items[lo:j])
	from += lo
	if from > s && a.items[from-1].isWord("the") && (from-1 == s || a.items[from-2].text == ",") {
		from-- // "The United Federation of Service, Hospital and Allied Workers, which …, released"
	}
	if org == "" || !strings.Contains(org, ",") || from > s && a.items[from-1].text != "," {
		return nounPhrase{}, false
	}
	return nounPhrase{from, j}, true
}

// nameOfAffiliation reads the name before "of" when the words that end
// at item j say where the person works: "Sgt. Ellen Marchetti of the
// Riverton Police Department's financial crimes unit said".
func (a *attributor) nameOfAffiliation(j, s int) (nounPhrase, bool) {
	for k := j; k-1 > s && k > j-8; k-- {
		it := a.items[k]
		if it.kind != itemWord || k < j && (speechVerbs[it.low] || finiteVerb(it)) {
			return nounPhrase{}, false
		}
		if it.isWord("of") && !it.capitalised() && a.items[k-1].nameWord() {
			return a.phraseEndingAt(k-1, s)
		}
	}
	return nounPhrase{}, false
}

// relativeOpening returns the comma that opens the relative clause
// ending at item j (", who has coached both brothers"), or -1.
func (a *attributor) relativeOpening(j, s int) int {
	for c := j; c > s && c > j-25; c-- {
		if it := a.items[c]; it.kind != itemWord {
			if it.text == "," && c+1 <= j && relativeOpeners[a.items[c+1].low] && !determiners[a.items[c+1].low] {
				return c
			}
			return -1
		}
	}
	return -1
}

// placePhraseBefore returns where a phrase saying where or when, ending
// at item j, opens with its preposition, when a person's name stands
// before it: "in an interview", "at a news conference Tuesday", "on
// Twitter", "during a Sunday rally". 0 when there is none.
func (a *attributor) placePhraseBefore(j, s int) int {
	for p := j; p > s+1 && p >= j-5; p-- {
		it := a.items[p]
		if it.kind != itemWord || p < j && (auxiliaries[it.low] || speechVerbs[it.low]) || conjunctions[it.low] {
			return 0
		}
		if !wherePrepositions[it.low] || it.capitalised() {
			continue
		}
		name := a.items[p-1]
		if p == j || !name.nameWord() || commonNoun(name.low) {
			return 0
		}
		if next := a.items[p+1]; !determiners[next.low] && !next.capitalised() && !weekdays[next.low] {
			return 0
		}
		if a.items[p-2].nameWord() || a.cast.byName(name.text, name.pos) != nil {
			return p
		}
		return 0
	}
	return 0
}

// conjunctions join clauses: "met with Trump in December and declared"
// is no phrase saying where before "declared".
var conjunctions = set(`and but or nor then that`)

// wherePrepositions open a phrase saying where or when somebody spoke.
var wherePrepositions = set(`in at on during after before via over throughout`)

// dashAside returns where the aside that the dash at j closes opens, when
// a dash of the same kind stands before it in the sentence that begins at
// s: "Sen. Ana Ruiz — who chairs the committee — said". A relative clause
// the aside interrupts ("Wade, who coached them — Malik for four seasons
// — said") is not read past.
func (a *attributor) dashAside(j, s int) (int, bool) {
	dash := a.items[j].text
	k := j - 1
	for k > s && a.items[k].text != dash && a.items[k].kind != itemQuote && j-k < 30 {
		k--
	}
	return k, k > s && a.items[k].text == dash
}

// personOf widens a phrase naming an organisation to the person named
// before it: "Dr. Samir Haddad-Nouri of the Al-Bahr Institute", "Father
// Tomás Quintero of St. Jude's parish", and through a chain of them:
// "Archbishop Aris Shirvan of the Armenian Patriarchate of Jerusalem":
// the first the article knows as a name.
func (a *attributor) personOf(np nounPhrase, s int) nounPhrase {
	best, from := np, np.from
	for n := 0; n < 3; n++ {
		k := from - 1
		if k >= s && determiners[a.items[k].low] {
			k--
		}
		// "Chief Lupe Arriaga of the state Wildland Fire Service".
		for m := 0; m < 2 && k > s && !a.items[k].capitalised() && placeAdjectives[a.items[k].low]; m++ {
			k--
			if determiners[a.items[k].low] {
				k--
			}
		}
		if k-1 < s || !affiliations[a.items[k].low] || !a.items[k-1].nameWord() {
			break
		}
		person, ok := a.phraseEndingAt(k-1, s)
		if !ok {
			break
		}
		ws := a.items[person.from:person.to]
		if name, _, _, _ := splitTitles(ws, nameRun{0, len(ws)}, nil); len(name) > 0 && a.cast.byName(joinWords(name), a.items[person.from].pos) != nil {
			best = nounPhrase{person.from, np.to} // the first in the chain
		} else if n == 0 && looksLikePersonName(ws) {
			best = nounPhrase{person.from, np.to}
		}
		from = person.from
	}
	return best
}

// nounBefore reports a word that makes the speech verb after it a noun: a
// determiner ("the warning", "his call") or an adjective of party or
// nation ("Republican claims").
func nounBefore(it item) bool {
	return it.kind == itemWord && (it.is(classDeterminer) || it.is(classNationality) && it.low != nationalities[it.low])
}

// headlineVerb reports whether the capitalised speech verb at k is a verb
// in a headline-case sentence starting at s (`Zoe Saldana Says "…"`),
// rather than part of a name ("the United States would").
func headlineVerb(items []item, s, k int) bool {
	for _, it := range items[s:k] {
		if it.kind == itemWord && !it.capitalised() && (!Stopwords[it.low] || speechVerbs[it.low]) {
			return false
		}
	}
	return true
}

// partsOfDay follow a weekday: "Tuesday afternoon".
var partsOfDay = set(`morning afternoon evening night`)

// timeWord reports a capitalised word that names a day or a month: "a
// series of tweets early Friday saying …" has no subject named Friday.
func timeWord(it item) bool {
	return weekdays[it.low] || months[it.low]
}

// pluralPossessive reports an apostrophe at i that ends a capitalised
// plural inside a name: "Avalon Savers' Association".
func pluralPossessive(items []item, i int) bool {
	return i > 0 && apostrophe(items[i]) && items[i-1].capitalised() && strings.HasSuffix(items[i-1].low, "s")
}

// apostrophe reports the mark of a plural possessive standing alone.
func apostrophe(it item) bool {
	return it.kind == itemPunct && (it.text == "'" || it.text == "’")
}

// trimPossessive drops a possessive ending: "campaign's" is "campaign".
func trimPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// pronounBase returns a pronoun without its contraction ("he’s" is "he")
// and whether it had one.
func pronounBase(w string) (string, bool) {
	i := strings.IndexByte(w, '\'')
	if j := strings.Index(w, "’"); j >= 0 && (i < 0 || j < i) {
		i = j // strings.IndexAny(w, "'’"), without reading w rune by rune
	}
	if i > 0 {
		switch w[i:] {
		case "'s", "’s", "'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve":
			return w[:i], true
		}
	}
	return w, false
}

// isPronoun reports a pronoun that can stand for a speaker, contracted or not.
func isPronoun(w string) bool {
	base, _ := pronounBase(w)
	return pronouns[base]
}

// placeOrAge reports an apposition that says where somebody is from or how
// old they are: "30", "of Raleigh", "N.C.".
func placeOrAge(clause []item) bool {
	first := clause[0]
	if len(clause) <= 2 && usStateWords[clause[len(clause)-1].low] && first.capitalised() {
		return true // "Brightwell, based in Ferris Lake, Minnesota, said"
	}
	if r, _ := utf8.DecodeRuneInString(first.text); unicode.IsDigit(r) && len(clause) == 1 {
		return true
	}
	if first.low == "of" || first.low == "from" {
		return len(clause) <= 4
	}
	return len(clause) == 1 && strings.Contains(first.text, ".") && first.capitalised()
}

// commaBetween reports a comma among items[from:to].
func commaBetween(items []item, from, to int) bool {
	for _, it := range items[from:to] {
		if it.text == "," {
			return true
		}
	}
	return false
}

// unitNumber reports an apposition that numbers a unit of an
// organisation: "Local 22", "Station 14", "Post 5-117".
func unitNumber(clause []item) bool {
	return len(clause) == 2 && clause[0].capitalised() && localNumber(clause[1].text)
}

// openApposition reads a name at j, a comma and a description that runs to
// the verb at v without closing: "Nate Silver, the polling guru who founded
// fivethirtyeight.com tweeted".
func (a *attributor) openApposition(j, v int) (nounPhrase, bool) {
	m := j
	for m < v && a.items[m].kind == itemWord && (a.items[m].nameWord() || m > j && joinsName(a.items, m)) {
		m++
	}
	if !isNameRun(a.items[j:m]) || m >= v || a.items[m].text != "," || v-m > 15 {
		return nounPhrase{}, false
	}
	for k := m + 1; k < v; k++ {
		if a.items[k].kind != itemWord {
			return nounPhrase{}, false
		}
	}
	return nounPhrase{j, m}, true
}

// possessive reports a word in the possessive: "Twitter's".
func possessive(it item) bool {
	return strings.HasSuffix(it.low, "'s") || strings.HasSuffix(it.low, "’s")
}

// partyTag reports a party and state tag such as "R-Ky." or "D".
func partyTag(clause []item) bool {
	// "Republican of Wisconsin", as some papers write it.
	if len(clause) >= 3 && len(clause) <= 5 && clause[1].low == "of" && (clause[0].low == "republican" || clause[0].low == "democrat" || clause[0].low == "independent") {
		return true
	}
	if len(clause) == 2 && clause[1].text == "." {
		clause = clause[:1]
	}
	if len(clause) == 0 || len(clause) > 3 {
		return false
	}
	// "D-San Antonio", "R-Fort Worth": the place may be more words.
	for _, w := range clause[1:] {
		if !w.capitalised() {
			return false
		}
	}
	t := clause[0].text
	// "D-Muskegon", "R-Albuquerque", but not "I-95".
	return t == "R" || t == "D" || t == "I" || len(t) > 2 && len(t) <= 20 && strings.ContainsRune("RDI", rune(t[0])) && t[1] == '-' && 'A' <= t[2] && t[2] <= 'Z'
}

// namedInApposition finds a person's name that is the whole of an
// apposition, perhaps behind titles and before a party tag in brackets:
// "David Okoro", "state Del. Marcia Price (D-Newport News)".
func namedInApposition(clause []item) (from, to int, ok bool) {
	to = len(clause)
	if to > 2 && clause[to-1].text == ")" {
		for k := to - 2; k > 0; k-- {
			if clause[k].text == "(" {
				to = k
				break
			}
		}
	}
	if o := homeAfterName(clause[:to]); o > 0 {
		to = o // "Rep. Jerome Wexley of South Carolina"
	}
	for from < to && to-from > 2 && (isTitleWord(clause[from].low) || !clause[from].capitalised() && honorifics[clause[from].low] || clause[from].low == "state") {
		from++
	}
	if !isNameRun(clause[from:to]) && titlesAndName(clause[:to]) {
		// "Michigan Secretary of State Jerome Baptiste": a title with
		// "of" in it, which splitTitles knows.
		if name, _, _, _ := splitTitles(clause, nameRun{0, to}, nil); len(name) > 0 && isNameRun(name) && looksLikePersonName(name) && orgRun(name) == "" {
			return to - len(name), to, true
		}
	}
	return from, to, isNameRun(clause[from:to])
}

// homeAfterName returns where "of" or "from" and a place follow a name
// at the end of ws ("Leonard Hargrove III of Waco"), 0 when they do not.
func homeAfterName(ws []item) int {
	n := len(ws)
	for o := n - 2; o >= 2 && o >= n-4; o-- {
		if !ws[o].isWord("of") && !ws[o].isWord("from") {
			continue
		}
		if !ws[o-1].nameWord() || ws[o+1].is(classDeterminer) || honorifics[strings.ToLower(ws[o-1].text)] || n-o > 3 {
			return 0 // "of the Riverbend Valley" is an organisation's, "Secretary of State Jerome Baptiste" a title's
		}
		for _, w := range ws[o+1:] {
			if !w.capitalised() {
				return 0
			}
		}
		return o
	}
	return 0
}

// titlesAndName reports capitalised words joined only by "of", "for" or
// "the", as titles and a name are: not "a spokesman for Prime Minister
// Gábor Szentesi", whose name is somebody else's.
func titlesAndName(ws []item) bool {
	if len(ws) == 0 || !ws[0].capitalised() {
		return false
	}
	for _, w := range ws {
		if !w.capitalised() && w.low != "of" && w.low != "for" && w.low != "the" {
			return false
		}
	}
	return true
}

// isNameRun reports whether items are a person's name: two to four name
// words.
func isNameRun(items []item) bool {
	if len(items) < 2 || len(items) > 4 {
		return false
	}
	for _, it := range items {
		if !it.nameWord() && !nameParticles[it.low] {
			return false
		}
	}
	return true
}

// phraseEndingAt reads a noun phrase that ends at item j: a pronoun, a
// name ("Russian President Vladimir Putin"), or a description ("the
// Russian leader", "Syrian officials").
func (a *attributor) phraseEndingAt(j, s int) (nounPhrase, bool) {
	if j < s || a.items[j].kind != itemWord {
		return nounPhrase{}, false
	}
	it := a.items[j]
	if isPronoun(it.low) || it.text == "I" && a.answering(j) {
		return nounPhrase{j, j + 1}, true
	}
	if (it.low == "one" || it.low == "another") && (j == s || !determiners[a.items[j-1].low] && !a.items[j-1].isWord("no")) {
		if name, _ := a.oneOfThem(j); name != "" {
			return nounPhrase{j, j + 1}, true // "one read", of the messages named before
		}
	}
	if kin[it.low] && j > s && (a.items[j-1].isWord("his") || a.items[j-1].isWord("her")) {
		return nounPhrase{j - 1, j + 1}, true // "his wife said"
	}
	if j-1 >= s && a.items[j-1].isWord("local") && a.items[j-1].capitalised() && localNumber(it.text) && (j-2 < s || !a.items[j-2].nameWord()) {
		// "Local 418 said": the union local named in full before.
		return nounPhrase{j - 1, j + 1}, true
	}
	if j-2 >= s && a.items[j-1].nameWord() && unionLocal(a.items, nameRun{j - 2, j}) {
		// "Transit Union Local 1190 said": the local's number ends it.
		if np, ok := a.phraseEndingAt(j-1, s); ok {
			return nounPhrase{np.from, j + 1}, true
		}
	}
	if it.nameWord() {
		if a.items[j].sent == j && Stopwords[it.low] && a.cast.byName(it.text, it.pos) == nil {
			// "After saying …" opens the sentence; "Will said" is George Will.
			return nounPhrase{}, false
		}
		k := j
		for k-1 >= s && (a.items[k-1].kind == itemWord && (a.items[k-1].nameWord() || k-1 > s && joinsName(a.items, k-1)) || k-2 >= s && (pluralPossessive(a.items, k-1) || commaInName(a.items, k-1))) {
			k--
		}
		if k-1 >= s && nameParticles[a.items[k-1].low] {
			k-- // `"…," bin Tamer said`
		}
		if k-2 >= s && a.items[k-1].isWord("of") && a.items[k-2].isWord("family") {
			// "The family of Darnell Rich said": the family speaks.
			k -= 2
			if k-1 >= s && determiners[a.items[k-1].low] {
				k--
			}
			return nounPhrase{k, j + 1}, true
		}
		// "Rep. Dale Baker of Nevada, a Republican …, called": the
		// person from the place.
		if k-2 >= s && (a.items[k-1].isWord("of") || a.items[k-1].isWord("from")) && a.items[k-2].nameWord() && placeOf(a.items, k) {
			if np, ok := a.phraseEndingAt(k-2, s); ok && np.to-np.from >= 2 {
				return np, true
			}
		}
		// "Analysts at Morgan Stanley", "a spokesman for Siemens": the
		// speaker is the group or person described, not the name.
		if k-2 >= s && affiliations[a.items[k-1].low] && speakerHead(a.items[k-2].low) {
			if np, ok := a.phraseEndingAt(k-2, s); ok {
				return nounPhrase{np.from, j + 1}, true
			}
		}
		return nounPhrase{k, j + 1}, true
	}
	if doc := documentWord(it.low); !doc && !descriptionHead(it.low) || doc && !(j > s && (a.items[j-1].nameWord() || possessive(a.items[j-1]) || a.definiteBefore(j, s))) {
		// A document speaks only for whoever is named with it: "the IMF
		// report", not "a new radio ad".
		return nounPhrase{}, false
	}
	k := j
	for k-1 >= s && k > j-6 {
		p := a.items[k-1]
		if k-2 >= s && pluralPossessive(a.items, k-1) {
			k-- // "Sanders' campaign"
			continue
		}
		if p.kind != itemWord || speechVerbs[p.low] || speechParticiples[p.low] {
			break
		}
		if determiners[p.low] {
			k--
			break
		}
		// "a Department of Public Safety spokesman": a connector inside
		// an organisation's name does not end the phrase.
		if Stopwords[p.low] && !p.capitalised() && !(k-2 >= s && joinsName(a.items, k-1)) {
			break
		}
		k--
	}
	return nounPhrase{k, j + 1}, true
}

// nameHolds reports whether the folded name holds every one of words.
func nameHolds(name string, words []string) bool {
	for _, w := range words {
		// "the school system" is "Tallow County Schools".
		if !strings.Contains(" "+name+" ", " "+w+" ") && !strings.Contains(" "+name+" ", " "+w+"s ") {
			return false
		}
	}
	return true
}

// definiteBefore reports "the", or an owner, before the noun at j,
// perhaps past an adjective or two: "the letter", "the final statement",
// "its latest report", "the department's 2024 annual report".
func (a *attributor) definiteBefore(j, s int) bool {
	for k := j - 1; k >= s && k >= j-3; k-- {
		if it := a.items[k]; it.isWord("the") || owners[it.low] || possessive(it) && !it.capitalised() {
			return true
		}
		if it := a.items[k]; it.kind != itemWord || it.capitalised() || Stopwords[it.low] {
			return false
		}
	}
	return false
}

// phraseFrom reads a noun phrase that starts at item i, as after "said" or
// "according to", up to a verb, a clause or the end of the sentence.
func (a *attributor) phraseFrom(i, end int) (nounPhrase, bool) {
	if i >= end || a.items[i].kind != itemWord || prepositions[a.items[i].low] {
		return nounPhrase{}, false // "said in a statement" names nobody
	}
	if isPronoun(a.items[i].low) {
		return nounPhrase{i, i + 1}, true
	}
	j, limit := i, i+12
	for j < end && j < limit {
		it := a.items[j]
		if it.text == "/" && j > i && j+1 < end && a.items[j+1].kind == itemWord {
			j++ // "said 9/11 widow Terry Strada"
			continue
		}
		if j > i && commaInName(a.items, j) {
			// "said the Apartment Owners, Managers and Realtors
			// Association": a name that lists its members runs longer.
			j, limit = j+1, limit+4
			continue
		}
		if it.kind != itemWord || j > i && (it.is(classSpeechVerb|classSpeechParticiple) || it.low == "who" || it.low == "which" || it.low == "that") {
			break
		}
		if j > i && !it.nameWord() && (it.low == "in" || it.low == "on" || it.low == "at" || it.low == "during" || it.low == "after" || it.low == "when" || it.low == "while" || it.low == "to" || it.low == "as") {
			break
		}
		j++
	}
	if j == i {
		return nounPhrase{}, false
	}
	// "said a woman who identified herself only as Brenda": the name she
	// gave.
	if j < end && a.items[j].low == "who" {
		for k := j + 1; k+2 < end && k <= j+10 && a.items[k].kind == itemWord; k++ {
			if onlyAs(a.items, k+2) && a.items[k+2].nameWord() {
				return nounPhrase{k + 2, k + 3}, true
			}
		}
	}
	// An apposition naming the person described: "according to the
	// company's chief executive, Oliver Blume.", "exhorted Clinton's
	// introducer, actress Jamie Lee Curtis."
	r := j + 1
	for r < end && r < j+3 && a.items[r].is(classPersonRole) && !a.items[r].capitalised() {
		r++
	}
	if r < end && a.items[j].text == "," && !a.items[j-1].nameWord() && a.items[r].nameWord() {
		k := r
		for k < end && a.items[k].kind == itemWord && (a.items[k].nameWord() || nameParticles[a.items[k].low]) {
			k++
		}
		if k == end || a.items[k].kind == itemPunct {
			return nounPhrase{r, k}, true
		}
	}
	return nounPhrase{i, j}, true
}

// resolve turns a noun phrase into a speaker's name as this article knows
// it, or "" when it names nobody the article identifies.
func (a *attributor) resolve(np nounPhrase) (string, Kind) {
	if np.to-np.from == 1 && (a.items[np.from].low == "one" || a.items[np.from].low == "another") {
		// `"…," one read.` after "text messages Caleb Rourke sent":
		// one of them, whose author the article names.
		return a.oneOfThem(np.from)
	}
	// A capitalised word that opens a sentence is no part of a name:
	// "When Trump", "In a statement", "Another critic".
	for np.from < np.to && a.items[np.from].capitalised() && (openers[a.items[np.from].low] || a.items[np.from].low == "another" || a.items[np.from].low == "if" || a.items[np.from].low == "as") {
		np.from++
	}
	if np.from == np.to {
		return "", Unknown
	}
	np.from = a.coordinatedRoles(np.from)
	if np.to-np.from == 1 && corporate[strings.TrimSuffix(a.items[np.from].low, ".")] && np.from >= 2 && a.items[np.from-1].text == "," {
		// "The Mercer Valley Historical Society, Inc., which said": the
		// name before the company's suffix.
		if name, ok := a.phraseEndingAt(np.from-2, a.items[np.from].sent); ok {
			return a.resolve(name)
		}
	}
	ws := a.items[np.from:np.to]
	pos := ws[0].pos
	if len(ws) == 1 && surnameOrgWords[ws[0].low] && ws[0].capitalised() && len(a.cast.surnames[surnameKey(ws[0].text)]) > 0 {
		// "Church said" of Judge Adelaide Church, no church.
		if p := a.cast.byName(ws[0].text, pos); p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
	}
	if np.from >= 2 && a.items[np.from-1].isWord("of") && a.items[np.from-2].isWord("one") && !ws[len(ws)-1].nameWord() {
		return "", Unknown // "one of the teachers said": one of them, unnamed
	}
	if len(ws) == 1 && ws[0].text == "I" && a.answering(np.from) {
		// `A: … I said, "It's riskier not to."`: who answers the
		// interview's questions.
		if p := a.cast.mostMentioned(); p != nil {
			return p.name, Person
		}
		return "", Unknown
	}
	if len(ws) == 1 && ws[0].text == "I" {
		// `"Why now?" I asked.`: the writer, as the byline names them.
		if a.cast.writer != "" {
			return a.cast.writer, Person
		}
		return "", Unknown
	}
	if len(ws) == 1 && (isPronoun(ws[0].low) || pronounSubjects[ws[0].low] != "") {
		base, _ := pronounBase(ws[0].low)
		if o := pronounSubjects[base]; o != "" {
			base = o
		}
		switch base {
		case "he", "she":
			since := a.items[a.items[np.from].sent].pos
			if p := a.addressee(np.from, base); p != nil {
				a.cast.noteMention(p, pos)
				return p.name, Person
			}
			but := a.asker(np.from)
			if but == nil {
				but = a.questioner(np.from)
			}
			if p := a.cast.byPronounBut(pos, since, base, but); p != nil {
				return p.name, Person
			}
			if name, kind := a.spokespersonSubject(np.from); name != "" {
				return name, kind
			}
			if p := a.cast.introducedAfter(pos, base); p != nil {
				a.cast.noteMention(p, pos)
				return p.name, Person
			}
			// "One juror, a woman who asked not to be identified, said
			// …. "…," she said.": the juror, as the article describes her.
			if d := a.cast.strangerFor(pos, base); d != "" {
				return d, Unnamed
			}
		case "they":
			// "Clinton's campaign is seeking … what they call …": the
			// sentence's own subject first, if it is a group.
			if sp, _, ok := a.sentenceSubject(np.from); ok && sp.to <= np.from && groupLike(a.items[sp.to-1]) {
				if name, kind := a.resolve(sp); name != "" {
					return name, kind
				}
			}
			if g := a.cast.byThey(pos); g != "" {
				return g, Group
			}
		case "it":
			// "The cooperative said … that it had called in 240 line
			// workers but warned that …": the sentence's own subject,
			// when it is an organisation.
			if sp, _, ok := a.sentenceSubject(np.from); ok && sp.to <= np.from && a.items[np.from].sent != np.from {
				if name, kind := a.resolve(sp); kind == Org {
					return name, kind
				}
			}
			// `Sayre issued a statement Sunday. "…," it read.`: the
			// document named in the sentence before speaks for its author.
			if d := a.documentBefore(np.from); d != "" && (a.afterQuotation(np.from) || a.items[np.from].sent == np.from) {
				if name, kind := a.documentAuthor(d, pos); name != "" {
					return name, kind
				}
			}
			if o := a.cast.byIt(pos); o != "" {
				return o, Org
			}
		}
		return "", Unknown
	}
	if len(ws) == 2 && kin[ws[1].low] && (ws[0].low == "his" || ws[0].low == "her") {
		if p := a.cast.kinOf(ws[0].low, ws[1].low, pos); p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
		return "", Unknown
	}
	// "a statement released by the state-run SANA news agency": the
	// speaker is whoever issued the statement.
	for k := len(ws) - 2; k >= 1; k-- {
		if (ws[k].low == "by" || ws[k].low == "from" || ws[k].low == "of") && statementNouns[ws[k-1].low] || (ws[k].low == "by" || ws[k].low == "from" && ws[k+1].nameWord()) && documents[ws[k-1].low] || ws[k].low == "by" && (ws[k-1].low == "released" || ws[k-1].low == "issued") {
			return a.resolve(nounPhrase{np.from + k + 1, np.to})
		}
	}
	if p, ok := a.partyDescription(np); ok {
		if p == nil {
			return "", Unknown
		}
		a.cast.noteMention(p, pos)
		return p.name, Person
	}
	// "Council of Nations Director Obafemi Clarke": a person whose title
	// the organisation's name opens.
	if titleAfterOrg(ws, nameRun{0, len(ws)}) > 0 {
		return a.resolveName(ws, pos)
	}
	// "the International Brotherhood of … Workers Local 417": a union
	// local's name ends in its number.
	if n := len(ws); n > 3 && ws[n-2].low == "local" && localNumber(ws[n-1].text) {
		if org, from := orgRunAt(ws[:n-2]); org != "" && nameOnlyAfter(ws[:from]) {
			return org + " " + joinWords(ws[n-2:]), Org
		}
	}
	// "Keystone Nurses and Health Professionals, Local 22, said": a
	// union whose local follows its name.
	if n := np.to; commaLocal(a.items, n) {
		from := 0
		for from < len(ws) && !ws[from].capitalised() {
			from++
		}
		if from < len(ws) && ws[len(ws)-1].nameWord() && runAt(a.items, np.from+from).to >= np.to {
			return joinWords(ws[from:]) + ", Local " + a.items[n+2].text, Org
		}
	}
	// "the Union of Harbour Pilots" is one name.
	if org, from := orgRunAt(ws); org != "" && nameOnlyAfter(ws[:from]) {
		a.cast.noteGroup(org, pos)
		return org, Org
	}
	// "one Arizona Department of Transportation sign": the name before
	// the noun for what speaks for it.
	if last := ws[len(ws)-1]; len(ws) > 2 && !last.capitalised() && (speaksFor[last.low] || documents[last.low]) {
		if org, from := orgRunAt(ws[:len(ws)-1]); org != "" && nameOnlyAfter(ws[:from]) {
			return org, Org
		}
	}
	// "Analysts at Morgan Stanley", "Professor Jane Smith of LSE": the
	// speaker is who stands before the affiliation.
	for h := 1; h+1 < len(ws); h++ {
		if !affiliations[ws[h].low] {
			continue
		}
		head := ws[h-1]
		switch {
		case head.low == "family" && ws[h].low == "of":
			// "The family of Darnell Rich said": the family speaks, not
			// the man it is named for.
			if name, kind := a.resolve(nounPhrase{np.from + h + 1, np.to}); kind == Person {
				return ownedBy("family", name, kind)
			}
		case (speaksFor[head.low] || anonymousHeads[head.low]) && ws[h].low == "for" && h+1 < len(ws) && ws[h+1].nameWord():
			// "a spokesperson for Delacroix-Hill" speaks for them.
			if name, kind := a.resolve(nounPhrase{np.from + h + 1, np.to}); name != "" {
				return name, kind
			}
			fallthrough
		case groupHeads[head.low] || anonymousHeads[head.low]:
			from := 0
			if determiners[ws[0].low] {
				from = 1
			}
			// "Analysts at Beaumont Capital" speak for the firm.
			if org := orgName(ws[h+1:]); org != "" && groupHeads[head.low] && ws[h].low == "at" {
				a.cast.noteGroup(org, pos) // whom "they wrote" goes on to quote
				return org, Org
			}
			name := capitalise(joinWords(ws[from:]))
			if groupHeads[head.low] {
				a.cast.noteGroup(name, pos)
			}
			return name, Group
		case isTitleWord(head.low) && ws[h].low == "of":
			continue // "Secretary of State John Kerry": a title, not an affiliation
		case h == 2 && (ws[0].low == "a" || ws[0].low == "an") && (personRoles[head.low] || honorifics[head.low]) && !head.capitalised():
			// "a delegate from Ohio who declined to give her name": somebody
			// the article does not name, from somewhere it does.
			return describedAs(ws), Unnamed
		case head.nameWord():
			return a.resolve(nounPhrase{np.from, np.from + h})
		}
		break
	}
	last := ws[len(ws)-1]
	if len(ws) == 2 && ws[0].low == "the" && last.low == "local" {
		// "the local said" after "United Refinery Workers Local 4-117".
		if org := a.cast.localNumbered("", pos); org != "" {
			return org, Org
		}
	}
	if len(ws) == 2 && ws[0].low == "local" && localNumber(last.text) {
		// "Local 418 said" after "Carpenters Local 418".
		if org := a.cast.localNumbered(last.text, pos); org != "" {
			return org, Org
		}
		return "Local " + last.text, Org
	}
	// "Amalgamated Transit Union Local 1190 said": a union local ends in
	// its number.
	if n := len(ws); n >= 3 {
		from := n - 2
		for from > 0 && (ws[from-1].nameWord() && !determiners[ws[from-1].low] || ws[from-1].low == "and" || ws[from-1].low == "of") {
			from--
		}
		if unionLocal(ws, nameRun{from, n - 1}) && ws[from].nameWord() {
			org := joinWords(ws[from:n-1]) + " " + last.text
			a.cast.noteGroup(org, pos)
			return org, Org
		}
	}
	if !last.nameWord() {
		return a.describe(ws, pos)
	}
	// The last word marks an organisation: "the Kremlin", "SANA", "the
	// Foreign Ministry".
	if org := orgName(ws); org != "" && strings.HasSuffix(joinWords(ws), org) {
		a.cast.noteGroup(org, pos)
		return org, Org
	}
	// Otherwise a name, perhaps behind titles.
	from := len(ws) - 1
	for from > 0 && (ws[from-1].nameWord() && !determiners[ws[from-1].low] || nameParticles[ws[from-1].low] || ws[from-1].low == "&") {
		from--
	}
	// "Crestmoor said" after "Crestmoor Residential Partners LLC": the
	// first word of an organisation's name, when it names nobody else.
	if from == len(ws)-1 {
		w := trimPossessive(ws[from].text)
		if org := a.cast.orgNamed(w, pos); org != "" && a.cast.byName(w, pos) == nil {
			return org, Org
		}
	}
	return a.resolveName(ws[from:], pos)
}

// resolveName resolves a run of name words, perhaps behind titles: a
// person the article names, an organisation, or a surname on its own.
func (a *attributor) resolveName(run []item, pos int) (string, Kind) {
	if t := titleAfterOrg(run, nameRun{0, len(run)}); t > 0 {
		// "Council of Nations Secretary-General Obafemi Adeyemi-Clarke":
		// the person, whose title the organisation's name opens.
		run = run[t:]
	}
	if org := orgName(run); org != "" && strings.HasSuffix(joinWords(run), org) {
		return org, Org
	}
	for _, w := range run {
		if w.low == "&" {
			return joinWords(run), Org // "Halloran & Sykes said": a firm, partners by name
		}
	}
	name, roles, nation, _ := splitTitles(run, nameRun{0, len(run)}, nil)
	// "A Saint Brendan spokeswoman" speaks for Saint Brendan Health, not
	// for Brendan Harlow; "Harbor City said" for the Harbor City Council
	// the article named. A person named before stays one, but for a
	// saint's name, which only places and bodies bear.
	if len(run) > 1 && (saint(run[0]) || !a.knownPerson(name, pos)) {
		if org := a.cast.orgOpenedBy(run, pos); org != "" {
			return org, Org
		}
	}
	if shouting(name) {
		return "", Unknown
	}
	if len(name) > 0 {
		n := joinWords(name)
		first := 0
		for first+1 < len(name) && nameParticles[name[first].low] && !name[first].capitalised() {
			first++ // "de la Vega": the cast knows the name by "Vega"
		}
		if p := a.cast.at[name[first].pos]; p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
		if p := a.cast.byName(n, pos); p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
		if len(name) == 1 && countries[name[0].low] {
			return name[0].text, Org // "Japan branded North Korea an \"outlaw nation\""
		}
		if len(name) == 1 && peoples(name[0].low) {
			return trimPossessive(name[0].text), Group // "Republicans", "Americans"
		}
		if len(name) == 1 && !looksLikeSurname(name[0]) {
			return "", Unknown
		}
		if len(name) == 1 && len(run) == 1 && !descriptionHead(name[0].low) && name[0].low != "others" && a.opensSentence(name[0]) && !a.writtenMidSentence(name[0]) {
			// "Nothing changed", "Optimism is": a capital that only opens
			// a sentence is no name the article gives anybody.
			return "", Unknown
		}
		return n, Person
	}
	// Titles only: "Russian President" is a description.
	if len(roles) > 0 {
		if p := a.cast.byDescription([]string{nation}, roles[len(roles)-1], pos); p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
	}
	return "", Unknown
}

// knownPerson reports whether name is somebody the article named before
// pos, where it stands or earlier.
func (a *attributor) knownPerson(name []item, pos int) bool {
	switch {
	case len(name) == 0:
		return false
	case a.cast.at[name[0].pos] != nil:
		return true
	case len(name) == 1:
		// By surname: "Saint Brendan" is no Brendan Harlow.
		return len(a.cast.surnames[surnameKey(name[0].text)]) > 0
	}
	return a.cast.byName(joinWords(name), pos) != nil
}

// asker returns who asks in the phrase "Asked by Rich whether …," that
// opens the sentence of the pronoun at i, nil when none does: the one
// asked answers.
func (a *attributor) asker(i int) *person {
	s := a.items[i].sent
	if s+2 >= i || !a.items[s].isWord("asked") || !a.items[s+1].isWord("by") {
		return nil
	}
	np, ok := a.phraseFrom(s+2, i)
	if !ok {
		return nil
	}
	for k := np.to - 1; k >= np.from; k-- {
		if p := a.cast.at[a.items[k].pos]; p != nil {
			return p
		}
	}
	return nil
}

// descriptionHead reports a word that can end a description of whoever
// speaks: a role, a group, an organisation, a document somebody issued
// ("the IMF report", "Ivana Trump's brief") or an age ("the 34-year-old").
func descriptionHead(w string) bool {
	return personRoles[w] || groupHeads[w] || orgHeads[w] || anonymousHeads[w] || documents[w] || strings.HasSuffix(w, "-year-old") || w == "family" || w == "local"
}

// documentWord reports a document, or documents: "his letters describe"
// speak for their writer as "his letter describes" does. Plurals are no
// descriptionHead, which finiteVerb stands against: "reports" and "notes"
// are verbs as often.
func documentWord(w string) bool {
	return documents[w] || len(w) > 3 && w[len(w)-1] == 's' && documents[w[:len(w)-1]]
}

// spokespersonSubject returns whom an unnamed spokesperson speaks for
// when one opens the sentence of item i or the one before it in its
// paragraph: "A spokeswoman for the Calder National Forest said …. "…,"
// she said."
func (a *attributor) spokespersonSubject(i int) (string, Kind) {
	s := a.items[i].sent
	for range 2 {
		k := s
		if k+3 < len(a.items) && determiners[a.items[k].low] {
			k++
		}
		if k+3 < len(a.items) && speaksFor[a.items[k].low] && affiliations[a.items[k+1].low] {
			from := k + 2
			if a.items[from].isWord("the") {
				from++
			}
			to := runAt(a.items, from).to
			if to > from {
				return a.resolveName(a.items[from:to], a.items[from].pos)
			}
			// "A spokeswoman for the convention committee said": the
			// committee the article named.
			if np, ok := a.phraseFrom(k+2, a.sentenceEnd(k)); ok {
				if name, kind := a.resolve(np); kind == Org {
					return name, kind
				}
			}
		}
		if s == 0 || a.items[s-1].kind == itemBreak {
			break
		}
		s = a.items[s-1].sent
	}
	return "", Unknown
}

// namedSpokesperson returns the person an apposition named as the last
// spokesperson of the kind head says before pos: "A spokeswoman for the
// district, Kristen Vale, said …"; nil when the last one went unnamed.
func (a *attributor) namedSpokesperson(head string, pos int) *person {
	i := a.itemAt(pos)
	for k := i - 1; k > 0 && k > i-300; k-- {
		if a.items[k].low != head || a.items[k-1].isWord("the") {
			continue // "The spokeswoman added": the one introduced before
		}
		for c := k + 1; c < len(a.items) && c <= k+6 && a.items[c].kind != itemBreak; c++ {
			if a.items[c].text != "," || c+1 >= len(a.items) || !a.items[c+1].nameWord() {
				continue
			}
			r := runAt(a.items, c+1)
			if r.to < len(a.items) && a.items[r.to].text == "," && r.to-r.from >= 2 {
				return a.cast.byName(joinWords(a.items[r.from:r.to]), a.items[r.from].pos)
			}
			break
		}
		return nil
	}
	return nil
}

// spokespersonFor finds the last "X spokesperson" written before pos and
// resolves X: whom "the spokesperson" speaks for.
func (a *attributor) spokespersonFor(pos int) (string, Kind) {
	i := a.itemAt(pos)
	for k := i - 1; k > 0 && k > i-120; k-- {
		if !speaksFor[a.items[k].low] || !a.items[k-1].nameWord() || a.items[k].low == "campaign" || a.items[k].low == "office" {
			continue
		}
		from := k - 1
		if Stopwords[a.items[from].low] {
			continue
		}
		for from > 0 && a.items[from-1].nameWord() && !Stopwords[a.items[from-1].low] {
			from--
		}
		return a.resolveName(a.items[from:k], a.items[from].pos)
	}
	return "", Unknown
}

// orgSubjectBefore returns the organisation that is the subject of the
// sentence before the one at pos, or "".
func (a *attributor) orgSubjectBefore(pos int) string {
	s := a.items[a.itemAt(pos)].sent
	if s == 0 {
		return ""
	}
	prev := s - 1
	if a.items[prev].kind == itemBreak && prev > 0 {
		prev--
	}
	np, _, ok := a.sentenceSubject(prev)
	if !ok || !orgHeads[a.items[np.to-1].low] {
		return ""
	}
	if name, kind := a.resolve(np); kind == Org {
		return name
	}
	return ""
}

// lastOrgSpeaker returns the organisation last quoted before pos, or "":
// "a company spokesperson" speaks for the company that has been speaking,
// not for the council named in passing since.
func (a *attributor) lastOrgSpeaker(pos int) string {
	for q := len(a.out) - 1; q >= 0; q-- {
		if a.qItem[q] < 0 || a.items[a.qItem[q]].pos >= pos {
			continue
		}
		if at := a.out[q]; at.kind == Org && at.speaker != "" {
			return at.speaker
		}
	}
	return ""
}

// recentOrgSpeaker returns the organisation given the last quotation
// before pos, if that quotation is in pos's paragraph or the one before.
func (a *attributor) recentOrgSpeaker(pos int) string {
	for q := len(a.out) - 1; q >= 0; q-- {
		if a.qItem[q] < 0 || a.items[a.qItem[q]].pos >= pos {
			continue
		}
		at := a.out[q]
		if at.speaker == "" {
			continue
		}
		if at.kind == Org && a.cast.paragraph(pos)-a.cast.paragraph(a.items[a.qItem[q]].pos) <= 1 {
			return at.speaker
		}
		return ""
	}
	return ""
}

// institution reports an organisation's name, folded word by word, that
// no business has: a university, a church, a coalition, a public body.
func institution(words []string) bool {
	for _, w := range []string{"university", "college", "school", "church", "institute", "museum", "library", "coalition",
		"alliance", "association", "society", "council", "committee", "league", "club", "court", "union", "network", "foundation"} {
		if headsOrg(words, w) {
			return true
		}
	}
	return governmentBody(words)
}

// groupLike reports a word that heads a description of many: "campaign",
// "officials", "the company".
func groupLike(it item) bool {
	return groupHeads[it.low] || orgHeads[it.low] || speaksFor[it.low]
}

// itemAt returns the index of the first item at or after byte offset pos.
func (a *attributor) itemAt(pos int) int {
	return itemIndex(a.items, pos)
}

// opensSentence reports whether the word item w opens its sentence.
func (a *attributor) opensSentence(w item) bool {
	i := a.itemAt(w.pos)
	return i < len(a.items) && a.items[i].sent == i
}

// writtenMidSentence reports whether the article writes w, capitalised,
// anywhere but at the start of a sentence: a name is capitalised wherever
// it stands.
func (a *attributor) writtenMidSentence(w item) bool {
	if a.midCaps == nil {
		a.midCaps = map[string]bool{}
		for i, it := range a.items {
			if it.kind == itemWord && it.sent != i && it.capitalised() {
				a.midCaps[trimPossessive(it.low)] = true
			}
		}
	}
	return a.midCaps[trimPossessive(w.low)]
}

// speakerHead reports a word that heads the description of a speaker.
func speakerHead(w string) bool {
	return personRoles[w] || groupHeads[w] || anonymousHeads[w]
}

// describe resolves a description: a group ("Syrian officials"), an
// anonymous source ("an official Russian source"), or a person the article
// names elsewhere ("the Russian leader", "the Kremlin's chief").
func (a *attributor) describe(ws []item, pos int) (string, Kind) {
	start := 0
	definite := false
	if determiners[ws[0].low] {
		start = 1
		definite = ws[0].low != "a" && ws[0].low != "an" && ws[0].low != "one"
	}
	if len(ws) > start+1 && ws[start].low == "of" && !definite {
		return "", Unknown // "one of the officials" is one of them, unnamed
	}
	// The head is the last word naming a role, group or organisation.
	hi := len(ws) - 1
	for hi >= start && !descriptionHead(ws[hi].low) && !documentWord(ws[hi].low) {
		hi--
	}
	if hi < start {
		return "", Unknown
	}
	head := ws[hi].low
	if !documents[head] && documentWord(head) {
		head = head[:len(head)-1] // "her emails" are her email
	}
	var mods []string
	for _, w := range ws[start:hi] {
		mods = append(mods, w.low)
	}
	text := joinWords(ws[start : hi+1])
	// "a Northwind Rail spokesperson", "Maria Lopez's office": whoever
	// they speak for.
	// "the Trump campaign's website states": whoever owns it speaks.
	if documents[head] {
		// "The Clarion's fact-check, written by Rosalind Abernathy-Park,
		// argued": the writer the document's apposition names, before
		// whose it is.
		if k := a.itemAt(ws[hi].pos); k+2 < len(a.items) && a.items[k+1].text == "," && penned[a.items[k+2].low] {
			if np, ok := a.writtenBy(k); ok {
				if name, kind := a.resolve(np); name != "" {
					return name, kind
				}
			}
		}
	}
	if documents[head] && hi-1 > start && possessive(ws[hi-1]) && !ws[hi-1].nameWord() {
		of := append([]item(nil), ws[start:hi]...)
		last := &of[len(of)-1]
		last.setWord(trimPossessive(last.text), trimPossessive(last.low))
		return a.describe(of, pos)
	}
	if documents[head] && definite {
		if name, kind := a.documentOwner(ws, start, hi, pos); name != "" {
			return name, kind
		}
	}
	// "Her campaign later said": whoever "her" is speaks through it.
	if speaksFor[head] && hi == 1 && (ws[0].low == "his" || ws[0].low == "her") {
		if p := a.cast.byPronoun(pos, a.items[ws[0].sent].pos, subjectPronoun[ws[0].low]); p != nil {
			return ownedBy(head, p.name, Person)
		}
	}
	owner := hi // "Sanders' campaign": past the apostrophe
	if owner-1 > start && apostrophe(ws[owner-1]) {
		owner--
	}
	if (speaksFor[head] || documents[head] || head == "family") && owner > start && ws[owner-1].nameWord() {
		from := owner - 1
		for from > start && ws[from-1].nameWord() {
			from--
		}
		name, kind := a.resolveName(ws[from:owner], pos)
		return ownedBy(head, name, kind)
	}
	// "a company spokesperson", "the spokesperson", "a spokesperson",
	// "the statement": the organisation the article named last.
	if documents[head] && definite && hi <= start+1 {
		if name, kind := a.documentAuthor(head, pos); name != "" {
			return name, kind // "the letter said", "the sign read"
		}
	}
	// "the office said" after "the state's Rail Transit Safety Office":
	// an office of that name before anybody's spokesperson.
	if speaksFor[head] && orgHeads[head] && definite && hi == start {
		if org := a.cast.byOrg(head, pos); org != "" {
			return org, Org
		}
	}
	// "an authority spokesperson": the authority the article named.
	if speaksFor[head] && hi == start+1 && orgHeads[ws[start].low] && !ws[start].capitalised() {
		if org := a.cast.byOrg(ws[start].low, pos); org != "" {
			return org, Org
		}
	}
	// "a food bank spokesperson": the organisation whose name ends in
	// those words ("Northern Shores Food Bank").
	if speaksFor[head] && hi >= start+2 && !anyCapitalised(ws[start:hi]) {
		if org := a.cast.orgEndingIn(mods, pos); org != "" {
			return org, Org
		}
	}
	article := ws[0].low == "the" || speaksFor[head] && (ws[0].low == "a" || ws[0].low == "an")
	// "The final statement, just five pages long, said": adjectives before
	// a statement do not say whose it is.
	if speaksFor[head] && hi == start+1 && genericOrgHeads[ws[start].low] || (speaksFor[head] || statementNouns[head]) && article && (hi == start || statementNouns[head] && !anyCapitalised(ws[start:hi]) && hi-start <= 2) {
		if p := a.namedSpokesperson(head, pos); p != nil && ws[0].low == "the" && hi == start {
			a.cast.noteMention(p, pos)
			return p.name, Person // "A spokeswoman for the district, Kristen Vale, said" then "the spokeswoman said"
		}
		if name, kind := a.spokespersonFor(pos); name != "" && ws[0].low == "the" {
			return name, kind // "A Lumora spokesperson declined …" then "the spokesperson said"
		}
		if org := a.lastOrgSpeaker(pos); org != "" {
			return org, Org
		}
		if org := a.cast.byOrg("organization", pos); org != "" {
			return org, Org
		}
		// "The port authority welcomed the vote. "…," a spokesperson
		// said.": the organisation the sentence before was about.
		if org := a.orgSubjectBefore(pos); org != "" {
			return org, Org
		}
	}
	switch {
	case groupHeads[head]:
		name := capitalise(text)
		a.cast.noteGroup(name, pos)
		if opinionHeads[head] && !anyCapitalised(ws[start:hi]) && !ws[hi].capitalised() {
			// "allies", "critics", "some experts": nobody in particular,
			// though "they" may still refer to them.
			return "", Unknown
		}
		return name, Group
	case anonymousHeads[head] && !definite:
		// "a senior Democratic aide", "a source", "one person": somebody
		// the article does not name, given as it describes them, which
		// is never taken for a name.
		return describedAs(ws[:hi+1]), Unnamed
	case orgHeads[head]:
		// "The union's national office said": the union the article named.
		for k := start; k < hi; k++ {
			if possessive(ws[k]) && !ws[k].nameWord() && orgHeads[trimPossessive(ws[k].low)] && definite {
				owner := append([]item(nil), ws[:k+1]...)
				last := &owner[k]
				last.setWord(trimPossessive(last.text), trimPossessive(last.low))
				if name, kind := a.describe(owner, pos); kind == Org {
					return name, kind
				}
			}
		}
		return a.describeOrg(ws, start, hi, definite, mods, pos)
	case definite && strings.HasSuffix(head, "-year-old"):
		// "the 34-year-old said": by the age, or the person just named.
		if p := a.cast.byDescription(mods, head, pos); p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
		return "", Unknown
	case personRoles[head]:
		p := a.cast.byDescription(mods, head, pos)
		if ws[0].low == "the" && (placeOrParty(ws[start:hi]) || p == nil && chamberOffice(ws[start:hi])) {
			p = a.variation(p, head, mods, ws[0].sent, pos)
		}
		if p != nil {
			a.cast.noteMention(p, pos)
			return p.name, Person
		}
		// "the pollster wrote" after "A new Keystone Insights poll": the
		// firm that polled, when no person is named as its pollster.
		if head == "pollster" && definite {
			if poll := a.pollBefore(a.itemAt(pos)); poll != "" {
				return poll, Org
			}
		}
		// "The mayor said" in a profile of the mayor that called her
		// "mayor of Bayou Cheval" but never "Mayor": the one the story
		// is about.
		if ws[0].low == "the" && hi == start && soleOffices[head] {
			if p := a.cast.subjectOfTheStory(pos); p != nil {
				a.cast.noteMention(p, pos)
				return p.name, Person
			}
		}
	case documents[head] && definite && hi <= start+1:
		// "the post read" of a post the article never called one.
		return a.publisherBefore(a.itemAt(pos))
	}
	return "", Unknown
}

// describeOrg resolves a description whose head, ws[hi], names an
// organisation: "the state-run SANA news agency", "the union", "the
// historical society", "the nationalist Global Times tabloid". ws[start:]
// is the description past its determiner, and mods the words before the
// head.
func (a *attributor) describeOrg(ws []item, start, hi int, definite bool, mods []string, pos int) (string, Kind) {
	head := ws[hi].low
	if org := orgName(ws); org != "" {
		return org, Org
	}
	// "Glimmer said it had …. "…," the company said.": a business that
	// just spoke, though its name has no word that says it is one.
	if businessHead(head) && definite && hi == start {
		if org := a.recentOrgSpeaker(pos); org != "" && !institution(strings.Fields(Fold(org))) {
			return org, Org
		}
	}
	// "The Arkansas State Police said troopers had responded …. "…," the
	// agency said": the organisation the sentence before was about.
	if head == "agency" && definite && hi == start {
		if org := a.orgSubjectBefore(pos); org != "" {
			return org, Org
		}
	}
	// "the union", "the company": the one the article named; "the
	// historical society" when its name has the words.
	if org := a.cast.byOrg(head, pos); org != "" && definite && (hi == start || nameHolds(Fold(org), mods)) {
		return org, Org
	}
	if hi == start {
		return "", Unknown // a bare "the company" is no name
	}
	// "the nationalist Global Times tabloid": the name before the head.
	if from := hi; mediaHeads[head] && ws[hi-1].nameWord() {
		for from > start && ws[from-1].nameWord() {
			from--
		}
		return joinWords(ws[from:hi]), Org
	}
	if start > 0 && !definite && !anyCapitalised(ws[start:hi]) || documents[head] {
		return "", Unknown // "a swing district", "a local company", "the final statement"
	}
	if ownerWords[ws[0].low] && !anyCapitalised(ws[start:hi]) {
		return "", Unknown // "its annual bank stress tests" name no bank
	}
	return capitalise(joinWords(ws[start : hi+1])), Org
}

// describedAs writes a description as the article does, its determiner
// in lower case where it opens a sentence ("A senior aide said" is "a
// senior aide"), a proper noun as written ("Pentagon official").
func describedAs(ws []item) string {
	s := joinWords(ws)
	if !determiners[ws[0].low] && ws[0].low != "another" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// ownerWords are the determiners that say whose a thing is.
var ownerWords = set(`its his her their our`)

// ownedBy returns who speaks through head when name of kind owns it: a
// campaign is an organisation of its own and a family a group, named for
// the person's surname ("the Hope campaign" and "her campaign" are the
// "Hope campaign", "Rich's family" the "Rich family"); a spokesperson or
// an office speaks for the owner.
func ownedBy(head, name string, kind Kind) (string, Kind) {
	if kind != Person || name == "" {
		return name, kind
	}
	switch head {
	case "campaign":
		return surnameOf(name) + " campaign", Org
	case "family":
		return surnameOf(name) + " family", Group
	}
	return name, kind
}

// surnameOf returns the surname of a full name as it is written alone:
// without a generational suffix, with its particles ("de la Vega" of
// Marisol de la Vega, "Shepherd" of Gordon Shepherd III).
func surnameOf(name string) string {
	ws := strings.Fields(name)
	end := len(ws)
	for end > 1 && nameSuffixes[strings.ToLower(ws[end-1])] {
		end--
	}
	from := end - 1
	for from > 1 && nameParticles[strings.ToLower(ws[from-1])] {
		from--
	}
	return strings.Join(ws[from:end], " ")
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// orgName returns the organisation a phrase names, or "": an acronym
// ("the state-run SANA news agency" → "SANA"), a known one-word
// organisation ("the Kremlin"), or a capitalised name ending in an
// organisation word ("the Foreign Ministry").
func orgName(ws []item) string {
	for _, w := range ws {
		t := strings.Trim(w.text, ".'’")
		t = trimPossessive(t)
		if len(t) >= 2 && len(t) <= 6 && upperCase(t) && strings.IndexFunc(t, unicode.IsLetter) == 0 && !strings.Contains(t, ".") && !honorifics[strings.ToLower(t)] && !nameSuffixes[strings.ToLower(t)] {
			return t
		}
	}
	for i, w := range ws {
		if w.is(classKnownOrg) && w.capitalised() && (i == len(ws)-1 || !ws[i+1].nameWord()) {
			return w.text
		}
	}
	return orgRun(ws)
}

// orgRun returns the organisation named by a capitalised phrase with an
// organisation word at its end or before a connector: "the Foreign
// Ministry", "Union of Harbour Pilots", "Allied Dockworkers Union of
// Canada"; "" when there is none.
func orgRun(ws []item) string {
	org, _ := orgRunAt(ws)
	return org
}

// anyCapitalised reports whether any of ws is a capitalised word.
func anyCapitalised(ws []item) bool {
	for _, w := range ws {
		if w.capitalised() {
			return true
		}
	}
	return false
}

// orgRunAt is orgRun that also returns where in ws the name starts. The
// name is the run of capitalised words and the connectors that join them
// at the end of ws, from its first word if a word in it makes the run an
// organisation: "Department of Health and Senior Services", "Riverside
// Downtown Business and Merchants Association".
func orgRunAt(ws []item) (string, int) {
	n := len(ws)
	from := n
	for m := n - 1; m >= 0; m-- {
		w := ws[m]
		// A possessive ends an owner's name ("Maria Lopez's office"),
		// unless it is a title's ("Lakeshore County Sheriff's Office") or
		// a plural's ("Patrolmen's Benevolent Association").
		if w.capitalised() && !w.is(classDeterminer) && (m == n-1 || !possessive(w) || w.baseIs(classHonorific) || pluralNoun(trimPossessive(w.low)) || m > 0 && saint(ws[m-1])) ||
			m > 0 && m+1 == from && (joinsOrgWords(ws, m) || commaInName(ws, m) || ws[m].low == "and" && listedBefore(ws, m)) ||
			m > 1 && m+1 == from && w.capitalised() && ws[m-1].low == "and" && listedBefore(ws, m-1) || // "Pensioners and Their Families"
			m > 0 && pluralPossessive(ws, m) {
			from = m
			continue
		}
		// "Istrany's Foreign Ministry": a ministry is its country's, whose
		// name keeps it.
		if m+1 == from && from <= n-2 && possessive(w) && w.capitalised() && ws[n-1].low == "ministry" && (m == 0 || !ws[m-1].nameWord()) {
			from = m
		}
		break
	}
	for from < n && !ws[from].capitalised() {
		from++
	}
	for m := from; m < n; m++ {
		if ws[m].capitalised() && headsOrgRun(ws, m) {
			return joinWords(ws[from:]), from
		}
	}
	return "", 0
}

// listedBefore reports that the "and" at m closes a list inside a name,
// with or without a comma before it: "Coalition of Ditch Companies,
// Irrigators and Water Users", "Retail, Warehouse, and Grocery Workers".
func listedBefore(ws []item, m int) bool {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if ws[k].text == "," {
			return commaInName(ws, k)
		}
		if !ws[k].capitalised() {
			return false
		}
	}
	return false
}

// corporate are the suffixes a company's name may take after a comma.
var corporate = set(`inc llc ltd corp co plc`)

// pluralNoun reports the plurals that take "'s" in an organisation's
// name: "Patrolmen's", "Children's", "People's".
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "men") && len(w) > 3 || w == "children" || w == "people"
}

// commaInName reports a comma inside an organisation's name that lists
// its members, as the name's "and" and its last word show: "Retail,
// Warehouse and Grocery Workers Union", "Apartment Owners, Managers and
// Realtors Association", or after "of" or "for" that make the name an
// organisation's, with or without a comma before the "and": "Kansans for
// Libraries, Literacy, and Lifelong Learning". "Smith, Jones and Brown"
// is three people.
func commaInName(items []item, j int) bool {
	if items[j].text != "," || j == 0 || j+1 >= len(items) || !items[j-1].capitalised() || !items[j+1].capitalised() && !items[j+1].isWord("and") {
		return false
	}
	named := orgBefore(items, j)
	if named && items[j+1].low == "not" && j+2 < len(items) && items[j+2].nameWord() {
		return true // "Kansans for Health Care, Not Cuts"
	}
	and := false
	for k := j + 1; k < len(items) && k <= j+8; k++ {
		switch it := items[k]; {
		case it.low == "and":
			and = true
		case and && it.low == "the" && items[k-1].low == "and":
			// "Coalition for Transparency, Accountability and the Public Trust"
		case it.text == ",":
			if !items[k-1].capitalised() || k+1 >= len(items) || !items[k+1].capitalised() && !items[k+1].isWord("and") {
				return false
			}
		case it.capitalised():
			if and && (orgSuffixes[trimPossessive(it.low)] || named) && (k+1 == len(items) || !items[k+1].nameWord()) {
				return true
			}
		case and && k+1 < len(items) && (it.low == "for" && forFormer(items, k-1) || it.low == "of" && orgFormer(items, k-1, false)):
			// "Tenants, Workers and Families for a Fair Nevada": the
			// connector after the list makes it an organisation's name.
			return items[k+1].nameWord() || items[k+1].isWord("a") || items[k+1].isWord("the")
		default:
			return false
		}
	}
	return false
}

// orgBefore reports an organisation's "of" or "for" among the capitalised
// words that end at item j: "Tennessee Coalition of Black, …", "Kansans
// for Libraries, …".
func orgBefore(items []item, j int) bool {
	for k := j - 1; k > 0 && k >= j-8; k-- {
		switch it := items[k]; {
		case it.low == "of" && orgFormer(items, k-1, false), it.low == "for" && forFormer(items, k-1):
			return true
		case !it.capitalised() && it.low != "the" && it.low != "a" && it.text != ",":
			return false
		}
	}
	return false
}

// saint reports "St." or "Saint", whose possessive names an institution:
// "St. Brigid's Regional Medical Center".
func saint(w item) bool {
	return w.low == "st." || w.low == "st" || w.low == "saint" || w.low == "ste."
}

// joinsOrgWords reports whether the connector at m joins the words of an
// organisation's name around it: "of" or "for" after a word that can head
// one, "the" after such a connector, "and" after it or before the word
// that ends the name.
func joinsOrgWords(ws []item, m int) bool {
	switch ws[m].low {
	case "the", "a":
		if m > 1 && ws[m-1].low == "and" && listedBefore(ws, m-1) {
			return true // "Coalition for Transparency, Accountability and the Public Trust"
		}
		return m > 1 && (ws[m-1].low == "of" || ws[m-1].low == "for") && orgFormer(ws, m-2, true)
	case "for":
		// "Doris Kettering for Council": a campaign's committee.
		return forFormer(ws, m-1) || m+2 == len(ws) && ws[m-1].capitalised() && campaignOffices[ws[m+1].low] && ws[m+1].capitalised()
	case "to":
		// "Freedom to Read Project": an organisation's word ends it.
		for k := m + 1; k < len(ws) && k <= m+4 && ws[k].capitalised(); k++ {
			if orgSuffixes[trimPossessive(ws[k].low)] && k+1 == len(ws) {
				return ws[m-1].capitalised()
			}
		}
		return false
	case "of":
		return orgFormer(ws, m-1, true)
	case "on", "in":
		return m+1 < len(ws) && ws[m+1].capitalised() && innerConnector(ws, m)
	case "and", "&":
		if ws[m].text == "&" && ws[m-1].capitalised() && m+1 < len(ws) && ws[m+1].capitalised() {
			return true // "Westridge Power & Light"
		}
		for k := m - 2; k >= 0 && k >= m-5; k-- {
			// "Coalition Against Hate and Fascism" too.
			if ws[k+1].low == "for" && forFormer(ws, k) || ws[k+1].low == "of" && orgFormer(ws, k, true) || ws[k+1].low == "against" && orgSuffixes[trimPossessive(ws[k].low)] {
				return true
			}
		}
		for k := m + 1; k < len(ws) && k <= m+4; k++ {
			if !ws[k].capitalised() {
				// "United Nurses and Allied Professionals of the Riverbend
				// Valley": the name goes on past its connector.
				return k > m+1 && (ws[k].low == "of" && orgFormer(ws, k-1, true) || ws[k].low == "for" && forFormer(ws, k-1))
			}
			if orgSuffixes[trimPossessive(ws[k].low)] && (k+1 == len(ws) || !ws[k+1].capitalised()) {
				return true
			}
		}
	}
	return false
}

// headsOrgRun reports whether the capitalised word at m makes the words
// from it to the end of ws an organisation's name: a word such as
// "Ministry" at the end or before a connector, or a plural before "for"
// or "of" ("Citizens for Responsible Growth", "Veterans of Modern Wars").
func headsOrgRun(ws []item, m int) bool {
	last := m+1 == len(ws)
	if ws[m].baseIs(classOrgSuffix) && (last || ws[m+1].is(classOrgConnector) || ws[m+1].low == "on" && onHeads[ws[m].low]) {
		return true
	}
	return !last && (ws[m+1].low == "for" && forFormer(ws, m) || ws[m+1].low == "of" && orgFormer(ws, m, true))
}

// nameOnlyAfter reports whether no capitalised word but a determiner
// stands in ws: "The" before "American Federation of …" opens the
// sentence, "Marta Berg of" names somebody else.
func nameOnlyAfter(ws []item) bool {
	for _, w := range ws {
		if w.capitalised() && !determiners[w.low] {
			return false
		}
	}
	return true
}

// looksLikeSurname reports whether a lone capitalised word can be a person
// named by surname only: not a place, nationality or organisation.
func looksLikeSurname(w item) bool {
	l := w.low
	return nationalities[l] == "" && !knownOrgs[l] && !orgSuffixes[l] && !weekdays[l] && !months[l] && !peoples(l)
}

// peoples reports a plural of a nationality or a party's members, a group
// and never a person: "Americans", "Iraqis", "Democrats".
func peoples(w string) bool {
	return strings.HasSuffix(w, "s") && nationalities[strings.TrimSuffix(w, "s")] != "" || w == "democrats" || w == "republicans"
}

// ownerFirst reports an apposition that opens with an owner's name in
// the possessive: "Twitter's director of political advertising", "St.
// Brendan's chief executive", "Sanders' campaign manager".
func ownerFirst(clause []item) bool {
	for k := 0; k < len(clause) && k < 3; k++ {
		if possessive(clause[k]) || k > 0 && apostrophe(clause[k]) {
			return true
		}
		if !clause[k].nameWord() {
			return false
		}
	}
	return false
}
