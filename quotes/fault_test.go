package quotes

import (
	"context"
	"os"
	"strings"
	"testing"

	"quotebot/quotes/extract"
)

// A fault in the extractor on one article costs that article alone: the
// load reports it as the file's fatal problem, saying where the extractor
// failed, and indexes the other files.
func TestExtractorFaultCostsOneArticle(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"ferry.txt":  "---\noutlet: Harbour Herald\n---\nCrossings\n\n\"We have waited three winters for this ferry,\" said Ines Carvalho, who is harbour master.\n",
		"cursed.txt": "---\noutlet: Harbour Herald\n---\nCursed\n\n\"Nobody will read this line without trouble,\" said Tom Vale.\n",
	})
	defer func(f func(string) *extract.Result) { extractText = f }(extractText)
	extractText = func(body string) *extract.Result {
		if strings.Contains(body, "trouble") {
			var words []string
			_ = words[len(body)] // the kind of slip a rule makes on text nobody foresaw
		}
		return extract.Extract(body)
	}
	ix, rep, err := (&Loader{}).Load(context.Background(), os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	if ix.Len() != 1 || ix.QuoteAt(0).Article != "ferry.txt" {
		t.Errorf("the index holds %d quotations, want the one of ferry.txt", ix.Len())
	}
	var fatal []Problem
	for _, p := range rep.Problems {
		if p.Fatal {
			fatal = append(fatal, p)
		}
	}
	if len(fatal) != 1 || fatal[0].Path != "cursed.txt" {
		t.Fatalf("fatal problems %v, want one for cursed.txt", fatal)
	}
	msg := fatal[0].Error()
	for _, want := range []string{"cursed.txt", "the extractor failed", "fault_test.go:", "index out of range"} {
		if !strings.Contains(msg, want) {
			t.Errorf("problem %q does not say %q", msg, want)
		}
	}
}
