package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"sort"
	"strings"

	"quotebot/quotes"
)

func runScore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("score", flag.ContinueOnError)
	goldFile := fl.String("gold", "", "the gold `FILE` (JSON)")
	dir := fl.String("data", "", "`DIR`ectory of the articles the gold file names")
	asJSON := fl.Bool("json", false, "print one JSON object")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if err := required(fl, "gold", "data"); err != nil {
		return err
	}
	gold, err := readGold(*goldFile)
	if err != nil {
		return err
	}
	fsys, err := dataFS(*dir)
	if err != nil {
		return err
	}
	for i, q := range gold.Quotes {
		if _, err := fs.Stat(fsys, q.File); err != nil {
			return fmt.Errorf("gold file %s: quote %d: no article %s in %s", *goldFile, i+1, q.File, *dir)
		}
	}
	got, err := extract(ctx, fsys, *dir, stderr)
	if err != nil {
		return err
	}
	pos, err := newPositions(fsys, gold, got)
	if err != nil {
		return err
	}
	res := score(gold.Quotes, got, pos)
	if *asJSON {
		return writeJSON(stdout, res)
	}
	for _, m := range res.Misses {
		fmt.Fprintln(stdout, m.line())
	}
	fmt.Fprintln(stdout, res.summary())
	return nil
}

// dataFS opens the data folder, as 'quotebot index --data' does.
func dataFS(dir string) (fs.FS, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("data folder %s: not a directory", dir)
	}
	return os.DirFS(dir), nil
}

// extracted is a quotation as quotebot's extraction gives it.
type extracted struct {
	File, Text, Speaker string
	Unnamed             bool // Speaker describes somebody the article keeps unnamed
}

// extract runs quotebot's own loader over fsys and prints, as 'quotebot
// index' does, every article that could not be loaded.
func extract(ctx context.Context, fsys fs.FS, dir string, stderr io.Writer) ([]extracted, error) {
	ix, rep, err := quotes.Load(ctx, fsys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	for _, p := range rep.Problems {
		if p.Fatal {
			p.Path = dir + "/" + p.Path
			fmt.Fprintf(stderr, "quoteeval: %v\n", p)
		}
	}
	var out []extracted
	for _, q := range ix.Quotes() {
		out = append(out, extracted{q.Article, q.Text, q.Speaker, q.Unnamed})
	}
	return out, nil
}

// Figures are the counts a score is made of.
type Figures struct {
	Gold      int `json:"gold"`      // non-optional gold quotations
	Found     int `json:"found"`     // of those, matched by an extracted one
	Extracted int `json:"extracted"` // extracted, less those matched to optional gold
	Correct   int `json:"correct"`   // extracted and matched to non-optional gold
	Judged    int `json:"judged"`    // found quotations whose speaker could be judged
	Right     int `json:"right"`     // of those, with the right speaker
}

// Result is a whole score: every miss and the figures.
type Result struct {
	Misses          []Miss  `json:"misses"`
	Figures         Figures `json:"counts"`
	Recall          float64 `json:"recall"`
	Precision       float64 `json:"precision"`
	F1              float64 `json:"f1"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
}

// score compares extracted quotations with the gold ones, article by article.
func score(gold []GoldQuote, got []extracted, pos *positions) *Result {
	goldBy := map[string][]int{}
	gotBy := map[string][]int{}
	for i, q := range gold {
		goldBy[q.File] = append(goldBy[q.File], i)
	}
	for i, x := range got {
		gotBy[x.File] = append(gotBy[x.File], i)
	}
	files := map[string]bool{}
	for f := range goldBy {
		files[f] = true
	}
	for f := range gotBy {
		files[f] = true
	}
	res := &Result{Misses: []Miss{}}
	f := &res.Figures
	for file := range files {
		gi, xi := goldBy[file], gotBy[file]
		gn := make([]string, len(gi))
		for k, i := range gi {
			gn[k] = normalize(gold[i].Text)
		}
		xn := make([]string, len(xi))
		for k, i := range xi {
			xn[k] = normalize(got[i].Text)
		}
		matchedG := make([]int, len(gi))
		matchedX := make([]bool, len(xi))
		for k := range matchedG {
			matchedG[k] = -1
		}
		for _, p := range match(gn, xn) {
			matchedG[p.gold] = p.got
			matchedX[p.got] = true
		}
		for k, i := range gi {
			q := gold[i]
			if q.Optional {
				if matchedG[k] >= 0 {
					f.Extracted-- // neither right nor invented
				}
				continue
			}
			f.Gold++
			if matchedG[k] < 0 {
				res.Misses = append(res.Misses, Miss{Kind: "MISSED", File: file, Text: q.Text, Want: q.Speaker, Alt: q.Alt, pos: pos.of(file, gn[k])})
				continue
			}
			f.Found++
			f.Correct++
			x := got[xi[matchedG[k]]]
			right, judged := judgeSpeaker(q, x.Speaker, x.Unnamed)
			if !judged {
				continue
			}
			f.Judged++
			if right {
				f.Right++
			} else {
				res.Misses = append(res.Misses, Miss{Kind: "SPEAKER", File: file, Text: q.Text, Got: x.Speaker, Want: q.Speaker, Alt: q.Alt, pos: pos.of(file, gn[k])})
			}
		}
		f.Extracted += len(xi)
		for k, i := range xi {
			if !matchedX[k] {
				res.Misses = append(res.Misses, Miss{Kind: "EXTRA", File: file, Text: got[i].Text, Got: got[i].Speaker, pos: pos.of(file, xn[k])})
			}
		}
	}
	sortMisses(res.Misses)
	recall, precision := ratio(f.Found, f.Gold), ratio(f.Correct, f.Extracted)
	if recall+precision > 0 {
		res.F1 = round3(2 * recall * precision / (recall + precision))
	}
	res.Recall, res.Precision = round3(recall), round3(precision)
	res.SpeakerAccuracy = round3(ratio(f.Right, f.Judged))
	return res
}

// ratio is n/d, or 0 when there is nothing to divide.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// summary is the score's last line.
func (r *Result) summary() string {
	f := r.Figures
	f1 := "n/a"
	if f.Gold > 0 && f.Extracted > 0 {
		f1 = fmt.Sprintf("%.3f", r.F1)
	}
	return fmt.Sprintf("quotes: recall %s (%d/%d) precision %s (%d/%d) F1 %s; speaker accuracy %s (%d/%d judged)",
		figure(r.Recall, f.Gold), f.Found, f.Gold, figure(r.Precision, f.Extracted), f.Correct, f.Extracted, f1,
		figure(r.SpeakerAccuracy, f.Judged), f.Right, f.Judged)
}

// figure prints a ratio to three places, or n/a when its denominator d is 0.
func figure(v float64, d int) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", v)
}

// round3 keeps JSON figures to the precision the summary line shows.
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }

// positions finds where a quotation stands in its article, so that misses
// read in the order of the text: the place of its normalised words in the
// normalised article.
type positions struct {
	texts map[string]string
}

func newPositions(fsys fs.FS, gold *Gold, got []extracted) (*positions, error) {
	p := &positions{texts: map[string]string{}}
	add := func(file string) error {
		if _, ok := p.texts[file]; ok {
			return nil
		}
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			return fmt.Errorf("article %s: %w", file, err)
		}
		p.texts[file] = normalize(string(data))
		return nil
	}
	for _, q := range gold.Quotes {
		if err := add(q.File); err != nil {
			return nil, err
		}
	}
	for _, x := range got {
		if err := add(x.File); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// of is the position of normalised text in file, or past the end when
// it is not there word for word.
func (p *positions) of(file, normalised string) int {
	if p == nil {
		return 0
	}
	if i := strings.Index(p.texts[file], normalised); i >= 0 {
		return i
	}
	return math.MaxInt
}

// sortMisses orders misses by file, then place in the article.
func sortMisses(ms []Miss) {
	sort.SliceStable(ms, func(a, b int) bool {
		x, y := ms[a], ms[b]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.pos != y.pos {
			return x.pos < y.pos
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		return x.Text < y.Text
	})
}
