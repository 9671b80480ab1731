package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// View: the banner over the live screen, or the sharing panel; before
// sharing starts, the live screen alone.
func (a *shareApp) View() string {
	w, h := a.c.width, a.c.height
	if w == 0 || h == 0 {
		return ""
	}
	if a.sh == nil { // not shared (yet): the live screen as it is
		return a.inner.View()
	}
	if a.open {
		return strings.Join(block(a.panel(w, h), w, h), "\n")
	}
	return a.banner(w) + "\n" + a.inner.View()
}

func (a *shareApp) banner(w int) string {
	st, cat := a.c.st, a.c.cat
	addrs := a.sh.Addresses()
	line := cat.T("serve.banner_none")
	if len(addrs) > 0 {
		line = cat.T("serve.banner", strings.Join(addrs, ", "), len(a.peers))
	}
	if a.status != "" {
		line = a.status + " · " + line
	}
	return st.StatusBusy.Render(fit(line, w))
}

// panel: how to connect, the fingerprint, the codes, who is connected.
func (a *shareApp) panel(w, h int) []string {
	st, cat := a.c.st, a.c.cat
	lines := []string{st.Title.Render(cat.T("serve.title")), "", st.PanelTitle.Render(cat.T("serve.how"))}
	codes := a.sh.Codes()
	for _, addr := range a.sh.Addresses() {
		host, port := splitHostPort(addr)
		lines = append(lines, fmt.Sprintf("  ssh -p %s note@%s   ·   observer@%s   ·   room@%s", port, host, host, host))
	}
	lines = append(lines, "", st.PanelTitle.Render(cat.T("serve.fingerprint")), "  "+st.Bold.Render(a.sh.Fingerprint()),
		"", st.PanelTitle.Render(cat.T("serve.codes")))
	for _, r := range []Role{RoleNote, RoleObserver, RoleRoom} {
		lines = append(lines, fmt.Sprintf("  %-10s %s  %s", string(r)+"@", st.Bold.Render(codes[r]), st.Subtle.Render("("+cat.T("serve.role."+string(r))+")")))
	}
	lines = append(lines, "", st.PanelTitle.Render(cat.T("serve.connected", len(a.peers))))
	if len(a.peers) == 0 {
		lines = append(lines, st.Subtle.Render("  "+cat.T("serve.nobody")))
	}
	for i, p := range a.peers {
		auth := p.Auth // as the log holds it: "join code" or "key SHA256:…"
		if auth == "join code" {
			auth = cat.T("serve.auth_code")
		} else if fp, ok := strings.CutPrefix(auth, "key "); ok {
			auth = cat.T("serve.auth_key", fp)
		}
		mark := "  "
		if i == a.cursor {
			mark = "› "
		}
		line := mark + cat.T("serve.peer", p.Conn, cat.T("serve.role."+string(p.Role)), ansi.Truncate(auth, 24, "…"), p.Addr, p.Since.Local().Format("15:04"))
		if i == a.cursor {
			line = st.Selected.Render(fit(line, w))
		}
		lines = append(lines, line)
	}
	status := ""
	if a.status != "" {
		status = st.Subtle.Render(fit(a.status, w))
	}
	a.help.Width = w
	footer := []string{status, a.help.ShortHelpView([]key.Binding{a.keys.Up, a.keys.Kick, a.keys.Renew, a.keys.Close})}
	return append(block(lines, w, max(h-len(footer), 1)), footer...)
}

func splitHostPort(addr string) (host, port string) {
	i := strings.LastIndex(addr, ":")
	if i < 0 {
		return addr, "2323"
	}
	return strings.Trim(addr[:i], "[]"), addr[i+1:]
}
