package extract

import (
	"bytes"
	"encoding/binary"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A page is the body of a scraped article split into lines, with the
// page's boilerplate (navigation, captions, player text, bios, teasers,
// counters, tag lists, cookie notices, share buttons) told apart from the
// article's own paragraphs.
type page struct {
	body  string
	lines []pageLine
	paras []para
	title string // the first headline line, "" when none

	// Scratch of marking the lines and dropping repeated paragraphs,
	// kept with the page in pages.
	flags []bool
	lower []byte
	seen  map[string]bool
}

// pages holds pages between calls of Extract: a page's lines and
// paragraphs are among an article's largest allocations, and none
// outlives the call.
var pages = sync.Pool{New: func() any { return &page{seen: map[string]bool{}} }}

// release returns p to pages, cleared so that the pool keeps no
// article's text alive, unless an outsized article grew it.
func (p *page) release() {
	if cap(p.lines) > 1<<12 {
		return
	}
	clear(p.lines)
	clear(p.seen)
	p.body, p.title, p.lines, p.paras = "", "", p.lines[:0], p.paras[:0]
	pages.Put(p)
}

type pageLine struct {
	start, end int // byte range in body, without the newline
	num        int // 1-based line number in the file
	text       string
	boiler     bool
	heading    bool // the headline, repeated; not article text
}

// para is one paragraph of article text: body[start:end], which may hold
// soft line breaks where the source was hard-wrapped.
type para struct {
	start, end int
	line       int  // line number of its first line
	adjacent   bool // no blank line separates it from the paragraph before
}

var (
	navLine = regexp.MustCompile(`(?i)^(\d+\.\s*)?skip (to|next section)\b`)
	// chromeCount matches counters and durations standing alone.
	chromeCount = regexp.MustCompile(`^(\d+ comments?|\d+ min(ute)? read|\d{1,2}:\d{2}(:\d{2})?)$`)
	playerText  = regexp.MustCompile(`(?i)\b(browser does not support (the )?(video|audio)|enable javascript to (play|watch|view)|press play|video (player|is loading)|skip ad)\b`)
	cookieText  = regexp.MustCompile(`(?i)\bcookies?\b.*\b(accept|consent|privacy|settings|use of|we use)\b|\b(accept|manage)\b.*\bcookies?\b`)
	// photoLabel opens a credit line that names a photographer.
	photoLabel = regexp.MustCompile(`(?i)^(photo|image|picture|photograph|credit)s?\s*:`)
	// creditLine is a line holding nothing but a photo or wire credit.
	creditLine = regexp.MustCompile(`(?i)^(photo:\s*)?(\w+ ?/ ?)?(` + strings.Join(wireCredits, "|") + `)( ?/ ?[\w. ]+)?$`)
	// bioOpen is how an author biography opens, "Jane Doe is a ", up to
	// where bioLine looks for the author's trade.
	bioOpen = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} (is|was|has been) (a|an|the) `)
	// reportingLine is a DW-style bio line: "Jane Doe Reporting on …".
	reportingLine = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} (Reporting on|Covering|Writes about|Writing about)\b`)
	commentCount  = regexp.MustCompile(`^\d+ comments?$`)
	duration      = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)
	bylineLine    = regexp.MustCompile(`^(By|BY|Written by|Reporting by|Additional reporting by)\s+\p{Lu}[^.]{0,80}$`)
)

// chromeLines are whole lines of page furniture, lower-cased, without a
// trailing colon or full stop.
var chromeLines = set(`show-more show-less read-more load-more news-feed article-image avatar advertisement
sponsored share share-this share-this-article share-this-story copy-link print email facebook twitter x
whatsapp telegram linkedin reddit comment comments leave-a-comment related related-stories related-articles
related-topics related-content more-stories most-read most-popular trending subscribe sign-up log-in newsletter
follow-us tags topics image-source getty-images watch listen play replay next previous back-to-top menu search
home`)

// chromeLine reports whether a short line in lower case is page furniture
// as a whole.
func chromeLine(low []byte) bool {
	t := bytes.TrimRight(low, ":. ")
	// The key with its spaces as hyphens, in a buffer a short line fits.
	var buf [64]byte
	key := append(buf[:0], t...)
	for i, c := range key {
		if c == ' ' {
			key[i] = '-'
		}
	}
	if chromeLines[string(key)] || len(t) > 0 && '0' <= t[0] && t[0] <= '9' && chromeCount.Match(t) {
		return true
	}
	return bytes.HasPrefix(t, []byte("more from ")) && len(bytes.Fields(t)) <= 5
}

// endMarker reports whether a boilerplate line marks the end of the article
// proper: what follows it on a page is bios, teasers and other stories.
func endMarker(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	// A teaser line mid-article ("READ MORE: …") is furniture, but not
	// the end: only the marker standing alone, or the page chrome that
	// comes after an article, ends it.
	for _, p := range []string{"article image", "avatar", "news feed", "show more", "skip next section", "edited by:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	switch strings.TrimRight(t, ": ") {
	case "read more", "more stories", "related stories", "related articles", "related topics", "most read", "tags":
		return true
	}
	return commentCount.MatchString(t)
}

// boilerLine classifies one trimmed line on its own. Cheap tests on the
// line's length and words guard the regular expressions, which would
// otherwise dominate the cost of reading an article. scratch is reused to
// hold the line in lower case, so that a page's lines share one buffer.
func boilerLine(t string, scratch *[]byte) bool {
	if t == "" {
		return false
	}
	n := len(t)
	if n < 400 || n < 600 && namesOpen(t) {
		*scratch = appendLower((*scratch)[:0], t)
	} else {
		// A long line is only asked whether it opens with "skip ": the
		// runes that lower-case to it fit in its first bytes.
		*scratch = appendLower((*scratch)[:0], t[:4*len("skip ")])
	}
	low := *scratch
	switch {
	case n <= 40 && chromeLine(low):
		return true
	case n <= 200 && menuLine(t):
		return true
	case n <= 100 && shareBar(low):
		return true
	case n <= 80 && creditChars(t) && !hasWords(t, 7) && creditTail(t) && creditLine.MatchString(t):
		return true
	case bytes.HasPrefix(low, []byte("skip ")) || n < 40 && bytes.Contains(low, []byte("skip to")) && navLine.MatchString(t):
		return true
	case strings.IndexByte(t[:min(n, 40)], ':') >= 0 && chromeLabelled(t):
		return true
	case n <= 100 && (bytes.HasPrefix(low, []byte("by ")) || bytes.HasPrefix(low, []byte("written by")) || bytes.HasPrefix(low, []byte("reporting by")) || bytes.HasPrefix(low, []byte("additional reporting"))) && bylineLine.MatchString(t):
		return true
	case n < 400 && playerHint(low) && playerPhrase(low) && playerText.MatchString(t):
		return true
	case n < 400 && bytes.Contains(low, []byte("cookie")) && cookieText.MatchString(t):
		return true
	case n < 400 && creditAtEnd(t):
		return true
	case n < 600 && namesOpen(t) && bioHint(low) && (bioLine(t) || reportingLine.MatchString(t)):
		return true
	}
	return false
}

// byline returns the one writer a byline line near the top names ("By
// Mariama Sesay"), "" when there is none, or it names several or an
// organisation.
func (p *page) byline() string {
	for _, l := range p.lines[:min(len(p.lines), 40)] {
		t := strings.TrimSpace(l.text)
		name, ok := strings.CutPrefix(t, "By ")
		if !ok || !bylineLine.MatchString(t) {
			continue
		}
		ws := strings.Fields(name)
		if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(name, ",|·&") || strings.Contains(name, " and ") || !allCapitalised(ws) {
			return ""
		}
		return name
	}
	return ""
}

// shareWords are the words of a share bar.
var shareWords = set(`share shares sharing on facebook twitter x email e-mail print copy link url whatsapp linkedin
reddit pinterest messenger tweet save saved gift article story this comment comments via sms text flipboard
threads bluesky mastodon to or and | · •`)

// shareBar reports a line in lower case made only of a share bar's words,
// with at least one of them the name of a network or a verb of sharing:
// "share on facebook share on x email print".
func shareBar(low []byte) bool {
	if !bytes.Contains(low, []byte("share")) && !bytes.Contains(low, []byte("print")) && !bytes.Contains(low, []byte("email")) && !bytes.Contains(low, []byte("facebook")) {
		return false // every share bar has one of them: spare the line the split
	}
	ws := bytes.Fields(low)
	if len(ws) < 3 {
		return false
	}
	network := false
	for _, w := range ws {
		w = bytes.TrimRight(w, ":.,")
		if !shareWords[string(w)] {
			return false
		}
		switch string(w) {
		case "share", "facebook", "twitter", "whatsapp", "linkedin", "email", "print", "tweet":
			network = true
		}
	}
	return network
}

// menuLine reports a site's menu written on one line: three or more
// entries of a few words between bars or bullets, "Local News | Business
// | Sports | Opinion".
func menuLine(t string) bool {
	// strings.ContainsAny would decode every rune of every short line.
	if strings.IndexByte(t, '|') < 0 && strings.IndexByte(t, '/') < 0 && !strings.Contains(t, "·") && !strings.Contains(t, "•") {
		return false
	}
	sep := ""
	for _, c := range []string{" | ", " · ", " • ", " / "} {
		if strings.Count(t, c) >= 2 {
			sep = c
			break
		}
	}
	if sep == "" {
		return false
	}
	for _, entry := range strings.Split(t, sep) {
		if entry = strings.TrimSpace(entry); entry == "" || hasWords(entry, 5) || strings.ContainsAny(entry, `"“”.!?`) {
			return false
		}
	}
	return true
}

// creditChars reports whether t holds no ASCII character that creditLine
// cannot match, so that quotations and prose ("…," and '"') never reach
// the regular expression.
func creditChars(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\f', '\r', '/', '.', ':', '-', '_':
			continue
		}
		return false
	}
	return true
}

// creditAtEnd reports whether t ends in a photo credit, as captionCredit
// in the tests matches. Each of its three forms can only match after the
// line's last full stop, from its last opening bracket or from its last
// slash, and is tried there alone.
func creditAtEnd(t string) bool {
	tail := t[strings.LastIndexByte(t, '.')+1:]
	for c := strings.IndexByte(tail, ':'); c >= 0; c = nextByte(tail, ':', c) {
		// "Photo :" is a label word, spaces and the colon.
		w := strings.TrimRight(tail[:c], space)
		if endsWithAny(w, creditLabels) {
			return true
		}
	}
	if strings.HasSuffix(strings.TrimRight(t, space), ")") {
		if i := strings.LastIndexByte(t, '('); i >= 0 && bracketCredit(t[i:]) {
			return true
		}
	}
	if strings.IndexByte(t, '/') < 0 {
		return false // most lines: found at once, not read backwards byte by byte
	}
	return slashCredit(t[strings.LastIndexByte(t, '/'):])
}

// nextByte returns the index of the first c in s after index i, or -1.
func nextByte(s string, c byte, i int) int {
	if j := strings.IndexByte(s[i+1:], c); j >= 0 {
		return i + 1 + j
	}
	return -1
}

// namesOpen reports whether t opens as an author bio does (bioLine,
// reportingLine): two to four capitalised words, then "is", "was", "has"
// or a verb of reporting.
func namesOpen(t string) bool {
	for k := 0; k < 5; k++ {
		sp := strings.IndexByte(t, ' ')
		if sp < 0 {
			return false
		}
		w := t[:sp]
		if k >= 2 {
			switch w {
			case "is", "was", "has", "Reporting", "Covering", "Writes", "Writing":
				return true
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		t = t[sp+1:]
	}
	return false
}

// playerHint reports whether a line in lower case holds "support the",
// "javascript", "play" or "skip ad", without which the line is not player
// text. Each holds a "p": one pass visits every "p" and looks around it.
func playerHint(low []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(low[i:], 'p')
		if k < 0 {
			return false
		}
		i += k
		if wordAt(low, i, "play") || wordAt(low, i-2, "support the") || wordAt(low, i-8, "javascript") || wordAt(low, i-3, "skip ad") {
			return true
		}
	}
}

// playerPhrase reports whether a line in lower case holds a word each of
// playerText's phrases holds: "play", which playerHint finds, is in many
// a line of prose ("played", "display"). A line holding "ſ", which the
// expression takes for an "s", may hold them all.
func playerPhrase(low []byte) bool {
	for _, w := range playerWords {
		if bytes.Contains(low, w) {
			return true
		}
	}
	return false
}

// playerWords are the words of playerPhrase.
var playerWords = [][]byte{[]byte("browser"), []byte("javascript"), []byte("press play"), []byte("video "), []byte("skip ad"), []byte("ſ")}

// wordAt reports whether b holds w at offset at.
func wordAt(b []byte, at int, w string) bool {
	return at >= 0 && at+len(w) <= len(b) && string(b[at:at+len(w)]) == w
}

// bioWords are the words without which a line cannot be an author bio.
var bioWords = [][]byte{
	[]byte("editor"), []byte("reporter"), []byte("correspondent"), []byte("journalist"), []byte("writer"),
	[]byte("columnist"), []byte("producer"), []byte("contributor"), []byte("anchor"), []byte("presenter"),
	[]byte("photographer"), []byte("reporting on"), []byte("covering"), []byte("writes about"), []byte("writing about"),
}

// bioHint reports whether a line in lower case holds one of bioWords.
func bioHint(low []byte) bool {
	for _, w := range bioWords {
		if bytes.Contains(low, w) {
			return true
		}
	}
	return false
}

// appendLower appends s to b in lower case, byte for byte what
// strings.ToLower returns, without allocating a string per line.
func appendLower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	// Lowered in place: eight ASCII bytes at a time, a rune whose lower
	// case is as long as it alone; past any other, rune by rune.
	for k := n; k < len(b); {
		if k+8 <= len(b) {
			if x := binary.LittleEndian.Uint64(b[k:]); x&nonASCII == 0 {
				binary.LittleEndian.PutUint64(b[k:], lowerASCII(x))
				k += 8
				continue
			}
		}
		if c := b[k]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
			k++
			continue
		}
		r, size := utf8.DecodeRune(b[k:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(l) != size {
			return appendLowerRunes(b[:k], s[k-n:])
		}
		utf8.EncodeRune(b[k:], l)
		k += size
	}
	return b
}

// nonASCII has the high bit of each byte of a word of eight.
const nonASCII = 0x8080808080808080

// lowerASCII lowers the capitals among eight ASCII bytes: a byte at or
// above 'A' gains a high bit by adding 0x3f, one above 'Z' by adding
// 0x25, and no sum carries into the next byte.
func lowerASCII(x uint64) uint64 {
	const ones = 0x0101010101010101
	capital := (x + 0x3f*ones) &^ (x + 0x25*ones) & nonASCII
	return x | capital>>2 // 0x80>>2 is 'a'-'A'
}

// appendLowerRunes appends s to b in lower case as strings.ToLower maps
// it, rune by rune, an invalid byte becoming U+FFFD.
func appendLowerRunes(b []byte, s string) []byte {
	for {
		// A run of ASCII is copied whole and lowered in place.
		i := 0
		for i < len(s) && s[i] < utf8.RuneSelf {
			i++
		}
		n := len(b)
		b = append(b, s[:i]...)
		for k := n; k < len(b); k++ {
			if c := b[k]; 'A' <= c && c <= 'Z' {
				b[k] = c + 'a' - 'A'
			}
		}
		if i == len(s) {
			return b
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		s = s[i+size:]
	}
}

// newPage splits body into lines and paragraphs. firstLine is the file line
// number of the body's first line.
func newPage(body string, firstLine int) *page {
	p := pages.Get().(*page)
	p.body, p.lines = body, slices.Grow(p.lines, strings.Count(body, "\n")+1)
	start := 0
	for n := firstLine; start <= len(body); n++ {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		raw := body[start:end]
		p.lines = append(p.lines, pageLine{start: start, end: end, num: n, text: strings.TrimSpace(raw)})
		start = end + 1
	}
	p.markLines()
	p.findTitle()
	p.markContext()
	p.splitParagraphs()
	return p
}

// markLines marks the lines that are boilerplate on their own, and all
// lines after a mark of the article's end.
func (p *page) markLines() {
	ls := p.lines
	p.flags = append(p.flags[:0], make([]bool, 2*len(ls))...)
	boiler, bodyAfter := p.flags[:len(ls)], p.flags[len(ls):]
	for i := range ls {
		boiler[i] = boilerLine(ls[i].text, &p.lower)
	}
	// Whether article prose comes after each line: then a marker such as
	// "Read more" or "12 comments" is furniture inside the article, not
	// its end. One pass from the end, so a page of a thousand markers
	// costs no more than its lines.
	for i := len(ls) - 2; i >= 0; i-- {
		bodyAfter[i] = bodyAfter[i+1] || !boiler[i+1] && bodyLike(ls[i+1].text)
	}
	trailer, prose := false, false
	for i := range ls {
		t := ls[i].text
		if t == "" {
			continue
		}
		if trailer {
			ls[i].boiler = true
			continue
		}
		if boiler[i] {
			ls[i].boiler = true
			if prose && !bodyAfter[i] && (endMarker(t) || namesOpen(t) && (bioLine(t) || reportingLine.MatchString(t))) {
				trailer = true
			}
			continue
		}
		prose = prose || endsSentence(t) && hasWords(t, 8)
	}
}

// bodyLike reports a line that reads as a paragraph of article prose: long,
// and ending the way a sentence does. Teasers for other stories are
// shorter, or cut off.
func bodyLike(t string) bool {
	return endsSentence(t) && hasWords(t, 25)
}

// markContext marks the lines that are boilerplate by what stands around
// them: captions, a video's title, teasers. The headline is never one.
func (p *page) markContext() {
	ls := p.lines
	// A caption is the line just above a bare credit ("Reuters") or just
	// above an "Image: …" line, and the alt text above such a caption.
	for i := range ls {
		if !ls[i].boiler || ls[i].text == "" {
			continue
		}
		j := p.prevText(i)
		if j < 0 || ls[j].boiler || ls[j].heading || opensWithQuote(ls[j].text) {
			// A line that opens with a quotation is somebody's words, as
			// in a round-up over a photo's credit: `"…" ― Carla Sanchez`.
			continue
		}
		n := utf8.RuneCountInString(ls[j].text)
		t := ls[i].text
		switch {
		case n < 250 && creditChars(t) && creditTail(t) && creditLine.MatchString(t):
			ls[j].boiler = true
		case n < 120 && !endsSentence(ls[j].text) && creditAtEnd(t):
			ls[j].boiler = true
		case n < 200 && ls[i].start == ls[j].end+1 && photoLabel.MatchString(t) && !hasWords(t, 9):
			// "Photo: Tom Baker/City News" right under a line: that line
			// is its caption, full stop or not. "Image: Ice coats the
			// lines along Highway 30 on Monday. (KVNR)" is a caption of
			// its own, and the line above it is the article's.
			ls[j].boiler = true
		}
	}
	// Player text: the video's title stands above its duration.
	for i := range ls {
		if ls[i].boiler && len(ls[i].text) <= len("00:00:00") && duration.MatchString(ls[i].text) {
			if j := p.prevText(i); j >= 0 && !ls[j].heading && utf8.RuneCountInString(ls[j].text) < 120 {
				ls[j].boiler = true
			}
		}
	}
	// A teaser for another story: a headline and a summary cut off
	// mid-sentence, standing after the article's prose and just before the
	// page's trailer.
	prose := false
	for i := range ls {
		if ls[i].boiler || ls[i].heading || ls[i].text == "" {
			continue
		}
		if endsSentence(ls[i].text) {
			prose = prose || hasWords(ls[i].text, 8)
			continue
		}
		if !prose || opensWithQuote(ls[i].text) {
			continue // `"…" ― Steve Quinn` ends a round-up, not a teaser
		}
		if j := p.prevText(i); j >= 0 && opensWithQuote(ls[j].text) && strings.ContainsRune("—–-―", []rune(ls[i].text)[0]) {
			continue // the same, its speaker on the line below
		}
		next := p.nextText(i)
		if next >= 0 && !ls[next].boiler {
			continue
		}
		if utf8.RuneCountInString(ls[i].text) < 80 && next >= 0 {
			continue // a short line before furniture is a heading, not a cut-off summary
		}
		ls[i].boiler = true
		if j := p.prevText(i); j >= 0 && !ls[j].boiler && !ls[j].heading && !endsSentence(ls[j].text) && utf8.RuneCountInString(ls[j].text) < 150 {
			ls[j].boiler = true
		}
	}
}

func (p *page) prevText(i int) int {
	for j := i - 1; j >= 0; j-- {
		if p.lines[j].text != "" {
			return j
		}
	}
	return -1
}

func (p *page) nextText(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if p.lines[j].text != "" {
			return j
		}
	}
	return -1
}

// findTitle takes the first headline-like line before the article's prose,
// and marks every repetition of it as a heading.
func (p *page) findTitle() {
	for i, l := range p.lines {
		if l.boiler || l.text == "" {
			continue
		}
		if headlineLike(l.text) {
			if next := p.nextText(i); next < 0 || !startsLower(p.lines[next].text) {
				p.title = l.text
				break
			}
		}
		n := wordCount(l.text)
		if n >= 25 || n >= 5 && endsSentence(l.text) || startsLower(l.text) {
			break // prose: the page has no headline of its own
		}
	}
	if p.title == "" {
		return
	}
	for i := range p.lines {
		if p.lines[i].text == p.title {
			p.lines[i].heading = true
		}
	}
}

// headlineLike reports whether a line reads as a headline: a few words,
// one sentence with no full stop, not ending mid-phrase.
func headlineLike(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 3 || len(ws) > 20 || utf8.RuneCountInString(t) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	first, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(`"”»'’`, last) {
		// A headline may end with a quoted phrase, not with a quoted sentence.
		before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, `"”»'’`))
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			return false
		}
	} else if strings.ContainsRune(`.,;:!-–—`, last) {
		return false
	}
	if strings.ContainsRune(`"“«'‘`, first) || startsLower(t) {
		return false
	}
	if strings.Contains(t, ". ") || Stopwords[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	return true
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// splitParagraphs joins article lines into paragraphs. A line break is soft
// (the source was hard-wrapped) when the line does not end a sentence and
// is long enough to be wrapped prose, or when the next line starts in lower
// case; a short line without a full stop is a heading of its own.
func (p *page) splitParagraphs() {
	p.paras = slices.Grow(p.paras[:0], len(p.lines)/2+1)
	var cur para
	open := false // whether cur is a paragraph being read
	blank := true
	prevText := ""
	wrapped := p.hardWrapped()
	for _, l := range p.lines {
		if l.text == "" || l.boiler || l.heading {
			if open {
				p.paras = append(p.paras, cur)
				open = false
			}
			blank = blank || l.text == "" || l.boiler
			continue
		}
		if open && (wrapped && !blank || softBreak(prevText, l.text)) {
			cur.end = l.end
			prevText = l.text
			continue
		}
		if open {
			p.paras = append(p.paras, cur)
		}
		cur, open = para{start: l.start, end: l.end, line: l.num, adjacent: !blank}, true
		blank = false
		prevText = l.text
	}
	if open {
		p.paras = append(p.paras, cur)
	}
	p.dropRepeats()
}

// hardWrapped reports whether the page was hard-wrapped with blank lines
// between its paragraphs: then every line break inside a block of lines
// is soft, even after a line that happens to end with a full stop or a
// closing quotation mark. Most lines that run on into the next are then
// of one width, between 40 and 100 characters; a page of one paragraph a
// line has longer lines, and navigation shorter ones.
func (p *page) hardWrapped() bool {
	blocks, runOn, wrapWidth := 0, 0, 0
	inBlock := false
	for i, l := range p.lines {
		if l.text == "" || l.boiler || l.heading {
			inBlock = false
			continue
		}
		next := i + 1
		if next < len(p.lines) && p.lines[next].text != "" && !p.lines[next].boiler && !p.lines[next].heading {
			if !inBlock {
				blocks++
			}
			inBlock = true
			runOn++
			if n := utf8.RuneCountInString(l.text); n >= 40 && n <= 100 {
				wrapWidth++
			}
		}
	}
	return blocks >= 3 && wrapWidth >= 5 && wrapWidth*10 >= runOn*8
}

// dropRepeats drops paragraphs of some length that repeat one earlier on
// the page, as when a scraper took the article's body twice, so that each
// quotation is read once.
func (p *page) dropRepeats() {
	seen := p.seen
	kept := p.paras[:0]
	for _, para := range p.paras {
		text := strings.TrimSpace(p.body[para.start:para.end])
		// A fact check signs each claim it quotes alike: "— Gov. Thomas
		// Avery Pruitt III, Feb. 4, 2025" under every one.
		if hasWords(text, 6) && !strings.HasPrefix(text, "—") && !strings.HasPrefix(text, "- ") {
			if seen[text] {
				continue
			}
			seen[text] = true
		}
		kept = append(kept, para)
	}
	p.paras = kept
}

func softBreak(prev, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return true
	}
	return !endsSentence(prev) && hasWords(prev, 6)
}

// wordCount counts the space-separated words of s without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// hasWords reports whether s has at least n space-separated words, as
// wordCount(s) >= n would, reading no further than the nth: most lines
// are asked about their first few words, and paragraphs are long.
func hasWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !in {
			if n--; n <= 0 {
				return true
			}
		}
		in = !space
	}
	return n <= 0
}

// endsSentence reports whether a line ends the way a sentence or a closed
// quotation does.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(`.?!"”»’'):;`, r)
}

// opensWithQuote reports whether t starts with a quotation mark.
func opensWithQuote(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " \t\u00a0"))
	return r == '"' || r == '“' || r == '«' || r == '„'
}
