package main

import (
	"strings"
	"unicode"
)

// passage is a double-quoted stretch of an article, in code points: parts
// are the stretches between its marks, one per paragraph of a quotation
// that runs over paragraphs, each trimmed of spaces.
type passage struct{ parts []span }

// whole is the range from the passage's first word to its last.
func (p passage) whole() span { return span{p.parts[0].start, p.parts[len(p.parts)-1].end} }

// quotedPassages finds the double-quoted passages of text, given as code
// points. A passage ends at its closing mark, curly or straight. A
// paragraph that ends inside a quotation and a next paragraph that opens
// with a mark is how a quotation running over paragraphs is written: the
// passage goes on. A mark left open otherwise is unbalanced and starts
// nothing.
func quotedPassages(text []rune) []passage {
	var out []passage
	var parts []span
	open := -1
	part := func(from, to int) {
		for from < to && unicode.IsSpace(text[from]) {
			from++
		}
		for to > from && unicode.IsSpace(text[to-1]) {
			to--
		}
		if from < to {
			parts = append(parts, span{from, to})
		}
	}
	for i := 0; i < len(text); i++ {
		r := text[i]
		switch {
		case r == '“' || (r == '"' && open < 0):
			open, parts = i, nil // a second opening mark means the first was never closed
		case (r == '”' || r == '"') && open >= 0:
			part(open+1, i)
			if len(parts) > 0 {
				out = append(out, passage{parts})
			}
			open, parts = -1, nil
		case r == '\n' && open >= 0:
			if next := reopens(text, i); next > 0 {
				part(open+1, i)
				open, i = next, next
				continue
			}
			open, parts = -1, nil
		}
	}
	return out
}

// reopens returns the place of the opening mark that starts the paragraph
// after the line break at nl, or 0 when that paragraph does not start with one.
func reopens(text []rune, nl int) int {
	for i := nl; i < len(text); i++ {
		if !unicode.IsSpace(text[i]) {
			if text[i] == '“' || text[i] == '"' {
				return i
			}
			return 0
		}
	}
	return 0
}

// covered reports whether every letter and digit of text in s lies in one
// of spans, and there is at least one: the passage is inside that content
// though the annotator may have left its marks or punctuation out.
func covered(text []rune, s span, spans []span) bool {
	some := false
	for i := s.start; i < s.end; i++ {
		if !unicode.IsLetter(text[i]) && !unicode.IsDigit(text[i]) {
			continue
		}
		in := false
		for _, c := range spans {
			if c.start <= i && i < c.end {
				in = true
				break
			}
		}
		if !in {
			return false
		}
		some = true
	}
	return some
}

// wordCount counts the space-separated words that hold a letter or digit.
func wordCount(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
