// Package quotes is quotebot's domain: news articles, the direct quotations
// found in them, the people and organisations they are attributed to, and a
// typo-tolerant index for looking a half-remembered quotation up.
//
// It knows nothing about Discord or the command line: a bot, a CLI and an
// HTTP server all share an *Index built by Load, a Loader or NewIndex. An Index is
// immutable once built, so any number of goroutines may search it while a
// refresh builds its successor.
package quotes
