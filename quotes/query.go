package quotes

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// filterTerm is an inline filter: speaker:putin, by:"al sharaa", outlet:dw.
	filterTerm = regexp.MustCompile(`(?i)(?:^|\s)(speaker|by|outlet|from|source):\s*("[^"]*"|“[^”]*”|\S+)`)
	// fillerStart is the way people ask rather than quote, at the start.
	// It is anchored, so that matching it costs what it reads from the
	// start, not the length of the query.
	fillerStart = regexp.MustCompile(`(?i)^\s*(?:(?:hey|ok|okay|so|please|pls|um+|uh+)[,!]?\s+)*(?:(?:who|whom)\s+(?:was\s+it\s+(?:that\s+)?)?(?:said|says|say|wrote|writes|told|stated|claimed|tweeted)(?:\s+that)?(?:\s+the\s+(?:quote|line|words))?|who'?s?\s+(?:the\s+one\s+)?(?:who\s+)?(?:said|saying)|(?:did|has|have)\s+(?:someone|somebody|anyone|anybody|anybody|any\s*one)\s+(?:ever\s+)?(?:say|said|write|wrote)|(?:what|which)\s+(?:was|is)\s+(?:the\s+)?(?:quote|line)(?:\s+(?:about|with|that\s+goes))?|(?:where|who)\s+(?:is|was)\s+(?:the\s+)?(?:quote|line)(?:\s+(?:about|with))?|(?:find|search|look\s*up|lookup|quote|show\s+me)(?:\s+(?:the|a|me))?(?:\s+(?:quote|line))?(?:\s+(?:about|with|saying))?|i\s+(?:remember|recall)\s+(?:someone|somebody)\s+saying)\b[\s:,-]*`)
)

// fillerEnds are the ways people end a question rather than a quotation,
// longest first, so that "or something like that" goes whole. They are
// matched as words, from the end, in time their own length.
var fillerEnds = longestFirst(
	"who said that", "who said this", "who said it", "who says that", "who says this", "who says it",
	"who wrote that", "who wrote this", "who wrote it",
	"can you find it", "can you find that", "could you find it", "could you find that",
	"or something like that", "or something", "something like that", "i think", "anyone", "please", "pls",
)

func longestFirst(phrases ...string) []string {
	slices.SortStableFunc(phrases, func(a, b string) int { return len(b) - len(a) })
	return phrases
}

// quoteTrim are the marks people put around what they half-remember.
const quoteTrim = "\"'“”‘’«»„` \t"

// ParseQuery reads what a person typed: it takes out inline filters
// (speaker:, by:, outlet:, from:), the filler of a question ("who said",
// "did someone say", "?") and the quote marks around the words, and
// returns the words to look up. It never fails: at worst Text is empty.
// Its cost is linear in the length of s, however much filler s holds.
func ParseQuery(s string) Query {
	var q Query
	s = filterTerm.ReplaceAllStringFunc(s, func(m string) string {
		sub := filterTerm.FindStringSubmatch(m)
		value := strings.Trim(sub[2], quoteTrim)
		switch strings.ToLower(sub[1]) {
		case "speaker", "by":
			q.Speaker = value
		default:
			q.Outlet = value
		}
		return " "
	})
	s = strings.Join(strings.Fields(s), " ")
	// Layer by layer, as in `"who said "great success" please?"`: each
	// round takes the quote marks and one filler from the start, then all
	// it can from the end. A round only slices s, and one that finds no
	// filler at the start is the last but one, so that the rounds
	// together read s a few times at most, not once per filler.
	for {
		before := len(s)
		s = strings.TrimLeft(s, quoteTrim)
		if loc := fillerStart.FindStringIndex(s); loc != nil {
			s = s[loc[1]:]
		}
		s = trimAskingEnd(s)
		if len(s) == before {
			break
		}
	}
	q.Text = strings.TrimSpace(s)
	return q
}

// trimAskingEnd takes from the end of s, as long as it can, quote marks,
// the punctuation of a question, separators and the fillerEnds ("who said
// that?", "or something", "please").
func trimAskingEnd(s string) string {
	for {
		before := len(s)
		s = strings.TrimRight(s, quoteTrim+"?!.…")
		for _, f := range fillerEnds {
			if rest, ok := cutWordsSuffix(s, f); ok {
				s = rest
				break
			}
		}
		s = strings.TrimRight(s, " \t,;-")
		if len(s) == before {
			return s
		}
	}
}

// cutWordsSuffix returns s without suffix when s ends with it, in any
// case, and it starts a word there (as \b has it: after no ASCII letter,
// digit or underscore).
func cutWordsSuffix(s, suffix string) (string, bool) {
	if len(s) < len(suffix) || !strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s, false
	}
	rest := s[:len(s)-len(suffix)]
	if rest != "" && isASCIIWordByte(rest[len(rest)-1]) {
		return s, false
	}
	return rest, true
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
