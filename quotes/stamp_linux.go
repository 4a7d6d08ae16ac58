package quotes

import (
	"io/fs"
	"syscall"
)

// stampOf returns the stamp of a file the operating system described.
func stampOf(info fs.FileInfo) (fileStamp, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok || info.Mode().Type() != 0 {
		return fileStamp{}, false
	}
	return stampOfStat(st), true
}

// stampOfStat returns the stamp of a regular file the system described.
func stampOfStat(st *syscall.Stat_t) fileStamp {
	return fileStamp{dev: st.Dev, ino: st.Ino, size: st.Size, mtime: st.Mtim.Nano(), ctime: st.Ctim.Nano()}
}
