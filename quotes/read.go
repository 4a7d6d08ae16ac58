package quotes

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"path"
	"strings"
)

// readArticle reads and parses one listed article file. sum identifies its
// text, so that a copy under another name is noticed.
func readArticle(fsys fs.FS, f articleFile) (a *Article, sum [32]byte, err error) {
	data, err := readCapped(fsys, f.read)
	if err != nil {
		return nil, sum, err
	}
	sum = sha256.Sum256(bytes.TrimSpace(data))
	if !isHTMLName(f.path) {
		a, err = ParseArticle(f.path, data)
		return a, sum, err
	}
	meta, err := readSidecar(fsys, f.read)
	if err != nil {
		return nil, sum, err
	}
	a, err = ParseHTMLArticle(f.path, data, meta)
	return a, sum, err
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
	data, err := readCapped(fsys, meta)
	if err != nil {
		return nil, errors.New(path.Base(meta) + ": " + err.Error())
	}
	return data, nil
}
