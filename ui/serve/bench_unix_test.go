//go:build unix

package serve

import (
	"encoding/pem"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/baraza-app/baraza/ui"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIdleTenClients: the CPU the serving process uses with 10 SSH
// clients connected (room views and note-takers) and a speaker's clock
// running, over 10 s, in percent of one core. The clients are OpenSSH's
// ssh, in processes of their own, when it is installed (then the figure is
// the server's alone); else x/crypto/ssh clients in this process (then it
// is an upper bound). (docs/performance.md)
func BenchmarkIdleTenClients(b *testing.B) {
	a, id := newSession(b)
	s := start(b, a, id)
	driver := s.open("note", (&codeAuth{code: s.srv.Codes()[ui.RoleNote]}).method())
	driver.waitFor(b, "Nyakabanda")
	driver.keys("]g") // the first round, and give someone the floor: the clocks run
	time.Sleep(200 * time.Millisecond)
	driver.keys("\r")
	time.Sleep(200 * time.Millisecond)
	driver.close()
	ssh, err := exec.LookPath("ssh")
	for i := range 10 {
		role := ui.RoleRoom
		if i%2 == 1 {
			role = ui.RoleNote
		}
		if err == nil {
			b.Cleanup(s.sshProcess(b, ssh, string(role)))
			continue
		}
		sc := s.open(string(role), (&codeAuth{code: s.srv.Codes()[role]}).method())
		sc.waitFor(b, "Nyakabanda")
		b.Cleanup(sc.close)
	}
	for deadline := time.Now().Add(20 * time.Second); len(s.hub.Peers()) != 10 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond) // ten ssh processes log in slowly on a loaded machine
	}
	if n := len(s.hub.Peers()); n != 10 {
		b.Fatalf("%d clients connected", n)
	}
	time.Sleep(time.Second)
	b.ResetTimer()
	for range b.N {
		start, cpu0 := time.Now(), cpuTime()
		time.Sleep(10 * time.Second)
		b.ReportMetric(100*float64(cpuTime()-cpu0)/float64(time.Since(start)), "%cpu")
	}
}

// sshProcess connects OpenSSH's client with the allowed key, in a pty it
// forces (-tt), and returns what stops it.
func (s *served) sshProcess(b *testing.B, ssh, role string) func() {
	dir := b.TempDir()
	keyPath := filepath.Join(dir, "id")
	pemBlock, err := gossh.MarshalPrivateKey(s.rawKey, "")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(pemBlock), 0o600); err != nil {
		b.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(s.srv.Addr().String())
	cmd := exec.Command(ssh, "-tt", "-p", port, "-i", keyPath, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
		"-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", role+"@"+host)
	stdin, _ := cmd.StdinPipe()
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	return func() { _ = stdin.Close(); _ = cmd.Process.Kill(); _ = cmd.Wait() }
}
