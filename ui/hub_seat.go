package ui

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/baraza-app/baraza/session"
)

// Guest is who joins the hub: their role and, for the log, how they got in.
type Guest struct {
	Role     Role
	Auth     string             // "key SHA256:…" or "join code"
	Addr     string             // remote address
	Lang     string             // "" for the plan's language
	Theme    Theme              // how their terminal draws
	Renderer *lipgloss.Renderer // nil: the local terminal's
	Kick     func()             // ends their connection (Hub.Disconnect)
}

// Seat is one program's place at the hub: the hub posts snapshots to it, a
// pump hands the latest to the program. A slow connection never holds the
// hub: snapshots it has not taken yet are replaced by newer ones.
type Seat struct {
	hub  *Hub
	peer Peer
	kick func()
	mail chan *hubSnapshot // one slot: the latest snapshot not yet handed on
	stop chan struct{}
	once sync.Once
	left sync.Once
}

// Join seats a guest and builds their program's model (not yet started:
// call Start with the program's Send). Joining and leaving are recorded in
// the log, except the facilitator's own screen.
func (h *Hub) Join(g Guest, now time.Time) (*Seat, tea.Model, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.done {
		return nil, nil, errHubClosed
	}
	h.conns++
	s := &Seat{hub: h, kick: g.Kick, mail: make(chan *hubSnapshot, 1), stop: make(chan struct{}),
		peer: Peer{Conn: h.conns, Role: g.Role, Auth: g.Auth, Addr: g.Addr, Since: now}}
	if g.Role != RoleFacilitator {
		cmd, err := h.j.record(now, session.Event{Type: session.PeerJoined, Peer: s.peer.record()})
		h.run(cmd)
		if err != nil {
			return nil, nil, err
		}
	}
	model := h.model(g, s)
	h.seats[s.peer.Conn] = s
	h.publish()
	return s, model, nil
}

func (p Peer) record() *session.Peer {
	return &session.Peer{Conn: p.Conn, Role: string(p.Role), Auth: p.Auth, Addr: p.Addr}
}

// model builds the screen of a role on the current snapshot.
func (h *Hub) model(g Guest, s *Seat) tea.Model {
	opts := h.opts
	opts.Theme, opts.Renderer = g.Theme, g.Renderer
	snap := h.snap
	c := h.commonFor(opts, g.Lang)
	if g.Role == RoleRoom {
		r := newRoom(c)
		r.state = snap.saved
		return &App{screen: r, owned: &closers{}}
	}
	j := &journal{hub: &hubLink{h: h, readOnly: g.Role == RoleObserver}, after: c.after}
	j.adopt(snap)
	live := &Live{c: c, j: j, keys: newLiveKeys(c.cat), help: newHelp(c), brd: board{keys: newBoardKeys(c.cat)}}
	if g.Role != RoleObserver {
		live.dir = h.dir
	}
	a := &App{screen: live, owned: &closers{}}
	if g.Role == RoleObserver {
		return &readOnlyApp{App: a}
	}
	return a
}

// Start hands the seat's snapshots to the program through send (its
// Send) until Leave.
func (s *Seat) Start(send func(tea.Msg)) {
	go func() {
		for {
			select {
			case snap := <-s.mail:
				send(eventsWrittenMsg{shared: snap})
			case <-s.stop:
				return
			}
		}
	}()
}

// post replaces whatever snapshot is waiting by snap. Only the hub posts,
// under its lock, so the slot is never filled between drain and put.
func (s *Seat) post(snap *hubSnapshot) {
	select {
	case <-s.mail:
	default:
	}
	s.mail <- snap
}

func (s *Seat) stopPump() { s.once.Do(func() { close(s.stop) }) }

// Conn is the seat's connection number.
func (s *Seat) Conn() int { return s.peer.Conn }

// Leave takes the seat away when its program ended (the connection closed
// or dropped): recorded in the log, and everyone's list updated.
func (s *Seat) Leave(now time.Time) {
	s.left.Do(func() {
		h := s.hub
		h.mu.Lock()
		defer h.mu.Unlock()
		h.leaveLocked(s, now)
	})
}

// leaveLocked records that a seat left and tells the others. Caller holds h.mu.
func (h *Hub) leaveLocked(s *Seat, now time.Time) {
	s.stopPump()
	delete(h.seats, s.peer.Conn)
	if s.peer.Role != RoleFacilitator && !h.done {
		cmd, _ := h.j.record(now, session.Event{Type: session.PeerLeft, Peer: s.peer.record()})
		h.run(cmd)
	}
	h.publish()
}
