package extract

import "testing"

// benchArticle is a scraped page of the kind Extract reads most: a
// headline, furniture around the article, and quotations in the common
// attribution forms, in curly and straight marks.
const benchArticle = `Skip to main content
Harbour pilots vote to strike over night shifts

By Lena Fisk, Transport Correspondent
12 comments

Port authority staff at the quay in Calder Bay. Photo: Tom Baker/City News

The Union of Harbour Pilots voted on Tuesday to strike for 48 hours next month, the first walkout at Calder Bay since 1998, after talks with the port authority over night shifts broke down.

“We have waited long enough for this,” said Marta Oyelaran, the union's general secretary, outside the port offices. “Nobody wants a strike, but nobody wants another winter of double shifts either.”

The port authority said in a statement that it was "disappointed" by the vote and that contingency plans would keep ferries running. Its chief executive, Raymond Hale III, told reporters the offer on the table was "fair and final".

"We have put more money on the table than at any time in the last decade," Hale said. "The union knows that."

Mayor Angela King, who has tried to broker a deal since March, urged both sides to return to talks. "The city cannot afford a closed harbour in the middle of the tourist season," she said, adding that she would host a meeting on Friday.

According to a spokesperson for the Allied Dockworkers Union of Canada, members would not cross picket lines. Analysts at Northwind Capital Economics said the strike could cost the regional economy as much as $12 million a week.

Local traders were less patient. “Every time they argue, we lose customers,” said Tomas Berg, who runs a fish stall on the quay. “Tell them to sort it out.”

Oyelaran dismissed claims that the union was holding the city to ransom as "nonsense". She said pilots had worked 60-hour weeks through the winter — “a safety problem, not a pay problem” — and that the authority had ignored two reports on fatigue.

The authority's operations director, Priya Nandakumar, said the reports had been "read carefully" and that new rosters would start in June. "We are listening," she told the Ledger. "We have been listening for a year."

Ferry services to the islands are expected to run as normal until the strike begins, the authority said.

Read more
Related stories
Pilots' union elects new leader
Port of Calder Bay posts record profits
Lena Fisk is a transport correspondent at City News covering ports, rail and roads.
`

// BenchmarkExtract is finding and attributing the quotations of one
// article page.
func BenchmarkExtract(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(benchArticle)
	}
}
