package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type itemKind uint8

const (
	itemWord  itemKind = iota + 1
	itemPunct          // one punctuation character, or "..." / "…"
	itemQuote          // a whole quotation
	itemBreak          // a paragraph break
)

// item is one unit of an article's running text: a word, a punctuation
// mark, a whole quotation, or a paragraph break. Attribution reads items,
// so that words inside a quotation never pass for a speaker or a verb.
type item struct {
	kind  itemKind
	shape wordShape // what a word's text looks like
	cls   wordClass // the word lists low is in, for a word or a mark
	text  string    // as written
	low   string    // lower-case, for word lists
	pos   int       // byte offset in the body
	quote int       // index into the article's quotations, for itemQuote
	sent  int       // index of the first item of its sentence
}

// wordShape is what a word looks like, worked out once when the word
// becomes an item: reading an article asks it of each word many times.
type wordShape uint8

// The shapes of a word.
const (
	shapeCapitalised wordShape = 1 << iota // starts with an upper-case letter
	shapeNameWord                          // can stand in a name (nameWordText)
)

// newWord returns the word item for text, low-cased as low with the
// classes cls, at pos.
func newWord(text, low string, cls wordClass, pos int) item {
	return item{kind: itemWord, shape: shapeOf(text), cls: cls, text: text, low: low, pos: pos}
}

// setWord gives a word item the text and lower-case form of another word,
// with its shape and classes.
func (it *item) setWord(text, low string) {
	it.shape, it.cls, it.text, it.low = shapeOf(text), classOf(low), text, low
}

// shapeOf returns the shape of the word text.
func shapeOf(text string) wordShape {
	if text != "" && 'a' <= text[0] && text[0] <= 'z' && strings.IndexByte(text, '-') < 0 {
		return 0 // most words: lower case, no particle
	}
	var s wordShape
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		s |= shapeCapitalised
	}
	if text != "" && nameWordText(text) {
		s |= shapeNameWord
	}
	return s
}

func (it item) isWord(w string) bool { return it.kind == itemWord && it.low == w }

// allCapitalised reports whether every one of ws opens with an
// upper-case letter, as a name's words and a byline's do.
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// capitalised reports whether a word item starts with an upper-case letter.
func (it item) capitalised() bool { return it.shape&shapeCapitalised != 0 }

// nameWord reports whether a word can stand in a name: capitalised, or an
// Arabic article joined to a capitalised name ("al-Sharaa").
func (it item) nameWord() bool { return it.shape&shapeNameWord != 0 }

// nameWordText reports whether the word text can stand in a name, as
// nameWord does of its item.
func nameWordText(text string) bool {
	if 'a' <= text[0] && text[0] <= 'z' && strings.IndexByte(text, '-') < 0 {
		return false // most words: lower case, no particle
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		// "Kareem 4X": digits and capitals, but not a number.
		return upperCase(text) && strings.IndexFunc(text, unicode.IsUpper) > 0
	}
	_, rest, ok := strings.Cut(text, "-")
	if !ok || !nameParticles[strings.ToLower(text[:strings.IndexByte(text, '-')])] {
		return false
	}
	r, _ = utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// itemize turns the paragraphs of body into items, each quotation in qs
// becoming one item, and marks sentence boundaries. items is an empty
// slice whose array it may reuse; lower gains every word not capitalised,
// and some capitalised ones.
func itemize(items []item, body string, paras []para, qs []quoteSpan, lower *lowerWords) []item {
	qi := 0
	next := quoteOpen(qs, qi) // where the next quotation opens
	skipTo := 0               // the end of the last quotation, which may lie paragraphs ahead
	for pi, p := range paras {
		if skipTo > p.start {
			// The paragraph continues a quotation: no break before it.
			if skipTo >= p.end {
				continue
			}
		} else if pi > 0 {
			items = append(items, item{kind: itemBreak, pos: p.start})
		}
		i := max(p.start, skipTo)
		for i < p.end {
			if i == next {
				// `Marcia "Cia" Price` is one name: the nickname is no
				// quotation and no word of the name.
				if !nickname(body, qs[qi]) {
					items = append(items, item{kind: itemQuote, pos: i, quote: qi})
				}
				i = qs[qi].close
				skipTo = i
				qi++
				next = quoteOpen(qs, qi)
				continue
			}
			r, size := rune(body[i]), 1
			if r == ' ' {
				i++ // most of what stands between words
				continue
			}
			var space, word bool
			if r < utf8.RuneSelf {
				space, word = asciiSpace(body[i]), asciiWordBytes[body[i]]
			} else {
				r, size = utf8.DecodeRuneInString(body[i:])
				space = unicode.IsSpace(r)
				word = !space && isWordRune(r)
			}
			switch {
			case space:
				i += size
			case word:
				end := wordEnd(body, i, p.end)
				if next > i && next < end {
					end = next
				}
				low, cls, h := lowerClassOf(body[i:end])
				if c := body[i]; c < 'A' || c > 'Z' {
					lower.add(h) // all but what an ASCII capital opens
				}
				if end < p.end && body[end] == '.' && (abbreviations[low] || initial(body[i:end]) || initials(body[i:end]) || stateAbbreviations[low] && end+1 < p.end && body[end+1] == ',') {
					end++ // "Mr.", "Sen.", "J.", "Reston, Va., said": the dot belongs to the word
				}
				items = append(items, newWord(body[i:end], low, cls, i))
				i = end
			case r == '&' && i > 0 && i+1 < p.end && body[i-1] == ' ' && body[i+1] == ' ':
				// "Westridge Power & Light": a word that joins a name.
				items = append(items, newWord("&", "&", classOf("&"), i))
				lower.add(wordHash("&"))
				i += size
			default:
				text := body[i : i+size]
				switch {
				case strings.HasPrefix(body[i:], "..."):
					text, size = "...", 3
				case strings.ContainsRune("―‒–—", r):
					text = "—" // every dash that sets a name off is one dash
				}
				items = append(items, item{kind: itemPunct, cls: classOf(text), text: text, low: text, pos: i})
				i += size
			}
		}
	}
	markSentences(items, func(q int) rune {
		part := qs[q].parts[len(qs[q].parts)-1]
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(body[part[0]:part[1]], " \t\n"))
		return r
	})
	return items
}

// quoteOpen returns where quotation qi of qs opens, -1 past the last.
func quoteOpen(qs []quoteSpan, qi int) int {
	if qi < len(qs) {
		return qs[qi].open
	}
	return -1
}

// nickname reports a quotation of one or two capitalised words standing
// between two words of a name: `Marcia "Cia" Price`, `Dwayne "The Rock"
// Johnson`.
func nickname(body string, q quoteSpan) bool {
	if len(q.parts) != 1 {
		return false
	}
	text := body[q.parts[0][0]:q.parts[0][1]]
	if !fieldsUpTo(text, 2) {
		return false
	}
	ws := strings.Fields(text)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:!?") {
			return false
		}
	}
	before := strings.TrimRight(body[:q.open], " ")
	after := strings.TrimLeft(body[q.close:], " ")
	if len(before) == len(body[:q.open]) || len(after) == len(body[q.close:]) {
		return false // no space on both sides
	}
	prev, _ := utf8.DecodeLastRuneInString(before)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !isWordRune(r) })
	first, _ := utf8.DecodeRuneInString(before[i+1:])
	next, _ := utf8.DecodeRuneInString(after)
	return isWordRune(prev) && unicode.IsUpper(first) && (unicode.IsUpper(next) || particlesThenName(after))
}

// particlesThenName reports text that opens with a surname's particles
// and then its capitalised word: "van der Berg" after `Cornelius "Neil"`.
func particlesThenName(text string) bool {
	ws := strings.Fields(text[:min(len(text), 40)])
	for i, w := range ws {
		if !nameParticles[w] {
			r, _ := utf8.DecodeRuneInString(w)
			return i > 0 && unicode.IsUpper(r)
		}
	}
	return false
}

// initial reports a single capital letter, as in "J. R. Hollis".
func initial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// initials reports dotted initials such as "G.K" or "D.C", whose final dot
// belongs to them too.
func initials(w string) bool {
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	// Each part between dots an initial, read without splitting w.
	for {
		p, rest, more := strings.Cut(w, ".")
		if !initial(p) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

// wordEnd returns the end of the word starting at i: letters and digits
// joined by apostrophes, hyphens and the dots of "U.S." or "3.5".
func wordEnd(body string, i, limit int) int {
	for i < limit {
		c := body[i]
		if asciiWordBytes[c] {
			i++ // most of a word
			continue
		}
		if c < utf8.RuneSelf && c != '&' && c != ',' && c != '\'' && c != '-' && c != '.' {
			break // a space, most often: no other ASCII joins a word
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		if isWordRune(r) || mojibake(body[:i], r) {
			i += size
			continue
		}
		if r == '&' && i+size < limit {
			// "P&G", "AT&T": one name.
			prev, _ := utf8.DecodeLastRuneInString(body[:i])
			next, _ := utf8.DecodeRuneInString(body[i+size:])
			if unicode.IsUpper(prev) && unicode.IsUpper(next) {
				i += size
				continue
			}
		}
		if r == ',' && thousands(body, i, limit) {
			i += size // "1,100 signatures" is one number, no clause's end
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' {
			if i+size < limit {
				next, nsize := utf8.DecodeRuneInString(body[i+size:])
				if isWordRune(next) {
					if r != '.' || dottedWord(body, i+size+nsize, limit) || decimal(body, i, next) || domainEnd(body, i+size, limit) {
						i += size
						continue
					}
				}
			}
		}
		break
	}
	return i
}

// domainEnd reports whether the letters at i, after a dot, end a web
// address: "fivethirtyeight.com tweeted" is one word, and no sentence
// ends inside it.
func domainEnd(body string, i, limit int) bool {
	j := i
	for j < limit && j-i < 4 && 'a' <= body[j] && body[j] <= 'z' {
		j++
	}
	if j < limit {
		if r, _ := utf8.DecodeRuneInString(body[j:limit]); isWordRune(r) {
			return false // "x.coñ" is no address
		}
	}
	return topLevelDomains[body[i:j]]
}

// topLevelDomains end the web addresses news names sources by.
var topLevelDomains = set(`com org net gov edu io co us news tv`)

// decimal reports whether the dot at i, followed by next, is a decimal
// point: "4.2 percent", "$1.5 million" are one word, not the end of a
// sentence before "2 percent".
func decimal(body string, i int, next rune) bool {
	return i > 0 && '0' <= body[i-1] && body[i-1] <= '9' && '0' <= next && next <= '9'
}

// thousands reports whether the comma at i separates thousands in a
// number: a digit before it and exactly three after.
func thousands(body string, i, limit int) bool {
	if i == 0 || body[i-1] < '0' || body[i-1] > '9' || i+4 > limit {
		return false
	}
	for _, c := range []byte(body[i+1 : i+4]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return i+4 == limit || body[i+4] < '0' || body[i+4] > '9'
}

// dottedWord reports whether a dot and one more letter are followed by a
// dot, as in "U.S." or "a.m.", so that the first dot stays in the word.
func dottedWord(body string, after, limit int) bool {
	if after >= limit {
		return false
	}
	r, _ := utf8.DecodeRuneInString(body[after:])
	return r == '.' || unicode.IsDigit(r)
}

// markSentences sets each item's sent to the index of its sentence's first
// item. A sentence ends at a paragraph break, or at . ? ! before a word in
// upper case, a quotation or the end, unless the dot closes an abbreviation.
// A quotation whose words end with a full stop ends its sentence too
// (`"… with Russia." He added`); one ending in ? or ! does so only when no
// attribution follows it (`"Why now?" Putin asked.`). lastRune gives the
// last character inside each quotation.
func markSentences(items []item, lastRune func(q int) rune) {
	start := 0
	for i := range items {
		items[i].sent = start
		it := &items[i]
		end := false
		switch it.kind {
		case itemBreak:
			end = true
		case itemWord:
			end = strings.HasSuffix(it.text, ".") && dottedBeforeOpener(items, i) // most words: no call
		case itemPunct:
			if it.text == "." || it.text == "?" || it.text == "!" || it.text == "…" || it.text == "..." {
				end = sentenceEndsAt(items, i)
			}
		case itemQuote:
			if i+1 < len(items) && items[i+1].kind == itemWord && items[i+1].capitalised() {
				switch lastRune(it.quote) {
				case '.':
					end = !bareAttributionFollows(items, i+1)
				case '?', '!':
					end = !attributionFollows(items, i+1)
				}
			}
		}
		if end {
			start = i + 1
		}
	}
}

func sentenceEndsAt(items []item, i int) bool {
	if items[i].text == "." && i > 0 && items[i-1].kind == itemWord {
		prev := strings.TrimSuffix(items[i-1].low, ".")
		if abbreviations[prev] || utf8.RuneCountInString(prev) == 1 && items[i-1].capitalised() {
			return false
		}
	}
	if i+1 == len(items) {
		return true
	}
	next := items[i+1]
	switch next.kind {
	case itemQuote, itemBreak:
		return true
	case itemWord:
		r, _ := utf8.DecodeRuneInString(next.text)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return next.text == "(" || next.text == "—"
}

// dottedBeforeOpener reports a dotted abbreviation that ends its sentence
// after all: "… from entering the U.S. While Clinton has …", "at 5 p.m.
// The council …". The word after it only ever opens a sentence.
func dottedBeforeOpener(items []item, i int) bool {
	it := &items[i]
	if !strings.HasSuffix(it.text, ".") || strings.Count(it.text, ".") < 2 || i+1 >= len(items) || !items[i+1].capitalised() {
		return false
	}
	w := items[i+1].low
	return subordinators[w] || pronouns[w] && w != "i" || determiners[w] && w != "one" || w == "but" || w == "however"
}

// attributionFollows reports whether the words from i on are a short
// attribution: a speech verb within the next few words.
func attributionFollows(items []item, i int) bool {
	for k := i; k < len(items) && k < i+8; k++ {
		if items[k].kind != itemWord {
			return items[k].text == ","
		}
		if speechVerbs[items[k].low] && !items[k].capitalised() || invertedVerbs[items[k].low] || afterOnly[items[k].low] && (k+1 == len(items) || items[k+1].kind == itemPunct) {
			// `"Why now?" Mills then writes back, "You look cute."`
			// introduces the next quotation, not this one.
			n := k + 1
			if n < len(items) && items[n].low == "back" {
				n++
			}
			return !(n+1 < len(items) && (items[n].text == "," || items[n].text == ":") && items[n+1].kind == itemQuote)
		}
	}
	return false
}

// bareAttributionFollows reports whether the words from i on are an
// attribution and nothing more: `"… missing." Trump said.` or `"… true."
// Trump said on Tuesday.`, a full stop where the writer meant a comma.
// `"… Russia." He said the talks had failed.` goes on to say something of
// its own and is a sentence of its own.
func bareAttributionFollows(items []item, i int) bool {
	v := -1
	for k := i + 1; k < len(items) && k < i+4; k++ {
		if items[k].kind != itemWord {
			return false
		}
		if speechVerbs[items[k].low] && !items[k].capitalised() {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := v + 1; k < len(items) && k < v+8; k++ {
		it := items[k]
		switch {
		case it.kind == itemBreak:
			return true
		case it.text == ".":
			return k+1 == len(items) || items[k+1].kind == itemBreak || items[k+1].kind == itemQuote
		case it.kind != itemWord || it.low == "that":
			return false
		case k == v+1 && !prepositions[it.low] && !weekdays[it.low] && !sinceWords[it.low]:
			return false
		}
	}
	return v+1 == len(items)
}

// sentenceEnd returns the index just past the last item of the sentence
// that item i belongs to.
func sentenceEnd(items []item, i int) int {
	s := items[i].sent
	j := i + 1
	for j < len(items) && items[j].sent == s {
		j++
	}
	if j > 0 && j <= len(items) && items[j-1].kind == itemBreak {
		j--
	}
	return j
}

// upperCase reports whether strings.ToUpper(s) == s, without building the
// upper-case string: no rune changes, and no invalid byte, which
// strings.ToUpper would replace.
func upperCase(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// asciiWordBytes are the ASCII letters and digits, the bytes most words
// are made of.
var asciiWordBytes = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

// isWordRune reports whether r belongs inside a word.
// mojibake reports a rune that belongs to a letter decoded twice, as in
// "FranÃÂ§ois" for "François": a Latin-1 continuation after Â, Ã, Ä or Å.
// Guillemets are quotation marks even there.
func mojibake(before string, r rune) bool {
	if r < 0x80 || r > 0xBF || r == '«' || r == '»' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(before)
	// Â to Å, precomposed or as A and a combining mark (U+0302 to U+030A).
	return prev >= 'Â' && prev <= 'Å' || prev >= 0x302 && prev <= 0x30A
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
