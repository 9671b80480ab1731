// Package serve shares a session over SSH (baraza serve): each connection
// gets its own Bubble Tea program on the hub, in the role its SSH user
// name asks for. It serves nothing else: no shell, no commands, no port
// forwarding, no file transfer.
package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/facilitation"
	"github.com/baraza-app/baraza/ui"
)

// remoteFPS caps how often a connected screen is redrawn. Bubble Tea's 60
// wakes ten idle screens 600 times a second; 15 keeps key presses
// immediate to the eye (at most 67 ms) for a quarter of the cost.
const remoteFPS = 15

// DefaultPort is where baraza serve listens unless --listen says otherwise.
const DefaultPort = 2323

// Config is what the command line decides.
type Config struct {
	Listen      string        // host:port; ":2323" when empty
	DataDir     string        // the host key lives here
	Allow       string        // authorized-keys file; "" for none
	IdleTimeout time.Duration // a connection with no traffic this long is closed; 30 min when 0
	Now         func() time.Time
}

// Server is a running SSH server on one hub.
type Server struct {
	hub         *ui.Hub
	cfg         Config
	srv         *ssh.Server
	ln          net.Listener
	allowed     map[string]bool
	codes       *codes
	limit       *failLimiter
	fingerprint string
	closed      atomic.Bool // Close was called
	serving     chan error  // Serve's result, when Start runs it
}

type ctxKey string

const authKey ctxKey = "baraza-auth"

// New prepares the server: the host key (made once), the allowed keys and
// fresh join codes. Listen starts it.
func New(hub *ui.Hub, cfg Config) (*Server, error) {
	if cfg.Listen == "" {
		cfg.Listen = fmt.Sprintf(":%d", DefaultPort)
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = 30 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	pem, signer, err := hostKey(cfg.DataDir)
	if err != nil {
		return nil, facilitation.Msg("serve.hostkey", err)
	}
	allowed, err := readAllow(cfg.Allow)
	if err != nil {
		return nil, err
	}
	s := &Server{hub: hub, cfg: cfg, allowed: allowed, codes: newCodes(), limit: newFailLimiter(),
		fingerprint: gossh.FingerprintSHA256(signer.PublicKey())}
	s.srv, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPEM(pem),
		wish.WithPublicKeyAuth(s.publicKey),
		wish.WithKeyboardInteractiveAuth(s.keyboard),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithVersion("baraza"),
		// The last middleware runs first: refuse what is not a screen, then
		// seat the guest, then run their program.
		wish.WithMiddleware(bm.MiddlewareWithProgramHandler(s.program, termenv.ANSI256), s.leaveWhenDone, s.gate),
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Listen opens the port; Serve then answers on it.
func (s *Server) Listen() error {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return facilitation.Msg("serve.cannot_listen", s.cfg.Listen, err)
	}
	s.ln = ln
	return nil
}

// Serve answers connections until Close.
func (s *Server) Serve() error {
	err := s.srv.Serve(s.ln)
	if errors.Is(err, ssh.ErrServerClosed) || s.closed.Load() {
		return nil // stopped (Serve may have started after Close: it then sees the listener closed)
	}
	return err
}

// Start answers connections in the background until Close, which waits
// for it.
func (s *Server) Start() {
	s.serving = make(chan error, 1)
	go func() { s.serving <- s.Serve() }()
}

// Close stops listening and ends every connection.
func (s *Server) Close() error {
	s.closed.Store(true)
	// Close the port first and let Serve return, then shut down: stopped
	// at once (the facilitator quit as sharing started), Serve may not have
	// begun, and charmbracelet/ssh's Shutdown neither closes a listener
	// Serve has not taken yet nor may overlap Serve's start.
	_ = s.ln.Close()
	var served error
	if s.serving != nil {
		served = <-s.serving
		s.serving = nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return errors.Join(served, s.srv.Close())
	}
	return served
}

// Addr is where the server listens.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Addresses are the LAN addresses (host:port) to give people.
func (s *Server) Addresses() []string { return lanAddresses(s.ln.Addr()) }

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it.
func (s *Server) Fingerprint() string { return s.fingerprint }

// Codes are the join codes by role.
func (s *Server) Codes() map[ui.Role]string { return s.codes.all() }

// Renew replaces every join code; connections already in stay.
func (s *Server) Renew() { s.codes.renew() }

// Disconnect ends a connection.
func (s *Server) Disconnect(conn int) bool { return s.hub.Disconnect(conn) }

// roleOf reads the role from the SSH user name.
func roleOf(user string) (ui.Role, bool) {
	switch r := ui.Role(strings.ToLower(user)); r {
	case ui.RoleNote, ui.RoleObserver, ui.RoleRoom:
		return r, true
	}
	return "", false
}

// publicKey lets in a key listed with --allow, for any role.
func (s *Server) publicKey(ctx ssh.Context, key ssh.PublicKey) bool {
	if _, ok := roleOf(ctx.User()); !ok || s.limit.blocked(hostOf(ctx.RemoteAddr())) {
		return false // keyboard-interactive then says why, in one line
	}
	fp := gossh.FingerprintSHA256(key)
	if !s.allowed[fp] {
		return false
	}
	ctx.SetValue(authKey, "key "+fp)
	return true
}

// keyboard asks for the role's join code. Every refusal is one plain line.
// The question and the refusals are in English with French words, all in
// ASCII, not from the catalog: OpenSSH prints what the server says before
// login through its log, which escapes every other byte ("refus\303\251")
// whatever the client's locale (docs/serve.md).
func (s *Server) keyboard(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
	refuse := func(line string) bool {
		_, _ = ask("", line, nil, nil)
		return false
	}
	host := hostOf(ctx.RemoteAddr())
	role, ok := roleOf(ctx.User())
	switch {
	case !ok:
		return refuse(fmt.Sprintf("baraza: refused: %q is not a role; connect as note@, observer@ or room@ (connectez-vous en note@, observer@ ou room@)", ctx.User()))
	case s.limit.blocked(host):
		return refuse("baraza: refused: too many wrong join codes from your address; wait a minute (trop de codes faux, attendez une minute)")
	}
	answers, err := ask("", "", []string{fmt.Sprintf("Join code for %s (code de connexion): ", role)}, []bool{true})
	if err != nil || len(answers) != 1 {
		return false
	}
	if !s.codes.check(role, answers[0]) {
		s.limit.failed(host)
		time.Sleep(failPause)
		return refuse("baraza: refused: wrong join code for " + string(role) + " (code de connexion faux)")
	}
	s.limit.succeeded(host)
	ctx.SetValue(authKey, "join code")
	return true
}

// gate refuses anything but an interactive screen: a command (ssh host
// ls) or a session without a terminal.
func (s *Server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		lang := s.langOf(sess)
		if len(sess.RawCommand()) > 0 || sess.Subsystem() != "" {
			wish.Fatalln(sess, refusal(lang, "serve.refused.command"))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			wish.Fatalln(sess, refusal(lang, "serve.refused.no_terminal"))
			return
		}
		next(sess)
	}
}

type seatKey struct{}

// leaveWhenDone takes the guest's seat away when their program ends,
// whether they quit, were disconnected or their connection dropped.
func (s *Server) leaveWhenDone(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		next(sess)
		if seat, ok := sess.Context().Value(seatKey{}).(*ui.Seat); ok {
			seat.Leave(s.cfg.Now())
		}
	}
}

// program seats the guest at the hub and makes their program.
func (s *Server) program(sess ssh.Session) *tea.Program {
	role, _ := roleOf(sess.User())
	auth, _ := sess.Context().Value(authKey).(string)
	env := envOf(sess)
	theme := ui.ThemeFromEnv(env)
	r := lipgloss.NewRenderer(sess, termenv.WithProfile(profileOf(sess, theme)))
	r.SetHasDarkBackground(theme.Dark)
	seat, model, err := s.hub.Join(ui.Guest{
		Role: role, Auth: auth, Addr: sess.RemoteAddr().String(), Lang: langOf(env),
		Theme: theme, Renderer: r, Kick: func() { _ = sess.Close() },
	}, s.cfg.Now())
	if err != nil {
		wish.Fatalln(sess, "baraza: "+facilitation.ErrorIn(err, s.langOf(sess)))
		return nil
	}
	sess.Context().SetValue(seatKey{}, seat)
	p := tea.NewProgram(model, append(bm.MakeOptions(sess), tea.WithAltScreen(), tea.WithFPS(remoteFPS))...)
	seat.Start(p.Send)
	time.Sleep(untilFrame(time.Now())) // the program's frame ticker starts in phase with the others'
	return p
}

// frameEpoch is the phase of every connected screen's frames.
var frameEpoch = time.Now()

// untilFrame is how long until the next frame of the shared phase. A
// program's frame ticker starts when it runs (right after the handler
// returns): started on the same phase, the tickers of ten screens fire
// together, one wake-up of the process instead of ten, 15 times a second.
func untilFrame(now time.Time) time.Duration {
	frame := time.Second / remoteFPS
	return frame - now.Sub(frameEpoch)%frame
}

// refusal is the line that turns someone away, in lang.
func refusal(lang, key string, args ...any) string {
	return "baraza: " + facilitation.Msg(key, args...).In(lang)
}

// langOf is the language a connected client asked for, else the session's:
// what is said once they are in reaches their terminal as it is.
func (s *Server) langOf(sess ssh.Session) string {
	if lang := langOf(envOf(sess)); lang != "" {
		return lang
	}
	return s.hub.Lang()
}

// envOf reads the variables the client sent (LANG, NO_COLOR, BARAZA_LANG…).
func envOf(sess ssh.Session) func(string) string {
	vars := sess.Environ()
	return func(k string) string {
		for _, v := range vars {
			if strings.HasPrefix(v, k+"=") {
				return v[len(k)+1:]
			}
		}
		return ""
	}
}

// langOf: BARAZA_LANG, else French or English when LC_ALL or LANG says so,
// else "" (the plan's language).
func langOf(env func(string) string) string {
	for _, k := range []string{"BARAZA_LANG", "LC_ALL", "LANG"} {
		v := strings.ToLower(env(k))
		switch {
		case strings.HasPrefix(v, "fr"):
			return "fr"
		case strings.HasPrefix(v, "en"):
			return "en"
		}
	}
	return ""
}

// profileOf: colours for a colour terminal, none for a dumb one or NO_COLOR.
func profileOf(sess ssh.Session, theme ui.Theme) termenv.Profile {
	pty, _, _ := sess.Pty()
	if theme.NoColor || pty.Term == "" || pty.Term == "dumb" {
		return termenv.Ascii
	}
	return termenv.ANSI256
}

// Starter is how a live screen starts sharing (S, or baraza serve at
// once): a server on the hub, listening, answering in the background; and
// what stops it (every connection ends).
func Starter(cfg Config) ui.StartSharing {
	return func(h *ui.Hub) (ui.Sharing, func() error, error) {
		srv, err := New(h, cfg)
		if err != nil {
			return nil, nil, err
		}
		if err := srv.Listen(); err != nil {
			return nil, nil, err
		}
		srv.Start()
		return srv, srv.Close, nil
	}
}
