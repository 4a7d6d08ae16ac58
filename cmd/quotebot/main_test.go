package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"quotebot/quotes"
)

// quotebot runs the program with args and returns its output and exit status.
func quotebot(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// jsonQuote is the --json contract, decoded strictly.
type jsonQuote struct {
	ID        string   `json:"id"`
	Text      string   `json:"text"`
	Speaker   string   `json:"speaker"`
	Outlet    string   `json:"outlet"`
	Article   string   `json:"article"`
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Published string   `json:"published"`
	Partial   bool     `json:"partial"`
	Unnamed   bool     `json:"unnamed"`
	Cue       string   `json:"cue"`
	AlsoIn    []string `json:"also_in"`
	Score     *float64 `json:"score"`
}

func decode(t *testing.T, s string) []jsonQuote {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	var qs []jsonQuote
	if err := dec.Decode(&qs); err != nil {
		t.Fatalf("output is not a JSON array of quotations: %v\n%s", err, s)
	}
	// Every field is present, even when empty.
	var raw []map[string]any
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range raw {
		for _, k := range []string{"id", "text", "speaker", "outlet", "article", "title", "url", "published", "partial", "cue", "also_in"} {
			if _, ok := r[k]; !ok {
				t.Errorf("field %q missing in %v", k, r)
			}
		}
		if r["also_in"] == nil {
			t.Errorf("also_in is null, want an array, in %v", r)
		}
	}
	return qs
}

func TestSearchJSON(t *testing.T) {
	out, errs, code := quotebot(t, "search", "--json", "--limit", "3", "who", "said", "grate", "sucess?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	qs := decode(t, out)
	if len(qs) == 0 || len(qs) > 3 {
		t.Fatalf("%d results, want 1 to 3", len(qs))
	}
	top := qs[0]
	if top.Text != "great success and a step toward societal consolidation" || top.Speaker != "Vladimir Putin" ||
		top.Outlet != "Daily Post" || top.Published != "2025-10-16" || !top.Partial || top.Cue != "called" ||
		top.Article != "002_a0fb849a3bf059ff.txt" || top.Score == nil || *top.Score <= 0 || len(top.AlsoIn) != 1 {
		t.Errorf("top result %+v", top)
	}
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(top.ID) {
		t.Errorf("id %q", top.ID)
	}
}

func TestSearchFlagsAnywhereAndFilters(t *testing.T) {
	out, _, code := quotebot(t, "search", "relations", "--speaker", "sharaa", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, q := range decode(t, out) {
		if q.Speaker != "Ahmed al-Sharaa" {
			t.Errorf("speaker filter let through %q by %q", q.Text, q.Speaker)
		}
	}
	out, _, _ = quotebot(t, "search", "--outlet", "kyiv", "--json", "support")
	for _, q := range decode(t, out) {
		if q.Outlet != "The Kyiv Independent" {
			t.Errorf("outlet filter let through %q in %q", q.Text, q.Outlet)
		}
	}
}

func TestSearchNoMatch(t *testing.T) {
	out, _, code := quotebot(t, "search", "--json", "bananas are rich in potassium")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, output %q; want [] and 0", code, out)
	}
	out, _, code = quotebot(t, "search", "bananas are rich in potassium")
	if code != 0 || !strings.Contains(out, "No quotation matches") {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestSearchText(t *testing.T) {
	out, _, code := quotebot(t, "search", "great success")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"“great success and a step toward societal consolidation”",
		"— Vladimir Putin (called)",
		"Daily Post, “Syrian President Al-Sharaa meets Putin”, 2025-10-16",
		"https://www.dailypost-ng.com/2025/10/syrian-president-al-sharaa-meets-putin.html",
		"also reported by: outlet unknown, “Putin, al-Sharaa meet in Moscow",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestIndexJSON(t *testing.T) {
	out, _, code := quotebot(t, "index", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	qs := decode(t, out)
	if len(qs) != 21 {
		t.Errorf("%d quotations, want the seed articles' 21", len(qs))
	}
	for _, q := range qs {
		if q.Score != nil {
			t.Errorf("index output has a score: %+v", q)
		}
		// The seed 002's "according to an official Russian source" keeps
		// its source unnamed; nobody else does.
		if unnamed := q.Speaker == "an official Russian source"; q.Unnamed != unnamed {
			t.Errorf("%q by %q: unnamed %v, want %v", q.Text, q.Speaker, q.Unnamed, unnamed)
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"search", "--limit", "x", "great"},
		{"search", "--limit", "0", "great"},
		{"search", "--nope", "great"},
		{"search"},
		{"index", "extra"},
		{"check", "--json"},
		{"frobnicate"},
		{},
	} {
		_, errs, code := quotebot(t, args...)
		if code != 2 || strings.Count(strings.TrimSpace(errs), "\n") != 0 || errs == "" {
			t.Errorf("quotebot %q: exit %d, stderr %q; want 2 and one usage line", args, code, errs)
		}
	}
}

// writeArticles makes a data folder with the given files.
func writeArticles(t *testing.T, files map[string]string) string {
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

const goodArticle = `---
outlet: Example News
title: Mayor opens bridge
published: 2025-05-01
---
Mayor opens bridge

Mayor Anne Hidalgo opened the new bridge on Monday.

"It took ten years," Hidalgo said.
`

func TestCheckReport(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"good.txt":           goodArticle,
		"nested/noquote.txt": "A headline about nothing\n\nNobody said anything here.\n",
		"broken.txt":         "caf\xe9 au lait",
		"empty.txt":          "",
		"bin.txt":            "\x00\x01\x02",
		"unbalanced.txt":     "---\noutlet: X\n---\nHeadline for a test\n\nShe said \"it never closes.\n",
		"ignored.md":         "not an article",
		"badheader.txt":      "---\npublished: someday\n---\nHeadline\n\n\"Hi,\" she said.\n",
	})
	out, errs, code := quotebot(t, "check", "--data", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 when an article could not be loaded", code)
	}
	for _, want := range []string{
		"good.txt", "Example News", "Mayor opens bridge",
		"nested/noquote.txt",
		filepath.Join(dir, "broken.txt") + ":1: invalid byte 0xe9: not UTF-8 text",
		filepath.Join(dir, "empty.txt") + ": empty file",
		filepath.Join(dir, "bin.txt") + ": binary file",
		filepath.Join(dir, "unbalanced.txt") + ":6: unbalanced quotation mark",
		filepath.Join(dir, "nested", "noquote.txt") + ": no quotations found",
		filepath.Join(dir, "nested", "noquote.txt") + ": outlet unknown",
		filepath.Join(dir, "badheader.txt") + `:2: header: published "someday" is not a date`,
		"4 of 7 articles loaded, 2 quotations",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "ignored.md") {
		t.Error("check read a file that is not *.txt")
	}
	// The second check reads what it extracted from the folder's cache,
	// and says the same; the cache is no article.
	if again, _, _ := quotebot(t, "check", "--data", dir); again != out || strings.Contains(again, quotes.CacheDir) {
		t.Errorf("check from the cache says\n%s\nwant\n%s", again, out)
	}
	if _, err := os.Stat(filepath.Join(dir, quotes.CacheDir)); err != nil {
		t.Errorf("no cache: %v", err)
	}
	if !strings.Contains(errs, "could not be loaded") {
		t.Errorf("stderr %q", errs)
	}

	// Without broken files, check passes.
	ok := writeArticles(t, map[string]string{"good.txt": goodArticle})
	if _, _, code := quotebot(t, "check", "--data", ok); code != 0 {
		t.Errorf("exit %d on a clean folder", code)
	}
}

func TestBadArticleDoesNotStopTheOthers(t *testing.T) {
	dir := writeArticles(t, map[string]string{"good.txt": goodArticle, "bad.txt": "\x00binary"})
	out, errs, code := quotebot(t, "search", "--data", dir, "--json", "ten years")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if qs := decode(t, out); len(qs) != 1 || qs[0].Speaker != "Anne Hidalgo" || qs[0].Article != "good.txt" {
		t.Errorf("results %+v", qs)
	}
	if !strings.Contains(errs, filepath.Join(dir, "bad.txt")+": binary file") {
		t.Errorf("stderr %q does not name the bad file", errs)
	}
}

func TestMissingDataFolder(t *testing.T) {
	_, errs, code := quotebot(t, "search", "--data", filepath.Join(t.TempDir(), "gone"), "x")
	if code != 1 || !strings.Contains(errs, "gone") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	_, errs, code = quotebot(t, "index", "--data", t.TempDir())
	if code != 1 || !strings.Contains(errs, "no article files") {
		t.Errorf("empty folder: exit %d, stderr %q", code, errs)
	}
}

func TestDataDirFromEnvironment(t *testing.T) {
	t.Setenv(dataDirEnv, writeArticles(t, map[string]string{"good.txt": goodArticle}))
	out, _, _ := quotebot(t, "index", "--json")
	if qs := decode(t, out); len(qs) != 1 {
		t.Errorf("%d quotations, want the one in %s", len(qs), dataDirEnv)
	}
}

func TestIndexJSONEmpty(t *testing.T) {
	dir := writeArticles(t, map[string]string{"quiet.txt": "A headline about nothing\n\nNobody said anything today.\n"})
	out, _, code := quotebot(t, "index", "--data", dir, "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, output %q; want []", code, out)
	}
}

func TestCheckReportsWebPages(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"good.txt":   goodArticle,
		"page.html":  `<html><head><meta property="og:site_name" content="Valley Times"><title>Flood defences to be raised</title></head><body><article><p>The county council will raise the river walls at Millford by half a metre before November.</p><p>"It should have been done years ago," said Tom Hale, whose shop flooded twice last winter.</p></article></body></html>`,
		"nav.htm":    `<html><body><nav><a href="/">Home</a></nav></body></html>`,
		"nested.htm": "<html><body>" + strings.Repeat("<div>", 5000) + "</body></html>",
	})
	out, _, code := quotebot(t, "check", "--data", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for a page without an article", code)
	}
	for _, want := range []string{
		"page.html", "Valley Times", "Flood defences to be raised",
		filepath.Join(dir, "nav.htm") + ": no article body found in the page",
		filepath.Join(dir, "nested.htm") + ": tags nested more than 512 deep",
		"2 of 4 articles loaded, 2 quotations",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}
