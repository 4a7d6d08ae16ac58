package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markKind is a family of quotation marks: a quotation opened with one
// family is closed only by the same family, so marks of another family
// inside it are nested quotations and part of its text.
type markKind byte

const (
	straightMarks markKind = iota + 1 // "
	curlyMarks                        // “ ” „ ‟
	guillemets                        // « »
)

type mark struct {
	pos, size   int
	kind        markKind
	open, close bool // both or neither: the context does not tell
}

// maxQuoteRunes bounds one quotation, so that a stray mark never swallows
// the rest of an article even across paragraphs that each open a mark.
const maxQuoteRunes = 6000

// quoteSpan is one quotation found in a body.
type quoteSpan struct {
	open, close int      // the opening mark's offset, and just past the closing mark
	parts       [][2]int // the inner text, one range per paragraph it runs over
	para        int      // index of the paragraph it opens in
	lastPara    int      // index of the paragraph it closes in
}

// text returns the quotation's words with whitespace folded to single spaces.
func (q quoteSpan) text(body string) string {
	if len(q.parts) == 1 {
		// Most quotations are one line of single spaces: the text is
		// what the body holds.
		if part := body[q.parts[0][0]:q.parts[0][1]]; folded(part) {
			return strings.TrimRight(part, ",;: ")
		}
	}
	// One pass over the parts, word by word, a paragraph break being a
	// space: what joining them and strings.Fields would give, in one
	// allocation.
	var b strings.Builder
	b.Grow(q.size() + len(q.parts))
	for _, p := range q.parts {
		part := body[p[0]:p[1]]
		word := -1 // where the word being read starts
		for i := 0; i < len(part); {
			r, size := rune(part[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(part[i:])
			}
			switch {
			case !unicode.IsSpace(r):
				if word < 0 {
					word = i
				}
			case word >= 0:
				writeWord(&b, part[word:i])
				word = -1
			}
			i += size
		}
		if word >= 0 {
			writeWord(&b, part[word:])
		}
	}
	// A comma or colon before the closing mark belongs to the sentence
	// around the quotation, not to what was said.
	return strings.TrimRight(b.String(), ",;: ")
}

// folded reports whether s is words with single spaces between them, as
// folding white space leaves a text.
func folded(s string) bool {
	gap := true // at the start, or just after a space
	i := 0
	// Eight bytes at a time while they are printable ASCII and spaces.
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&nonASCII != 0 || hasByteBelow(x, ' ') {
			break // a rune to decode, or a control character: byte by byte
		}
		// Spaces become zero bytes; a zero in y|y>>8, its top byte aside,
		// is a space before a space.
		y := x ^ ' '*ones
		if gap && s[i] == ' ' || hasByteBelow((y|y>>8)|0xff<<56, 1) {
			return false
		}
		gap = s[i+7] == ' '
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if gap {
				return false
			}
			gap = true
			continue
		case '\t' <= c && c <= '\r': // the rest of ASCII's white space
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
		gap = false
	}
	return !gap || s == ""
}

// ones has a one in each byte of a word of eight.
const ones = 0x0101010101010101

// hasByteBelow reports whether a byte of x, a word of eight ASCII bytes,
// is below n, at most 0x80.
func hasByteBelow(x uint64, n byte) bool {
	return (x-uint64(n)*ones)&^x&nonASCII != 0
}

// writeWord writes w to b, after a space if it is not the first word.
func writeWord(b *strings.Builder, w string) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
}

// size returns the bytes of body the quotation's parts span.
func (q quoteSpan) size() int {
	n := 0
	for _, p := range q.parts {
		n += p[1] - p[0]
	}
	return n
}

// hasText reports whether the quotation's text is more than spaces and the
// punctuation text trims from its end, without building it.
func (q quoteSpan) hasText(body string) bool {
	for _, p := range q.parts {
		for _, r := range body[p[0]:p[1]] {
			if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' {
				return true
			}
		}
	}
	return false
}

// scanProblem is an unbalanced mark, with the offset it stands at.
type scanProblem struct {
	pos int
	msg string
}

// marksIn lists the quotation marks in body[start:end], classified as
// opening or closing by what stands on either side.
func marksIn(body string, start, end int) []mark {
	var ms []mark
	// Every mark starts with one of three bytes, which UTF-8 never uses
	// inside another character: where each comes next is found with
	// strings.IndexByte, which skips the text between at once.
	lead := func(c byte, from int) int {
		if from < end {
			if k := strings.IndexByte(body[from:end], c); k >= 0 {
				return from + k
			}
		}
		return end // a mark may run past end, as its last bytes do
	}
	straight, curly, latin := lead('"', start), lead(0xE2, start), lead(0xC2, start)
	for {
		i := min(straight, curly, latin)
		if i >= end {
			break
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		switch i {
		case straight:
			straight = lead('"', i+size)
		case curly:
			curly = lead(0xE2, i+size)
		case latin:
			latin = lead(0xC2, i+size)
		}
		var k markKind
		open, close := false, false
		switch r {
		case '"':
			k = straightMarks
		case '“', '„', '‟':
			k, open = curlyMarks, true
		case '”':
			k, close = curlyMarks, true
		case '«':
			k, open = guillemets, true
		case '»':
			k, close = guillemets, true
		}
		if k != 0 {
			var prev, next rune
			if i > start {
				prev, _ = utf8.DecodeLastRuneInString(body[start:i])
			}
			if i+size < end {
				next, _ = utf8.DecodeRuneInString(body[i+size:])
			}
			before := prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–―-/", prev)
			after := next == 0 || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–―", next)
			switch {
			case before && !after:
				open, close = true, false
			case !before && after:
				open, close = false, true
			case k == straightMarks:
				open, close = false, false // a"b or " alone: ambiguous
			}
			ms = append(ms, mark{pos: i, size: size, kind: k, open: open, close: close})
		}
	}
	return ms
}

// scanQuotes finds the quotations in the paragraphs of body. A quotation
// may run over several paragraphs when each of them opens with a mark and
// only the last closes; a mark left open at the end of a paragraph that is
// not continued that way is reported and dropped, never carried on.
func scanQuotes(body string, paras []para) ([]quoteSpan, []scanProblem) {
	var (
		// Room for a quotation in every 200 bytes, about what news holds,
		// so that a page's are not copied as they come.
		out      = make([]quoteSpan, 0, len(body)/200+1)
		problems []scanProblem
		cur      *quoteSpan
		curKind  markKind
		partFrom int
	)
	for pi, p := range paras {
		ms := marksIn(body, p.start, p.end)
		k := 0
		if cur != nil {
			// The quotation left open by the previous paragraph goes on
			// here only if this paragraph opens with a mark of its family.
			lead := strings.TrimLeft(body[p.start:p.end], " \t")
			first := firstOfKind(ms, curKind)
			// A heading between the paragraphs ends it; furniture the page
			// leaves out ("Advertisement", a caption) does not.
			gap := pi > 0 && !onlyFurniture(body[paras[pi-1].end:p.start])
			switch {
			case gap:
				problems = append(problems, scanProblem{cur.open, "unbalanced quotation mark: opened here and never closed"})
				cur = nil
			case first >= 0 && ms[first].pos == p.end-len(lead) && !ms[first].close:
				partFrom = ms[first].pos + ms[first].size
				k = first + 1
			case p.adjacent && first >= 0 && !ms[first].open:
				// A hard-wrapped line break that looked like a paragraph
				// break: the quotation closes on the next line.
				partFrom = p.start
			default:
				problems = append(problems, scanProblem{cur.open, "unbalanced quotation mark: opened here and never closed"})
				cur = nil
			}
		}
		depth := 0 // nested quotations of the open one's own family
		other := 0 // and of the other of straight and curly marks
		for ; k < len(ms); k++ {
			m := ms[k]
			if cur == nil {
				if m.close && !m.open {
					problems = append(problems, scanProblem{m.pos, "unbalanced quotation mark: closes a quotation that was never opened"})
					continue
				}
				cur = &quoteSpan{open: m.pos, para: pi}
				curKind = m.kind
				partFrom = m.pos + m.size
				depth, other = 0, 0
				continue
			}
			if m.kind != curKind {
				if !straightOrCurly(m.kind, curKind) {
					continue // a nested quotation of another family
				}
				switch {
				case m.open && !m.close:
					other++ // “… he said "no" to me …”
				case m.close && !m.open && other > 0:
					other--
				case m.close && !m.open && depth == 0:
					// `“We will win," Trump said. "Believe me.”`: copy that
					// mixes the two closes the quotation with the other
					// family; what follows is a quotation of its own.
					out, problems = closeQuote(body, cur, partFrom, m, pi, out, problems)
					cur = nil
				}
				continue
			}
			if m.open && !m.close {
				if nestedOpen(ms[k:], curKind) {
					depth++ // “… what he calls “hell” than …”
					continue
				}
				// A second opening mark before any close: the first one
				// was stray. Report it and start again here.
				problems = append(problems, scanProblem{cur.open, "unbalanced quotation mark: opened here and never closed"})
				cur = &quoteSpan{open: m.pos, para: pi}
				partFrom = m.pos + m.size
				continue
			}
			if depth > 0 && m.close && !m.open {
				depth--
				continue
			}
			out, problems = closeQuote(body, cur, partFrom, m, pi, out, problems)
			cur = nil
		}
		if cur != nil && cur.para == pi && len(cur.parts) == 0 {
			// Opened with one family and closed with the other, as in
			// “work-related" emails: close it there and read on after it.
			if c := mixedClose(ms, cur.open, curKind); c >= 0 {
				out, problems = closeQuote(body, cur, partFrom, ms[c], pi, out, problems)
				cur = nil
				rest, more := scanQuotes(body, []para{{start: ms[c].pos + ms[c].size, end: p.end}})
				for _, q := range rest {
					q.para, q.lastPara = pi, pi
					out = append(out, q)
				}
				problems = append(problems, more...)
				continue
			}
		}
		if cur != nil {
			cur.parts = append(cur.parts, [2]int{partFrom, p.end})
			if pi+1 == len(paras) {
				problems = append(problems, scanProblem{cur.open, "unbalanced quotation mark: opened here and never closed"})
				cur = nil
			}
		}
	}
	return out, problems
}

// straightOrCurly reports whether a and b are straight and curly marks,
// the two families that scraped copy mixes up.
func straightOrCurly(a, b markKind) bool {
	return a == straightMarks && b == curlyMarks || a == curlyMarks && b == straightMarks
}

// firstOfKind returns the index of the first mark of family k, or -1.
func firstOfKind(ms []mark, k markKind) int {
	for i, m := range ms {
		if m.kind == k {
			return i
		}
	}
	return -1
}

// closeQuote ends the open quotation cur at the closing mark m in
// paragraph pi and keeps it, unless it is empty or too long to be one.
func closeQuote(body string, cur *quoteSpan, partFrom int, m mark, pi int, out []quoteSpan, problems []scanProblem) ([]quoteSpan, []scanProblem) {
	cur.parts = append(cur.parts, [2]int{partFrom, m.pos})
	cur.close = m.pos + m.size
	cur.lastPara = pi
	runes := 0
	for _, part := range cur.parts {
		runes += utf8.RuneCountInString(body[part[0]:part[1]])
	}
	switch {
	case runes > maxQuoteRunes:
		problems = append(problems, scanProblem{cur.open, fmt.Sprintf("quotation of more than %d characters: a mark is probably missing", maxQuoteRunes)})
	case cur.hasText(body):
		out = append(out, *cur)
	}
	return out, problems
}

// nestedOpen reports whether the opening mark ms[0] opens a quotation
// nested in the one already open: enough closing marks of the family
// follow it to close both.
func nestedOpen(ms []mark, k markKind) bool {
	opens, closes := 0, 0
	for _, m := range ms {
		if m.kind != k {
			continue
		}
		switch {
		case m.open && !m.close:
			opens++
		case m.close && !m.open:
			closes++
		}
	}
	return closes >= opens+1
}

// mixedClose returns the index in ms of a closing mark of the other
// straight-or-curly family that ends a quotation opened at open and left
// unclosed: the first such close not balanced by an opening mark of its
// family after open; -1 when there is none.
func mixedClose(ms []mark, open int, k markKind) int {
	other := straightMarks
	switch k {
	case straightMarks:
		other = curlyMarks
	case curlyMarks:
	default:
		return -1
	}
	depth := 0
	for i, m := range ms {
		if m.pos <= open || m.kind != other {
			continue
		}
		switch {
		case m.open && !m.close:
			depth++
		case m.close && !m.open:
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// onlyFurniture reports whether the text between two paragraphs is
// nothing but lines boilerLine drops: an advertisement's label, a share
// bar, a photo credit.
func onlyFurniture(gap string) bool {
	var scratch []byte
	for line := range strings.Lines(gap) {
		if t := strings.TrimSpace(line); t != "" && !boilerLine(t, &scratch) {
			return false
		}
	}
	return true
}
