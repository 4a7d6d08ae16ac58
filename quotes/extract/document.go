package extract

// documentAuthor returns who wrote the document a definite description
// such as "the letter" or "the sign" at pos refers to: the last one the
// article mentioned, by whoever it says wrote it ("a letter written by
// Emma Park") or whoever it says spoke through it ("Superintendent Douglas
// Afolabi-Grant said in a letter", "their son, Sal Abruzzese, announced in
// a handwritten sign"). "" when the article does not say.
func (a *attributor) documentAuthor(head string, pos int) (string, Kind) {
	i := a.itemAt(pos)
	for k := i - 1; k >= 0 && k > i-400; k-- {
		if it := a.items[k]; it.kind != itemWord || it.low != head || k == 0 {
			continue
		}
		s := a.items[k].sent
		// "written by", "signed by", "from": the author named after it.
		if k+2 < len(a.items) && (a.items[k+1].low == "written" || a.items[k+1].low == "signed" || a.items[k+1].low == "sent") && a.items[k+2].isWord("by") {
			if np, ok := a.phraseFrom(k+3, sentenceEnd(a.items, k)); ok {
				return a.resolve(np)
			}
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
		return "", Unknown // the last mention decides
	}
	return "", Unknown
}
