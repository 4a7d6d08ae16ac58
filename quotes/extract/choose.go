package extract

import (
	"slices"
	"strings"
)

// form is a way an article gives a quotation to somebody. Each form
// proposes at most one candidate speaker; choose picks among them.
type form uint8

const (
	formAfter           form = iota + 1 // "…," X said.
	formBefore                          // X said: "…"; X called it "…"
	formTail                            // … "…" …, according to X. / …, X said.
	formLabel                           // Name, Outlet: "…"; a name line above the quotation
	formInherited                       // "…," she said. "…"
	formSentenceSubject                 // X likened the refugees to a "…"
	formClauseSubject                   // …, while X proposed we "…"
	formParagraph                       // "…," X added. But that is not "…"
)

// candidate is the speaker one form proposes for a quotation.
type candidate struct {
	form    form
	speaker string // "" when the phrase names nobody the article identifies
	kind    Kind
	cue     string
}

// The features a candidate is scored on, strongest first. A cue of its own
// outranks everything inferred, so that an attribution to somebody the
// article does not name still rules out inheriting the speaker before;
// within a rank, a resolved speaker beats an unresolved one.
const (
	scoreExplicitCue = 100 // after, before, tail, label
	scoreInherited   = 50  // the quotation continues the one before
	scoreSubject     = 20  // the subject of the sentence, no speech verb
	scoreParagraph   = 10  // the last speaker quoted in the paragraph
	scoreResolved    = 5   // the phrase names somebody the article knows
	scoreNearer      = 1   // per rank of form: after beats before beats tail
)

// formScore is what a candidate's form is worth before its speaker is.
var formScore = map[form]int{
	formAfter:           scoreExplicitCue + 4*scoreNearer,
	formBefore:          scoreExplicitCue + 3*scoreNearer,
	formTail:            scoreExplicitCue + 2*scoreNearer,
	formLabel:           scoreExplicitCue + scoreNearer,
	formInherited:       scoreInherited,
	formSentenceSubject: scoreSubject + scoreNearer,
	formClauseSubject:   scoreSubject,
	formParagraph:       scoreParagraph,
}

func (c candidate) score() int {
	s := formScore[c.form]
	if c.speaker != "" {
		s += scoreResolved
	}
	return s
}

// candidates lists what every form proposes for the quotation at item qi.
// partial quotations inherit nobody, and title-like ones are given to no
// sentence subject; a clause's subject must be a person.
func (a *attributor) candidates(qi int, partial bool) []candidate {
	var cs []candidate
	explicit := func(f form, find func(int) (nounPhrase, string, bool)) {
		if np, cue, ok := find(qi); ok {
			name, kind := a.resolve(np)
			name, kind = a.lone(name, kind, a.items[qi].pos)
			if kind == Group && a.counted(np) {
				// "58 percent of respondents described it as "a crisis"".
				if poll := a.pollBefore(np.from); poll != "" {
					name, kind = poll, Org
				}
			}
			cs = append(cs, candidate{f, name, kind, cue})
		}
	}
	explicit(formAfter, a.after)
	explicit(formBefore, func(qi int) (nounPhrase, string, bool) { return a.before(qi, qi) })
	explicit(formTail, a.tail)
	explicit(formLabel, a.label)
	explicit(formTail, a.ownAccount)
	// A dash after a quotation introduces its speaker in a round-up, but
	// in running text it opens an aside: `the "suburbs of St. Petersburg"
	// — a metaphor for …` names nobody and must not hide the subject.
	cs = slices.DeleteFunc(cs, func(c candidate) bool { return c.cue == "—" && c.speaker == "" })
	if len(cs) > 0 {
		// A cue of its own settles it: the weaker forms cannot win, and
		// resolving their phrases would only note mentions that are not.
		return cs
	}
	if prev, ok := a.inherited(qi); ok && !partial {
		cs = append(cs, candidate{formInherited, prev.speaker, prev.kind, prev.cue})
	}
	if a.looksLikeTitle(qi) {
		return cs
	}
	if prev, ok := a.earlierInSentence(qi); ok && partial {
		cs = append(cs, candidate{formInherited, prev.speaker, prev.kind, prev.cue})
	}
	explicit(formSentenceSubject, a.sentenceSubject)
	if np, cue, ok := a.clauseSubject(qi); ok {
		if name, kind := a.resolve(np); kind == Person {
			cs = append(cs, candidate{formClauseSubject, name, kind, cue})
		}
	}
	// Only a phrase: one or two words in quotation marks are more often a
	// scare quote than somebody's words.
	if prev, ok := a.inParagraph(qi); ok && partial && len(strings.Fields(a.quoteText(qi))) > 2 {
		cs = append(cs, candidate{formParagraph, prev.speaker, prev.kind, prev.cue})
	}
	return cs
}

// choose returns the best-scoring candidate; false when there is none.
func choose(cs []candidate) (candidate, bool) {
	best, ok := candidate{}, false
	for _, c := range cs {
		if !ok || c.score() > best.score() {
			best, ok = c, true
		}
	}
	return best, ok
}

// lone keeps a one-word speaker only if it is a name or a group
// ("Protesters"): "Office" or "Council" alone, left by a description
// whose organisation was not found, is the organisation of that kind the
// article named last before pos, or nobody.
func (a *attributor) lone(name string, kind Kind, pos int) (string, Kind) {
	if name == "" || kind == Group || kind == Unnamed || strings.ContainsAny(name, " -") {
		return name, kind // most speakers: named in full, lowered for nothing
	}
	w := strings.ToLower(name)
	if groupHeads[w] || !(orgHeads[w] || personRoles[w] || anonymousHeads[w]) || knownOrgs[w] {
		return name, kind
	}
	if orgHeads[w] {
		if org := a.cast.byOrg(w, pos); org != "" {
			return org, Org
		}
	}
	return "", Unknown
}
