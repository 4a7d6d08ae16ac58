package fetch

import (
	"context"
	"strings"
	"sync"
	"time"
)

// hostGate lets one request at a time go to each host, and starts
// requests to one host at least interval apart, so that following many
// feeds on one site never hammers it.
type hostGate struct {
	interval time.Duration
	now      func() time.Time
	sleep    func(ctx context.Context, d time.Duration) error

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

// hostSlot is one host's turn: a one-place semaphore and when the last
// request to it started.
type hostSlot struct {
	turn chan struct{}
	last time.Time
}

func newHostGate(interval time.Duration) *hostGate {
	return &hostGate{interval: interval, now: time.Now, sleep: sleepCtx, hosts: map[string]*hostSlot{}}
}

// acquire waits for host's turn, within ctx, and returns the function
// that ends it.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(), err error) {
	host = strings.ToLower(host)
	g.mu.Lock()
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{turn: make(chan struct{}, 1)}
		g.hosts[host] = s
	}
	g.mu.Unlock()
	select {
	case s.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if !s.last.IsZero() {
		if wait := s.last.Add(g.interval).Sub(g.now()); wait > 0 {
			if err := g.sleep(ctx, wait); err != nil {
				<-s.turn
				return nil, err
			}
		}
	}
	s.last = g.now()
	return func() { <-s.turn }, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
