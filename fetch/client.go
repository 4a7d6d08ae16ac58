// Package fetch gets web pages and feeds for quotebot from hostile
// servers: it refuses private addresses (checked on the address actually
// dialled), caps sizes, times, redirects and content types, converts text
// to UTF-8, and asks each host for one thing at a time, at most once a
// second.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults for the zero Options.
const (
	DefaultMaxBytes = 5 << 20
	DefaultTimeout  = 30 * time.Second
	DefaultPerHost  = time.Second
	maxRedirects    = 5
)

// UserAgent names quotebot to the sites it fetches from.
const UserAgent = "quotebot/1.0 (news quotation index for a Discord server; fetches pages moderators add and feeds they follow)"

// Options tunes a Client.
type Options struct {
	// MaxBytes caps a response body after decompression; 0 means 5 MiB.
	MaxBytes int64
	// Timeout bounds a whole request, body included; 0 means 30s.
	Timeout time.Duration
	// AllowPrivate lets requests reach loopback, private, link-local and
	// other non-public addresses: for tests and intranets.
	AllowPrivate bool
	// PerHost is the least time between the starts of two requests to one
	// host; 0 means one second.
	PerHost time.Duration
}

// Client fetches pages and feeds. It is safe for concurrent use.
type Client struct {
	http     *http.Client
	maxBytes int64
	gate     *hostGate
}

// New returns a Client with opt's limits.
func New(opt Options) *Client {
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.PerHost <= 0 {
		opt.PerHost = DefaultPerHost
	}
	dialer := &net.Dialer{Timeout: opt.Timeout, Control: guard(opt.AllowPrivate)}
	transport := &http.Transport{
		// No proxy: the address dialled must be the server's, for the
		// guard to check it.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opt.Timeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       90 * time.Second,
	}
	return &Client{
		http: &http.Client{
			Transport:     transport,
			Timeout:       opt.Timeout,
			CheckRedirect: checkRedirect,
		},
		maxBytes: opt.MaxBytes,
		gate:     newHostGate(opt.PerHost),
	}
}

// Errors a fetch can fail with, besides the network's own.
var (
	ErrScheme      = errors.New("only http and https links can be fetched")
	ErrPrivate     = errors.New("address is not public: refused (QUOTEBOT_FETCH_ALLOW_PRIVATE=true allows it)")
	ErrTooLarge    = errors.New("response too large")
	ErrContentType = errors.New("unsupported content type")
	ErrRedirects   = fmt.Errorf("more than %d redirects", maxRedirects)
	ErrHTTPStatus  = errors.New("server answered with an error")
)

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return ErrRedirects
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL.Scheme, ErrScheme)
	}
	return nil
}

// Response is a successful fetch.
type Response struct {
	URL         string // after redirects
	ContentType string // the media type without parameters, e.g. text/html
	Body        []byte // UTF-8 for text types
	// Validators for a conditional request next time.
	ETag, LastModified string
	// NotModified is set when a conditional request found nothing new;
	// Body is then empty.
	NotModified bool
	// Warnings are problems the response was taken despite, such as a
	// charset that did not match the bytes.
	Warnings []string
}

// Validators make a request conditional: the server answers 304 Not
// Modified when the resource has not changed since.
type Validators struct{ ETag, LastModified string }

// Page types: what Page accepts.
var pageTypes = []string{"text/html", "application/xhtml+xml", "text/plain"}

// Page fetches a web page or a plain-text article.
func (c *Client) Page(ctx context.Context, link string) (*Response, error) {
	return c.get(ctx, link, pageTypes, Validators{})
}

// feedTypes are the types feeds are served as.
var feedTypes = []string{"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/feed+json", "application/json", "text/plain", "text/html"}

// Feed fetches an RSS or Atom feed, conditionally on v.
func (c *Client) Feed(ctx context.Context, link string, v Validators) (*Response, error) {
	return c.get(ctx, link, feedTypes, v)
}

func (c *Client) get(ctx context.Context, link string, types []string, v Validators) (*Response, error) {
	resp, err := c.do(ctx, link, types, v)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", clip(link), err)
	}
	return resp, nil
}

func (c *Client) do(ctx context.Context, link string, types []string, v Validators) (*Response, error) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return nil, errors.New("not a link")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, ErrScheme
	}
	if u.Host == "" {
		return nil, errors.New("link has no host")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", strings.Join(types, ", ")+", */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	release, err := c.gate.acquire(ctx, u.Hostname())
	if err != nil {
		return nil, err
	}
	defer release()
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, plain(err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		out.NotModified = true
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, fmt.Errorf("%w: %s", ErrHTTPStatus, resp.Status)
	}
	mediaType, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil || !accepted(mediaType, types) {
		return nil, fmt.Errorf("%w %q (want %s)", ErrContentType, clip(resp.Header.Get("Content-Type")), strings.Join(types[:min(len(types), 3)], " or "))
	}
	out.ContentType = mediaType
	if resp.ContentLength > c.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, more than the %s limit", ErrTooLarge, resp.ContentLength, size(c.maxBytes))
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the response: %w", plain(err))
	}
	if int64(len(raw)) > c.maxBytes {
		return nil, fmt.Errorf("%w: more than the %s limit", ErrTooLarge, size(c.maxBytes))
	}
	out.Body, out.Warnings = toUTF8(raw, params["charset"], mediaType)
	return out, nil
}

func accepted(mediaType string, types []string) bool {
	for _, t := range types {
		if mediaType == t {
			return true
		}
	}
	return false
}

// plain takes the request method and URL off a *url.Error, as the message
// that wraps it names the link already.
func plain(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return fmt.Errorf("timed out: %w", err)
	}
	return err
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func size(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// clip shortens a link or header for an error message.
func clip(s string) string {
	if len(s) <= 200 {
		return s
	}
	return s[:199] + "…"
}
