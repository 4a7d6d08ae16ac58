package quotes

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"slices"
	"sync"

	"quotebot/quotes/extract"
)

// builder gathers articles, in the order the index lists them, and builds
// an index of them. An article is either extracted (add) or taken over
// from a previous index (reuse), whose split of the quotations into words
// is then kept, so that a refresh splits only what changed.
type builder struct {
	prev   *Index // reuse takes from it; nil when nothing is reused
	bodies bool

	arts    []articleRec
	texts   strListBuilder
	ids     []uint64
	oddIDs  map[uint32]string
	offsets []uint32
	flags   []uint8
	cueOf   []uint32 // in cues
	rawOf   []uint32 // in names
	from    []int32  // the previous index's document of the same words, -1 for none
	// docTerms are the words of each document, numbered by vocab, packed
	// as they come: a third of the room of an array of numbers, and no
	// packing at the end.
	docTerms  packedBuilder
	vocab     vocabBuilder
	sentDocs  []uint32
	sentences strListBuilder
	forms     []nameCount
	files     []fileState // by article, once one is known
	names     *interner
	cues      *interner

	// prevNames and prevCues map the previous index's names and cues to
	// the builder's, 0 when not yet mapped (name 0 is "" in both).
	prevNames, prevCues []uint32

	// rename is each speaker's canonical name, once finish has settled
	// them.
	rename map[string]string
}

func newBuilder(prev *Index, bodies bool) *builder {
	b := &builder{prev: prev, bodies: bodies, names: newInterner(), cues: newInterner()}
	if prev != nil {
		b.prevNames = make([]uint32, prev.names.len())
		b.prevCues = make([]uint32, len(prev.cues))
		// The previous index's terms keep their numbers, so that its
		// documents' words are copied as they are.
		b.vocab.terms = slices.Clone(prev.vocab.terms)
	}
	return b
}

// grow makes room for arts more articles holding docs more quotations of
// textBytes bytes of text and wordBytes bytes of packed words in all, so
// that adding them copies nothing twice.
func (b *builder) grow(arts, docs, textBytes, wordBytes int) {
	b.arts = room(b.arts, arts)
	if textBytes > 0 {
		b.texts.grow(textBytes)
	}
	b.ids = room(b.ids, docs)
	b.offsets = room(b.offsets, docs)
	b.flags = room(b.flags, docs)
	b.cueOf = room(b.cueOf, docs)
	b.rawOf = room(b.rawOf, docs)
	b.from = room(b.from, docs)
	b.texts.off = room(b.texts.off, docs+1)
	b.docTerms.grow(docs, wordBytes)
}

// room returns s with room for n more elements, as slices.Grow does, but
// for clearing them: the allocator gives memory fresh from the system
// cleared already, and the builder fills its arrays, a hundred megabytes
// for a million quotations, by appending.
func room[T any](s []T, n int) []T {
	if n <= cap(s)-len(s) {
		return s
	}
	t := make([]T, len(s), len(s)+n)
	copy(t, s)
	return t
}

// add appends an extracted article found at path, key naming what it was
// extracted from, file what the file was, w its quotations' words, which
// the builder has taken.
func (b *builder) add(path string, key [32]byte, x *extracted, file fileState, w *splitWords) {
	b.addFile(file)
	b.addArticle(path, key, x, len(x.quotes))
	for i := range x.quotes {
		b.addQuote(&x.quotes[i])
	}
	b.addWords(w)
}

// addWords appends the words w of the quotations of the last article
// added.
func (b *builder) addWords(w *splitWords) {
	for k := range len(w.start) - 1 {
		b.vocab.addDoc(&b.docTerms, w, k)
	}
}

// addArticle appends the article x, without its quotations: the next n
// quotations added are its.
func (b *builder) addArticle(path string, key [32]byte, x *extracted, n int) {
	a := articleRec{path: path, outlet: x.outlet, title: x.title, url: x.url, published: x.published,
		key: key, first: uint32(len(b.ids)), count: uint32(n), problems: x.problems}
	if b.bodies {
		a.body = x.body
	}
	a.forms[0] = uint32(len(b.forms))
	for _, f := range x.forms {
		b.forms = append(b.forms, nameCount{b.names.id(f.name), uint32(max(0, min(f.n, math.MaxUint32)))})
	}
	a.forms[1] = uint32(len(b.forms))
	b.arts = append(b.arts, a)
}

// addQuote appends a quotation of the last article added.
func (b *builder) addQuote(q *extractedQuote) {
	key, odd := idKey(q.id)
	if odd {
		if b.oddIDs == nil {
			b.oddIDs = map[uint32]string{}
		}
		b.oddIDs[uint32(len(b.ids))] = q.id
	}
	flags := uint8(q.kind) & kindMask
	if q.partial {
		flags |= partialFlag
	}
	b.doc(q.text, key, uint32(max(0, min(q.offset, math.MaxUint32))), flags, b.cues.id(q.cue), b.names.id(q.speaker), -1, q.sentence)
}

// addFile records what the file of the article about to be added was.
func (b *builder) addFile(file fileState) {
	switch {
	case b.files != nil:
		b.files = append(b.files, file)
	case file != fileState{}:
		b.files = append(make([]fileState, len(b.arts), cap(b.arts)), file)
	}
}

// reuse appends article ai of the previous index, now found at path,
// file being what its file is now.
func (b *builder) reuse(path string, ai int, file fileState) {
	b.addFile(file)
	p := b.prev
	pa := &p.arts[ai]
	a := *pa
	a.path, a.first = path, uint32(len(b.ids))
	if !b.bodies {
		a.body = ""
	}
	a.forms[0] = uint32(len(b.forms))
	for _, f := range p.forms[pa.forms[0]:pa.forms[1]] {
		b.forms = append(b.forms, nameCount{b.prevName(f.name), f.n})
	}
	a.forms[1] = uint32(len(b.forms))
	b.arts = append(b.arts, a)
	// The article's documents are consecutive in both indexes: their
	// arrays are copied a range at a time.
	from, to := int(pa.first), int(pa.first+pa.count)
	at := len(b.ids)
	b.texts.addRange(&p.texts, from, to)
	b.ids = append(b.ids, p.ids[from:to]...)
	b.offsets = append(b.offsets, p.offsets[from:to]...)
	b.flags = append(b.flags, p.flags[from:to]...)
	for d := from; d < to; d++ {
		b.cueOf = append(b.cueOf, b.prevCue(p.cueOf[d]))
		b.rawOf = append(b.rawOf, b.prevName(p.rawOf[d]))
		b.from = append(b.from, int32(d))
	}
	b.docTerms.addRange(&p.docTerms, from, to)
	for d := from; d < to && len(p.oddIDs) > 0; d++ {
		if s, ok := p.oddIDs[uint32(d)]; ok {
			if b.oddIDs == nil {
				b.oddIDs = map[uint32]string{}
			}
			b.oddIDs[uint32(at+d-from)] = s
		}
	}
	i, _ := slices.BinarySearch(p.sentDocs, uint32(from))
	for ; i < len(p.sentDocs) && int(p.sentDocs[i]) < to; i++ {
		b.sentDocs = append(b.sentDocs, uint32(at)+p.sentDocs[i]-uint32(from))
		b.sentences.add(p.sentences.at(i))
	}
}

// prevCue maps cue c of the previous index to the builder's.
func (b *builder) prevCue(c uint16) uint32 {
	if c == 0 {
		return 0
	}
	if id := b.prevCues[c]; id != 0 {
		return id
	}
	id := b.cues.id(b.prev.cues[c])
	b.prevCues[c] = id
	return id
}

// prevName maps name n of the previous index to the builder's.
func (b *builder) prevName(n uint32) uint32 {
	if n == 0 {
		return 0
	}
	if id := b.prevNames[n]; id != 0 {
		return id
	}
	id := b.names.id(b.prev.names.at(int(n)))
	b.prevNames[n] = id
	return id
}

// doc appends one document.
func (b *builder) doc(text string, key uint64, offset uint32, flags uint8, cue, raw uint32, from int32, sentence string) {
	d := uint32(len(b.ids))
	b.texts.add(text)
	b.ids = append(b.ids, key)
	b.offsets = append(b.offsets, offset)
	b.flags = append(b.flags, flags)
	b.cueOf = append(b.cueOf, cue)
	b.rawOf = append(b.rawOf, raw)
	b.from = append(b.from, from)
	if sentence != "" {
		b.sentDocs = append(b.sentDocs, d)
		b.sentences.add(sentence)
	}
}

// finish builds the index of what was added. The builder must not be used
// again.
func (b *builder) finish() *Index {
	ix := &Index{
		n: len(b.ids), ids: fit(b.ids), oddIDs: b.oddIDs, offsets: fit(b.offsets), flags: fit(b.flags),
		rawOf: fit(b.rawOf), sentDocs: fit(b.sentDocs), arts: fit(b.arts), forms: fit(b.forms),
		names: b.names.list(), files: fit(b.files),
	}
	ix.articleOf = make([]uint32, ix.n)
	for ai, a := range ix.arts {
		for d := a.first; d < a.first+a.count; d++ {
			ix.articleOf[d] = uint32(ai)
		}
	}
	docTerms, terms := b.docTerms.lists(), b.vocab.terms
	if b.prev != nil {
		terms, docTerms = renumber(terms, &docTerms)
	}
	// The rest of the index is built on one core while statements are
	// grouped on the other, once the speakers are settled: grouping takes
	// longest, and a goroutine for each part would share the cores out
	// evenly, holding it up.
	var rest sync.WaitGroup
	rest.Go(func() {
		ix.numberOutlets()
		ix.numberCues(b.cues.list(), b.cueOf)
		ix.settleIDs()
		ix.version = ix.versionOf()
		ix.texts, ix.sentences = b.texts.list(), b.sentences.list()
		ix.vocab = newVocabulary(terms)
		ix.indexTerms(&docTerms, terms)
		ix.docTerms = docTerms
	})
	b.settleSpeakers(ix)
	ix.groupStatements(&docTerms, terms, b.prev, b.from)
	rest.Wait()
	return ix
}

// renumber numbers the terms in the order they first come in docTerms,
// as splitting every document anew would, so that an index built on a
// previous one is the very index a fresh build makes; terms no document
// holds any more, as after a refresh that removed articles, are dropped:
// a term the index does not hold must not be offered as what a query
// word may stand for.
func renumber(terms []string, docTerms *packedLists) ([]string, packedLists) {
	const unseen = math.MaxUint32
	to := make([]uint32, len(terms))
	for i := range to {
		to[i] = unseen
	}
	var kept []string
	var pb packedBuilder
	pb.grow(docTerms.len(), len(docTerms.data))
	var buf []uint32
	for d := range docTerms.len() {
		buf = docTerms.appendList(buf[:0], d, false)
		for i, t := range buf {
			if to[t] == unseen {
				to[t] = uint32(len(kept))
				kept = append(kept, terms[t])
			}
			buf[i] = to[t]
		}
		pb.add(buf, false)
	}
	return kept, pb.lists()
}

// indexTerms fills the postings and the rarity of every term, and the
// bits of the dense ones. The postings are written packed where they
// stand: one pass over the documents finds the bytes each term's list
// takes, a second writes them. An array of every posting on the way
// would take sixty megabytes for a million quotations, each new page of
// which the system maps at a cost.
func (ix *Index) indexTerms(docTerms *packedLists, terms []string) {
	df := make([]uint32, len(terms))
	start := make([]uint32, len(terms)+1)
	last := make([]uint32, len(terms)) // document+1 that listed the term last
	var buf []uint32
	for d := range ix.n {
		buf = docTerms.appendList(buf[:0], d, false)
		for _, t := range buf {
			if l := last[t]; l != uint32(d+1) {
				start[t+1] += uint32(uvarintLen(postingGap(d, l)))
				last[t] = uint32(d + 1)
				df[t]++
			}
		}
	}
	for t := range terms {
		start[t+1] += start[t]
	}
	data := make([]byte, start[len(terms)])
	at := slices.Clone(start[:len(terms)])
	clear(last)
	for d := range ix.n {
		buf = docTerms.appendList(buf[:0], d, false)
		for _, t := range buf {
			if l := last[t]; l != uint32(d+1) {
				at[t] = uint32(putUvarint(data, int(at[t]), postingGap(d, l)))
				last[t] = uint32(d + 1)
			}
		}
	}
	ix.postings, ix.df = packedLists{data: data, start: start}, df
	ix.setIDF(terms)
	ix.dense = newDenseTerms(&ix.postings, ix.df, ix.n)
}

// postingGap is what document d adds to the packed postings of a term
// whose last document, plus one, is last (0 for none): the gap from it,
// or d itself for the first, as packedBuilder.add writes ascending lists.
func postingGap(d int, last uint32) uint32 { return uint32(d) + 1 - max(last, 1) }

// setIDF sets the rarity of every term from how many documents hold it.
func (ix *Index) setIDF(terms []string) {
	ix.idf = make([]float32, len(terms))
	n := float64(ix.n)
	for t := range terms {
		ix.idf[t] = float32(idf(n, float64(ix.df[t])))
		if stopwords[terms[t]] {
			ix.idf[t] *= stopwordWeight
		}
	}
}

// stopwordWeight scales down words such as "the" and "of", which match
// almost anything.
const stopwordWeight = 0.2

// settleSpeakers gives every quotation's speaker one name across the
// whole index (see extract.CanonicalNames) and numbers the speakers in
// the order they first speak.
func (b *builder) settleSpeakers(ix *Index) {
	forms := map[string]int{}
	for _, f := range ix.forms {
		forms[ix.names.at(int(f.name))] += int(f.n)
	}
	// A person's name counts once, where it first appears: clusters form
	// the same. Organisations count at every quotation: the commonest
	// spelling wins.
	speakers := make([]extract.Speaker, 0, ix.n)
	seen := make([]bool, ix.names.len())
	for d, raw := range ix.rawOf {
		kind := extract.Kind(ix.flags[d] & kindMask)
		if kind == extract.Person {
			if seen[raw] {
				continue
			}
			seen[raw] = true
		}
		speakers = append(speakers, extract.Speaker{Name: ix.names.at(int(raw)), Kind: kind})
	}
	b.rename = extract.CanonicalNames(forms, speakers)
	canon := make([]uint32, ix.names.len()) // raw name → speaker+1
	ids := map[string]uint32{}
	ix.speakers = []string{""}
	ix.speakerOf = make([]uint32, ix.n)
	for d, raw := range ix.rawOf {
		if raw == 0 {
			continue
		}
		if canon[raw] == 0 {
			name := ix.names.at(int(raw))
			if r, ok := b.rename[name]; ok {
				name = r
			}
			id, ok := ids[name]
			if !ok {
				id = uint32(len(ix.speakers))
				ids[name] = id
				ix.speakers = append(ix.speakers, name)
			}
			canon[raw] = id + 1
		}
		ix.speakerOf[d] = canon[raw] - 1
	}
	ix.speakerWords = nameWords(ix.speakers)
	ix.unnamed = ix.unnamedSpeakers()
}

// isUnnamed reports whether speaker s is the description of somebody
// unnamed.
func (ix *Index) isUnnamed(s int) bool { return s < len(ix.unnamed) && ix.unnamed[s] }

// unnamedSpeakers marks the speakers that are only ever descriptions of
// somebody the articles keep unnamed.
func (ix *Index) unnamedSpeakers() []bool {
	unnamed := make([]bool, len(ix.speakers))
	named := make([]bool, len(ix.speakers))
	for d := range ix.n {
		s := ix.speakerOf[d]
		if extract.Kind(ix.flags[d]&kindMask) == extract.Unnamed {
			unnamed[s] = true
		} else {
			named[s] = true
		}
	}
	for s := range unnamed {
		unnamed[s] = unnamed[s] && !named[s]
	}
	return unnamed
}

// numberOutlets numbers the outlets in the order their quotations come.
func (ix *Index) numberOutlets() {
	ix.outlets = []string{""}
	ix.outletOf = make([]uint16, ix.n)
	ids := map[string]uint16{}
	for _, a := range ix.arts {
		if a.outlet == "" || a.count == 0 {
			continue
		}
		id, ok := ids[a.outlet]
		if !ok && len(ix.outlets) < math.MaxUint16 {
			id = uint16(len(ix.outlets))
			ids[a.outlet] = id
			ix.outlets = append(ix.outlets, a.outlet)
		}
		for d := a.first; d < a.first+a.count; d++ {
			ix.outletOf[d] = id
		}
	}
	ix.outletWords = nameWords(ix.outlets)
}

// numberCues keeps the cues, dropping those past what 16 bits number.
func (ix *Index) numberCues(cues strList, cueOf []uint32) {
	ix.cues = make([]string, min(cues.len(), math.MaxUint16))
	for i := range ix.cues {
		ix.cues[i] = cues.at(i)
	}
	ix.cueOf = make([]uint16, ix.n)
	for d, c := range cueOf {
		if c < math.MaxUint16 {
			ix.cueOf[d] = uint16(c)
		}
	}
}

func nameWords(names []string) [][]string {
	out := make([][]string, len(names))
	for i, n := range names {
		out[i] = words(n)
	}
	return out
}

// versionOf names the index by its quotations' IDs.
func (ix *Index) versionOf() string {
	h := sha256.New()
	var buf []byte
	for d := range ix.n {
		if ix.oddID(d) {
			buf = append(buf, ix.id(d)...)
			buf = append(buf, 0)
		} else {
			buf = binary.BigEndian.AppendUint64(buf, ix.finalKey(d))
		}
		if len(buf) > 4096 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:16])
}
