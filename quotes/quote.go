package quotes

import "quotebot/quotes/extract"

// Quote is one direct quotation found in an article, as the index serves it.
// The JSON field names are a contract of the command line's --json output.
type Quote struct {
	// ID is stable for the same article text: it is derived from the
	// article's body and the quotation's place in it, not from the file name.
	ID string `json:"id"`
	// Text is the quotation without its marks, whitespace folded to single spaces.
	Text string `json:"text"`
	// Speaker is the canonical name of the person or organisation the words
	// are attributed to, "" when the article gives them to nobody.
	Speaker string `json:"speaker"`
	// Outlet is the publisher of the article, "" when it is unknown.
	Outlet    string `json:"outlet"`
	Article   string `json:"article"` // file path relative to the data folder
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"` // YYYY-MM-DD or ""
	// Partial is true for a fragment embedded in reported speech rather than
	// a whole sentence the speaker said.
	Partial bool `json:"partial"`
	// Unnamed is true when the article keeps the speaker's name back:
	// Speaker is then its description of them ("a senior Democratic
	// aide"), which names nobody.
	Unnamed bool `json:"unnamed,omitempty"`
	// Cue is the attribution verb or phrase ("said", "told reporters",
	// "according to"), "" when there is none.
	Cue string `json:"cue"`
	// AlsoIn lists the IDs of the same statement reported in other articles.
	AlsoIn []string `json:"also_in"`
	// Sentence is, for a fragment (Partial), the sentence of the article
	// it stands in, whitespace folded; "" when it is not known or longer
	// than MaxSentence.
	Sentence string `json:"-"`

	offset int          // byte offset of the quotation in its article's body
	kind   extract.Kind // whether Speaker is a person, an organisation or a group
}
