package quotes

import (
	"context"
	"io/fs"
)

// Article is one news article and the quotations found in it.
type Article struct {
	Path      string // slash-separated, relative to the data folder
	Outlet    string // "" when unknown
	Title     string
	URL       string
	Published string // YYYY-MM-DD or ""
	Body      string // the text after the header, line endings normalised
	Quotes    []*Quote
	// Problems are the warnings found while reading the article (no quotes,
	// unbalanced quote marks, unknown outlet); the article still loads.
	Problems []Problem

	nameForms map[string]int // how often each person's full name is written each way
}

// Problem is something wrong with one article file.
type Problem struct {
	Path  string // file path relative to the data folder
	Line  int    // 1-based, 0 when the problem is not at one line
	Err   error
	Fatal bool // the article could not be loaded at all
}

// Report says what Load read: one entry per article file, and every problem.
type Report struct {
	Articles []ArticleReport
	Problems []Problem
}

// ArticleReport is one row of a check report.
type ArticleReport struct {
	Path       string
	Outlet     string
	Title      string
	Quotes     int
	Unspoken   int // quotes without a speaker
	Loaded     bool
}

// Query is a lookup: a half-remembered fragment and optional filters.
type Query struct {
	Text    string
	Speaker string // forgiving match against canonical speaker names
	Outlet  string // forgiving match against outlet names
	Limit   int    // 0 means a default of 10
	// Prefix says the last word may be unfinished, as when a member is
	// still typing in an autocomplete box.
	Prefix bool
}

// Result is one search hit.
type Result struct {
	Quote *Quote
	// Score ranks results, 0 to 1; higher is better.
	Score float64
	// Highlights are the byte ranges of Quote.Text that matched the query,
	// in order and not overlapping, each covering whole words.
	Highlights []Span
}

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Count is a name with how many quotes and articles carry it.
type Count struct {
	Name     string
	Quotes   int
	Articles int
}

// Index is the searchable set of quotations. It is immutable once built.
type Index struct{}

func Load(ctx context.Context, fsys fs.FS) (*Index, *Report, error) { return nil, nil, nil }
func NewIndex(articles []*Article) *Index                          { return nil }
func (ix *Index) Len() int                                          { return 0 }
func (ix *Index) Quotes() []*Quote                                  { return nil }
func (ix *Index) Articles() []*Article                              { return nil }
func (ix *Index) Quote(id string) (*Quote, bool)                    { return nil, false }
func (ix *Index) Search(q Query) []Result                           { return nil }
func (ix *Index) Speakers() []Count                                 { return nil }
func (ix *Index) Outlets() []Count                                  { return nil }
func (ix *Index) MatchSpeakers(s string, limit int) []string        { return nil }
func (ix *Index) MatchOutlets(s string, limit int) []string         { return nil }
func ParseQuery(s string) Query                                     { return Query{} }
