package quotes

import (
	"io/fs"
	"os"
)

// FolderFS returns the data folder that root opens as a file system for
// Load and a Loader. It is root.FS(), through which a load reads each
// article file by its name in its folder, opened once, where the system
// allows (Linux): a million quotations are fifty thousand files, and
// finding each from the top of the folder again costs more system calls
// than reading it.
func FolderFS(root *os.Root) fs.FS { return &folderFS{fsys: root.FS(), root: root} }

// folderFS is root.FS() with the root it reads through.
type folderFS struct {
	fsys fs.FS
	root *os.Root
}

func (f *folderFS) Open(name string) (fs.File, error)          { return f.fsys.Open(name) }
func (f *folderFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(f.fsys, name) }
func (f *folderFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(f.fsys, name) }
func (f *folderFS) ReadDir(name string) ([]fs.DirEntry, error) { return readDir(f.root, name) }
func (f *folderFS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(f.fsys, name) }
func (f *folderFS) ReadLink(name string) (string, error)       { return fs.ReadLink(f.fsys, name) }

// fileReader reads the article files of one load.
type fileReader interface {
	// read reads the regular file at p as readCapped does, and returns
	// the stamp it had before it was read, if the system gives one.
	read(p string) (data []byte, st fileStamp, ok bool, err error)
	// stamp returns the stamp the file at p has, if the system gives one.
	stamp(p string) (fileStamp, bool)
	// close lets go of what the reads held.
	close()
}

// newFileReader returns the reader of fsys: by folder when fsys is a
// FolderFS and the system allows it, through fsys otherwise.
func newFileReader(fsys fs.FS) fileReader {
	if f, ok := fsys.(*folderFS); ok {
		if r := newFolderReader(f.root); r != nil {
			return r
		}
	}
	return fsReader{fsys}
}

// fsReader reads files through an fs.FS.
type fsReader struct{ fsys fs.FS }

func (r fsReader) read(p string) ([]byte, fileStamp, bool, error) {
	data, info, err := readCapped(r.fsys, p)
	if err != nil {
		return nil, fileStamp{}, false, err
	}
	st, ok := stampOf(info)
	return data, st, ok, nil
}

func (r fsReader) stamp(p string) (fileStamp, bool) {
	info, err := fs.Stat(r.fsys, p)
	if err != nil {
		return fileStamp{}, false
	}
	return stampOf(info)
}

func (fsReader) close() {}
