package library

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"syscall"
)

// change runs f on the data folder, one change at a time.
func (l *Library) change(f func(root *os.Root) error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	root, err := l.openRoot()
	if err != nil {
		return err
	}
	defer root.Close()
	return f(root)
}

// openRoot opens the data folder as an os.Root, through which no path
// can lead out of it.
func (l *Library) openRoot() (*os.Root, error) {
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return nil, fmt.Errorf("data folder %s: %w", l.dir, unwrapPath(err))
	}
	return root, nil
}

// DefaultMinFree is the free space an add leaves on the data folder's
// disk: feeds that keep listing new pages must not fill it.
const DefaultMinFree = 256 << 20

// ErrDiskFull is the problem of an add that would leave too little free
// space.
var ErrDiskFull = errors.New("the data folder's disk is nearly full")

// roomFor checks that writing n bytes leaves l.minFree bytes free. When
// the free space cannot be told, the write goes ahead and fails by itself
// if it must.
func (l *Library) roomFor(n int) error {
	var st syscall.Statfs_t
	if syscall.Statfs(l.dir, &st) != nil {
		return nil
	}
	free := int64(st.Bavail) * int64(st.Bsize)
	if free-int64(n) < l.minFree {
		return fmt.Errorf("%w: %d MiB free, and quotebot keeps %d MiB", ErrDiskFull, free>>20, l.minFree>>20)
	}
	return nil
}

// writeAll writes each file (a suffix of name, and its content) to a
// temporary file in the folder and then renames them all into place; if
// anything fails, what was already renamed is removed again, so the folder
// is as it was.
func writeAll(root *os.Root, name string, files [][2]string) error {
	temps := make([]string, 0, len(files))
	defer func() {
		for _, t := range temps {
			root.Remove(t) // gone already when renamed
		}
	}()
	for _, f := range files {
		t, err := writeTemp(root, []byte(f[1]))
		if t != "" {
			temps = append(temps, t)
		}
		if err != nil {
			return err
		}
	}
	var placed []string
	for i, f := range files {
		if err := root.Rename(temps[i], name+f[0]); err != nil {
			for _, p := range placed {
				root.Remove(p)
			}
			return err
		}
		placed = append(placed, name+f[0])
	}
	return nil
}

// writeTemp writes data to a new hidden file, which loading skips, and
// syncs it, so that a rename never exposes a partly written article.
func writeTemp(root *os.Root, data []byte) (string, error) {
	var b [8]byte
	rand.Read(b[:])
	name := ".adding-" + hex.EncodeToString(b[:])
	f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	_, werr := f.Write(data)
	serr := f.Sync()
	cerr := f.Close()
	return name, errors.Join(werr, serr, cerr)
}
