package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

type fakeSharing struct {
	renewed int
	kicked  []int
}

func (f *fakeSharing) Addresses() []string { return []string{"192.168.43.1:2323"} }
func (f *fakeSharing) Fingerprint() string { return "SHA256:test" }
func (f *fakeSharing) Codes() map[Role]string {
	return map[Role]string{RoleNote: "bakomi tulesa ripodu", RoleObserver: "x", RoleRoom: "y"}
}
func (f *fakeSharing) Renew()                   { f.renewed++ }
func (f *fakeSharing) Disconnect(conn int) bool { f.kicked = append(f.kicked, conn); return true }

func keyRunes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// The facilitator sees where to connect and who is connected, renews the
// codes and disconnects someone; S typed in a dialog stays in the dialog.
func TestShareAppPanel(t *testing.T) {
	h, _ := hubSession(t)
	opts := Options{Theme: Theme{NoColor: true}}
	_, m, err := h.Join(Guest{Role: RoleFacilitator}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := h.Join(Guest{Role: RoleObserver, Auth: "join code", Addr: "192.168.43.17:50000"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	sh := &fakeSharing{}
	a := newShareApp(h.commonFor(opts, ""), m.(*App), sh)
	a.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	a.Update(eventsWrittenMsg{shared: h.latest()})
	if v := a.View(); !strings.Contains(v, "Shared on 192.168.43.1:2323 · 1 connected") {
		t.Fatalf("banner missing:\n%s", v)
	}
	a.Update(keyRunes("S"))
	v := a.View()
	for _, want := range []string{"ssh -p 2323 note@192.168.43.1", "SHA256:test", "bakomi tulesa ripodu", "#2 observer", "192.168.43.17:50000"} {
		if !strings.Contains(v, want) {
			t.Fatalf("panel lacks %q:\n%s", want, v)
		}
	}
	a.Update(keyRunes("R"))
	_, cmd := a.Update(keyRunes("x"))
	if cmd == nil {
		t.Fatal("x did nothing")
	}
	a.Update(cmd())
	if sh.renewed != 1 || len(sh.kicked) != 1 || sh.kicked[0] != 2 {
		t.Fatalf("renewed %d, kicked %v", sh.renewed, sh.kicked)
	}
	a.Update(tea.KeyMsg{Type: tea.KeyEsc})
	a.Update(keyRunes("t")) // a free note: its text input takes S
	a.Update(keyRunes("S"))
	if a.open {
		t.Fatal("S typed in a note opened the panel")
	}
}
