//go:build !linux

package quotes

import "os"

// newFolderReader returns nil: files are read through the root.
func newFolderReader(*os.Root) fileReader { return nil }
