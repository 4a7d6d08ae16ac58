package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// maxFileSize caps what is read of one PolNeAR file; its articles and
// annotation files are a few kilobytes.
const maxFileSize = 8 << 20

// tree reads the files of a PolNeAR checkout by slash-separated path.
type tree interface {
	// list returns the names of the files in folder, sorted.
	list(ctx context.Context, folder string) ([]string, error)
	read(ctx context.Context, name string) ([]byte, error)
	Close() error
}

// openTree opens dir as a work tree when it holds probe (a folder), else
// as a git directory read at HEAD.
func openTree(ctx context.Context, dir, probe string) (tree, error) {
	if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(probe))); err == nil && info.IsDir() {
		return dirTree(dir), nil
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("repo: %w", err)
	}
	t, err := openGitTree(ctx, dir)
	if err != nil {
		return nil, fmt.Errorf("repo %s: no %s folder, and not a git directory: %w", dir, probe, err)
	}
	return t, nil
}

// dirTree is a checked-out work tree.
type dirTree string

func (d dirTree) list(_ context.Context, folder string) ([]string, error) {
	es, err := os.ReadDir(filepath.Join(string(d), filepath.FromSlash(folder)))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range es {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	return names, nil // ReadDir sorts
}

func (d dirTree) read(_ context.Context, name string) ([]byte, error) {
	f, err := os.Open(filepath.Join(string(d), filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readCapped(f, name)
}

func (d dirTree) Close() error { return nil }

// readCapped reads r to its end, refusing more than maxFileSize bytes.
func readCapped(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("%s: larger than %d MiB", name, maxFileSize>>20)
	}
	return data, nil
}

// gitTree reads HEAD of a git directory (bare or not) through one
// 'git cat-file --batch' process, which is far faster than a process per
// file.
type gitTree struct {
	dir  string
	cmd  *exec.Cmd
	in   io.WriteCloser
	out  *bufio.Reader
	dead error // set when the batch process can no longer be trusted
}

func openGitTree(ctx context.Context, dir string) (*gitTree, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, err
	}
	if _, err := gitOutput(ctx, dir, "rev-parse", "--verify", "HEAD^{tree}"); err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "git", "--git-dir", dir, "cat-file", "--batch")
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &gitTree{dir: dir, cmd: cmd, in: in, out: bufio.NewReaderSize(out, 64<<10)}, nil
}

// gitOutput runs a git command on dir and returns its standard output.
func gitOutput(ctx context.Context, dir string, args ...string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", append([]string{"--git-dir", dir}, args...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("git %s: %s", args[0], firstLine(msg))
		}
		return nil, fmt.Errorf("git %s: %w", args[0], err)
	}
	return out, nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func (g *gitTree) list(ctx context.Context, folder string) ([]string, error) {
	out, err := gitOutput(ctx, g.dir, "ls-tree", "-z", "--name-only", "HEAD", folder+"/")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" && path.Dir(p) == folder {
			names = append(names, path.Base(p))
		}
	}
	sort.Strings(names)
	return names, nil
}

func (g *gitTree) read(ctx context.Context, name string) ([]byte, error) {
	if g.dead != nil {
		return nil, g.dead
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if strings.ContainsAny(name, "\n\x00") {
		return nil, fmt.Errorf("%q: not a file name", name)
	}
	data, err := g.request(name)
	var fe *fileError
	if err != nil && !errors.As(err, &fe) {
		g.dead = fmt.Errorf("git cat-file: %w", err)
	}
	return data, err
}

// fileError is a file that cannot be read while the others still can.
type fileError struct{ name, msg string }

func (e *fileError) Error() string { return e.name + ": " + e.msg }

// request asks the batch process for one file and reads its answer:
// "<sha> blob <size>\n<data>\n", or "<name> missing\n".
func (g *gitTree) request(name string) ([]byte, error) {
	if _, err := io.WriteString(g.in, "HEAD:"+name+"\n"); err != nil {
		return nil, err
	}
	head, err := g.out.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(head)
	if len(f) == 2 && f[1] == "missing" {
		return nil, &fileError{name, "not in HEAD"}
	}
	if len(f) != 3 {
		return nil, fmt.Errorf("%s: unexpected answer %q", name, head)
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		return nil, fmt.Errorf("%s: unexpected size in %q", name, head)
	}
	if f[1] != "blob" || size > maxFileSize {
		if _, err := g.out.Discard(int(size) + 1); err != nil {
			return nil, err
		}
		if f[1] != "blob" {
			return nil, &fileError{name, "not a file"}
		}
		return nil, &fileError{name, fmt.Sprintf("larger than %d MiB", maxFileSize>>20)}
	}
	data := make([]byte, size+1)
	if _, err := io.ReadFull(g.out, data); err != nil {
		return nil, err
	}
	return data[:size], nil
}

func (g *gitTree) Close() error {
	g.in.Close()
	err := g.cmd.Wait()
	if g.dead == nil && err != nil {
		return fmt.Errorf("git cat-file: %w", err)
	}
	return nil
}
