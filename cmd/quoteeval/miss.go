package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Miss is one difference between the extraction and the gold file.
type Miss struct {
	// Kind is MISSED (a gold quotation not found), SPEAKER (found, with the
	// wrong speaker) or EXTRA (extracted, in no gold quotation).
	Kind string   `json:"kind"`
	File string   `json:"file"`
	Text string   `json:"text"`
	Got  string   `json:"got"`           // the extracted speaker
	Want string   `json:"want"`          // the gold speaker
	Alt  []string `json:"alt,omitempty"` // other acceptable gold speakers
	pos  int      // place in the article, for sorting
}

// maxShown is how many characters of a quotation a miss line shows.
const maxShown = 80

// line is the miss as one line of the report.
func (m Miss) line() string {
	text := shorten(m.Text, maxShown)
	switch m.Kind {
	case "MISSED":
		want := m.Want
		if want == "" {
			want = "no speaker"
		}
		return fmt.Sprintf("MISSED %s: %q (want %s)", m.File, text, want)
	case "SPEAKER":
		return fmt.Sprintf("SPEAKER %s: %q got %q want %s", m.File, text, m.Got, m.wanted())
	}
	if m.Got == "" {
		return fmt.Sprintf("EXTRA %s: %q (no speaker)", m.File, text)
	}
	return fmt.Sprintf("EXTRA %s: %q (speaker %q)", m.File, text, m.Got)
}

// wanted lists the acceptable speakers, quoted.
func (m Miss) wanted() string {
	s := fmt.Sprintf("%q", m.Want)
	for _, a := range m.Alt {
		s += fmt.Sprintf(" or %q", a)
	}
	return s
}

// shorten cuts s to at most n characters at a word boundary, keeping its
// start and its end, which are what a reader finds the quotation by.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	head := string(r[:n*2/3])
	if i := strings.LastIndexByte(head, ' '); i > 0 {
		head = head[:i]
	}
	tail := string(r[len(r)-(n-len([]rune(head))-3):])
	if i := strings.IndexByte(tail, ' '); i >= 0 && i < len(tail)-1 {
		tail = tail[i+1:]
	}
	return head + " … " + tail
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
