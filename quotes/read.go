package quotes

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"path"
	"strings"
	"time"
)

// articleData is an article file as read: the page and its sidecar for
// a web page, the file alone for text.
type articleData struct {
	path       string
	html       bool
	data, meta []byte
	// stamp is the file's before it was read, the zero stamp for a web
	// page, whose sidecar is part of it too.
	stamp fileStamp
}

// readArticle reads one listed article file with rd, its sidecar through
// fsys, at the time now.
func readArticle(rd fileReader, fsys fs.FS, f articleFile, now time.Time) (articleData, error) {
	data, st, ok, err := rd.read(f.read)
	if err != nil {
		return articleData{}, err
	}
	ad := articleData{path: f.path, html: isHTMLName(f.path), data: data}
	if !ad.html {
		ad.stamp = trusted(st, ok, now)
	}
	if ad.html {
		if ad.meta, err = readSidecar(fsys, f.read); err != nil {
			return articleData{}, err
		}
	}
	return ad, nil
}

// hashes returns sum, which identifies the article's text so that a copy
// under another name is noticed, and key, which names what extraction
// reads of the article: its kind, every byte of it and its sidecar, so
// that equal keys extract the same. The file is hashed once: key is made
// of sum and the spaces sum leaves out.
func (ad articleData) hashes() (sum, key [32]byte) {
	text := bytes.TrimSpace(ad.data)
	start := cap(ad.data) - cap(text)
	if len(text) == 0 {
		start = len(ad.data)
	}
	sum = sha256.Sum256(text)
	h := sha256.New()
	kind := "text"
	if ad.html {
		kind = "html"
	}
	h.Write([]byte("quotebot article " + kind + "\x00"))
	h.Write(sum[:])
	for _, part := range [][]byte{ad.data[:start], ad.data[start+len(text):], ad.meta} {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(part)))
		h.Write(n[:])
		h.Write(part)
	}
	h.Sum(key[:0])
	return sum, key
}

// parse extracts the article.
func (ad articleData) parse() (*Article, error) {
	if ad.html {
		return ParseHTMLArticle(ad.path, ad.data, ad.meta)
	}
	return ParseArticle(ad.path, ad.data)
}

// isHTMLName reports whether the article file at p is a web page.
func isHTMLName(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".html" || ext == ".htm"
}

// SidecarSuffix ends the name of the file that holds the metadata header
// of a web page: page.html's is page.html.meta. Its header beats what the
// page declares.
const SidecarSuffix = ".meta"

// readSidecar returns the sidecar of the page at p, nil when there is none.
func readSidecar(fsys fs.FS, p string) ([]byte, error) {
	meta := p + SidecarSuffix
	info, err := fs.Lstat(fsys, meta)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errors.Is(err, errors.ErrUnsupported):
		return nil, nil
	case err == nil && info.Mode()&fs.ModeSymlink != 0:
		if meta, err = resolveInside(fsys, meta); err != nil {
			return nil, errors.New(path.Base(p+SidecarSuffix) + ": " + err.Error())
		}
	}
	data, _, err := readCapped(fsys, meta)
	if err != nil {
		return nil, errors.New(path.Base(meta) + ": " + err.Error())
	}
	return data, nil
}
