package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// polnearOutlets names the outlet behind each PolNeAR file-name prefix.
var polnearOutlets = map[string]string{
	"breitbart":    "Breitbart",
	"huff-post":    "HuffPost",
	"nyt":          "The New York Times",
	"politico":     "Politico",
	"wash-post":    "The Washington Post",
	"west-journal": "Western Journalism",
	"usa-today":    "USA Today",
}

// polnearName is the form of a PolNeAR article name: outlet, date, slug.
// Output file names are built from it, so nothing else is accepted.
var polnearName = regexp.MustCompile(`^(breitbart|huff-post|nyt|politico|wash-post|west-journal|usa-today)_(\d{4}-\d{2}-\d{2})_[a-z0-9-]{1,80}$`)

// annName is an annotation file: the article's name and the annotator's.
var annName = regexp.MustCompile(`^(.+)_([0-9a-z]{1,16})\.ann$`)

func runPolnear(ctx context.Context, args []string, stderr io.Writer) error {
	fl := flag.NewFlagSet("polnear", flag.ContinueOnError)
	repo := fl.String("repo", "", "PolNeAR checkout: a work tree or a git `DIR`ectory")
	split := fl.String("split", "", "`train|dev`")
	out := fl.String("out", "", "output `DIR`ectory: articles/ and gold.json")
	if err := parseFlags(fl, args); err != nil {
		return err
	}
	if err := required(fl, "repo", "split", "out"); err != nil {
		return err
	}
	switch *split {
	case "train", "dev":
	case "test":
		return &usageError{Msg: "quoteeval polnear: --split test refused: PolNeAR's test split is kept for one final, untuned measurement; develop on train and dev"}
	default:
		return &usageError{Msg: fmt.Sprintf("quoteeval polnear: --split %q: want train or dev", *split)}
	}
	start := time.Now()
	st, err := convertPolnear(ctx, *repo, *split, *out)
	if err != nil {
		return err
	}
	for _, w := range st.warnings {
		fmt.Fprintln(stderr, "quoteeval:", w)
	}
	fmt.Fprintf(stderr, "quoteeval: PolNeAR %s: %d articles, %d gold quotations (%d more optional), %d offset mismatches, %d skipped; wrote %s in %v\n",
		*split, st.articles, st.required, st.optional, st.mismatches, st.skipped, *out, time.Since(start).Round(time.Millisecond))
	return nil
}

// convertStats says what a conversion did.
type convertStats struct {
	articles, required, optional, mismatches, skipped int
	warnings                                          []string
}

// convertPolnear writes split's articles, with metadata headers, to
// out/articles and their gold quotations to out/gold.json.
func convertPolnear(ctx context.Context, repo, split, out string) (*convertStats, error) {
	textDir := "data/" + split + "/text"
	annDir := "data/" + split + "/attributions"
	t, err := openTree(ctx, repo, textDir)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	texts, err := t.list(ctx, textDir)
	if err != nil {
		return nil, fmt.Errorf("repo %s: %s: %w", repo, textDir, err)
	}
	anns, err := t.list(ctx, annDir)
	if err != nil {
		return nil, fmt.Errorf("repo %s: %s: %w", repo, annDir, err)
	}
	annFor := map[string]string{}
	for _, a := range anns { // sorted: the first annotator's file wins
		if m := annName.FindStringSubmatch(a); m != nil && annFor[m[1]] == "" {
			annFor[m[1]] = a
		}
	}
	st := &convertStats{}
	type article struct{ name, body string }
	var arts []article
	gold := Gold{Quotes: []GoldQuote{}}
	for _, name := range texts {
		base, isText := strings.CutSuffix(name, ".txt")
		m := polnearName.FindStringSubmatch(base)
		switch {
		case !isText:
			continue
		case m == nil || !validDate(m[2]):
			st.skip(fmt.Sprintf("%s/%s: not a PolNeAR article name", textDir, name))
			continue
		case annFor[base] == "":
			st.skip(fmt.Sprintf("%s/%s: no annotation file", textDir, name))
			continue
		}
		raw, err := t.read(ctx, textDir+"/"+name)
		if err == nil && !utf8.Valid(raw) {
			err = errors.New("not UTF-8 text")
		}
		var ann []byte
		if err == nil {
			ann, err = t.read(ctx, annDir+"/"+annFor[base])
		}
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return nil, err
			}
			st.skip(fmt.Sprintf("%s/%s: %v", textDir, name, err))
			continue
		}
		text := strings.ReplaceAll(string(raw), "\r\n", "\n")
		a := parseAnn(string(ann))
		for _, b := range a.bad {
			st.warnings = append(st.warnings, fmt.Sprintf("%s/%s: %s", annDir, annFor[base], b))
		}
		ag := goldFromAnn(name, []rune(text), a)
		st.articles++
		st.mismatches += ag.mismatches
		for _, q := range ag.quotes {
			if q.Optional {
				st.optional++
			} else {
				st.required++
			}
		}
		gold.Quotes = append(gold.Quotes, ag.quotes...)
		header := fmt.Sprintf("---\noutlet: %s\npublished: %s\n---\n", polnearOutlets[m[1]], m[2])
		arts = append(arts, article{name, header + text})
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("repo %s: no annotated articles in %s", repo, textDir)
	}
	artDir := filepath.Join(out, "articles")
	names := make([]string, len(arts))
	for i, a := range arts {
		names[i] = a.name
	}
	if err := checkOutDir(artDir, names); err != nil {
		return nil, err
	}
	for _, a := range arts {
		if err := writeFileAtomic(filepath.Join(artDir, a.name), []byte(a.body)); err != nil {
			return nil, err
		}
	}
	var buf strings.Builder
	if err := writeJSON(&buf, gold); err != nil {
		return nil, err
	}
	if err := writeFileAtomic(filepath.Join(out, "gold.json"), []byte(buf.String())); err != nil {
		return nil, err
	}
	return st, nil
}

func (st *convertStats) skip(why string) {
	st.skipped++
	st.warnings = append(st.warnings, "skipped "+why)
}

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// checkOutDir creates dir if it is missing and refuses one holding an
// article this conversion does not write: scoring would count it, and it
// is not ours to delete.
func checkOutDir(dir string, names []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	es, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	ours := map[string]bool{}
	for _, n := range names {
		ours[n] = true
	}
	var strays []string
	for _, e := range es {
		if strings.EqualFold(path.Ext(e.Name()), ".txt") && !ours[e.Name()] {
			strays = append(strays, e.Name())
		}
	}
	if len(strays) > 0 {
		sort.Strings(strays)
		return fmt.Errorf("output folder %s holds %d article files not in this split (first %s): use an empty --out", dir, len(strays), strays[0])
	}
	return nil
}

// writeFileAtomic writes data to name through a temporary file in the same
// folder, so that a reader sees the old file or the new one, never half.
func writeFileAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
