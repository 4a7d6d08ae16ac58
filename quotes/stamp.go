package quotes

import "time"

// fileState is what an index knows of the file an article was read from,
// so that the next load can tell the file has not changed without
// reading it again.
type fileState struct {
	stamp fileStamp // the zero stamp: read the file again
	sum   [32]byte  // see articleData.hashes
}

// fileStamp is what the file system says of a file that changes whenever
// its content does: where it is, its size, and when its content and its
// inode last changed. The change time cannot be set by a user: a file
// whose stamp is the one it had when it was read has the content it had.
type fileStamp struct {
	dev, ino           uint64
	size, mtime, ctime int64
}

// racyStamp is how recent a change may be for a stamp not to be trusted:
// file times tick coarsely, so a file written again within the tick it
// was read in could keep its stamp.
const racyStamp = 2 * time.Second

// trusted returns st, the stamp (if ok) a file had when it was about to
// be read at now, or the zero stamp when there is none to trust.
func trusted(st fileStamp, ok bool, now time.Time) fileStamp {
	if !ok || now.UnixNano()-st.ctime < int64(racyStamp) {
		return fileStamp{}
	}
	return st
}
