package quotes

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"strings"

	"quotebot/quotes/extract"
)

// indexVersion names how an index is built from extracted articles, and
// how a saved one is laid out: the words a text splits into, the
// settling of speakers and IDs, the grouping of statements, the postings.
// Bump it with any change to them: a saved index of another version is
// built anew from the cache. TestIndexVersion fails until it moves when
// what is built changes.
const indexVersion = 1

// indexMagic starts a saved index.
const indexMagic = "qbi\n"

// savedIndex is the file of the cache that holds the last index built.
const savedIndex = "index"

// errSaved is the problem of a saved index that cannot be trusted.
var errSaved = errors.New("saved index unusable")

// saveIndex keeps ix as the last index built, atomically. A failure is
// kept for Err, as any write's.
func (c *Cache) saveIndex(ix *Index) {
	c.mu.Lock()
	failed := c.failed
	c.mu.Unlock()
	if failed != nil {
		return
	}
	err := func() error {
		tmp, name, err := c.createTemp()
		if err != nil {
			return err
		}
		w := newIndexWriter(tmp, ix.texts.size()+ix.sentences.size())
		ix.save(w)
		err = errors.Join(w.finish(), tmp.Close())
		if err == nil {
			err = c.root.Rename(name, savedIndex)
		}
		if err != nil {
			c.root.Remove(name)
		}
		return err
	}()
	if err != nil {
		c.mu.Lock()
		if c.failed == nil {
			c.failed = fmt.Errorf("cache: saving the index: %w", unwrapPath(err))
		}
		c.mu.Unlock()
	}
}

// loadIndex returns the last index saved, if it is whole and of this
// version.
func (c *Cache) loadIndex() (*Index, error) {
	f, err := c.root.Open(savedIndex)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return readIndex(f, info.Size())
}

// save writes what ix cannot quickly work out again.
func (ix *Index) save(w *indexWriter) {
	w.raw([]byte(indexMagic))
	w.u32(indexVersion)
	w.u32(cacheVersion)
	w.u32(extract.Version)
	w.u64(uint64(ix.n))
	w.strList(ix.texts)
	w.u64s(ix.ids)
	w.u64(uint64(len(ix.oddIDs)))
	for d := range ix.n {
		if s, ok := ix.oddIDs[uint32(d)]; ok {
			w.u32(uint32(d))
			w.str(s)
		}
	}
	w.u32s(ix.offsets)
	w.bytes(ix.flags)
	w.u16s(ix.cueOf)
	w.u32s(ix.rawOf)
	w.u32s(ix.speakerOf)
	w.packed(ix.alsoIn)
	w.u64(uint64(len(ix.speakerPairs)))
	for _, p := range ix.speakerPairs {
		w.u32(p[0])
		w.u32(p[1])
	}
	w.u32s(ix.sentDocs)
	w.strList(ix.sentences)
	w.packed(ix.docTerms)
	w.strs(ix.vocab.terms)
	w.packed(ix.postings)
	w.u32s(ix.df)
	w.strList(ix.names)
	w.strs(ix.speakers)
	w.strs(ix.cues)
	w.u64(uint64(len(ix.arts)))
	for _, a := range ix.arts {
		for _, s := range []string{a.path, a.outlet, a.title, a.url, a.published} {
			w.str(s)
		}
		w.raw(a.key[:])
		for _, v := range []uint32{a.first, a.count, a.forms[0], a.forms[1]} {
			w.u32(v)
		}
		w.u64(uint64(len(a.problems)))
		for _, p := range a.problems {
			kind := problemKind(p.Err)
			w.u32(uint32(max(0, min(p.Line, math.MaxInt32))))
			w.raw([]byte{kind})
			w.str(p.Path)
			if kind == problemText {
				w.str(p.Err.Error())
			} else {
				w.str("")
			}
		}
	}
	w.u64(uint64(len(ix.forms)))
	for _, f := range ix.forms {
		w.u32(f.name)
		w.u32(f.n)
	}
	w.u64(uint64(len(ix.files)))
	for _, f := range ix.files {
		s := f.stamp
		for _, v := range []uint64{s.dev, s.ino, uint64(s.size), uint64(s.mtime), uint64(s.ctime)} {
			w.u64(v)
		}
		w.raw(f.sum[:])
	}
}

// readIndex reads a saved index of size bytes, checks that it holds
// together, and works out the rest.
func readIndex(src io.Reader, size int64) (*Index, error) {
	r := newIndexReader(src, size)
	if string(r.raw(len(indexMagic))) != indexMagic || r.u32() != indexVersion || r.u32() != cacheVersion || r.u32() != extract.Version {
		return nil, errSaved
	}
	ix := &Index{n: r.count(1)}
	ix.texts = r.strList()
	ix.ids = r.u64s()
	odd := r.count(4 + 8)
	for range odd {
		d := r.u32()
		s := r.str()
		if ix.oddIDs == nil {
			ix.oddIDs = map[uint32]string{}
		}
		ix.oddIDs[d] = s
	}
	ix.offsets = r.u32s()
	ix.flags = r.blob()
	ix.cueOf = r.u16s()
	ix.rawOf = r.u32s()
	ix.speakerOf = r.u32s()
	ix.alsoIn = r.packed()
	if k := r.count(8); k > 0 {
		ix.speakerPairs = make([][2]uint32, k)
	}
	for i := range ix.speakerPairs {
		ix.speakerPairs[i] = [2]uint32{r.u32(), r.u32()}
	}
	ix.sentDocs = r.u32s()
	ix.sentences = r.strList()
	ix.docTerms = r.packed()
	terms := r.strs()
	ix.postings = r.packed()
	ix.df = r.u32s()
	ix.names = r.strList()
	ix.speakers = r.strs()
	ix.cues = r.strs()
	ix.arts = r.articles()
	ix.forms = make([]nameCount, r.count(8))
	for i := range ix.forms {
		ix.forms[i] = nameCount{r.u32(), r.u32()}
	}
	ix.files = r.files()
	if err := r.finish(); err != nil {
		return nil, err
	}
	if err := ix.check(len(terms)); err != nil {
		return nil, err
	}
	ix.settle(terms)
	return ix, nil
}

// articles reads the articles of a saved index.
func (r *indexReader) articles() []articleRec {
	arts := make([]articleRec, r.count(5*8+32+4*4+8))
	for i := range arts {
		a := &arts[i]
		a.path, a.outlet, a.title, a.url, a.published = r.str(), r.str(), r.str(), r.str(), r.str()
		copy(a.key[:], r.raw(len(a.key)))
		a.first, a.count, a.forms[0], a.forms[1] = r.u32(), r.u32(), r.u32(), r.u32()
		if k := r.count(4 + 1 + 8 + 8); k > 0 {
			a.problems = make([]Problem, k)
		}
		for j := range a.problems {
			line := int(r.u32())
			kind := r.byte()
			suffix, msg := r.str(), r.str()
			if kind > problemUnknownOutlet {
				r.fail()
				break
			}
			a.problems[j] = Problem{Path: suffix, Line: line, Err: problemErr(kind, msg)}
		}
	}
	return arts
}

// files reads what the articles' files were, nil when not known.
func (r *indexReader) files() []fileState {
	k := r.count(5*8 + 32)
	if k == 0 {
		return nil
	}
	files := make([]fileState, k)
	for i := range files {
		f := &files[i]
		f.stamp = fileStamp{dev: r.u64(), ino: r.u64(), size: int64(r.u64()), mtime: int64(r.u64()), ctime: int64(r.u64())}
		copy(f.sum[:], r.raw(len(f.sum)))
	}
	return files
}

// check verifies that what was read of a saved index holds together,
// so that nothing searched or shown reads out of bounds.
func (ix *Index) check(nterms int) error {
	n := ix.n
	if len(ix.ids) != n || len(ix.offsets) != n || len(ix.flags) != n || len(ix.cueOf) != n ||
		len(ix.rawOf) != n || len(ix.speakerOf) != n || len(ix.df) != nterms || len(ix.speakers) == 0 || len(ix.cues) == 0 ||
		ix.texts.len() != n || ix.sentences.len() != len(ix.sentDocs) || ix.names.len() == 0 {
		return errSaved
	}
	for _, l := range []strList{ix.texts, ix.sentences, ix.names} {
		if !l.valid() {
			return errSaved
		}
	}
	for d, s := range ix.oddIDs {
		if int(d) >= n || s == "" {
			return errSaved
		}
	}
	if err := ix.checkDocs(); err != nil {
		return err
	}
	if ix.alsoIn.len() != n || ix.alsoIn.check(true, uint32(n)) != nil ||
		ix.docTerms.len() != n || ix.docTerms.check(false, uint32(nterms)) != nil ||
		ix.postings.len() != nterms || ix.postings.check(true, uint32(n)) != nil {
		return errSaved
	}
	var buf []uint32
	for t := range nterms {
		if buf = ix.postings.appendList(buf[:0], t, true); len(buf) != int(ix.df[t]) {
			return errSaved
		}
	}
	return nil
}

// checkDocs verifies what a saved index says of each quotation and
// article.
func (ix *Index) checkDocs() error {
	n := ix.n
	for d := range n {
		if ix.flags[d]&^(kindMask|partialFlag) != 0 || int(ix.cueOf[d]) >= len(ix.cues) ||
			int(ix.rawOf[d]) >= ix.names.len() || int(ix.speakerOf[d]) >= len(ix.speakers) {
			return errSaved
		}
	}
	for _, p := range ix.speakerPairs {
		if int(p[0]) >= n || int(p[1]) >= n {
			return errSaved
		}
	}
	for i, d := range ix.sentDocs {
		if int(d) >= n || i > 0 && d <= ix.sentDocs[i-1] {
			return errSaved
		}
	}
	next := uint32(0)
	for _, a := range ix.arts {
		if a.first != next || uint64(a.first)+uint64(a.count) > uint64(n) || a.forms[0] > a.forms[1] || int(a.forms[1]) > len(ix.forms) {
			return errSaved
		}
		next = a.first + a.count
	}
	if int(next) != n || ix.files != nil && len(ix.files) != len(ix.arts) {
		return errSaved
	}
	for _, f := range ix.forms {
		if int(f.name) >= ix.names.len() {
			return errSaved
		}
	}
	return nil
}

// settle works out what a saved index leaves out, as building does.
func (ix *Index) settle(terms []string) {
	ix.articleOf = make([]uint32, ix.n)
	for ai, a := range ix.arts {
		for d := a.first; d < a.first+a.count; d++ {
			ix.articleOf[d] = uint32(ai)
		}
	}
	ix.speakerWords = nameWords(ix.speakers)
	ix.unnamed = ix.unnamedSpeakers()
	ix.numberOutlets()
	ix.settleIDs()
	ix.version = ix.versionOf()
	ix.vocab = newVocabulary(terms)
	ix.setIDF(terms)
	ix.dense = newDenseTerms(&ix.postings, ix.df, ix.n)
}

// valid reports whether the offsets of l, as read, ascend within its
// one chunk.
func (l *strList) valid() bool {
	if len(l.off) == 0 || l.off[0] != 0 || l.size() != len(l.chunks[0]) {
		return false
	}
	for i := 1; i < len(l.off); i++ {
		if l.off[i] < l.off[i-1] {
			return false
		}
	}
	return true
}

// indexWriter writes a saved index, little-endian, with a running
// CRC-32C that it appends at the end.
type indexWriter struct {
	w   *bufio.Writer
	crc *summedWriter
	buf []byte
}

// newIndexWriter returns a writer to w of an index of about size bytes.
func newIndexWriter(w io.Writer, size int) *indexWriter {
	crc := &summedWriter{w: w}
	return &indexWriter{w: bufio.NewWriterSize(crc, min(max(size/64, 4<<10), 1<<20)), crc: crc}
}

// summedWriter writes to w and keeps the CRC-32C of what it wrote. It
// takes the buffer's bytes as they go, where io.MultiWriter would copy
// each string written whole, the text of a million quotations in one.
type summedWriter struct {
	w   io.Writer
	sum uint32
}

func (s *summedWriter) Write(p []byte) (int, error) {
	s.sum = crc32.Update(s.sum, castagnoli, p)
	return s.w.Write(p)
}

func (w *indexWriter) raw(b []byte) { w.w.Write(b) }
func (w *indexWriter) u32(v uint32) { w.raw(binary.LittleEndian.AppendUint32(w.buf[:0], v)) }
func (w *indexWriter) u64(v uint64) { w.raw(binary.LittleEndian.AppendUint64(w.buf[:0], v)) }
func (w *indexWriter) str(s string) { w.u64(uint64(len(s))); w.w.WriteString(s) }

func (w *indexWriter) bytes(b []byte) { w.u64(uint64(len(b))); w.raw(b) }

func (w *indexWriter) strs(ss []string) {
	w.u64(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

// numbers writes n numbers of size bytes, put by put into the buffer.
func (w *indexWriter) numbers(n, size int, put func(b []byte, i int) []byte) {
	w.u64(uint64(n))
	for i := 0; i < n; {
		b := w.buf[:0]
		for ; i < n && len(b)+size <= 64<<10; i++ {
			b = put(b, i)
		}
		w.raw(b)
		w.buf = b[:0]
	}
}

func (w *indexWriter) u16s(v []uint16) {
	w.numbers(len(v), 2, func(b []byte, i int) []byte { return binary.LittleEndian.AppendUint16(b, v[i]) })
}

func (w *indexWriter) u32s(v []uint32) {
	w.numbers(len(v), 4, func(b []byte, i int) []byte { return binary.LittleEndian.AppendUint32(b, v[i]) })
}

func (w *indexWriter) u64s(v []uint64) {
	w.numbers(len(v), 8, func(b []byte, i int) []byte { return binary.LittleEndian.AppendUint64(b, v[i]) })
}

func (w *indexWriter) strList(l strList) {
	w.u64(uint64(l.size()))
	for _, c := range l.chunks {
		w.w.WriteString(c)
	}
	w.u32s(l.off)
}

func (w *indexWriter) packed(p packedLists) {
	w.bytes(p.data)
	w.u32s(p.start)
}

// finish writes the checksum and flushes.
func (w *indexWriter) finish() error {
	if err := w.w.Flush(); err != nil {
		return err
	}
	sum := w.crc.sum
	_, err := w.w.Write(binary.LittleEndian.AppendUint32(nil, sum))
	if err != nil {
		return err
	}
	return w.w.Flush()
}

// indexReader reads a saved index, never believing in more than the rest
// of the file could hold; an error sticks, and reads after it give zero
// values.
type indexReader struct {
	r    *bufio.Reader
	crc  hash.Hash32
	left int64 // bytes before the checksum
	err  error
	buf  []byte
}

func newIndexReader(r io.Reader, size int64) *indexReader {
	crc := crc32.New(castagnoli)
	ir := &indexReader{r: bufio.NewReaderSize(r, 64<<10), crc: crc, left: size - 4}
	if ir.left < 0 {
		ir.err = errSaved
	}
	return ir
}

func (r *indexReader) fail() {
	if r.err == nil {
		r.err = errSaved
	}
}

// raw reads n bytes into a buffer it reuses.
func (r *indexReader) raw(n int) []byte {
	if r.err != nil || int64(n) > r.left {
		r.fail()
		return nil
	}
	if cap(r.buf) < n {
		r.buf = make([]byte, n)
	}
	b := r.buf[:n]
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = errSaved
		return nil
	}
	r.crc.Write(b)
	r.left -= int64(n)
	return b
}

func (r *indexReader) byte() byte {
	b := r.raw(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *indexReader) u32() uint32 {
	b := r.raw(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

func (r *indexReader) u64() uint64 {
	b := r.raw(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// count reads how many items of at least size bytes follow.
func (r *indexReader) count(size int) int {
	v := r.u64()
	if v > uint64(r.left)/uint64(size) || v > math.MaxInt32 {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *indexReader) str() string {
	n := r.count(1)
	if n == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(n)
	for n > 0 && r.err == nil {
		chunk := r.raw(min(n, 1<<20))
		b.Write(chunk)
		n -= len(chunk)
	}
	return b.String()
}

func (r *indexReader) strs() []string {
	out := make([]string, r.count(8))
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *indexReader) blob() []byte {
	n := r.count(1)
	out := make([]byte, 0, n)
	for len(out) < n && r.err == nil {
		out = append(out, r.raw(min(n-len(out), 1<<20))...)
	}
	return out
}

// numbers reads numbers of size bytes, each taken by get.
func numbers[T any](r *indexReader, size int, get func(b []byte) T) []T {
	n := r.count(size)
	out := make([]T, n)
	for i := 0; i < n && r.err == nil; {
		b := r.raw(min(n-i, (64<<10)/size) * size)
		for j := 0; j < len(b); j += size {
			out[i] = get(b[j:])
			i++
		}
	}
	return out
}

func (r *indexReader) u16s() []uint16 { return numbers(r, 2, binary.LittleEndian.Uint16) }
func (r *indexReader) u32s() []uint32 { return numbers(r, 4, binary.LittleEndian.Uint32) }
func (r *indexReader) u64s() []uint64 { return numbers(r, 8, binary.LittleEndian.Uint64) }

func (r *indexReader) strList() strList {
	data := r.str()
	return strList{chunks: []string{data}, base: []uint32{0}, off: r.u32s()}
}

func (r *indexReader) packed() packedLists {
	data := r.blob()
	return packedLists{data: data, start: r.u32s()}
}

// finish reads the checksum and compares it.
func (r *indexReader) finish() error {
	if r.err != nil {
		return r.err
	}
	if r.left != 0 {
		return errSaved
	}
	want := r.crc.Sum32()
	var b [4]byte
	if _, err := io.ReadFull(r.r, b[:]); err != nil || binary.LittleEndian.Uint32(b[:]) != want {
		return errSaved
	}
	return nil
}
