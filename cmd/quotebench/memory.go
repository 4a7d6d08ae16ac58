package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// processMemory returns a process's resident memory now (VmRSS) and the
// most it has had (VmHWM), in bytes, from /proc/PID/status: what the
// operator's machine sees, beyond the Go heap.
func processMemory(pid int) (rss, peak int64, err error) {
	path := fmt.Sprintf("/proc/%d/status", pid)
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, fmt.Errorf("memory of process %d: %w", pid, err)
	}
	return statusMemory(b, path)
}

// settledMemory polls a process's resident memory until it stops falling,
// and returns it: a process that has just built its index gives the
// scratch of building back over the next moments, and what it holds
// then is what a host must provide for it. It gives up after limit.
func settledMemory(ctx context.Context, pid int, every, limit time.Duration) (int64, error) {
	last, _, err := processMemory(pid)
	if err != nil {
		return 0, err
	}
	deadline := time.Now().Add(limit)
	for steady := 0; steady < 5 && time.Now().Before(deadline); {
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-time.After(every):
		}
		rss, _, err := processMemory(pid)
		if err != nil {
			return last, err
		}
		// Less than 1% down counts as steady: the collector's own
		// breathing is no release of building's memory.
		if rss > last-last/100 {
			steady++
		} else {
			steady = 0
		}
		last = min(last, rss)
	}
	return last, nil
}

// statusMemory reads VmRSS and VmHWM from the text of a /proc status file.
func statusMemory(status []byte, path string) (rss, peak int64, err error) {
	found := 0
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || key != "VmRSS" && key != "VmHWM" {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %s: %w", path, key, err)
		}
		if key == "VmRSS" {
			rss = kb << 10
		} else {
			peak = kb << 10
		}
		found++
	}
	if found != 2 {
		return 0, 0, fmt.Errorf("%s: no VmRSS and VmHWM lines", path)
	}
	return rss, peak, nil
}

// dirtyBytes returns the machine's file data written but not yet on disk
// (Dirty in /proc/meminfo).
func dirtyBytes() (int64, error) {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, fmt.Errorf("dirty pages: %w", err)
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "Dirty:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("dirty pages: %q: %w", line, err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("dirty pages: no Dirty line in /proc/meminfo")
}

// written waits until the machine has written back what quotebot wrote,
// at most limit: the kernel does so for up to half a minute after, on the
// same cores the lookups are timed on.
func written(ctx context.Context, below int64, every, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	for time.Since(start) < limit {
		d, err := dirtyBytes()
		if err != nil || d < below {
			return time.Since(start), err
		}
		select {
		case <-ctx.Done():
			return time.Since(start), ctx.Err()
		case <-time.After(every):
		}
	}
	return time.Since(start), nil
}
