package quotes

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"

	"quotebot/quotes/extract"
)

// cacheVersion names what this package makes of an article file before an
// index takes it (ParseArticle, ParseHTMLArticle, the page reader), and
// how the cache holds entries. Bump it with any change to either:
// entries of another version are found anew. extract.Version covers
// Extract itself. TestExtractionVersion fails until one of them moves
// when what is extracted changes.
const cacheVersion = 2

// entryMagic starts every cache entry.
const entryMagic = "qbx\n"

// castagnoli checks entries and saved indexes; it is computed in hardware
// where there is any.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errEntry is the problem of a cache entry that cannot be trusted:
// truncated, corrupt, of another version or for another key.
var errEntry = errors.New("cache entry unusable")

// appendEntry appends x, extracted from what key names, to b as a cache
// entry.
func appendEntry(b []byte, key [32]byte, x *extracted) []byte {
	start := len(b)
	w := entryWriter{b: b}
	w.b = append(w.b, entryMagic...)
	w.b = binary.LittleEndian.AppendUint32(w.b, cacheVersion)
	w.b = binary.LittleEndian.AppendUint32(w.b, extract.Version)
	w.b = append(w.b, key[:]...)
	w.str(x.outlet)
	w.str(x.title)
	w.str(x.url)
	w.str(x.published)
	w.num(len(x.problems))
	for _, p := range x.problems {
		w.num(max(0, p.Line))
		kind := problemKind(p.Err)
		w.b = append(w.b, kind)
		w.str(p.Path)
		if kind == problemText {
			w.str(p.Err.Error())
		} else {
			w.str("")
		}
	}
	w.num(len(x.forms))
	for _, f := range x.forms {
		w.str(f.name)
		w.num(max(0, f.n))
	}
	w.num(len(x.quotes))
	for _, q := range x.quotes {
		w.str(q.id)
		w.str(q.text)
		w.str(q.speaker)
		w.str(q.cue)
		w.b = append(w.b, byte(q.kind))
		if q.partial {
			w.b = append(w.b, 1)
		} else {
			w.b = append(w.b, 0)
		}
		w.num(max(0, q.offset))
		w.str(q.sentence)
	}
	return binary.LittleEndian.AppendUint32(w.b, crc32.Checksum(w.b[start:], castagnoli))
}

// entryWriter appends an entry's fields.
type entryWriter struct{ b []byte }

func (w *entryWriter) num(n int)    { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *entryWriter) str(s string) { w.num(len(s)); w.b = append(w.b, s...) }

// entryHead is the length of an entry's magic, versions and key.
const entryHead = len(entryMagic) + 4 + 4 + 32

// decodeEntry reads a cache entry for key. Anything short of a whole,
// checked entry of this version for this key is errEntry: the article is
// then extracted anew.
func decodeEntry(key [32]byte, data []byte) (*extracted, error) {
	if !intactEntry(key, data) {
		return nil, errEntry
	}
	// One string for the whole entry: the fields are cut from it, and
	// what an index keeps of them it copies.
	r := entryReader{s: string(data[entryHead : len(data)-4])}
	x := &extracted{outlet: strings.Clone(r.str()), title: strings.Clone(r.str()), url: strings.Clone(r.str()), published: strings.Clone(r.str())}
	x.problems = make([]Problem, r.count(4))
	for i := range x.problems {
		line := r.num()
		kind := r.byte()
		suffix, msg := r.str(), r.str()
		if kind > problemUnknownOutlet {
			r.fail()
		}
		x.problems[i] = Problem{Path: strings.Clone(suffix), Line: line, Err: problemErr(kind, strings.Clone(msg))}
	}
	x.forms = make([]nameForm, r.count(2))
	for i := range x.forms {
		x.forms[i] = nameForm{name: r.str(), n: r.num()}
	}
	x.quotes = make([]extractedQuote, r.count(8))
	for i := range x.quotes {
		q := &x.quotes[i]
		q.id, q.text, q.speaker, q.cue = r.str(), r.str(), r.str(), r.str()
		q.kind = extract.Kind(r.byte())
		switch r.byte() {
		case 0:
		case 1:
			q.partial = true
		default:
			r.fail()
		}
		q.offset = r.num()
		q.sentence = r.str()
		if q.kind > kindMask {
			r.fail()
		}
	}
	if r.err || r.s != "" {
		return nil, errEntry
	}
	return x, nil
}

// intactEntry reports whether data is a whole entry of this version for
// key, its checksum right.
func intactEntry(key [32]byte, data []byte) bool {
	if len(data) < entryHead+4 {
		return false
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	return crc32.Checksum(body, castagnoli) == sum && string(body[:len(entryMagic)]) == entryMagic &&
		binary.LittleEndian.Uint32(body[4:]) == cacheVersion && binary.LittleEndian.Uint32(body[8:]) == extract.Version &&
		[32]byte(body[12:44]) == key
}

// entryReader takes an entry's fields off the front of s; err sticks.
type entryReader struct {
	s   string
	err bool
}

func (r *entryReader) fail() { r.err, r.s = true, "" }

// num reads a number; a number above a 32-bit int's range fails.
func (r *entryReader) num() int {
	var v uint64
	for shift := 0; ; shift += 7 {
		if r.s == "" || shift > 35 {
			r.fail()
			return 0
		}
		c := r.s[0]
		r.s = r.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if v > 1<<31-1 {
		r.fail()
		return 0
	}
	return int(v)
}

// count reads how many items follow, each of at least min bytes, failing
// rather than believing in more than the rest could hold.
func (r *entryReader) count(min int) int {
	n := r.num()
	if n > len(r.s)/min {
		r.fail()
		return 0
	}
	return n
}

func (r *entryReader) byte() uint8 {
	if r.s == "" {
		r.fail()
		return 0
	}
	c := r.s[0]
	r.s = r.s[1:]
	return c
}

func (r *entryReader) str() string {
	n := r.num()
	if n > len(r.s) {
		r.fail()
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}
