package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// cpuProfile is a CPU profile being written, or none when its path is "".
type cpuProfile struct{ f *os.File }

// startCPUProfile starts profiling into the file at path, if any.
func startCPUProfile(path string) (*cpuProfile, error) {
	if path == "" {
		return &cpuProfile{}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile %s: %w", path, err)
	}
	return &cpuProfile{f}, nil
}

// stop ends the profile; calling it again does nothing, so that it can
// both end the profile where it should and be deferred for early returns.
func (p *cpuProfile) stop() error {
	if p.f == nil {
		return nil
	}
	pprof.StopCPUProfile()
	f := p.f
	p.f = nil
	if err := f.Close(); err != nil {
		return fmt.Errorf("cpu profile %s: %w", f.Name(), err)
	}
	return nil
}

// writeHeapProfile writes the live heap, as of a full collection, to the
// file at path, if any.
func writeHeapProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	runtime.GC()
	err = pprof.WriteHeapProfile(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("heap profile %s: %w", path, err)
	}
	return nil
}
