package quotes

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"os"

	"quotebot/quotes/extract"
)

// A pack is a file of cache entries: a header, the entries end to end
// (each as appendEntry writes it, checked on its own), and a directory
// saying which key's entry starts where, followed by a trailer:
//
//	"qbp\n" cacheVersion:u32 extract.Version:u32
//	entry…
//	(key:[32]byte offset:u32 length:u32)…
//	count:u32 crc32c(directory, count):u32 "qbp\n"
//
// Reading the directories of a cache's packs tells where every entry is
// without reading the entries.
type pack struct {
	name string      // in the cache folder
	dir  []packEntry // nil when the directory cannot be trusted
	f    *os.File    // open for reading during a load, nil otherwise
}

// packEntry is one line of a pack's directory.
type packEntry struct {
	key    [32]byte
	off, n uint32
}

// entryAt is where the entry of a key is.
type entryAt struct {
	p      *pack
	off, n uint32
}

const (
	packMagic  = "qbp\n"
	packPrefix = "pack-"   // starts the names of packs
	packHead   = 4 + 4 + 4 // magic, versions
	packTail   = 4 + 4 + 4 // count, checksum, magic
	dirLine    = 32 + 4 + 4
	// packBytes is the size at which a pack is closed and another
	// begun: large enough that a million quotations take a dozen packs,
	// small enough that writing one again, to drop an entry, is quick.
	packBytes = 16 << 20
)

// packWriter writes a pack to a temporary file.
type packWriter struct {
	f    *os.File
	tmp  string // the file's name in the cache folder
	w    *bufio.Writer
	size int // bytes written so far
	dir  []packEntry
	buf  []byte // the entry being encoded
}

func newPackWriter(f *os.File, tmp string) *packWriter {
	w := &packWriter{f: f, tmp: tmp, w: bufio.NewWriterSize(f, 64<<10)}
	head := append([]byte(packMagic), make([]byte, 8)...)
	binary.LittleEndian.PutUint32(head[4:], cacheVersion)
	binary.LittleEndian.PutUint32(head[8:], extract.Version)
	w.w.Write(head)
	w.size = len(head)
	return w
}

// add appends what was extracted from what key names; an entry too large
// to be read back is left out.
func (w *packWriter) add(key [32]byte, x *extracted) error {
	w.buf = appendEntry(w.buf[:0], key, x)
	defer func() {
		if cap(w.buf) > 1<<20 {
			w.buf = nil // an outsized article's
		}
	}()
	if len(w.buf) > maxEntryBytes {
		return nil
	}
	return w.addEntry(key, w.buf)
}

// addEntry appends the entry e of key.
func (w *packWriter) addEntry(key [32]byte, e []byte) error {
	if _, err := w.w.Write(e); err != nil {
		return err
	}
	w.dir = append(w.dir, packEntry{key, uint32(w.size), uint32(len(e))})
	w.size += len(e)
	return nil
}

// full reports whether the pack is large enough to be closed.
func (w *packWriter) full() bool { return w.size >= packBytes }

// finish writes the directory and closes the file.
func (w *packWriter) finish() error {
	b := make([]byte, 0, len(w.dir)*dirLine+packTail)
	for _, e := range w.dir {
		b = append(b, e.key[:]...)
		b = binary.LittleEndian.AppendUint32(b, e.off)
		b = binary.LittleEndian.AppendUint32(b, e.n)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(w.dir)))
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	b = append(b, packMagic...)
	_, err := w.w.Write(b)
	return errors.Join(err, w.w.Flush(), w.f.Close())
}

// discard closes and removes the file of a pack that failed.
func (w *packWriter) discard(root *os.Root) {
	w.f.Close()
	root.Remove(w.tmp)
}

// readDirectory returns the directory of the pack name, nil when it is
// not whole and checked, or points outside the entries.
func (c *Cache) readDirectory(name string) []packEntry {
	f, err := c.root.Open(name)
	if err != nil {
		return nil
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil
	}
	dir, _ := parseDirectory(f, info.Size())
	return dir
}

// errPack is the problem of a pack whose directory cannot be trusted.
var errPack = errors.New("pack directory unusable")

// parseDirectory reads the directory of the pack r of size bytes.
func parseDirectory(r io.ReaderAt, size int64) ([]packEntry, error) {
	if size < packHead+packTail || size > 1<<32 {
		return nil, errPack
	}
	var tail [packTail]byte
	if _, err := r.ReadAt(tail[:], size-packTail); err != nil || string(tail[8:]) != packMagic {
		return nil, errPack
	}
	count := int64(binary.LittleEndian.Uint32(tail[:]))
	start := size - packTail - count*dirLine
	if start < packHead {
		return nil, errPack
	}
	b := make([]byte, count*dirLine+4)
	if _, err := r.ReadAt(b, start); err != nil || crc32.Checksum(b, castagnoli) != binary.LittleEndian.Uint32(tail[4:]) {
		return nil, errPack
	}
	dir := make([]packEntry, count)
	for i := range dir {
		line := b[i*dirLine:]
		e := packEntry{key: [32]byte(line), off: binary.LittleEndian.Uint32(line[32:]), n: binary.LittleEndian.Uint32(line[36:])}
		if int64(e.off) < packHead || int64(e.off)+int64(e.n) > start || e.n < uint32(entryHead+4) || e.n > maxEntryBytes {
			return nil, errPack
		}
		dir[i] = e
	}
	return dir, nil
}
