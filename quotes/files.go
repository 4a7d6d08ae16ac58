package quotes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// articleFile is an article file found in the data folder: where it was
// listed, and where to read it once symbolic links are resolved.
type articleFile struct {
	path string // as listed, relative to the folder
	read string // the file to read; "" when listing it found a problem
	err  error  // why the file is not read
	// notArticle marks a link that is not named as an article (a link to a
	// folder, or one leading out of it): worth a warning, never an error.
	notArticle bool
}

// isArticleName reports whether name is read as an article: .txt, .html
// or .htm, not hidden.
func isArticleName(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// listArticles walks fsys for article files. Only regular files are read:
// a named pipe would block the read for ever and a device never ends.
// A symbolic link is followed only while it stays inside fsys; a link to a
// folder is reported, since walking it could loop.
func listArticles(ctx context.Context, fsys fs.FS) ([]articleFile, error) {
	var files []articleFile
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			files = append(files, articleFile{path: p, err: unreadable(err)})
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		name := d.Name()
		switch t := d.Type(); {
		case d.IsDir():
			if p != "." && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
		case t&fs.ModeSymlink != 0:
			if !strings.HasPrefix(name, ".") {
				if f, ok := followLink(fsys, p); ok || isArticleName(name) {
					files = append(files, f)
				}
			}
		case !isArticleName(name):
		case t.IsRegular():
			files = append(files, articleFile{path: p, read: p})
		default:
			files = append(files, articleFile{path: p, err: notRegular(t)})
		}
		return nil
	})
	return files, err
}

// followLink resolves the link at p. ok is false when the link need not be
// mentioned: it leads to a file that is not an article.
func followLink(fsys fs.FS, p string) (f articleFile, ok bool) {
	f.path = p
	f.notArticle = !isArticleName(path.Base(p))
	target, err := resolveInside(fsys, p)
	if err != nil {
		f.err = err
		return f, true
	}
	info, err := fs.Stat(fsys, target)
	switch {
	case err != nil:
		f.err = unreadable(err)
	case info.IsDir():
		f.err = errors.New("a link to a folder, not read: move the folder in or link its files one by one")
		return f, true
	case !isArticleName(path.Base(p)):
		return f, false
	case !info.Mode().IsRegular():
		f.err = notRegular(info.Mode().Type())
	default:
		f.read = target
	}
	return f, true
}

// ErrLinkEscapes is the problem of a symbolic link that leads out of the
// data folder.
var ErrLinkEscapes = errors.New("symbolic link leads out of the data folder: not followed")

// maxLinkHops bounds link chains, as the kernel does, so that a loop ends.
const maxLinkHops = 40

// resolveInside returns the path inside fsys that the link at p leads to,
// resolving every link on the way, or ErrLinkEscapes when it leaves fsys.
func resolveInside(fsys fs.FS, p string) (string, error) {
	if _, ok := fsys.(fs.ReadLinkFS); !ok {
		return "", fmt.Errorf("symbolic link in a folder whose links cannot be read: not followed")
	}
	done := "" // resolved prefix, free of links
	todo := p  // what remains to resolve, slash-separated
	for hops := 0; todo != ""; {
		var elem string
		elem, todo, _ = strings.Cut(todo, "/")
		next := path.Join(done, elem)
		if next == "." {
			next = ""
		}
		if strings.HasPrefix(next, "..") {
			return "", ErrLinkEscapes
		}
		if next == "" {
			done = ""
			continue
		}
		info, err := fs.Lstat(fsys, next)
		if err != nil {
			return "", unreadable(err)
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if hops++; hops > maxLinkHops {
			return "", errors.New("symbolic links loop: not followed")
		}
		target, err := fs.ReadLink(fsys, next)
		if err != nil {
			return "", unreadable(err)
		}
		if path.IsAbs(target) {
			return "", ErrLinkEscapes
		}
		if todo != "" {
			target += "/" + todo
		}
		todo = path.Join(done, target)
		done = ""
		if strings.HasPrefix(todo, "..") {
			return "", ErrLinkEscapes
		}
	}
	if done == "" {
		return ".", nil
	}
	return done, nil
}

func notRegular(t fs.FileMode) error {
	kind := "special file"
	switch {
	case t&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case t&fs.ModeSocket != 0:
		kind = "socket"
	case t&fs.ModeDevice != 0:
		kind = "device"
	}
	return fmt.Errorf("a %s, not a regular file: not read", kind)
}

// unreadable drops the path an *fs.PathError repeats, as a Problem
// already names the file.
func unreadable(err error) error {
	return fmt.Errorf("unreadable: %w", unwrapPath(err))
}

// readCapped reads the regular file at p, refusing before reading one
// larger than MaxArticleBytes, and reading through a limit in case it grows
// meanwhile. It returns what the file was before it was read.
func readCapped(fsys fs.FS, p string) ([]byte, fs.FileInfo, error) {
	// Stat first: opening a named pipe put here since the listing would
	// block until something writes to it.
	if info, err := fs.Stat(fsys, p); err == nil && !info.Mode().IsRegular() {
		return nil, nil, notRegular(info.Mode().Type())
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, nil, unreadable(err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return nil, nil, unreadable(err)
	case !info.Mode().IsRegular():
		return nil, nil, notRegular(info.Mode().Type())
	case info.Size() > MaxArticleBytes:
		return nil, nil, ErrTooLarge
	}
	// Room for the size the file had and a byte more, to see it grow:
	// reading fifty thousand files, growing buffers costs more than
	// reading.
	data := make([]byte, 0, info.Size()+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		switch {
		case err == io.EOF:
			return data, info, nil
		case err != nil:
			return nil, nil, unreadable(err)
		case len(data) > MaxArticleBytes:
			return nil, nil, ErrTooLarge
		case len(data) == cap(data):
			data = slices.Grow(data, 64<<10) // it grew since
		}
	}
}
