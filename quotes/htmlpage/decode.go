package htmlpage

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decode returns data as UTF-8 text. Bytes that are valid UTF-8 are taken
// as UTF-8 whatever the page declares: a page that is valid UTF-8 and
// non-ASCII is almost never in another charset, and pages often declare
// one they were not saved in. Otherwise the declared charset (a byte-order
// mark or <meta>) is used, windows-1252 when none is declared.
func decode(data []byte) (string, []string) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), []string{fmt.Sprintf("not valid %s: undecodable bytes replaced", name)}
	}
	if name == "utf-8" {
		return string(out), []string{"not valid UTF-8: invalid bytes replaced"}
	}
	return string(out), nil
}
