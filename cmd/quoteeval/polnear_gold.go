package main

import (
	"sort"
	"strings"
)

// articleGold is what one PolNeAR article contributes to the gold file.
type articleGold struct {
	quotes     []GoldQuote
	mismatches int // annotations whose offsets do not give their text
}

// goldFromAnn turns an article and its attribution annotations into gold
// quotations: every double-quoted passage inside an annotated content, its
// speaker the source of that attribution as written. Offsets are code
// points (the files' curly marks and apostrophes count one each), and an
// annotation whose offsets do not give back its own text is counted and
// left out rather than trusted.
func goldFromAnn(file string, text []rune, ann *annotation) articleGold {
	var ag articleGold
	ok := map[string]bool{}
	for id, tb := range ann.bounds {
		if inRange(text, tb.spans) && spanText(text, tb.spans) == squeeze(tb.text) {
			ok[id] = true
		} else {
			ag.mismatches++
		}
	}
	passages := quotedPassages(text)
	type found struct {
		start int
		q     GoldQuote
	}
	var got []found
	seen := map[int]bool{}
	for _, r := range ann.relations {
		speaker := ""
		if src := r.args["Source"]; len(src) > 0 && ok[src[0]] {
			speaker = spanText(text, ann.bounds[src[0]].spans)
		}
		var content []span
		for _, id := range r.args["Content"] {
			if ok[id] {
				content = append(content, ann.bounds[id].spans...)
			}
		}
		if len(content) == 0 {
			continue
		}
		for _, p := range passages {
			// A quotation over paragraphs is one passage, unless the
			// annotator gave its paragraphs to different attributions.
			pieces := [][]span{p.parts}
			if !covered(text, p.whole(), content) {
				pieces = nil
				for _, s := range p.parts {
					pieces = append(pieces, []span{s})
				}
			}
			for _, piece := range pieces {
				start := piece[0].start
				if seen[start] || !covered(text, span{start, piece[len(piece)-1].end}, content) {
					continue
				}
				seen[start] = true
				words := spanText(text, piece)
				got = append(got, found{start, GoldQuote{
					File: file, Text: words, Speaker: speaker,
					Optional: wordCount(words) < 2, Surface: true,
				}})
			}
		}
	}
	sort.Slice(got, func(i, j int) bool { return got[i].start < got[j].start })
	for _, f := range got {
		ag.quotes = append(ag.quotes, f.q)
	}
	return ag
}

// spanText is the text of spans, fragments joined by a space as brat
// writes them, spaces squeezed; "" when a span lies outside the text.
func spanText(text []rune, spans []span) string {
	if !inRange(text, spans) {
		return ""
	}
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = string(text[s.start:s.end])
	}
	return squeeze(strings.Join(parts, " "))
}

func inRange(text []rune, spans []span) bool {
	for _, s := range spans {
		if s.end > len(text) {
			return false
		}
	}
	return true
}

// squeeze folds runs of white space to one space and trims the ends.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }
