package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// span is a half-open range of code points in an article.
type span struct{ start, end int }

// textBound is a brat text-bound annotation: "T3\tContent 10 20;25 40\ttext".
type textBound struct {
	id    string
	label string
	spans []span
	text  string // the annotated text as the file gives it
}

// relation is a brat event line: "E1\tAttribution:T4 Content:T3 Source:T1".
type relation struct {
	args map[string][]string // role (Content2 folded into Content) → T ids
}

// annotation is one parsed .ann file.
type annotation struct {
	bounds    map[string]*textBound
	relations []relation
	bad       []string // lines that could not be read, with their numbers
}

// parseAnn reads brat standoff annotations. Lines it cannot read are
// noted in bad and skipped, so one bad line costs one annotation, not the
// article.
func parseAnn(data string) *annotation {
	a := &annotation{bounds: map[string]*textBound{}}
	var last *textBound
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if !annLine.MatchString(line) {
			// Annotated text that spans a line break goes on over the next
			// lines of the file.
			if last != nil {
				last.text += "\n" + line
			} else if strings.TrimSpace(line) != "" {
				a.bad = append(a.bad, fmt.Sprintf("line %d: %q is not an annotation", n+1, clipText(line, 40)))
			}
			continue
		}
		last = nil
		var err error
		switch line[0] {
		case 'T':
			var tb *textBound
			if tb, err = parseTextBound(line); err == nil {
				a.bounds[tb.id] = tb
				last = tb
			}
		case 'E':
			var r relation
			if r, err = parseRelation(line); err == nil {
				a.relations = append(a.relations, r)
			}
		default:
			continue // notes, attributes and normalisations say nothing we use
		}
		if err != nil {
			a.bad = append(a.bad, fmt.Sprintf("line %d: %v", n+1, err))
		}
	}
	return a
}

// annLine is the start of a brat annotation line: an ID and a tab.
var annLine = regexp.MustCompile(`^(?:[TERAMN]\d+|#\d*)\t`)

func parseTextBound(line string) (*textBound, error) {
	f := strings.SplitN(line, "\t", 3)
	if len(f) < 2 {
		return nil, fmt.Errorf("%q: no tab-separated fields", clipText(line, 40))
	}
	label, ranges, ok := strings.Cut(f[1], " ")
	if !ok {
		return nil, fmt.Errorf("%q: no offsets", clipText(line, 40))
	}
	tb := &textBound{id: f[0], label: label}
	if len(f) == 3 {
		tb.text = f[2]
	}
	for _, r := range strings.Split(ranges, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(r), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
			return nil, fmt.Errorf("%s: bad offsets %q", f[0], clipText(ranges, 40))
		}
		tb.spans = append(tb.spans, span{start, end})
	}
	return tb, nil
}

func parseRelation(line string) (relation, error) {
	id, rest, ok := strings.Cut(line, "\t")
	if !ok {
		return relation{}, fmt.Errorf("%q: no tab-separated fields", clipText(line, 40))
	}
	r := relation{args: map[string][]string{}}
	for _, arg := range strings.Fields(rest) {
		role, ref, ok := strings.Cut(arg, ":")
		if !ok || ref == "" {
			return relation{}, fmt.Errorf("%s: bad argument %q", id, clipText(arg, 40))
		}
		// brat numbers a role's second filler Content2, its third Content3.
		role = strings.TrimRight(role, "0123456789")
		r.args[role] = append(r.args[role], ref)
	}
	return r, nil
}

// clipText shortens s to n runes for a message.
func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
