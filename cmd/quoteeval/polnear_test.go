package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// harbourVote is a made-up article in PolNeAR's layout: curly marks before
// every annotation, so byte offsets would not give their text.
const harbourVote = `Harbour vote delayed again

LINDVIK — The town council delayed its vote on the harbour plan for a third time on Tuesday.

“We are not ready to spend forty million on a plan nobody has costed,” said Councillor Marta Berg, who chairs the finance committee. “Bring us numbers.”

The mayor’s office called the delay “regrettable.” Spokesman Piet Olsen said the vote would happen “before the first snow, whatever it takes.”

“The ferries cannot wait another winter.

“Every month costs the fishermen money,” Olsen added.

Residents have long called the pier “the Crooked Finger.” A council aide said the plan was "a wish list."
`

// ann builds brat standoff lines for text: each bound is "ID Label" and
// the pieces it covers, found in order in text, offsets in code points.
type ann struct {
	text  []rune
	lines []string
	from  int
}

func (a *ann) bound(id, label string, pieces ...string) {
	var ranges, texts []string
	for _, p := range pieces {
		i := strings.Index(string(a.text[a.from:]), p)
		if i < 0 {
			panic("test article lacks " + p)
		}
		start := a.from + len([]rune(string(a.text[a.from:])[:i]))
		end := start + len([]rune(p))
		ranges = append(ranges, fmt.Sprintf("%d %d", start, end))
		texts = append(texts, p)
		a.from = end
	}
	a.lines = append(a.lines, fmt.Sprintf("%s\t%s %s\t%s", id, label, strings.Join(ranges, ";"), strings.Join(texts, " ")))
}

func (a *ann) relation(line string) { a.lines = append(a.lines, line) }

func (a *ann) String() string { return strings.Join(a.lines, "\n") + "\n" }

// harbourVoteAnn annotates harbourVote as a PolNeAR annotator would.
func harbourVoteAnn() string {
	a := &ann{text: []rune(harbourVote)}
	a.bound("T1", "Content", "“We are not ready to spend forty million on a plan nobody has costed,”", "“Bring us numbers.”")
	a.from = 0
	a.bound("T2", "Cue", "said")
	a.bound("T3", "Source", "Councillor Marta Berg")
	a.relation("E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3")
	a.bound("T5", "Source", "The mayor’s office")
	a.bound("T6", "Cue", "called")
	a.bound("T7", "Content", "the delay “regrettable.”")
	a.relation("E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5")
	a.bound("T9", "Source", "Spokesman Piet Olsen")
	a.bound("T10", "Content", "the vote would happen “before the first snow, whatever it takes.”")
	a.relation("E3\tAttribution:T11 Source:T9 Content:T10")
	a.bound("T12", "Content", "“The ferries cannot wait another winter.\n\n“Every month costs the fishermen money,”")
	a.bound("T13", "Source", "Olsen")
	a.relation("E4\tAttribution:T14 Content:T12 Source:T13")
	a.bound("T15", "Source", "A council aide")
	a.bound("T16", "Content", `the plan was "a wish list."`)
	a.relation("E5\tAttribution:T17 Content:T16 Source:T15")
	return a.String()
}

// harbourVoteGold is what polnear makes of harbourVote.
var harbourVoteGold = []GoldQuote{
	{Text: "We are not ready to spend forty million on a plan nobody has costed,", Speaker: "Councillor Marta Berg"},
	{Text: "Bring us numbers.", Speaker: "Councillor Marta Berg"},
	{Text: "regrettable.", Speaker: "The mayor’s office", Optional: true},
	{Text: "before the first snow, whatever it takes.", Speaker: "Spokesman Piet Olsen"},
	{Text: "The ferries cannot wait another winter. Every month costs the fishermen money,", Speaker: "Olsen"},
	{Text: "a wish list.", Speaker: "A council aide"},
}

const harbourVoteName = "nyt_2016-10-05_harbour-vote-delayed-again"

// fakePolnear is a PolNeAR work tree: the annotated article twice
// annotated (the first annotator's file is used), an article nobody
// annotated, a file of another name, and a test split.
func fakePolnear() map[string]string {
	// The second annotator's file gives no sources: using it would show.
	other := strings.ReplaceAll(harbourVoteAnn(), "\tSource ", "\tDiscuss ")
	return map[string]string{
		"data/dev/text/" + harbourVoteName + ".txt":               harbourVote,
		"data/dev/attributions/" + harbourVoteName + "_4e07.ann":  harbourVoteAnn(),
		"data/dev/attributions/" + harbourVoteName + "_d473.ann":  other,
		"data/dev/text/politico_2016-10-06_ferry-fares-rise.txt":  "Ferry fares rise\n\n“Nobody annotated this,” she said.\n",
		"data/dev/text/notes.txt":                                 "not an article",
		"data/test/text/" + harbourVoteName + ".txt":              harbourVote,
		"data/test/attributions/" + harbourVoteName + "_4e07.ann": harbourVoteAnn(),
	}
}

func TestPolnearWorkTree(t *testing.T) {
	repo := setup(t, fakePolnear())
	checkPolnear(t, repo)
}

func TestPolnearBareGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	work := setup(t, fakePolnear())
	bare := filepath.Join(t.TempDir(), "PolNeAR.git")
	env := append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.com")
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q", "--bare", bare)
	git("--git-dir", bare, "--work-tree", work, "add", "-A")
	tree := git("--git-dir", bare, "write-tree")
	commit := git("--git-dir", bare, "commit-tree", "-m", "fake PolNeAR", tree)
	git("--git-dir", bare, "update-ref", "HEAD", commit)
	checkPolnear(t, bare)
}

// checkPolnear converts the fake dev split of repo and checks the result.
func checkPolnear(t *testing.T, repo string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out", "dev")
	_, errs, code := quoteeval(t, "polnear", "--repo", repo, "--split", "dev", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"1 articles, 5 gold quotations (1 more optional), 0 offset mismatches, 2 skipped",
		"politico_2016-10-06_ferry-fares-rise.txt: no annotation file", "notes.txt: not a PolNeAR article name"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	g, err := readGold(filepath.Join(out, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := make([]GoldQuote, len(harbourVoteGold))
	for i, q := range harbourVoteGold {
		q.File, q.Surface = harbourVoteName+".txt", true
		want[i] = q
	}
	if !reflect.DeepEqual(g.Quotes, want) {
		t.Errorf("gold\n%+v\nwant\n%+v", g.Quotes, want)
	}
	art, err := os.ReadFile(filepath.Join(out, "articles", harbourVoteName+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "---\noutlet: The New York Times\npublished: 2016-10-05\n---\n" + harbourVote; string(art) != want {
		t.Errorf("article file:\n%s", art)
	}
	entries, _ := os.ReadDir(filepath.Join(out, "articles"))
	if len(entries) != 1 {
		t.Errorf("%d files in articles/, want 1", len(entries))
	}
	// The output scores: every found quotation is one of ours.
	if _, errs, code := quoteeval(t, "score", "--gold", filepath.Join(out, "gold.json"), "--data", filepath.Join(out, "articles")); code != 0 {
		t.Errorf("score of the conversion: exit %d: %s", code, errs)
	}
	// A second run over the same folder replaces its own files.
	if _, errs, code := quoteeval(t, "polnear", "--repo", repo, "--split", "dev", "--out", out); code != 0 {
		t.Errorf("second run: exit %d: %s", code, errs)
	}
}

func TestPolnearRefusals(t *testing.T) {
	repo := setup(t, fakePolnear())
	stray := setup(t, map[string]string{"articles/mine.txt": "my own article"})
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"test split", []string{"--repo", repo, "--split", "test", "--out", t.TempDir()}, 2, "--split test refused"},
		{"unknown split", []string{"--repo", repo, "--split", "validation", "--out", t.TempDir()}, 2, `want train or dev`},
		{"missing --out", []string{"--repo", repo, "--split", "dev"}, 2, "missing --out"},
		{"no such repo", []string{"--repo", filepath.Join(repo, "none"), "--split", "dev", "--out", t.TempDir()}, 1, "repo"},
		{"not PolNeAR", []string{"--repo", t.TempDir(), "--split", "dev", "--out", t.TempDir()}, 1, "no data/dev/text folder"},
		{"out holds other articles", []string{"--repo", repo, "--split", "dev", "--out", stray}, 1, "mine.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := quoteeval(t, append([]string{"polnear"}, tt.args...)...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.code, tt.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(stray, "gold.json")); err == nil {
		t.Error("a refused conversion wrote gold.json")
	}
}
