package htmlpage

import (
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadMetadata(t *testing.T) {
	base, _ := url.Parse("https://www.coastline.example/business/port-strike-ends-2025-06-12?utm_source=feed")
	for _, tc := range []struct {
		file string
		base *url.URL
		want Page
	}{
		{"graph.html", base, Page{
			Outlet: "Coastline News", Title: "Port strike ends after dockers accept pay deal",
			URL: "https://www.coastline.example/business/port-strike-ends-2025-06-12", Published: "2025-06-12"}},
		{"opengraph.html", nil, Page{
			Outlet: "Valley Times", Title: "Flood defences to be raised before winter",
			URL: "https://valleytimes.example/news/flood-defences-raised", Published: "2025-09-03"}},
		{"array.html", nil, Page{
			Outlet: "The Northern Echo", Title: "Trams return to the high street after forty years", Published: "2025-04-22"}},
		{"bare.html", nil, Page{Title: "Library reopens after repairs"}},
		{"latin1.html", nil, Page{Title: "Café owners win award"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			p, err := Read(readFile(t, tc.file), tc.base)
			if err != nil {
				t.Fatal(err)
			}
			got := Page{Outlet: p.Outlet, Title: p.Title, URL: p.URL, Published: p.Published}
			if got.Outlet != tc.want.Outlet || got.Title != tc.want.Title || got.URL != tc.want.URL || got.Published != tc.want.Published {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
			if !strings.HasPrefix(p.Text, p.Title+"\n\n") {
				t.Errorf("text does not start with the headline:\n%s", p.Text)
			}
		})
	}
}

func TestReadLeavesOutBoilerplate(t *testing.T) {
	for file, tc := range map[string]struct{ keep, drop []string }{
		"graph.html": {
			keep: []string{`"Nobody wanted this strike to go on, but we had to be heard," Mercer said`, `"Ships will be moving again by Friday morning," said its chief executive`},
			drop: []string{"We held the line", "Share this story", "A summer of strikes", "By Ruth Okafor", "Home"},
		},
		"opengraph.html": {
			keep: []string{`"We cannot let what happened last winter happen again," the council leader`},
			drop: []string{"Worst floods in a century"},
		},
		"latin1.html": {keep: []string{"“We never expected this,” said Renée Martin"}},
		"newsletter.html": {
			keep: []string{"“I’m not going to hand the other side a blank check,” Speaker Lionel Grady", "“There is a deal sitting on the table,” Rep. Sofia Quist said."},
			drop: []string{"Sign up for Capitol Morning Brief", "By Dana Morrow", "Read this other story now"},
		},
	} {
		p, err := Read(readFile(t, file), nil)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, s := range tc.keep {
			if !strings.Contains(p.Text, s) {
				t.Errorf("%s: text lacks %q:\n%s", file, s, p.Text)
			}
		}
		for _, s := range tc.drop {
			if strings.Contains(p.Text, s) {
				t.Errorf("%s: text keeps boilerplate %q:\n%s", file, s, p.Text)
			}
		}
	}
}

func TestReadHostilePages(t *testing.T) {
	article := string(readFile(t, "bare.html"))
	for _, tc := range []struct {
		name string
		page []byte
		err  error  // nil: read, with the warning
		warn string // "" : no warning
	}{
		{"ten megabytes of nested tags", []byte(strings.Repeat("<div>", 2<<20)), ErrTooDeep, ""},
		{"nested inline tags", []byte("<p>" + strings.Repeat("<b><i>", 1000) + "x"), ErrTooDeep, ""},
		{"too many elements", []byte(strings.Repeat("<span></span>", maxElements+1)), ErrTooBig, ""},
		{"no article at all", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), ErrNoBody, ""},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, ""},
		{"invalid UTF-8 declared UTF-8", []byte(strings.Replace(article, "<head>", "<head><meta charset=utf-8>", 1) + "\xff\xfe"), nil, "not valid UTF-8"},
		{"UTF-8 declared latin-1", []byte(strings.Replace(strings.Replace(article, "<head>", `<head><meta charset="iso-8859-1">`, 1), "Margaret Doyle", "Margaret Dóyle", 1)), nil, ""},
		{"many unclosed paragraphs", []byte(strings.Replace(article, "<div>", "<div>"+strings.Repeat("<p>Short line of text here. ", 2000), 1)), nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Read(tc.page, nil)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.warn == "" && len(p.Warnings) > 0:
				t.Errorf("warnings %q", p.Warnings)
			case tc.warn != "" && (len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], tc.warn)):
				t.Errorf("warnings %q, want one saying %q", p.Warnings, tc.warn)
			}
			if tc.name == "UTF-8 declared latin-1" && !strings.Contains(p.Text, "Margaret Dóyle") {
				t.Errorf("text %q, want the UTF-8 read as UTF-8", p.Text)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"graph.html", "opengraph.html", "array.html", "bare.html", "latin1.html"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"x"}},{"@id":"x","name":"N"}]}</script><p>"Hi," he said.</p>`))
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := Read(page, nil)
		if err != nil {
			return
		}
		for _, v := range []string{p.Outlet, p.Title, p.URL, p.Published} {
			if strings.ContainsAny(v, "\n\r") {
				t.Fatalf("metadata value %q spans lines", v)
			}
		}
		if p.URL != "" && !strings.HasPrefix(p.URL, "http://") && !strings.HasPrefix(p.URL, "https://") {
			t.Fatalf("URL %q is not a web link", p.URL)
		}
	})
}
