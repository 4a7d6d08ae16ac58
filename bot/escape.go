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

// link writes a masked link to url with escaped text, or the text alone
// when url is not a plain http(s) URL that markdown can carry.
func link(text, url string) string {
	t := escape(text)
	// Parentheses and angle brackets would end the markup early.
	if !webURL(url) || strings.ContainsAny(url, "()<>") {
		return t
	}
	// Angle brackets keep Discord from previewing the link.
	return "[" + t + "](<" + url + ">)"
}
