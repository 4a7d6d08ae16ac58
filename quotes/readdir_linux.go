package quotes

import (
	"encoding/binary"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"syscall"
)

// readDir lists the folder name of root, sorted by name, with each
// entry's type as the system gives it with the names. A Root's ReadDir
// asks for each entry's information as well: fifty thousand more system
// calls for a million quotations' folder, before any file is read.
func readDir(root *os.Root, name string) ([]fs.DirEntry, error) {
	dir, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	defer dir.Close()
	conn, err := dir.SyscallConn()
	if err != nil {
		return nil, err
	}
	var entries []fs.DirEntry
	buf := make([]byte, 64<<10)
	for {
		var n int
		var rerr error
		if err := conn.Control(func(fd uintptr) {
			rerr = retry(func() (err error) {
				n, err = syscall.ReadDirent(int(fd), buf)
				return err
			})
		}); err != nil {
			return nil, err
		}
		if rerr != nil {
			return nil, &fs.PathError{Op: "readdirent", Path: name, Err: rerr}
		}
		if n <= 0 {
			break
		}
		entries = appendDirents(entries, root, name, buf[:n])
	}
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return entries, nil
}

// appendDirents appends the entries of the folder dir that the records b
// of getdents64 name: inode, offset, record length, type, name ending in
// a zero byte.
func appendDirents(entries []fs.DirEntry, root *os.Root, dir string, b []byte) []fs.DirEntry {
	const nameAt = 8 + 8 + 2 + 1
	for len(b) >= nameAt {
		size := int(binary.NativeEndian.Uint16(b[16:]))
		if size < nameAt || size > len(b) {
			break
		}
		rec := b[:size]
		b = b[size:]
		name := string(rec[nameAt:])
		if i := strings.IndexByte(name, 0); i >= 0 {
			name = name[:i]
		}
		if name == "." || name == ".." || name == "" {
			continue
		}
		e := &dirent{root: root, path: path.Join(dir, name), name: name}
		if t, ok := direntType(rec[18]); ok {
			e.typ = t
		} else if info, err := root.Lstat(e.path); err == nil {
			e.typ, e.info = info.Mode().Type(), info
		} else {
			continue // gone since it was listed
		}
		entries = append(entries, e)
	}
	return entries
}

// direntType is the file type of a getdents64 type; false for one the
// file system does not say.
func direntType(t byte) (fs.FileMode, bool) {
	switch t {
	case syscall.DT_REG:
		return 0, true
	case syscall.DT_DIR:
		return fs.ModeDir, true
	case syscall.DT_LNK:
		return fs.ModeSymlink, true
	case syscall.DT_FIFO:
		return fs.ModeNamedPipe, true
	case syscall.DT_SOCK:
		return fs.ModeSocket, true
	case syscall.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice, true
	case syscall.DT_BLK:
		return fs.ModeDevice, true
	}
	return 0, false
}

// dirent is an entry readDir lists; its information is asked for when
// wanted.
type dirent struct {
	root       *os.Root
	path, name string
	typ        fs.FileMode
	info       fs.FileInfo
}

func (e *dirent) Name() string      { return e.name }
func (e *dirent) IsDir() bool       { return e.typ.IsDir() }
func (e *dirent) Type() fs.FileMode { return e.typ }
func (e *dirent) String() string    { return fs.FormatDirEntry(e) }

func (e *dirent) Info() (fs.FileInfo, error) {
	if e.info != nil {
		return e.info, nil
	}
	return e.root.Lstat(e.path)
}
