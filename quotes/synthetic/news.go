package synthetic

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"

	"quotebot/quotes"
)

// QuotesPerNewsArticle is how many quotations a generated news article
// holds: a million quotations are fifty thousand articles.
const QuotesPerNewsArticle = 20

// News returns n quotations drawn from m, no two alike (fewer when m,
// trained on too little text, runs out of new ones), in articles
// written as a news site's pages are scraped: a metadata header, the
// site's navigation, a headline, byline and date, prose around the
// quotations, and a share line, an author bio and a copyright line after
// them. Each quotation is attributed in one of the ways reporters write
// ("…," X said; X said: "…"; a fragment inside reported speech), so that
// quotebot's whole pipeline, extraction and attribution included, finds
// them again. Article.Body holds the page below the header and Text
// writes the file. The same model and seed give the same corpus.
func News(m *Model, outlets []string, n int, seed uint64) *Corpus {
	g := &newsWriter{
		m:    m,
		r:    rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909)),
		seen: make(map[uint64]bool, n),
	}
	g.people = g.names(max(50, n/200))
	g.reporters = g.names(200)
	if len(outlets) == 0 {
		for range 40 {
			outlets = append(outlets, "The "+capital(madeUpWord(g.r, 5+g.r.IntN(4)))+" "+[]string{"Times", "Post", "Herald", "Tribune", "Daily"}[g.r.IntN(5)])
		}
	}
	g.outlets = outlets
	g.speakerZipf = rand.NewZipf(g.r, 1.2, 3, uint64(len(g.people)-1))
	c := &Corpus{}
	for i := 0; i < n; i += QuotesPerNewsArticle {
		a := g.article(i/QuotesPerNewsArticle, min(QuotesPerNewsArticle, n-i))
		if a == nil {
			break // the model has nothing new to say
		}
		c.Articles = append(c.Articles, a)
		c.Quotes += len(a.Quotes)
	}
	return c
}

// newsWriter holds what the articles of one corpus share.
type newsWriter struct {
	m           *Model
	r           *rand.Rand
	seen        map[uint64]bool // hashes of the quotations' folded words
	people      []string
	reporters   []string
	outlets     []string
	speakerZipf *rand.Zipf
	quotes      int
}

func (g *newsWriter) names(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = capital(madeUpWord(g.r, 4+g.r.IntN(4))) + " " + capital(madeUpWord(g.r, 5+g.r.IntN(5)))
	}
	return out
}

// roles are how an article describes a speaker after the name.
var roles = []string{
	"a spokesman for the ministry", "the party's leader", "a senior official", "the committee chairwoman",
	"a former adviser", "the city's mayor", "an analyst at the institute", "the company's chief executive",
}

// article writes the number-th article, holding k quotations, or
// returns nil when the model has no new quotation left.
func (g *newsWriter) article(number, k int) *quotes.Article {
	r := g.r
	title := strings.TrimRight(g.m.Sentence(r, 6, 12), ".?!")
	if title == "" {
		return nil
	}
	outlet := g.outlets[r.IntN(len(g.outlets))]
	year, month, day := 2015+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28)
	a := &quotes.Article{
		Path:      fmt.Sprintf("news/%03d/%07d.txt", number/1000, number),
		Outlet:    outlet,
		Title:     title,
		URL:       fmt.Sprintf("https://news.example/%s/%d/%02d/%s-%d", slug(outlet), year, month, slug(title), number),
		Published: fmt.Sprintf("%d-%02d-%02d", year, month, day),
	}
	reporter := g.reporters[r.IntN(len(g.reporters))]
	var b strings.Builder
	fmt.Fprintf(&b, "Skip to main content\nMenu\nSearch\nPolitics | World | Business | Opinion\n%s\nBy %s\n%s %d, %d\n\n",
		title, reporter, monthNames[month-1], day, year)
	b.WriteString(g.prose(2) + "\n\n")
	cast := make([]string, 2+r.IntN(5))
	for i := range cast {
		cast[i] = g.people[g.speakerZipf.Uint64()]
	}
	last := ""
	for range k {
		who := cast[r.IntN(len(cast))]
		text, para := g.attributed(who, who == last)
		if text == "" {
			return nil
		}
		a.Quotes = append(a.Quotes, &quotes.Quote{
			ID: fmt.Sprintf("n%015x", g.quotes), Text: text, Speaker: who,
			Outlet: a.Outlet, Article: a.Path, Title: a.Title, URL: a.URL, Published: a.Published,
			Cue: "said", AlsoIn: []string{},
		})
		g.quotes++
		b.WriteString(para + "\n\n")
		if r.IntN(3) == 0 {
			b.WriteString(g.prose(1+r.IntN(2)) + "\n\n")
		}
		last = who
	}
	fmt.Fprintf(&b, "Share this article\n%s is a correspondent for %s.\n© %d %s. All rights reserved.\n", reporter, outlet, year, outlet)
	a.Body = b.String()
	return a
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// prose is n sentences of the model's, as a paragraph.
func (g *newsWriter) prose(n int) string {
	s := make([]string, 0, n)
	for range n {
		s = append(s, g.m.Sentence(g.r, 8, 30))
	}
	return strings.Join(s, " ")
}

// attributed draws a new quotation and writes the paragraph that
// attributes it to who; again says who spoke last, so that a pronoun may
// stand for the name. It returns the quotation's text as quotebot should
// find it and the paragraph.
func (g *newsWriter) attributed(who string, again bool) (text, para string) {
	r := g.r
	if r.IntN(7) == 0 {
		frag := g.fragment()
		if frag == "" {
			return "", ""
		}
		if r.IntN(2) == 0 {
			return frag, fmt.Sprintf("%s said the plan would “%s” and called it fair.", who, frag)
		}
		return frag, fmt.Sprintf("According to %s, “%s.”", who, frag)
	}
	text = g.quotation()
	if text == "" {
		return "", ""
	}
	body, mark := text[:len(text)-1], text[len(text)-1:]
	if mark == "." {
		mark = ","
	}
	switch form := r.IntN(6); {
	case form == 0 && again:
		return body, fmt.Sprintf("“%s%s” %s added.", body, mark, []string{"he", "she"}[r.IntN(2)])
	case form == 1:
		return body, fmt.Sprintf("“%s%s” said %s, %s.", body, mark, who, roles[r.IntN(len(roles))])
	case form == 2:
		return text, fmt.Sprintf("%s said: “%s”", who, text)
	case form == 3:
		return body, fmt.Sprintf("“%s%s” %s told reporters on %s.", body, mark, who, []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[r.IntN(5)])
	}
	return body, fmt.Sprintf("“%s%s” %s said.", body, mark, who)
}

// maxTries bounds the draws for a quotation never drawn before.
const maxTries = 1000

// quotation draws one to three sentences never drawn before, the last
// ending in its mark, or returns "" when maxTries draws found none.
func (g *newsWriter) quotation() string {
	for range maxTries {
		n := 1
		switch x := g.r.IntN(20); {
		case x < 6:
			n = 2
		case x < 7:
			n = 3
		}
		s := make([]string, n)
		for i := range s {
			s[i] = g.m.Sentence(g.r, 5, 30)
		}
		text := strings.Join(s, " ")
		if text != "" && g.fresh(text) {
			return text
		}
	}
	return ""
}

// fragment draws a few words from the middle of a sentence, never drawn
// before, as a reporter quotes a phrase inside reported speech; "" when
// maxTries draws found none.
func (g *newsWriter) fragment() string {
	for range maxTries {
		ws := strings.Fields(strings.TrimRight(g.m.Sentence(g.r, 8, 30), ".?!"))
		n := 4 + g.r.IntN(7)
		if n > len(ws)-1 {
			continue
		}
		start := 1 + g.r.IntN(len(ws)-n)
		text := strings.TrimRight(strings.Join(ws[start:start+n], " "), ",;:")
		if g.fresh(text) {
			return text
		}
	}
	return ""
}

// fresh reports whether text's words are no quotation's so far, and
// remembers them.
func (g *newsWriter) fresh(text string) bool {
	h := fnv.New64a()
	for _, w := range Words(text) {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	k := h.Sum64()
	if g.seen[k] {
		return false
	}
	g.seen[k] = true
	return true
}

// slug is the ASCII letters and digits of s in lower case, words joined
// by hyphens, for a link.
func slug(s string) string {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	return strings.Join(ws, "-")
}
