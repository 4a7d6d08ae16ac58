package quotes

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

const fileTestArticle = `---
outlet: Harbour Herald
title: Lighthouse keeper retires
---
Lighthouse keeper retires

"Every storm taught me something about patience and the sea," Agnes Whitlow said.
`

// problemFor returns the problem Load reported for path, nil if none.
func loadedProblem(rep *Report, path string) *Problem {
	for i := range rep.Problems {
		if rep.Problems[i].Path == path {
			return &rep.Problems[i]
		}
	}
	return nil
}

func TestLoadHostileFolder(t *testing.T) {
	outside := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(outside, "secret.txt"), []byte(fileTestArticle), 0o644))
	dir := t.TempDir()
	must(os.WriteFile(filepath.Join(dir, "good.txt"), []byte(fileTestArticle), 0o644))
	must(os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "sub", "real.txt"), []byte(strings.Replace(fileTestArticle, "Harbour Herald", "Coast Courier", 1)), 0o644))
	must(syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	sparse, err := os.Create(filepath.Join(dir, "huge.txt"))
	must(err)
	must(sparse.Truncate(2 << 30))
	must(sparse.Close())
	must(os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")))
	must(os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "escape.txt")))
	must(os.Symlink("../"+filepath.Base(outside)+"/secret.txt", filepath.Join(dir, "relative.txt")))
	must(os.Symlink(outside, filepath.Join(dir, "out")))
	must(os.Symlink("out/secret.txt", filepath.Join(dir, "through.txt")))
	must(os.Symlink("sub/real.txt", filepath.Join(dir, "inside.txt")))
	must(os.Symlink("sub", filepath.Join(dir, "linked")))
	must(os.Symlink("loop2.txt", filepath.Join(dir, "loop1.txt")))
	must(os.Symlink("loop1.txt", filepath.Join(dir, "loop2.txt")))

	for name, fsys := range map[string]fs.FS{"DirFS": os.DirFS(dir), "Root": rootFS(t, dir), "Folder": openFolder(t, dir)} {
		t.Run(name, func(t *testing.T) {
			ix, rep, err := Load(context.Background(), fsys)
			if err != nil {
				t.Fatal(err)
			}
			for path, want := range map[string]string{
				"pipe.txt":     "named pipe, not a regular file",
				"huge.txt":     "larger than 8 MiB",
				"zero.txt":     "leads out of the data folder",
				"escape.txt":   "leads out of the data folder",
				"relative.txt": "leads out of the data folder",
				"through.txt":  "leads out of the data folder",
				"out":          "leads out of the data folder",
				"linked":       "a link to a folder",
				"loop1.txt":    "loop",
			} {
				p := loadedProblem(rep, path)
				if p == nil || !strings.Contains(p.Error(), want) {
					t.Errorf("%s: problem %v, want one saying %q", path, p, want)
				}
			}
			for _, p := range rep.Problems {
				if p.Fatal != strings.HasSuffix(p.Path, ".txt") && p.Path != "sub/real.txt" {
					t.Errorf("%s: fatal %v, want fatal only for article files", p.Path, p.Fatal)
				}
			}
			var outlets []string
			for _, a := range ix.Articles() {
				outlets = append(outlets, a.Path+"="+a.Outlet)
			}
			// sub/real.txt is the same text as inside.txt, which links to
			// it, so it is the copy that is skipped.
			if got := strings.Join(outlets, " "); got != "good.txt=Harbour Herald inside.txt=Coast Courier" {
				t.Errorf("loaded %s", got)
			}
			if p := loadedProblem(rep, "sub/real.txt"); p == nil || !strings.Contains(p.Error(), "same text as inside.txt") {
				t.Errorf("sub/real.txt: %v, want it found a copy of inside.txt", p)
			}
		})
	}
}

func rootFS(t *testing.T, dir string) fs.FS {
	r, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r.FS()
}

func openFolder(t *testing.T, dir string) fs.FS {
	r, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return FolderFS(r)
}

// A FolderFS's files read as through its root, from the regular file
// to the named pipe and the file too large to read.
func TestFolderReader(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "good.txt"), []byte(fileTestArticle), 0o644))
	must(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "sub", "real.txt"), []byte(strings.Repeat("grows ", 20000)), 0o644))
	must(t, syscall.Mkfifo(filepath.Join(dir, "sub", "pipe.txt"), 0o644))
	sparse, err := os.Create(filepath.Join(dir, "huge.txt"))
	must(t, err)
	must(t, sparse.Truncate(2<<30))
	must(t, sparse.Close())
	root := rootFS(t, dir)
	folder := newFileReader(openFolder(t, dir))
	defer folder.close()
	for _, p := range []string{"good.txt", "sub/real.txt", "sub/pipe.txt", "huge.txt", "missing.txt", "sub/missing.txt", "nowhere/x.txt", "sub"} {
		want, wantStamp, wantOK, wantErr := fsReader{root}.read(p)
		got, stamp, ok, err := folder.read(p)
		if string(got) != string(want) || stamp != wantStamp || ok != wantOK || fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Errorf("%s: read %d bytes, stamp %v %v, error %v; want %d bytes, %v %v, %v", p, len(got), stamp, ok, err, len(want), wantStamp, wantOK, wantErr)
		}
		wantStamp, wantOK = fsReader{root}.stamp(p)
		if stamp, ok := folder.stamp(p); stamp != wantStamp || ok != wantOK {
			t.Errorf("%s: stamp %v %v, want %v %v", p, stamp, ok, wantStamp, wantOK)
		}
	}
}

func TestLoadBadHeaderValueIsAWarning(t *testing.T) {
	in := strings.Replace(fileTestArticle, "---\nLighthouse", "published: yesterday\nwritten by the night desk\n---\nLighthouse", 1)
	ix, rep, err := Load(context.Background(), fstest.MapFS{"a.txt": {Data: []byte(in)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Articles()) != 1 || ix.Articles()[0].Published != "" || ix.Articles()[0].Outlet != "Harbour Herald" {
		t.Fatalf("articles %v, want the article loaded without a date", ix.Articles())
	}
	var lines []int
	for _, p := range rep.Problems {
		if p.Fatal {
			t.Errorf("fatal problem %v", p)
		}
		if strings.Contains(p.Error(), "header") {
			lines = append(lines, p.Line)
		}
	}
	if len(lines) != 2 || lines[0] != 4 || lines[1] != 5 {
		t.Errorf("header warnings on lines %v, want 4 and 5; problems %v", lines, rep.Problems)
	}
}

// stuckFS is a file system whose file "stuck.txt" cannot be read until
// release is closed, like a hung network mount.
type stuckFS struct {
	fstest.MapFS
	opened  chan struct{}
	release chan struct{}
}

func (s *stuckFS) Open(name string) (fs.File, error) {
	if name == "stuck.txt" {
		close(s.opened)
		<-s.release
	}
	return s.MapFS.Open(name)
}

func TestLoadHonoursContext(t *testing.T) {
	s := &stuckFS{
		MapFS: fstest.MapFS{
			"a.txt":     {Data: []byte(fileTestArticle)},
			"stuck.txt": {Data: []byte(fileTestArticle)},
		},
		opened:  make(chan struct{}),
		release: make(chan struct{}),
	}
	defer close(s.release)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-s.opened
		cancel()
	}()
	if _, _, err := Load(ctx, s); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load while a read hangs = %v, want it to end with the context", err)
	}
	if _, _, err := Load(context.Background(), s.MapFS); err != nil {
		t.Fatalf("the next load: %v", err)
	}
}

// A FolderFS lists a folder as its root does: the names in order, each
// with its type and information.
func TestFolderReadDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "c.html", ".hidden"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(fileTestArticle), 0o644))
	}
	must(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	must(t, os.Symlink("sub", filepath.Join(dir, "linked")))
	must(t, os.Symlink("a.txt", filepath.Join(dir, "z.txt")))
	r, err := os.OpenRoot(dir)
	must(t, err)
	defer r.Close()
	got, err := FolderFS(r).(fs.ReadDirFS).ReadDir(".")
	must(t, err)
	want, err := fs.ReadDir(r.FS(), ".")
	must(t, err)
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Name() != w.Name() || g.Type() != w.Type() || g.IsDir() != w.IsDir() {
			t.Errorf("entry %d is %v, want %v", i, g, w)
			continue
		}
		gi, err := g.Info()
		must(t, err)
		if wi, _ := w.Info(); gi.Mode() != wi.Mode() || gi.Size() != wi.Size() {
			t.Errorf("%s: info %v %d, want %v %d", g.Name(), gi.Mode(), gi.Size(), wi.Mode(), wi.Size())
		}
	}
}
