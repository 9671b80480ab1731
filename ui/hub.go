package ui

import (
	"slices"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// Role is what a screen on a shared session may do.
type Role string

// The roles: the serving laptop's own screen, and the three an SSH user
// name asks for (note@, observer@, room@).
const (
	RoleFacilitator Role = "facilitator"
	RoleNote        Role = session.PeerNote
	RoleObserver    Role = session.PeerObserver
	RoleRoom        Role = session.PeerRoom
)

// Peer is one screen connected to the hub, as the facilitator sees it.
type Peer struct {
	Conn  int // numbers the connections of this hub, from 1
	Role  Role
	Auth  string // how they got in: "key SHA256:…" or "join code"
	Addr  string // where from
	Since time.Time
}

// Hub shares one session between several Bubble Tea programs (the
// facilitator's, and one per SSH connection). It owns the one journal of
// the session, so it stays the one writer of the log: every program's
// actions go through that journal, in the order they reach the hub, with
// its group commit. After each save (or failed save) it pushes the state
// to every program, which draws it at its own size and in its own language.
//
// Programs never touch the hub's journal: they get immutable snapshots
// (clones made under the hub's lock) and give their actions to record.
type Hub struct {
	opts Options
	dir  string              // the session's directory: the minutes preview writes there
	plan *session.PlanRecord // the plan as the log holds it (language, level names)

	mu    sync.Mutex
	j     *journal
	seats map[int]*Seat
	conns int
	snap  *hubSnapshot
	quit  chan struct{} // closed by Close: pending retries stop
	done  bool
	runs  sync.WaitGroup // writes under way
}

// hubSnapshot is the shared state after a save, the same for every program
// and never changed once made.
type hubSnapshot struct {
	saved, projected *session.State
	outbox           []session.Event
	failure          error
	peers            []Peer
}

// errHubClosed refuses actions after the hub stopped.
var errHubClosed error = facilitation.Key("hub.closed")

// NewHub takes a session's events and the log they continue in: from now
// on only the hub writes to log.
func NewHub(opts Options, log EventLog, events []session.Event, dir string) (*Hub, error) {
	h := &Hub{opts: opts, dir: dir, seats: map[int]*Seat{}, quit: make(chan struct{})}
	j, err := newJournal(log, events, h.after)
	if err != nil {
		return nil, err
	}
	h.j = j
	if len(events) > 0 {
		h.plan = events[0].Plan
	}
	h.publish()
	return h, nil
}

// after is the hub journal's timer (a retry of a failed write): it gives
// up when the hub closes.
func (h *Hub) after(d time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg {
		select {
		case <-time.After(d):
			return msg
		case <-h.quit:
			return nil
		}
	}
}

// run runs a journal command in the background and takes its result back
// under the lock. Caller holds h.mu.
func (h *Hub) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	h.runs.Add(1)
	go func() {
		defer h.runs.Done()
		h.deliver(cmd())
	}()
}

func (h *Hub) deliver(msg tea.Msg) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch msg := msg.(type) {
	case eventsWrittenMsg:
		next := h.j.written(msg)
		h.publish()
		h.run(next)
	case retryWriteMsg:
		h.run(h.j.flush())
	}
}

// record is a program's action: checked against the shared projected
// state and queued in the one journal. The program's own journal gets the
// new projected state at once, so its next key press sees this one.
func (h *Hub) record(client *journal, now time.Time, events []session.Event) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return errHubClosed
	}
	cmd, err := h.j.record(now, events...)
	h.run(cmd)
	client.projected = h.j.projected.Clone()
	client.outbox = slices.Clone(h.j.outbox)
	if h.j.failure != nil { // saving fails: every screen shows what waits
		h.publish()
	}
	return err
}

// publish makes a snapshot and posts it to every seat. Caller holds h.mu.
func (h *Hub) publish() {
	s := &hubSnapshot{saved: h.j.saved.Clone(), outbox: slices.Clone(h.j.outbox), failure: h.j.failure, peers: h.peersLocked()}
	s.projected = s.saved
	if len(h.j.outbox) > 0 {
		s.projected = h.j.projected.Clone()
	}
	h.snap = s
	for _, seat := range h.seats {
		seat.post(s)
	}
}

func (h *Hub) peersLocked() []Peer {
	var out []Peer
	for _, s := range h.seats {
		if s.peer.Role != RoleFacilitator {
			out = append(out, s.peer)
		}
	}
	slices.SortFunc(out, func(a, b Peer) int { return a.Conn - b.Conn })
	return out
}

// Peers lists who is connected, oldest connection first.
func (h *Hub) Peers() []Peer {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.peersLocked()
}

// State is the shared state as saved (a snapshot: do not change it).
func (h *Hub) State() *session.State {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.snap.saved
}

// Unsaved is how many actions wait for the disk.
func (h *Hub) Unsaved() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.j.outbox)
}

// Disconnect ends a connection (the facilitator's choice).
func (h *Hub) Disconnect(conn int) bool {
	h.mu.Lock()
	s := h.seats[conn]
	h.mu.Unlock()
	if s == nil || s.kick == nil {
		return false
	}
	s.kick()
	return true
}

// Close stops the hub once every action is saved or has failed for good:
// it waits up to wait for writes under way, then refuses new actions. It
// does not close the log (its owner does).
func (h *Hub) Close(wait time.Duration) error {
	h.mu.Lock()
	for _, s := range h.seats { // connections end with the hub: say so in the log
		s.left.Do(func() { h.leaveLocked(s, time.Now()) })
	}
	h.mu.Unlock()
	deadline := time.Now().Add(wait)
	for h.Unsaved() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	h.mu.Lock()
	already := h.done
	h.done = true
	n := len(h.j.outbox)
	seats := make([]*Seat, 0, len(h.seats))
	for _, s := range h.seats {
		seats = append(seats, s)
	}
	h.mu.Unlock()
	if !already {
		close(h.quit)
	}
	for _, s := range seats {
		s.stopPump()
	}
	h.runs.Wait()
	if n > 0 {
		return facilitation.Key("hub.unsaved_at_stop")
	}
	return nil
}

// latest is the last snapshot published, read under the lock (a seat gets
// it through its program's messages instead).
func (h *Hub) latest() *hubSnapshot {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.snap
}
