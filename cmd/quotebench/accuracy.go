package main

import (
	"fmt"
	"strings"

	"quotebot/quotes"
	"quotebot/quotes/synthetic"
)

// answers holds, for each probed quotation's ID, the IDs that count as
// finding it: its own, and those of the same statement as other articles
// report it (Quote.AlsoIn), which answer "who said that?" as well.
type answers map[string]map[string]bool

// answersFor returns the answers to probes in ix. It fails when a probe's
// quotation is not in ix, as then no engine could find it and the
// accuracy figures would measure the benchmark, not the engines. Probes
// on generated news, whose quotations get their IDs only when the
// articles are loaded, are judged by their words alone (hit) and skipped.
func answersFor(ix *quotes.Index, probes []synthetic.Probe) (answers, error) {
	a := answers{}
	for _, p := range probes {
		if a[p.Want] != nil || isNewsID(p.Want) {
			continue
		}
		q, ok := ix.Quote(p.Want)
		if !ok {
			return nil, fmt.Errorf("probe %q: quotation %s is not in the index", p.Query, p.Want)
		}
		a[p.Want] = map[string]bool{q.ID: true}
		for _, id := range q.AlsoIn {
			a[p.Want][id] = true
		}
	}
	return a, nil
}

// isNewsID reports the ID synthetic.News gave a quotation ("n…"), which
// the articles written from it do not keep; IDs of loaded quotations are
// hexadecimal.
func isNewsID(id string) bool { return strings.HasPrefix(id, "n") }

// hit reports whether got answers p: it is the quotation meant, the same
// statement in another article, or a quotation holding the very words the
// query was made from, which nobody could tell from the one meant.
func (a answers) hit(p synthetic.Probe, got found) bool {
	return got.id != "" && a[p.Want][got.id] || got.text != "" && synthetic.Holds(got.text, p.Fragment)
}

// tally counts top-1 hits overall and by kind of probe, and keeps the
// misses.
type tally struct {
	all    Tally
	byKind map[string]Tally
	misses []miss
}

// miss is a probe whose quotation did not come first, and what did.
type miss struct {
	probe synthetic.Probe
	got   found
}

func (t *tally) add(p synthetic.Probe, hit bool, got found) {
	if t.byKind == nil {
		t.byKind = map[string]Tally{}
	}
	k := t.byKind[p.Kind]
	k.Probes++
	t.all.Probes++
	if hit {
		k.Hits++
		t.all.Hits++
	} else {
		t.misses = append(t.misses, miss{p, got})
	}
	t.byKind[p.Kind] = k
}

func (t *tally) accuracy() Accuracy {
	a := Accuracy{Tally: share(t.all), ByKind: map[string]Tally{}}
	for k, v := range t.byKind {
		a.ByKind[k] = share(v)
	}
	return a
}

func share(t Tally) Tally {
	if t.Probes > 0 {
		t.Top1 = float64(t.Hits) / float64(t.Probes)
	}
	return t
}

// Miss is a probe quotebot answered wrongly, for --misses: what to look
// at when accuracy falls short.
type Miss struct {
	Kind  string `json:"kind"`
	Query string `json:"query"`
	Want  string `json:"want"` // the text of the quotation meant
	Got   string `json:"got"`  // the text of what came first, "" for nothing
}

// describe turns misses into Misses.
func describe(ms []miss) []Miss {
	out := make([]Miss, len(ms))
	for i, m := range ms {
		out[i] = Miss{Kind: m.probe.Kind, Query: m.probe.Query, Want: m.probe.Text, Got: m.got.text}
	}
	return out
}
