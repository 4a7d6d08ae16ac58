package quotes

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sync"
	"syscall"
)

// folderReader reads each file by its name in its folder, opened once
// through the root: an openat, an fstat and the reads, where opening
// the file's path through an os.Root opens every folder on the way
// again, and an os.File asks the poller about each file.
type folderReader struct {
	root *os.Root
	mu   sync.Mutex
	dirs map[string]*folder // by path in the root
}

// folder is a folder of the data folder, open.
type folder struct {
	root *os.Root // the folder
	f    *os.File // the folder, whose files are read through conn
	conn syscall.RawConn
	err  error // why it could not be opened
}

func newFolderReader(root *os.Root) fileReader {
	return &folderReader{root: root, dirs: map[string]*folder{}}
}

// in returns the folder p is in, open, and p's name in it.
func (r *folderReader) in(p string) (*folder, string) {
	dir, name := path.Split(p)
	dir = path.Clean(dir)
	r.mu.Lock()
	defer r.mu.Unlock()
	d := r.dirs[dir]
	if d == nil {
		d = &folder{}
		if d.root, d.err = r.root.OpenRoot(dir); d.err == nil {
			if d.f, d.err = d.root.Open("."); d.err == nil {
				d.conn, d.err = d.f.SyscallConn()
			}
		}
		r.dirs[dir] = d
	}
	return d, name
}

func (r *folderReader) read(p string) (data []byte, st fileStamp, ok bool, err error) {
	d, name := r.in(p)
	if d.err != nil {
		return nil, fileStamp{}, false, unreadable(d.err)
	}
	var s syscall.Stat_t
	opened := false
	if cerr := d.conn.Control(func(fd uintptr) { data, opened, err = readIn(int(fd), name, &s) }); cerr != nil {
		return nil, fileStamp{}, false, unreadable(cerr)
	}
	if !opened {
		// A named pipe, a socket or a link put in the file's place
		// since the folder was listed is said to be one.
		if info, serr := d.root.Lstat(name); serr == nil && !info.Mode().IsRegular() {
			err = notRegular(info.Mode().Type())
		}
	}
	if err != nil {
		return nil, fileStamp{}, false, err
	}
	return data, stampOfStat(&s), true, nil
}

func (r *folderReader) stamp(p string) (fileStamp, bool) {
	d, name := r.in(p)
	if d.err != nil {
		return fileStamp{}, false
	}
	info, err := d.root.Lstat(name)
	if err != nil {
		return fileStamp{}, false
	}
	return stampOf(info)
}

func (r *folderReader) close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, d := range r.dirs {
		if d.f != nil {
			d.f.Close()
		}
		if d.root != nil {
			d.root.Close()
		}
	}
	r.dirs = map[string]*folder{}
}

// readIn reads the regular file name in the folder dirfd as readCapped
// does, filling s with what the file was before it was read; opened is
// false when it could not be opened. Opening waits for no writer, in
// case a named pipe was put in the file's place since the folder was
// listed, and follows no link.
func readIn(dirfd int, name string, s *syscall.Stat_t) (data []byte, opened bool, err error) {
	var fd int
	err = retry(func() (err error) {
		fd, err = syscall.Openat(dirfd, name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
		return err
	})
	if err != nil {
		return nil, false, unreadable(err)
	}
	defer syscall.Close(fd)
	if err := retry(func() error { return syscall.Fstat(fd, s) }); err != nil {
		return nil, true, unreadable(err)
	}
	switch {
	case s.Mode&syscall.S_IFMT != syscall.S_IFREG:
		return nil, true, notRegular(modeType(s.Mode))
	case s.Size > MaxArticleBytes:
		return nil, true, ErrTooLarge
	}
	// Room for the size the file had and a byte more, to see it grow.
	data = make([]byte, s.Size+1)
	n := 0
	for {
		var k int
		err := retry(func() (err error) {
			k, err = syscall.Read(fd, data[n:])
			return err
		})
		switch {
		case err != nil:
			return nil, true, unreadable(err)
		case k == 0:
			return data[:n], true, nil
		}
		n += k
		if n == int(s.Size) && n < len(data) {
			// The size the file had, short of what was asked for: the
			// end, as a regular file reads. A read to hear so would cost
			// a system call a file, a fifth of reading a small one.
			return data[:n], true, nil
		}
		switch {
		case n > MaxArticleBytes:
			return nil, true, ErrTooLarge
		case n == len(data):
			data = append(data, make([]byte, 64<<10)...) // it grew since
		}
	}
}

// retry calls f until a signal does not interrupt it.
func retry(f func() error) error {
	for {
		if err := f(); !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// modeType returns the file type of a mode fstat gave.
func modeType(mode uint32) fs.FileMode {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFDIR:
		return fs.ModeDir
	}
	return fs.ModeIrregular
}
