package htmlpage

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// declared is the metadata a page declares, by source, before the sources
// are ranked.
type declared struct {
	ld                                  ldArticle
	ogSite, ogTitle, ogURL, ogPublished string
	title, canonical                    string
}

// readMeta fills p's metadata from doc: JSON-LD first, then OpenGraph,
// then the <title> element and the canonical link.
func readMeta(doc *html.Node, base *url.URL, p *Page) {
	var d declared
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					d.ld.merge(readJSONLD(n.FirstChild.Data))
				}
				return
			case atom.Meta:
				d.meta(attr(n, "property")+attr(n, "name"), attr(n, "content"))
			case atom.Title:
				if d.title == "" && n.FirstChild != nil {
					d.title = clean(n.FirstChild.Data)
				}
			case atom.Link:
				if d.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					d.canonical = attr(n, "href")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	p.Outlet = first(d.ld.publisher, d.ogSite)
	p.Title = first(d.ld.headline, d.ogTitle, d.title)
	p.Published = first(date(d.ld.published), date(d.ogPublished))
	p.URL = first(absolute(d.canonical, base), absolute(d.ogURL, base))
}

// meta records one <meta> element's value.
func (d *declared) meta(key, value string) {
	value = clean(value)
	var dst *string
	switch strings.ToLower(key) {
	case "og:site_name":
		dst = &d.ogSite
	case "og:title":
		dst = &d.ogTitle
	case "og:url":
		dst = &d.ogURL
	case "article:published_time":
		dst = &d.ogPublished
	default:
		return
	}
	if *dst == "" {
		*dst = value
	}
}

// ldArticle is what quotebot reads from a JSON-LD article object.
type ldArticle struct {
	headline, published, publisher string
}

func (a *ldArticle) merge(b ldArticle) {
	a.headline = first(a.headline, b.headline)
	a.published = first(a.published, b.published)
	a.publisher = first(a.publisher, b.publisher)
}

// articleTypes are the schema.org types whose headline and publisher are
// the page's article's.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"OpinionNewsArticle": true, "BackgroundNewsArticle": true, "BlogPosting": true, "LiveBlogPosting": true,
	"Report": true, "WebPage": true,
}

// readJSONLD reads one JSON-LD script: an object, an array of objects, or
// an object with an @graph, whose nodes may refer to each other by @id.
// A script that is not valid JSON is ignored, as browsers do.
func readJSONLD(src string) ldArticle {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ldArticle{}
	}
	var nodes []map[string]any
	var collect func(v any)
	collect = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				collect(e)
			}
		case map[string]any:
			nodes = append(nodes, t)
			if g, ok := t["@graph"]; ok {
				collect(g)
			}
		}
	}
	collect(v)
	byID := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok {
			byID[id] = n
		}
	}
	var best, page ldArticle
	for _, n := range nodes {
		types := typesOf(n)
		if !anyOf(types, articleTypes) {
			continue
		}
		a := ldArticle{
			headline:  clean(str(n["headline"])),
			published: str(n["datePublished"]),
			publisher: publisherName(n["publisher"], byID),
		}
		// A WebPage describes the page around the article; an Article
		// node, where there is one, says more exactly.
		if anyOf(types, map[string]bool{"WebPage": true}) && len(types) == 1 {
			page.merge(a)
			continue
		}
		best.merge(a)
	}
	best.merge(page)
	return best
}

// publisherName is the name of a publisher value: an object, a reference
// to a node by @id, a list of either, or a plain string.
func publisherName(v any, byID map[string]map[string]any) string {
	switch t := v.(type) {
	case string:
		return clean(t)
	case []any:
		for _, e := range t {
			if n := publisherName(e, byID); n != "" {
				return n
			}
		}
	case map[string]any:
		if n := clean(str(t["name"])); n != "" {
			return n
		}
		if id, ok := t["@id"].(string); ok {
			if node, ok := byID[id]; ok && node["@id"] != nil {
				return clean(str(node["name"]))
			}
		}
	}
	return ""
}

func typesOf(n map[string]any) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var s []string
		for _, e := range t {
			if x, ok := e.(string); ok {
				s = append(s, x)
			}
		}
		return s
	}
	return nil
}

func anyOf(types []string, set map[string]bool) bool {
	for _, t := range types {
		if set[strings.TrimPrefix(t, "schema:")] {
			return true
		}
	}
	return false
}

// str is v if it is a string; a JSON-LD value may also be a list of them.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	}
	return ""
}

// date normalises a declared date to YYYY-MM-DD, "" when it is not one.
func date(s string) string {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2006-01-02")
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// absolute resolves a link against base, keeping only http(s) links.
func absolute(link string, base *url.URL) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func first(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
