package htmlpage

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerplate matches the class or id of page furniture that readability
// may keep inside an article: captions, bylines, share widgets, teasers
// for other stories. The quote extractor would otherwise read a caption's
// or a teaser's quotation as the article's.
var boilerplate = regexp.MustCompile(`(?i)(^|[-_ ])(caption|credit|byline|author|share|sharing|social|related|read-?more|more-?stories|recommend\w*|teaser|promo|newsletter|subscribe|signup|tags?|breadcrumbs?|ad|ads|advert\w*)($|[-_ ])`)

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Figure: true, atom.Figcaption: true, atom.Aside: true, atom.Nav: true,
	atom.Footer: true, atom.Button: true, atom.Form: true, atom.Script: true,
	atom.Style: true, atom.Noscript: true, atom.Svg: true, atom.Iframe: true,
	atom.Select: true, atom.Template: true,
}

// container are the elements that hold the article itself, whatever
// their class says: `<article class="newsletter">` is a newsletter's
// issue, not a box to sign up for it. Only the outermost counts.
var container = map[atom.Atom]bool{atom.Article: true, atom.Main: true, atom.Body: true}

// blocks are elements that start a paragraph of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Header: true,
	atom.Hr: true, atom.Address: true,
}

// bodyText lays the article under n out as text: one paragraph per block,
// blank lines between them, whitespace inside a paragraph folded.
func bodyText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := clean(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	// held is whether an article or main element above n holds the
	// article: one nested in it is furniture again if its class says so
	// (`<article class="story-promo">` inside the story).
	var walk func(n *html.Node, held bool)
	walk = func(n *html.Node, held bool) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			holds := container[n.DataAtom] && !held
			if skipped[n.DataAtom] || !holds && (boilerplate.MatchString(attr(n, "class")) || boilerplate.MatchString(attr(n, "id"))) {
				return
			}
			held = held || holds && n.DataAtom != atom.Body
			if n.DataAtom == atom.Br {
				cur.WriteString(" ")
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, held)
		}
		if block {
			flush()
		}
	}
	walk(n, false)
	flush()
	return strings.Join(paras, "\n\n") + "\n"
}
