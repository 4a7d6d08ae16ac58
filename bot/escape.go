package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// escape makes article text and member input show literally in Discord.
// Markdown is backslash-escaped where Discord would read it as markup and
// nowhere else, since every backslash counts against a limit: emphasis
// and code marks always, underscores at the edges of words, doubled ~ and
// | (strikethrough, spoilers), the "](" of a masked link, the "<" of
// <@user>, <#channel> and <t:…> tags, and at the start of a line the marks
// of quotes, headings, subtext and lists. @everyone and @here standing as
// words get a zero-width space after the @, so that they do not even look
// like mentions; allowed_mentions on every message already keeps them
// from pinging, so an @ inside a word or an e-mail address is left alone.
func escape(s string) string {
	out, _ := escapeMap(s)
	return out
}

// escapeMap escapes s as escape does and also returns, for each byte
// offset i of s (and len(s)), the offset in the output where the output
// of s[i:] begins, so that markup added later (bold) can be placed
// without undoing the escapes.
func escapeMap(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	at := make([]int, len(s)+1)
	lineStart := true
	for i := 0; i < len(s); i++ {
		at[i] = b.Len()
		c := s[i]
		if needsEscape(s, i, lineStart) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
		if c == '@' && bareMention(s, i) {
			b.WriteString("\u200b")
		}
		switch c {
		case '\n':
			lineStart = true
		case ' ', '\t':
		default:
			lineStart = false
		}
	}
	at[len(s)] = b.Len()
	return b.String(), at
}

// needsEscape reports whether the byte s[i] would be markup in Discord.
// lineStart says whether only spaces precede it on its line.
func needsEscape(s string, i int, lineStart bool) bool {
	c := s[i]
	next := func(k int) byte {
		if i+k < len(s) {
			return s[i+k]
		}
		return 0
	}
	prev := byte(0)
	if i > 0 {
		prev = s[i-1]
	}
	switch c {
	case '\\', '*', '`':
		return true
	case '_':
		return !(wordBefore(s, i) && wordAfter(s, i+1))
	case '~', '|':
		return prev == c || next(1) == c
	case ']':
		return next(1) == '('
	case '<':
		return strings.IndexByte("@#:ta/", next(1)) >= 0 && next(1) != 0
	case '.':
		// "1. " at the start of a line begins a numbered list.
		return next(1) == ' ' && numberedItem(s, i)
	}
	if !lineStart {
		return false
	}
	switch c {
	case '>', '+':
		return next(1) == ' '
	case '-':
		return next(1) == ' ' || (next(1) == '#' && next(2) == ' ')
	case '#':
		j := i
		for j < len(s) && s[j] == '#' {
			j++
		}
		return j < len(s) && s[j] == ' '
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// numberedItem reports whether the dot at s[i] follows a number that
// starts its line.
func numberedItem(s string, i int) bool {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if j == i {
		return false
	}
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return j == 0 || s[j-1] == '\n'
}

// wordBefore and wordAfter report whether a letter or digit ends s[:i] or
// starts s[i:].
func wordBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i > 0 && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

func wordAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i < len(s) && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// bareMention reports whether the @ at s[i] starts @everyone or @here as
// a word of its own, not inside a word or an e-mail address.
func bareMention(s string, i int) bool {
	if wordBefore(s, i) || (i > 0 && strings.IndexByte("._-+", s[i-1]) >= 0) {
		return false
	}
	for _, w := range []string{"everyone", "here"} {
		if strings.HasPrefix(s[i+1:], w) && !wordAfter(s, i+1+len(w)) {
			return true
		}
	}
	return false
}

// link writes a masked link to url with escaped text, or the text alone
// when url is not a link Discord takes or markdown can carry.
func link(text, url string) string {
	t := escape(text)
	// Parentheses and angle brackets would end the markup early.
	if !webURL(url) || strings.ContainsAny(url, "()<>") {
		return t
	}
	// Angle brackets keep Discord from previewing the link.
	return "[" + t + "](<" + url + ">)"
}
