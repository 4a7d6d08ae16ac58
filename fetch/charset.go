package fetch

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// toUTF8 converts a text body to UTF-8. Bytes that are valid UTF-8 stay
// as they are whatever the server declared, since servers often declare a
// charset their pages are not in and valid non-ASCII UTF-8 is almost never
// anything else. Otherwise the charset comes from the Content-Type, a
// byte-order mark, an HTML <meta>, or windows-1252.
func toUTF8(raw []byte, declared, mediaType string) ([]byte, []string) {
	if utf8.Valid(raw) {
		if declared != "" && !isUTF8Label(declared) && !isASCII(raw) {
			return raw, []string{fmt.Sprintf("declared charset %s but the bytes are UTF-8: read as UTF-8", clip(declared))}
		}
		return raw, nil
	}
	contentType := mediaType
	if declared != "" {
		contentType += "; charset=" + declared
	}
	enc, name, _ := charset.DetermineEncoding(raw, contentType)
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil || name == "utf-8" {
		return []byte(strings.ToValidUTF8(string(raw), "\uFFFD")), []string{fmt.Sprintf("not valid %s: invalid bytes replaced", name)}
	}
	return out, nil
}

func isUTF8Label(s string) bool {
	s = strings.ToLower(strings.Trim(s, `" `))
	return s == "utf-8" || s == "utf8"
}

func isASCII(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return r >= utf8.RuneSelf }) < 0
}
