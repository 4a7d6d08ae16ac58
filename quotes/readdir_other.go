//go:build !linux

package quotes

import (
	"io/fs"
	"os"
)

// readDir lists the folder name of root, sorted by name.
func readDir(root *os.Root, name string) ([]fs.DirEntry, error) { return fs.ReadDir(root.FS(), name) }
