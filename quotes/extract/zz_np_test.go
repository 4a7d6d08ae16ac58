package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZNp(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZF"))
	body := string(b)
	pg := newPage(body, 1)
	spans, _ := scanQuotes(body, pg.paras)
	var lower lowerWords
	items := itemize(nil, body, pg.paras, spans, &lower)
	c := newCast(items, &lower)
	var texts []string
	for _, sp := range spans {
		texts = append(texts, body[sp.open:sp.close])
	}
	a := &attributor{items: items, cast: c, texts: texts, qItem: make([]int, len(texts)), out: make([]attribution, len(texts))}
	for i := range items {
		if items[i].kind == itemQuote {
			a.qItem[items[i].quote] = i
		}
	}
	for _, p := range c.people {
		fmt.Printf("PERSON %q roles %v\n", p.name, p.roles)
	}
	for _, o := range c.orgs {
		fmt.Printf("ORG %q\n", o.name)
	}
	for qi, it := range items {
		if it.kind != itemQuote {
			continue
		}
		for _, f := range []struct {
			n string
			f func(int) (nounPhrase, string, bool)
		}{{"after", a.after}, {"before", func(q int) (nounPhrase, string, bool) { return a.before(q, q) }}, {"tail", a.tail}, {"label", a.label}, {"subj", a.sentenceSubject}, {"clause", a.clauseSubject}} {
			np, cue, ok := f.f(qi)
			if ok {
				name, kind := a.resolve(np)
				fmt.Printf("Q%d %s %q cue %q -> %q %v\n", qi, f.n, joinWords(items[np.from:np.to]), cue, name, kind)
			}
		}
	}
}

func TestZZDoc(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZF"))
	body := string(b)
	pg := newPage(body, 1)
	spans, _ := scanQuotes(body, pg.paras)
	var lower lowerWords
	items := itemize(nil, body, pg.paras, spans, &lower)
	c := newCast(items, &lower)
	a := &attributor{items: items, cast: c, texts: make([]string, len(spans)), qItem: make([]int, len(spans)), out: make([]attribution, len(spans))}
	for k, it := range items {
		if it.low == "letter" {
			fmt.Println("DOC", k, it.sent, items[it.sent].text)
			n, kd := a.documentAuthor("letter", items[len(items)-3].pos)
			fmt.Println("AUTH", n, kd)
			if np, ok := a.subjectBefore(k+15, it.sent); ok {
				fmt.Println("SUBJ", joinWords(items[np.from:np.to]))
			}
			for v := k; v < k+17; v++ {
				fmt.Print(items[v].text, "|")
			}
			fmt.Println()
		}
	}
}
