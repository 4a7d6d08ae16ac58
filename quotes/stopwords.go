package quotes

import "strings"

// stopwords carry little meaning on their own; lookups weigh them down.
var stopwords = set(`a an the and or but if of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here there when
where why how all any both each few more most other some such no nor not only own same so than too very s t
can will just don should now is are was were be been being have has had having do does did doing i me my
myself we our ours ourselves you your yours yourself he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those am would could ought as until
while because said say says who`)

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
