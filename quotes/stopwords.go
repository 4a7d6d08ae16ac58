package quotes

import "quotebot/quotes/extract"

// stopwords are the words lookups weigh down: the extractor's, so that
// what counts as a content word is one list.
var stopwords = extract.Stopwords
