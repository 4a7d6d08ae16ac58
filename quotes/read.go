package quotes

import (
	"bytes"
	"crypto/sha256"
	"io/fs"
)

// readArticle reads and parses one listed article file. sum identifies its
// text, so that a copy under another name is noticed.
func readArticle(fsys fs.FS, f articleFile) (a *Article, sum [32]byte, err error) {
	data, err := readCapped(fsys, f.read)
	if err != nil {
		return nil, sum, err
	}
	sum = sha256.Sum256(bytes.TrimSpace(data))
	a, err = ParseArticle(f.path, data)
	return a, sum, err
}
