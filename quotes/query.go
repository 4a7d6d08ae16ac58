package quotes

import (
	"regexp"
	"strings"
)

var (
	// filterTerm is an inline filter: speaker:putin, by:"al sharaa", outlet:dw.
	filterTerm = regexp.MustCompile(`(?i)(?:^|\s)(speaker|by|outlet|from|source):\s*("[^"]*"|“[^”]*”|\S+)`)
	// fillerStart and fillerEnd are the ways people ask rather than quote.
	fillerStart = regexp.MustCompile(`(?i)^\s*(?:(?:hey|ok|okay|so|please|pls|um+|uh+)[,!]?\s+)*(?:(?:who|whom)\s+(?:was\s+it\s+(?:that\s+)?)?(?:said|says|say|wrote|writes|told|stated|claimed|tweeted)(?:\s+that)?(?:\s+the\s+(?:quote|line|words))?|who'?s?\s+(?:the\s+one\s+)?(?:who\s+)?(?:said|saying)|(?:did|has|have)\s+(?:someone|somebody|anyone|anybody|anybody|any\s*one)\s+(?:ever\s+)?(?:say|said|write|wrote)|(?:what|which)\s+(?:was|is)\s+(?:the\s+)?(?:quote|line)(?:\s+(?:about|with|that\s+goes))?|(?:where|who)\s+(?:is|was)\s+(?:the\s+)?(?:quote|line)(?:\s+(?:about|with))?|(?:find|search|look\s*up|lookup|quote|show\s+me)(?:\s+(?:the|a|me))?(?:\s+(?:quote|line))?(?:\s+(?:about|with|saying))?|i\s+(?:remember|recall)\s+(?:someone|somebody)\s+saying)\b[\s:,-]*`)
	fillerEnd   = regexp.MustCompile(`(?i)[\s,;-]*(?:\b(?:who\s+(?:said|says|wrote)\s+(?:that|this|it)|(?:can|could)\s+you\s+find\s+(?:it|that)|or\s+something(?:\s+like\s+that)?|something\s+like\s+that|i\s+think|anyone|please|pls))?\s*[?!.…]*\s*$`)
)

// quoteTrim are the marks people put around what they half-remember.
const quoteTrim = "\"'“”‘’«»„` \t"

// ParseQuery reads what a person typed: it takes out inline filters
// (speaker:, by:, outlet:, from:), the filler of a question ("who said",
// "did someone say", "?") and the quote marks around the words, and
// returns the words to look up. It never fails: at worst Text is empty.
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
	for prev := ""; prev != s; {
		prev = s
		s = strings.Trim(s, quoteTrim)
		s = fillerStart.ReplaceAllString(s, "")
		s = fillerEnd.ReplaceAllString(s, "")
	}
	q.Text = strings.TrimSpace(s)
	return q
}
