package bot

import (
	"fmt"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC)
	l := newLimiter(3, 10*time.Second)
	l.now = func() time.Time { return now }
	steps := []struct {
		advance time.Duration
		who     string
		want    bool
	}{
		{0, "a", true},
		{0, "a", true},
		{0, "a", true},
		{0, "a", false}, // burst of 3 spent
		{0, "b", true},  // others unaffected
		{5 * time.Second, "a", false},
		{5 * time.Second, "a", true}, // one token back after 10s
		{0, "a", false},
		{time.Hour, "a", true}, // refills to the burst, not beyond
		{0, "a", true},
		{0, "a", true},
		{0, "a", false},
		{-time.Hour, "a", false}, // a clock stepping back gives nothing
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		if got := l.allow(s.who); got != s.want {
			t.Errorf("step %d: allow(%q) = %v, want %v", i, s.who, got, s.want)
		}
	}
}

func TestLimiterForgetsIdleMembers(t *testing.T) {
	now := time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC)
	l := newLimiter(2, time.Second)
	l.now = func() time.Time { return now }
	for i := range minSweepAt - 1 {
		l.allow(fmt.Sprint(i))
	}
	l.allow("busy")
	l.allow("busy")
	now = now.Add(time.Minute)
	l.allow("newcomer") // at minSweepAt: the idle, full buckets go
	if n := len(l.buckets); n > 3 {
		t.Errorf("%d buckets after a sweep, want only the recent ones", n)
	}
}

// TestLimiterSweepIsAmortised fills the limiter with active members, so
// that a sweep frees nothing, and checks that the next newcomers do not
// sweep again each (every sweep looks at every bucket) while the idle
// members are still forgotten once the limiter has doubled.
func TestLimiterSweepIsAmortised(t *testing.T) {
	now := time.Date(2025, 10, 15, 12, 0, 0, 0, time.UTC)
	l := newLimiter(2, time.Minute)
	l.now = func() time.Time { return now }
	for i := range minSweepAt {
		l.allow(fmt.Sprint(i)) // one token left: not idle
	}
	l.allow("first newcomer") // sweeps, and frees nothing
	now = now.Add(time.Hour)  // every bucket has refilled
	l.allow("second newcomer")
	if n := len(l.buckets); n <= minSweepAt {
		t.Fatalf("%d buckets: the second newcomer swept again right after a sweep", n)
	}
	for i := range minSweepAt {
		l.allow(fmt.Sprint("late ", i))
	}
	// Left: the late members and the second newcomer, who are active.
	if _, ok := l.buckets["0"]; ok || len(l.buckets) > minSweepAt+1 {
		t.Errorf("%d buckets, idle member kept %v: want the idle members forgotten once the limiter doubled", len(l.buckets), ok)
	}
}
