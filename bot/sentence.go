package bot

import (
	"strings"

	"quotebot/quotes"
)

// maxSentence bounds the sentence shown around a fragment.
const maxSentence = 600

// sentence returns the sentence q, a fragment, stands in, with the
// fragment in bold, or "" when it is not known. A fragment ("a great
// success") means little without the words around it.
func sentence(q *quotes.Quote) string {
	if q.Sentence == "" || q.Text == "" {
		return ""
	}
	i := strings.Index(q.Sentence, q.Text)
	if i < 0 || length(q.Sentence) > maxSentence {
		return ""
	}
	span := quotes.Span{Start: i, End: i + len(q.Text)}
	return highlight(q.Sentence, []quotes.Span{span}, maxFieldValue)
}
