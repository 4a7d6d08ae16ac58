// Package extract finds the direct quotations in the text of a news article
// and works out who said each one.
//
// It is a pipeline, one stage a file: the page is split into lines and
// paragraphs with its boilerplate set aside (page.go); quotation marks are
// paired into quotations (scan.go); the running text becomes words,
// punctuation and whole quotations, in sentences (sentence.go), each word
// carrying the word lists it is in (wordclass.go); the people the article
// names are gathered with their roles and later mentions (mentions.go,
// cast.go), told apart within a family (family.go) and by gender
// (gender.go, firstnames.go); each attribution form proposes speaker
// candidates, and a scoring step chooses among them (choose.go,
// attribute.go, subject.go, layout.go, document.go), with descriptions
// such as "the Florida senator" read as the person just named
// (variation.go); names are made canonical across articles (canonical.go).
package extract

import (
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Kind tells people, whose name variants are merged across articles, from
// organisations and groups, whose names are taken as written.
type Kind uint8

// The kinds of speaker.
const (
	Unknown Kind = iota
	Person
	Org
	Group
	// Unnamed is somebody the article keeps unnamed; the speaker is its
	// description of them, as written: "a senior Democratic aide", "a
	// person familiar with the talks". Nobody's name.
	Unnamed
)

// Quotation is one direct quotation in an article's body.
type Quotation struct {
	Open, Close int    // byte offsets of the opening mark and just past the closing one
	Text        string // without its marks, whitespace folded to single spaces
	Speaker     string // "" when the article gives the words to nobody
	Kind        Kind
	Cue         string // the attribution verb or phrase, "" when none
	Partial     bool   // a fragment embedded in reported speech
}

// Problem is something wrong at one place in a body, such as an unbalanced
// quotation mark. The body still yields its other quotations.
type Problem struct {
	Pos int // byte offset in the body
	Msg string
}

// Result is what Extract finds in one body.
type Result struct {
	Title     string // the page's first headline, "" when it has none
	Quotes    []Quotation
	Problems  []Problem
	NameForms map[string]int // each way a person's full name is written, and how often
}

// Extract finds the quotations in body, the text of one article page after
// any metadata header. Quotations that are titles or names in quote marks,
// which nobody said, are left out.
func Extract(body string) *Result {
	pg := newPage(body, 1)
	spans, scanProblems := scanQuotes(body, pg.paras)
	r := &Result{Title: pg.title, NameForms: map[string]int{}}
	if len(spans) > 0 {
		r.Quotes = make([]Quotation, 0, len(spans))
	}
	for _, sp := range scanProblems {
		r.Problems = append(r.Problems, Problem{Pos: sp.pos, Msg: sp.msg})
	}
	texts := make([]string, len(spans))
	for i, sp := range spans {
		texts[i] = sp.text(body)
	}
	buf := itemBufs.Get().(*[]item)
	var lower lowerWords
	items := itemize((*buf)[:0], body, pg.paras, spans, &lower)
	writer := pg.byline()
	pg.release()
	c := newCast(items, &lower)
	c.writer = writer
	atts := attribute(items, texts, c)
	putItems(buf, items)
	for i, sp := range spans {
		at := atts[i]
		if at.skip {
			continue
		}
		r.Quotes = append(r.Quotes, Quotation{
			Open: sp.open, Close: sp.close, Text: texts[i],
			Speaker: at.speaker, Kind: at.kind, Cue: at.cue, Partial: at.partial,
		})
	}
	completeSurnames(body, r.Quotes)
	c.completeOrgs(body, r.Quotes)
	for _, p := range c.people {
		for f, n := range p.forms {
			r.NameForms[f] += n
		}
	}
	return r
}

// completeSurnames gives a speaker known by surname alone the full name
// the page writes once somewhere the body is not read, as a photo
// caption is: "Harold Nguyen-Park, 82, speaks against …" above
// "Nguyen-Park, who has ridden the route since 2019, …".
func completeSurnames(body string, qs []Quotation) {
	full := map[string]string{}
	for i := range qs {
		q := &qs[i]
		if q.Kind != Person || q.Speaker == "" || strings.ContainsRune(q.Speaker, ' ') {
			continue
		}
		name, ok := full[q.Speaker]
		if !ok {
			name = firstNameBefore(body, q.Speaker)
			full[q.Speaker] = name
		}
		if name != "" {
			q.Speaker = name
		}
	}
}

// firstNameBefore returns "First Surname" when the page writes surname
// after a capitalised first name, always the same one; "" otherwise.
func firstNameBefore(body, surname string) string {
	found := ""
	for at := range wordsIn(body, surname) {
		if at < 2 || body[at-1] != ' ' || body[at-2] == ' ' {
			continue
		}
		first := givenNamesEnding(body, body[:at-1])
		if first == "" {
			continue
		}
		if found != "" && found != first+" "+surname {
			return "" // two people share the surname
		}
		found = first + " " + surname
	}
	return found
}

// wordsIn yields where body writes w as a word of its own, no letter
// or digit joined to it on either side.
func wordsIn(body, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			k := strings.Index(body[i:], w)
			if k < 0 {
				return
			}
			at := i + k
			i = at + len(w)
			before, _ := utf8.DecodeLastRuneInString(body[:at])
			after, _ := utf8.DecodeRuneInString(body[i:])
			if (at == 0 || !isWordRune(before)) && (i == len(body) || !isWordRune(after)) && !yield(at) {
				return
			}
		}
	}
}

// givenNamesEnding returns the one or two capitalised words that end
// s as given names do, "María Fernanda" in "Ambassador María Fernanda",
// stopping at any word that is no name; "" when there is none. body is
// the page, which writes a common word in lower case somewhere.
func givenNamesEnding(body, s string) string {
	from := len(s)
	for n := 0; n < 2; n++ {
		j := strings.LastIndexAny(s[:from], " \n\t(\"“‘'")
		w := s[j+1 : from]
		if !givenLike(body, w) || n > 0 && givenName(strings.ToLower(w)) == 0 {
			break // a second given name must be one we know: not "Rancher Lyle"
		}
		from = j + 1
		if j < 0 || s[j] != ' ' {
			break // a name stops at a line's start or a bracket
		}
		from = j
	}
	return strings.TrimSpace(s[from:])
}

// givenLike reports a capitalised word that may be a given name: no
// title, role, party, organisation's word, month or function word, and
// no word the page also writes in lower case ("Rancher", "Today").
func givenLike(body, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if len(w) < 2 || !unicode.IsUpper(r) || strings.ContainsAny(w, ".,;:'’") || strings.HasSuffix(w, "-based") {
		return false
	}
	low := strings.ToLower(w)
	if honorifics[low] || isTitleWord(low) || personRoles[low] || orgSuffixes[low] || orgHeads[low] || nationalities[low] != "" ||
		Stopwords[low] || months[low] || weekdays[low] || notGiven[low] {
		return false
	}
	return givenName(low) != 0 || !lowerCaseIn(body, low)
}

// lowerCaseIn reports whether body writes the word low in lower case.
func lowerCaseIn(body, low string) bool {
	for range wordsIn(body, low) {
		return true
	}
	return false
}

// notGiven are capitalised words before a name that are no given name:
// a party's member ("Democrat Zephyr Teachout"), a number ("One Nation").
var notGiven = set(`democrat democrats republican republicans independent libertarian gop one two three four
five six seven eight nine ten`)

// itemBufs holds item slices between calls of Extract: the items are an
// article's largest allocation, and none outlives the call.
var itemBufs = sync.Pool{New: func() any { return new([]item) }}

// putItems returns items to itemBufs through buf, cleared so that the pool
// keeps no article's text alive, unless an outsized article grew it.
func putItems(buf *[]item, items []item) {
	if cap(items) > 1<<16 {
		return
	}
	clear(items)
	*buf = items[:0]
	itemBufs.Put(buf)
}
