package bot

import (
	"strings"
)

// markdownSpecial are the characters Discord's markdown gives a meaning
// anywhere in a line: emphasis, code, spoilers, masked links, and the angle
// brackets of <@user>, <#channel> and <t:timestamp> tags.
const markdownSpecial = "\\*_~`|[]()<"

// lineStart are the characters that are markup only at the start of a
// line: quotes, headings, subtext and lists.
const lineStart = ">#-+"

// escape makes article text and member input show literally in Discord:
// markdown characters are backslash-escaped, and @everyone and @here get a
// zero-width space so that they do not even look like mentions. The
// allowed_mentions on every message already keep them from pinging; this
// is the second line of defence.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	atLineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(markdownSpecial, c) >= 0:
			b.WriteByte('\\')
		case atLineStart && strings.IndexByte(lineStart, c) >= 0:
			b.WriteByte('\\')
		case atLineStart && c >= '0' && c <= '9':
			// "1. " starts a numbered list: escape its dot.
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && s[j] == '.' {
				b.WriteString(s[i:j] + "\\.")
				i = j
				atLineStart = false
				continue
			}
		}
		b.WriteByte(c)
		if c == '@' && (strings.HasPrefix(s[i+1:], "everyone") || strings.HasPrefix(s[i+1:], "here")) {
			b.WriteString("\u200b")
		}
		switch c {
		case '\n':
			atLineStart = true
		case ' ', '\t':
		default:
			atLineStart = false
		}
	}
	return b.String()
}

// plain undoes the markup quotebot writes, for the console: escapes are
// resolved, bold and italic markers dropped and masked links shown as "text <url>".
func plain(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			i++
			b.WriteByte(s[i])
		case s[i] == '*':
			// Every literal asterisk was escaped; a bare one is bold or
			// italic markup.
		case strings.HasPrefix(s[i:], "\u200b"):
			i += len("\u200b") - 1
		case s[i] == '[':
			text, url, n, ok := maskedLink(s[i:])
			if !ok {
				b.WriteByte('[')
				continue
			}
			b.WriteString(plain(text) + " <" + url + ">")
			i += n - 1
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// maskedLink reads "[text](url)" at the start of s, where text may hold
// escaped brackets, and reports how many bytes it spans.
func maskedLink(s string) (text, url string, n int, ok bool) {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case ']':
			rest := s[i+1:]
			if !strings.HasPrefix(rest, "(") {
				return "", "", 0, false
			}
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				return "", "", 0, false
			}
			return s[1:i], rest[1:end], i + 1 + end + 1, true
		}
	}
	return "", "", 0, false
}

// link writes a masked link to url with escaped text, or the text alone
// when url is not a plain http(s) URL that markdown can carry.
func link(text, url string) string {
	t := escape(text)
	if !(strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "http://")) || strings.ContainsAny(url, " ()<>") {
		return t
	}
	return "[" + t + "](" + url + ")"
}
