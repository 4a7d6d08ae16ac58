package bot

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// errShuttingDown is why slow work stops when its front end shuts down.
var errShuttingDown = errors.New("quotebot is shutting down")

// tasks counts the work a front end has in flight, so that shutting down
// can wait for the answers members are owed instead of cutting them off.
type tasks struct {
	// work is the context of slow work. It ends when shutdown begins: a
	// refresh finishing as the process exits would be thrown away, so it
	// stops and says so instead.
	work   context.Context
	cancel context.CancelCauseFunc

	mu      sync.Mutex
	closing bool
	wg      sync.WaitGroup
}

func newTasks() *tasks {
	t := &tasks{}
	t.work, t.cancel = context.WithCancelCause(context.Background())
	return t
}

// start counts one more task and reports true, or reports false once
// shutdown has begun, when the task must not run. A started task calls
// done when it ends.
func (t *tasks) start() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	// Adding only before shutdown begins keeps Add from racing with Wait.
	if t.closing {
		return false
	}
	t.wg.Add(1)
	return true
}

func (t *tasks) done() { t.wg.Done() }

// shutdown refuses new tasks, stops slow work and waits until the tasks in
// flight have ended or ctx ends.
func (t *tasks) shutdown(ctx context.Context) error {
	t.mu.Lock()
	t.closing = true
	t.mu.Unlock()
	t.cancel(errShuttingDown)
	ended := make(chan struct{})
	go func() {
		t.wg.Wait()
		close(ended)
	}()
	select {
	case <-ended:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("waiting for answers in flight: %w", ctx.Err())
	}
}
