package serve

import (
	"net"
	"strconv"
)

// lanAddresses are the addresses to give people: the host of --listen if
// it names one, else every up, non-loopback IPv4 address of this laptop
// (its hotspot's, its Wi-Fi's), with the port.
func lanAddresses(listen net.Addr) []string {
	tcp, ok := listen.(*net.TCPAddr)
	if !ok {
		return []string{listen.String()}
	}
	port := strconv.Itoa(tcp.Port)
	if !tcp.IP.IsUnspecified() {
		return []string{net.JoinHostPort(tcp.IP.String(), port)}
	}
	var out []string
	ifaces, _ := net.Interfaces()
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := iface.Addrs()
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil {
				out = append(out, net.JoinHostPort(ipn.IP.String(), port))
			}
		}
	}
	return out
}
