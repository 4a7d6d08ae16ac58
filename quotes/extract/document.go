package extract

// documentAuthor returns who wrote the document a definite description
// such as "the letter" or "the sign" at pos refers to: as the description
// says, or as the last mention of such a document that says it does,
// by whoever it says wrote it ("a letter written by
// Emma Park") or whoever it says spoke through it ("Superintendent Douglas
// Afolabi-Grant said in a letter", "their son, Sal Abruzzese, announced in
// a handwritten sign"). "" when the article does not say.
func (a *attributor) documentAuthor(head string, pos int) (string, Kind) {
	i := a.itemAt(pos)
	// The description may say it itself: "The memo, dated Feb. 3 and
	// signed by Deputy Secretary Corbin A. Wexler, says …".
	for k := i; k < len(a.items) && k <= i+3; k++ {
		if a.items[k].isWord(head) {
			if np, ok := a.writtenBy(k); ok {
				return a.resolve(np)
			}
			break
		}
	}
	if name, kind := a.plaintiff(head, i); name != "" {
		return name, kind
	}
	for k := i - 1; k >= 0 && k > i-400; k-- {
		if it := a.items[k]; it.kind == itemWord && it.low == head+"s" && k > 0 {
			// "a folder of letters from former students. One, from a 2009
			// graduate named Jasmine Torres, is handwritten": the one.
			if name, kind := a.oneOf(k, i); name != "" {
				return name, kind
			}
			continue
		}
		if it := a.items[k]; it.kind != itemWord || it.low != head || k == 0 {
			continue
		}
		s := a.items[k].sent
		// "written by", "a memo written in March 2014 by": the author
		// named after it.
		if np, ok := a.writtenBy(k); ok {
			return a.resolve(np)
		}
		// The verb the document is the means of: "said in a letter",
		// "wrote in a post", "posted a statement".
		for v := k - 1; v >= s && v >= k-5; v-- {
			if it := a.items[v]; it.kind == itemWord && (speechVerbs[it.low] || finiteVerb(it)) {
				if np, ok := a.subjectBefore(v, s); ok {
					if name, kind := a.resolve(np); name != "" {
						return name, kind
					}
				}
				break
			}
		}
		// "Maureen Fitzgerald, in a statement released Sunday, said": the
		// verb after the aside.
		for v := k + 1; v < len(a.items) && v <= k+10 && a.items[v].kind != itemQuote; v++ {
			if it := a.items[v]; it.kind == itemWord && speechVerbs[it.low] && !it.capitalised() && a.items[v-1].text == "," {
				if np, ok := a.subjectBefore(v, s); ok {
					if name, kind := a.resolve(np); name != "" {
						return name, kind
					}
				}
				break
			}
		}
		// "In a letter obtained by The Sentinel, Chairman Jim Brannock
		// gave …": the subject after the opening phrase.
		if openers[a.items[s].low] {
			if np, _, ok := a.sentenceSubject(sentenceEnd(a.items, k) - 1); ok {
				if name, kind := a.resolve(np); name != "" {
					return name, kind
				}
			}
		}
	}
	return "", Unknown
}

// authorship are the participles that name a document's author after "by".
var authorship = set(`written signed sent drafted authored penned issued released posted paid`)

// writtenBy reads the author of the document named at item k: "a letter
// written by Emma Park", "a memo written in March 2014 by Hannah Rich".
func (a *attributor) writtenBy(k int) (nounPhrase, bool) {
	end := sentenceEnd(a.items, k)
	participle := false
	for b := k + 1; b < end && b <= k+14; b++ {
		it := a.items[b]
		if it.kind == itemQuote || it.kind == itemPunct && it.text != "," && it.text != "." {
			return nounPhrase{}, false
		}
		participle = participle || authorship[it.low]
		if it.low == "by" && participle {
			return a.phraseFrom(b+1, end)
		}
	}
	return nounPhrase{}, false
}

// documentBefore returns the document noun ("statement", "letter") of
// the sentence before the one holding item i, if it names one.
func (a *attributor) documentBefore(i int) string {
	s := a.items[i].sent
	if s == 0 {
		return ""
	}
	p := s - 1
	if a.items[p].kind == itemBreak && p > 0 {
		p--
	}
	for k := p; k >= a.items[p].sent; k-- {
		if it := a.items[k]; it.kind == itemWord && documents[it.low] {
			return it.low
		}
	}
	return ""
}

// afterQuotation reports an attribution that follows its quotation, as
// `"…," it read.` does; "what it called" inside a sentence does not.
func (a *attributor) afterQuotation(i int) bool {
	return i > 0 && (a.items[i-1].kind == itemQuote || a.items[i-1].text == "," && i > 1 && a.items[i-2].kind == itemQuote)
}

// oneOf reads who wrote the one of the documents named at item k that the
// next sentence singles out, before item i: "One, from a 2009 graduate
// named Jasmine Torres, is handwritten", "In one, sent in July, Rich
// attached a spreadsheet".
func (a *attributor) oneOf(k, i int) (string, Kind) {
	s := sentenceEnd(a.items, k)
	if s >= i || s >= len(a.items) {
		return "", Unknown
	}
	if a.items[s].kind == itemBreak {
		s++
	}
	j := s
	if j < i && a.items[j].isWord("in") {
		j++
	}
	if j+1 >= i || !a.items[j].isWord("one") || a.items[j+1].text != "," {
		return "", Unknown
	}
	end := sentenceEnd(a.items, j)
	if j+2 < end && a.items[j+2].isWord("from") {
		if np, ok := a.phraseFrom(j+3, end); ok {
			return a.resolve(np)
		}
	}
	if np, _, ok := a.sentenceSubject(end - 1); ok {
		return a.resolve(np)
	}
	return "", Unknown
}

// plaintiff returns who brought the lawsuit or complaint that "the
// lawsuit" at item i refers to, when the article said they sued: "The
// district sued the water board in 2019. The lawsuit alleged …".
func (a *attributor) plaintiff(head string, i int) (string, Kind) {
	if head != "lawsuit" && head != "suit" && head != "complaint" && head != "petition" {
		return "", Unknown
	}
	for v := i - 1; v > 0 && v > i-200; v-- {
		if it := a.items[v]; it.kind != itemWord || it.capitalised() || it.low != "sued" && it.low != "sues" {
			continue
		}
		if np, ok := a.subjectBefore(v, a.items[v].sent); ok {
			return a.resolve(np)
		}
		break
	}
	return "", Unknown
}
