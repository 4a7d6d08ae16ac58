package quotes

import (
	"fmt"
	"runtime"
	"strings"

	"quotebot/quotes/extract"
)

// extractText is the extractor; a test puts a faulty one in its place.
var extractText = extract.Extract

// extractBody runs the extractor on one article's body. The extractor
// reads text nobody has checked with rules nobody can test on every page,
// so a fault in it is a bug, but one that must cost only the article that
// showed it: it comes back as that article's error, saying where the
// extractor failed, and a load goes on with the other files while a
// server keeps its last good index.
func extractBody(body string) (x *extract.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = nil, fmt.Errorf("the extractor failed on this article (a bug in quotebot; please report it with the file)%s: %v", faultSite(), r)
		}
	}()
	return extractText(body), nil
}

// faultSite names the innermost frame of quotebot's own code in a
// panicking goroutine's stack, as " at cast.go:260", so that a report of
// the error points at the rule that failed; it is empty when there is none.
func faultSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "quotebot/") && !strings.HasPrefix(f.Function, "quotebot/quotes.extractBody") && !strings.HasPrefix(f.Function, "quotebot/quotes.faultSite") {
			return fmt.Sprintf(" at %s:%d", trimDir(f.File), f.Line)
		}
		if !more {
			return ""
		}
	}
}

// trimDir keeps a source file's name and its folder, "extract/cast.go".
func trimDir(file string) string {
	if i := strings.LastIndexByte(file, '/'); i > 0 {
		if j := strings.LastIndexByte(file[:i], '/'); j >= 0 {
			return file[j+1:]
		}
	}
	return file
}
