package quotes

import (
	"quotebot/quotes/extract"
	"regexp"
	"strings"
)

// knownOutlets maps the folded ways a page or a person names an outlet to
// the name quotebot shows. Names not listed are shown as the page gives them.
var knownOutlets = map[string]string{
	"dw": "DW", "deutsche welle": "DW",
	"kyiv independent": "The Kyiv Independent", "the kyiv independent": "The Kyiv Independent",
	"bbc": "BBC", "bbc news": "BBC",
	"reuters": "Reuters", "ap": "AP", "associated press": "AP", "the associated press": "AP",
	"afp": "AFP", "agence france-presse": "AFP",
	"al jazeera": "Al Jazeera", "cnn": "CNN",
	"guardian": "The Guardian", "the guardian": "The Guardian",
	"new york times": "The New York Times", "the new york times": "The New York Times",
	"washington post": "The Washington Post", "the washington post": "The Washington Post",
	"daily post": "Daily Post",
}

// outletClues are page furniture and author bios that name the publisher
// unambiguously. Credits and cited sources ("Reuters" under a photo, "told
// the BBC", "SANA reported") name somebody else and are deliberately absent.
var outletClues = []*regexp.Regexp{
	regexp.MustCompile(`(?m)^\s*(?:\d+\.\s*)?Skip to more (\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*) sites\s*$`),
	regexp.MustCompile(`(?m)^\s*(?:Skip next section )?(\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*)'s Top Story\s*$`),
	regexp.MustCompile(`(?m)^\s*(?:Skip next section )?More (?:stories|news) from (\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)*)\s*$`),
	// An author bio: "Jane Doe is a news editor at the Kyiv Independent."
	regexp.MustCompile(`(?m)^\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} is an? (?:[\p{Ll}-]+ ){0,4}(?:editor|reporter|correspondent|journalist|writer|columnist|producer|anchor|presenter) (?:at|for|with) ((?:the )?\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*){0,4})[.,]`),
}

// detectOutlet names the publisher of a page from unambiguous clues in its
// text, or returns "" when there are none or they disagree.
func detectOutlet(body string) string {
	found := ""
	for _, re := range outletClues {
		for _, m := range re.FindAllStringSubmatch(body, -1) {
			name := canonicalOutlet(m[1])
			if found != "" && found != name {
				return "" // two publishers named: guessing would be worse than not knowing
			}
			found = name
		}
	}
	return found
}

// canonicalOutlet returns the name quotebot shows for an outlet.
func canonicalOutlet(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if c, ok := knownOutlets[extract.Fold(name)]; ok {
		return c
	}
	if rest, ok := strings.CutPrefix(name, "the "); ok {
		if c, ok := knownOutlets[extract.Fold(rest)]; ok {
			return c
		}
		return "The " + rest
	}
	return name
}
