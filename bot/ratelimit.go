package bot

import (
	"sync"
	"time"
)

// limiter is a token bucket per member: burst lookups at once, then one
// more every interval. Members who stay idle long enough are forgotten, so
// the map stays as small as the set of recently active members.
type limiter struct {
	burst int
	every time.Duration
	now   func() time.Time // replaced in tests

	mu      sync.Mutex
	buckets map[string]*bucket
	// sweepAt is the number of members at which the next newcomer makes
	// the limiter drop the full buckets. It is twice what the last sweep
	// kept, so that a sweep, which looks at every bucket, comes only after
	// as many newcomers as it had buckets to look at.
	sweepAt int
}

type bucket struct {
	tokens float64
	last   time.Time
	// told is set once the member has been told they are limited, until
	// they are allowed again.
	told bool
}

// minSweepAt is how many members the limiter tracks at least before it
// drops the full buckets, which carry no information.
const minSweepAt = 10000

func newLimiter(burst int, every time.Duration) *limiter {
	if burst <= 0 {
		burst = 5
	}
	if every <= 0 {
		every = 3 * time.Second
	}
	return &limiter{burst: burst, every: every, now: time.Now, buckets: map[string]*bucket{}, sweepAt: minSweepAt}
}

// allow takes one token from who's bucket and reports whether there was
// one. An unknown member ("") shares one bucket with all other unknowns.
func (l *limiter) allow(who string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[who]
	if !ok {
		if len(l.buckets) >= l.sweepAt {
			l.sweep(now)
			l.sweepAt = max(minSweepAt, 2*len(l.buckets))
		}
		b = &bucket{tokens: float64(l.burst), last: now}
		l.buckets[who] = b
	}
	b.tokens = l.refill(b, now)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	b.told = false
	return true
}

// tell reports whether who, just refused, should be told so: only the
// first time since they were last allowed, as a reply to each flooded
// message would be flooding too.
func (l *limiter) tell(who string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[who]
	if !ok || b.told {
		return false
	}
	b.told = true
	return true
}

func (l *limiter) refill(b *bucket, now time.Time) float64 {
	elapsed := now.Sub(b.last)
	if elapsed < 0 {
		elapsed = 0 // the clock stepped back
	}
	return min(float64(l.burst), b.tokens+float64(elapsed)/float64(l.every))
}

func (l *limiter) sweep(now time.Time) {
	for who, b := range l.buckets {
		if l.refill(b, now) >= float64(l.burst) {
			delete(l.buckets, who)
		}
	}
}
