package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func TestScore(t *testing.T) {
	gold := []GoldQuote{
		{File: "a.txt", Text: "The harbour opens on Monday and the ferries run again.", Speaker: "Anna Kowalski"},
		{File: "a.txt", Text: "We have waited long enough for this", Speaker: "Marta Berg"},
		{File: "a.txt", Text: "Nobody will ever say these words here", Speaker: "Lena Fisk"},
		{File: "a.txt", Text: "Ferry", Speaker: "Anna Kowalski", Optional: true},
		{File: "b.txt", Text: "The council has not decided yet", Speaker: "he", Surface: true},
		{File: "b.txt", Text: "Maybe", Optional: true},
	}
	got := []extracted{
		{"a.txt", "The harbour opens on Monday and the ferries run again", "Anna Kowalski", false},
		{"a.txt", "We have waited long enough for this", "Tomas Berg", false},
		{"a.txt", "Ferry", "Tomas Berg", false},
		{"b.txt", "the council has not decided yet,", "Lena Fisk", false},
		{"b.txt", "Tickets go on sale tomorrow", "", false},
		{"c.txt", "Welcome aboard", "Captain Ola Nord", false},
	}
	res := score(gold, got, nil)
	want := []Miss{
		{Kind: "MISSED", File: "a.txt", Text: "Nobody will ever say these words here", Want: "Lena Fisk"},
		{Kind: "SPEAKER", File: "a.txt", Text: "We have waited long enough for this", Got: "Tomas Berg", Want: "Marta Berg"},
		{Kind: "EXTRA", File: "b.txt", Text: "Tickets go on sale tomorrow"},
		{Kind: "EXTRA", File: "c.txt", Text: "Welcome aboard", Got: "Captain Ola Nord"},
	}
	if !reflect.DeepEqual(res.Misses, want) {
		t.Errorf("misses:\n%+v\nwant\n%+v", res.Misses, want)
	}
	// Six extracted, one matched to optional gold: five count; three
	// matched to required gold. The surface "he" is not judged.
	wantFig := Figures{Gold: 4, Found: 3, Extracted: 5, Correct: 3, Judged: 2, Right: 1}
	if res.Figures != wantFig {
		t.Errorf("figures %+v, want %+v", res.Figures, wantFig)
	}
	wantLine := "quotes: recall 0.750 (3/4) precision 0.600 (3/5) F1 0.667; speaker accuracy 0.500 (1/2 judged)"
	if s := res.summary(); s != wantLine {
		t.Errorf("summary\n%s\nwant\n%s", s, wantLine)
	}
}

func TestScoreNothing(t *testing.T) {
	res := score(nil, nil, nil)
	want := "quotes: recall n/a (0/0) precision n/a (0/0) F1 n/a; speaker accuracy n/a (0/0 judged)"
	if s := res.summary(); s != want {
		t.Errorf("summary %q, want %q", s, want)
	}
}

func TestMissLine(t *testing.T) {
	tests := []struct {
		m    Miss
		want string
	}{
		{Miss{Kind: "MISSED", File: "a.txt", Text: "We will win", Want: "Anna Kowalski"}, `MISSED a.txt: "We will win" (want Anna Kowalski)`},
		{Miss{Kind: "MISSED", File: "a.txt", Text: "We will win"}, `MISSED a.txt: "We will win" (want no speaker)`},
		{Miss{Kind: "SPEAKER", File: "a.txt", Text: "We will win", Got: "Berg", Want: "Anna Kowalski", Alt: []string{"A. Kowalski"}}, `SPEAKER a.txt: "We will win" got "Berg" want "Anna Kowalski" or "A. Kowalski"`},
		{Miss{Kind: "EXTRA", File: "a.txt", Text: "We will win", Got: "Berg"}, `EXTRA a.txt: "We will win" (speaker "Berg")`},
		{Miss{Kind: "EXTRA", File: "a.txt", Text: "We will win"}, `EXTRA a.txt: "We will win" (no speaker)`},
	}
	for _, tt := range tests {
		if got := tt.m.line(); got != tt.want {
			t.Errorf("line() = %s\nwant      %s", got, tt.want)
		}
	}
}

// harbour is an article whose three quotations any extraction of quotebot
// attributes the same way: the plainest "…," said Name form.
const harbour = `---
outlet: Coast Gazette
published: 2025-03-14
---
Harbour to reopen after winter storms

The harbour at Lindvik reopens on Monday after three months of repairs, the port authority said.

"The harbour opens on Monday and the ferries run again," said Anna Kowalski, the port director.

"We have waited long enough for this," said Tomas Berg, who runs the fish market.

"Tickets go on sale tomorrow morning," said Lena Fisk.
`

// harbourGold expects one miss of each kind in harbour: Berg is wanted as
// Marta, a sentence nobody wrote is wanted, and Fisk's is not.
const harbourGold = `{"quotes": [
  {"file": "harbour.txt", "text": "We have waited long enough for this,", "speaker": "Marta Berg"},
  {"file": "harbour.txt", "text": "The harbour opens on Monday and the ferries run again,", "speaker": "Kowalski", "surface": true},
  {"file": "harbour.txt", "text": "The fish market stays shut until May.", "speaker": "Tomas Berg"}
]}`

// setup writes files into a temporary folder and returns its path.
func setup(t *testing.T, files map[string]string) string {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
	return dir
}

// quoteeval runs the program with args and returns its output and exit status.
func quoteeval(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func TestRunScore(t *testing.T) {
	dir := setup(t, map[string]string{"data/harbour.txt": harbour, "gold.json": harbourGold})
	out, errs, code := quoteeval(t, "score", "--gold", filepath.Join(dir, "gold.json"), "--data", filepath.Join(dir, "data"))
	if code != 0 {
		t.Fatalf("exit %d, want 0 though targets are missed: %s", code, errs)
	}
	want := `SPEAKER harbour.txt: "We have waited long enough for this," got "Tomas Berg" want "Marta Berg"
EXTRA harbour.txt: "Tickets go on sale tomorrow morning" (speaker "Lena Fisk")
MISSED harbour.txt: "The fish market stays shut until May." (want Tomas Berg)
quotes: recall 0.667 (2/3) precision 0.667 (2/3) F1 0.667; speaker accuracy 0.500 (1/2 judged)
`
	if out != want {
		t.Errorf("output\n%s\nwant\n%s", out, want)
	}
}

func TestRunScoreJSON(t *testing.T) {
	dir := setup(t, map[string]string{"data/harbour.txt": harbour, "gold.json": harbourGold})
	out, errs, code := quoteeval(t, "score", "--json", "--gold", filepath.Join(dir, "gold.json"), "--data", filepath.Join(dir, "data"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var res Result
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("output is not one JSON result: %v\n%s", err, out)
	}
	if res.Recall != 0.667 || res.Precision != 0.667 || res.F1 != 0.667 || res.SpeakerAccuracy != 0.5 {
		t.Errorf("figures %+v", res)
	}
	if res.Figures != (Figures{Gold: 3, Found: 2, Extracted: 3, Correct: 2, Judged: 2, Right: 1}) {
		t.Errorf("counts %+v", res.Figures)
	}
	var kinds []string
	for _, m := range res.Misses {
		kinds = append(kinds, m.Kind)
	}
	if strings.Join(kinds, " ") != "SPEAKER EXTRA MISSED" {
		t.Errorf("misses %+v", res.Misses)
	}
}

func TestRunScoreErrors(t *testing.T) {
	dir := setup(t, map[string]string{
		"data/harbour.txt": harbour,
		"gold.json":        harbourGold,
		"bad.json":         `{"quotes": [{"file": "harbour.txt", "text": "x y", "speakers": "Anna"}]}`,
		"escape.json":      `{"quotes": [{"file": "../harbour.txt", "text": "We have waited"}]}`,
		"stray.json":       `{"quotes": [{"file": "ferry.txt", "text": "We have waited"}]}`,
		"empty/.keep":      "",
		"none.json":        `{"quotes": []}`,
	})
	data := filepath.Join(dir, "data")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no gold file", []string{"--gold", filepath.Join(dir, "absent.json"), "--data", data}, 1, "gold file"},
		{"unknown field", []string{"--gold", filepath.Join(dir, "bad.json"), "--data", data}, 1, `unknown field "speakers"`},
		{"path outside", []string{"--gold", filepath.Join(dir, "escape.json"), "--data", data}, 1, "not a path relative"},
		{"article not there", []string{"--gold", filepath.Join(dir, "stray.json"), "--data", data}, 1, "no article ferry.txt"},
		{"no data folder", []string{"--gold", filepath.Join(dir, "gold.json"), "--data", filepath.Join(dir, "none")}, 1, "data folder"},
		{"no articles", []string{"--gold", filepath.Join(dir, "none.json"), "--data", filepath.Join(dir, "empty")}, 1, "no article files"},
		{"missing --gold", []string{"--data", data}, 2, "missing --gold"},
		{"bad flag", []string{"--gold", "g", "--data", data, "--verbose"}, 2, "usage: quoteeval score"},
		{"extra argument", []string{"--gold", "g", "--data", data, "more"}, 2, `unexpected argument "more"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := quoteeval(t, append([]string{"score"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.want)
			}
			if code == 2 && strings.Count(strings.TrimSpace(errs), "\n") != 0 {
				t.Errorf("usage error is more than one line: %q", errs)
			}
		})
	}
}

func TestRunUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"grade"}, {"score", "-h"}, {"polnear", "--split"}} {
		_, errs, code := quoteeval(t, args...)
		if code != 2 || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("quoteeval %q: exit %d, stderr %q; want 2 and one line", args, code, errs)
		}
	}
	if out, _, code := quoteeval(t, "help"); code != 0 || !strings.Contains(out, "polnear") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}
