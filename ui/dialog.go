package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/session"
)

// dialog is a modal box over the live screen: while open it gets every key
// (but ctrl+c) first, so global keys never fire while someone types a name.
// A dialog never writes: when the user confirms, it returns an intent (one
// of the *Intent types below) that the live screen turns into log events.
type dialog interface {
	// Update takes a key (or other message). It returns an intent when the
	// user confirmed something, and done when the dialog should close
	// (confirmed or cancelled). A dialog may stay open after an intent (e.g.
	// marking attendance for several people).
	Update(msg tea.Msg, st *session.State) (intent any, done bool)
	// View draws the dialog's box for the given space (it must fit).
	View(st *session.State, width, height int) string
	// Help lists the dialog's keys for the footer.
	Help() []key.Binding
}

// Intents: what a dialog asks the live screen to record.
type (
	queueIntent struct {
		ID   string
		Kind facilitation.RequestKind
	}
	floorIntent    struct{ ID string } // give the floor to this person now
	turnNoteIntent struct {
		Turn int
		Note string
	}
	// endTurnIntent ends a turn at At (when e was pressed) with its note.
	endTurnIntent struct {
		Turn int
		Note string
		At   time.Time
	}
	freeNoteIntent   struct{ Text string }
	attendanceIntent struct{ ID, Status string }
	addPersonIntent  struct{ Person facilitation.Participant }
	offRecordIntent  struct {
		Turn int
		Off  bool
	}
	closeIntent struct{}
)
