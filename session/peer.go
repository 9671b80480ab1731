package session

import (
	"github.com/baraza-app/baraza/facilitation"
)

// Peer is one connection to a shared session (baraza serve): the role it
// took, how it proved it could (a key's fingerprint, or "join code": never
// the code itself) and where from. It names no one: a key's comment, which
// often holds a name, is not kept.
type Peer struct {
	Conn int    `json:"conn"`           // the connection's number in this serving process
	Role string `json:"role"`           // note, observer, room
	Auth string `json:"auth"`           // "key SHA256:…" or "join code"
	Addr string `json:"addr,omitempty"` // the remote address, host:port
}

// Peer roles, as the SSH user name asks for them.
const (
	PeerNote     = "note"
	PeerObserver = "observer"
	PeerRoom     = "room"
)

// foldPeer checks a connection event. Connections change nothing the
// minutes show; they are kept in the log for the record of who saw what.
func (*State) foldPeer(e Event) error {
	if e.Peer == nil {
		return facilitation.Msg("fold.no_peer", e.Type)
	}
	switch e.Peer.Role {
	case PeerNote, PeerObserver, PeerRoom:
	default:
		return facilitation.Msg("fold.peer_role", e.Peer.Role)
	}
	return nil
}

// peer: connection events are kept after the session closes too (people
// may still read a closed session's screen).
func (t Type) peer() bool { return t == PeerJoined || t == PeerLeft }
