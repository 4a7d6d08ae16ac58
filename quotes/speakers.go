package quotes

import "quotebot/quotes/extract"

// canonicalSpeakers gives every quotation's speaker one name across the
// whole index (see extract.CanonicalNames).
func canonicalSpeakers(articles []*Article) {
	forms := map[string]int{}
	var speakers []extract.Speaker
	for _, a := range articles {
		for f, n := range a.nameForms {
			forms[f] += n
		}
		for _, q := range a.Quotes {
			speakers = append(speakers, extract.Speaker{Name: q.Speaker, Kind: q.kind})
		}
	}
	rename := extract.CanonicalNames(forms, speakers)
	for _, a := range articles {
		for _, q := range a.Quotes {
			if r, ok := rename[q.Speaker]; ok {
				q.Speaker = r
			}
		}
	}
}
