package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/baraza-app/baraza/sessions"
	"github.com/baraza-app/baraza/sessions/seal"
)

// unlockPrompt asks for what opens a sealed session: the path of the
// programme's private key file, or the passphrase (masked). The session is
// then decrypted in memory and opened read-only; nothing is written.
type unlockPrompt struct {
	name       string // the sealed session's name in the archive
	minutes    bool   // open its minutes preview, else its replay
	passphrase bool   // the input is the passphrase, else a key file's path
	canSwitch  bool   // the session takes both: tab switches
	input      textinput.Model
	busy       bool   // decrypting: enter waits, typing goes on
	refusal    string // why the last try failed, one plain line
}

// unlockedMsg is a sealed session decrypted in memory, or why not.
type unlockedMsg struct {
	name    string
	rec     recordingMsg
	keyFile string // set when the key file itself could not be read
}

// unlockLimit is longer than any path or passphrase typed by hand.
const unlockLimit = 1024

// askSecret opens the prompt for a sealed session. What it asks first
// follows sealed.json: a passphrase when nothing else opens it.
func (h *Home) askSecret(s sessions.Summary, minutes bool) {
	u := &unlockPrompt{name: s.ID, minutes: minutes, input: newDialogInput(h.c, "", unlockLimit),
		passphrase: s.SealedWith.Passphrase && s.SealedWith.Keys == 0,
		canSwitch:  s.SealedWith.Passphrase && s.SealedWith.Keys > 0}
	u.mask()
	h.unlock, h.status = u, ""
}

// mask hides what is typed when it is the passphrase.
func (u *unlockPrompt) mask() {
	u.input.EchoMode = textinput.EchoNormal
	if u.passphrase {
		u.input.EchoMode, u.input.EchoCharacter = textinput.EchoPassword, '•'
	}
}

// unlockKey handles a key while the prompt is open.
func (h *Home) unlockKey(msg tea.KeyMsg) tea.Cmd {
	u := h.unlock
	if u.busy && msg.Type == tea.KeyEnter { // typing goes on while scrypt works
		return nil
	}
	switch msg.Type {
	case tea.KeyEsc:
		h.unlock = nil
		return nil
	case tea.KeyTab:
		if u.canSwitch {
			u.passphrase, u.refusal = !u.passphrase, ""
			u.input.SetValue("")
			u.mask()
		}
		return nil
	case tea.KeyEnter:
		secret := u.input.Value()
		if strings.TrimSpace(secret) == "" {
			return nil
		}
		u.busy, u.refusal = true, ""
		u.input.SetValue("") // the secret lives on only in the command
		return openSealed(h.archive, u.name, secret, u.passphrase, u.minutes)
	}
	u.refusal = ""
	var cmd tea.Cmd
	u.input, cmd = u.input.Update(msg)
	return cmd
}

// openSealed reads the key file or takes the passphrase, and decrypts the
// session in memory: all of it runs in the command, none in Update.
func openSealed(a *sessions.Archive, name, secret string, passphrase, minutes bool) tea.Cmd {
	return func() tea.Msg {
		var s seal.Secrets
		if passphrase {
			s.Passphrase = secret
		} else {
			path := expandHome(strings.TrimSpace(secret))
			ids, err := seal.ReadIdentities(path)
			if err != nil {
				return unlockedMsg{name: name, rec: recordingMsg{err: err}, keyFile: path}
			}
			s.Identities = ids
		}
		b := *a
		b.Unlock = func(string, seal.Info) (seal.Secrets, error) { return s, nil }
		if minutes {
			rec, st, err := b.FoldRecording(name)
			return unlockedMsg{name: name, rec: recordingMsg{rec: rec, st: st, err: err, minutes: true}}
		}
		rec, err := b.OpenRecording(name)
		var notes []sessions.Annotation
		if err == nil {
			notes, err = rec.Annotations()
		}
		return unlockedMsg{name: name, rec: recordingMsg{rec: rec, notes: notes, err: err}}
	}
}

// expandHome reads "~/key.txt" as people type it.
func expandHome(path string) string {
	if !strings.HasPrefix(path, "~/") && !strings.HasPrefix(path, "~"+string(filepath.Separator)) {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, path[2:])
}

// unlocked opens the decrypted session, or says in one line why not and
// keeps the prompt open to try again.
func (h *Home) unlocked(msg unlockedMsg) tea.Cmd {
	u := h.unlock
	if u == nil || u.name != msg.name { // cancelled meanwhile
		return nil
	}
	u.busy = false
	if err := msg.rec.err; err != nil {
		switch {
		case errors.Is(err, seal.ErrWrongSecret):
			u.refusal = h.c.cat.T("home.unlock.wrong")
		case msg.keyFile != "" && errors.Is(err, fs.ErrNotExist):
			u.refusal = h.c.cat.T("home.unlock.no_file", msg.keyFile)
		case msg.keyFile != "":
			u.refusal = h.c.cat.T("home.unlock.not_key", msg.keyFile)
		default:
			u.refusal = strings.ReplaceAll(h.say(err), "\n", " ")
		}
		return nil
	}
	h.unlock = nil
	return h.replay(msg.rec)
}

// view draws the prompt in a dialog box.
func (u *unlockPrompt) view(c *common, width, height int) string {
	st, cat := c.st, c.cat
	iw := dialogInner(c, width)
	ask := "home.unlock.key"
	if u.passphrase {
		ask = "home.unlock.passphrase"
	}
	var lines []string
	for _, l := range wrapText(cat.T("home.unlock.title", u.name), iw) {
		lines = append(lines, st.Title.Render(l))
	}
	lines = append(lines, wrapText(cat.T(ask), iw)...)
	sizeInput(&u.input, iw)
	lines = append(lines, u.input.View())
	switch {
	case u.busy:
		lines = append(lines, st.Subtle.Render(cat.T("home.unlock.busy")))
	case u.refusal != "":
		for _, l := range wrapText(u.refusal, iw) {
			lines = append(lines, st.Bad.Render(l))
		}
	}
	hint := cat.T("home.unlock.hint")
	if u.canSwitch {
		hint = cat.T("home.unlock.hint_switch")
	}
	lines = append(lines, "", st.Faint.Render(hint))
	return dialogBox(c, lines, width, height)
}
