package extract

// Words one person reads out from what another wrote are the writer's:
// `Ms. Bishop then read aloud from an email the nominee had sent to
// staff: "Speed over perfection."`, `Marchetti read aloud a text message
// Kayla Dunn sent to her sister: "…"`, `She read aloud a letter from Dr.
// Ana Ruiz: "…"`. The reader only relays them.

// relayVerbs read another's words out.
var relayVerbs = set(`read reads`)

// sendVerbs say who wrote or sent a document: "the email the nominee had
// sent", "the journal her daughter wrote".
var sendVerbs = set(`sent wrote written mailed posted texted emailed signed made penned left`)

// relayed returns the writer of the document read out in the sentence of
// the quotation at qi, or of the sentence before it that ends in a colon
// and hands the quotation over; false when no document is read out or its
// writer is not written there.
func (a *attributor) relayed(qi int) (nounPhrase, bool) {
	s := a.items[qi].sent
	end := qi
	if s == qi && s > 0 {
		// `…, read aloud from a letter she had received from X:` then the
		// quotation in the next paragraph.
		p := s - 1
		if a.items[p].kind == itemBreak && p > 0 {
			p--
		}
		if a.items[p].text != ":" && !(a.items[p].text == "." && a.quoteParagraph(qi)) {
			return nounPhrase{}, false
		}
		s, end = a.items[p].sent, p
	}
	for k := s; k < end; k++ {
		if it := a.items[k]; it.kind == itemWord && relayVerbs[it.low] && !it.capitalised() {
			return a.writerOf(k+1, end)
		}
	}
	return nounPhrase{}, false
}

// writerOf reads, from item i to end, what a verb of reading reads and who
// wrote it: `aloud from an email the nominee had sent to staff`, `a text
// from her daughter`, `a letter signed by 40 parents`.
func (a *attributor) writerOf(i, end int) (nounPhrase, bool) {
	if i < end && a.items[i].isWord("aloud") {
		i++
	}
	if i < end && a.items[i].isWord("from") {
		i++
	}
	d := -1
	for k := i; k < end && k < i+5; k++ {
		if w := a.items[k].low; a.items[k].kind == itemWord && (documents[w] || copies[w] || w == "journal" || w == "petition" || w == "remark") {
			d = k
			break
		}
	}
	if d < 0 {
		return nounPhrase{}, false
	}
	for k := d + 1; k < end && k <= d+14; k++ {
		it := a.items[k]
		if it.kind == itemQuote || it.kind == itemPunct && it.text != "," {
			break
		}
		switch {
		case it.low == "from" || it.low == "by" && k > d+1 && sendVerbs[a.items[k-1].low]:
			// "a letter from Dr. Ana Ruiz", "a letter signed by …"
			np, ok := a.phraseFrom(k+1, end)
			if ok && np.to-np.from == 1 && isPronoun(a.items[np.from].low) {
				return nounPhrase{}, false // "signed by his regulars" read as "his"
			}
			return np, ok
		case sendVerbs[it.low]:
			// "an email the nominee had sent", "a text message Kayla Dunn
			// sent", "the journal her daughter, Sophie, wrote in".
			v := k
			if v-1 > d && (a.items[v-1].isWord("had") || a.items[v-1].isWord("has")) {
				v--
			}
			if np, ok := a.subjectBefore(v, d+1); ok {
				return np, true
			}
			return nounPhrase{}, false
		}
	}
	return nounPhrase{}, false
}
