package main

import (
	"net"
	"net/netip"
	"slices"
	"strconv"
	"strings"
)

// iface is what studentURLs needs to know about one network interface.
type iface struct {
	name  string
	up    bool
	addrs []netip.Prefix
}

// localInterfaces reads the machine's interfaces; errors leave the list
// short rather than stopping the server.
func localInterfaces() []iface {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var out []iface
	for _, it := range ifs {
		addrs, err := it.Addrs()
		if err != nil {
			continue
		}
		x := iface{name: it.Name, up: it.Flags&net.FlagUp != 0 && it.Flags&net.FlagLoopback == 0}
		for _, a := range addrs {
			if p, err := netip.ParsePrefix(a.String()); err == nil {
				x.addrs = append(x.addrs, p)
			}
		}
		out = append(out, x)
	}
	return out
}

// isLoopbackHost reports whether a listen host reaches only this machine.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.IsLoopback()
}

// virtualPrefixes name interfaces that students cannot reach (containers,
// VMs, VPN tunnels); they are listed last so the first address, the one in
// the QR code, is the Wi-Fi or Ethernet one.
var virtualPrefixes = []string{"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "lxc", "lxd", "podman", "cni", "flannel", "tun", "tap", "wg", "zt", "tailscale", "utun"}

// studentURLs lists the http:// addresses students should open for a
// server listening on host:port. An unspecified host (0.0.0.0, ::, empty)
// means every interface: their addresses are listed, best first (IPv4
// private addresses on physical interfaces first, link-local ones never:
// they need a zone a phone cannot type). A specific host is the only
// answer.
func studentURLs(host string, port int, ifs []iface) []string {
	p := strconv.Itoa(port)
	if host != "" {
		ip, err := netip.ParseAddr(host)
		if err != nil || !ip.IsUnspecified() {
			return []string{"http://" + net.JoinHostPort(host, p) + "/"}
		}
	}
	onlyV4 := host == "0.0.0.0"
	type cand struct {
		rank int
		url  string
	}
	var cands []cand
	for _, it := range ifs {
		if !it.up {
			continue
		}
		virtual := slices.ContainsFunc(virtualPrefixes, func(v string) bool { return strings.HasPrefix(it.name, v) })
		for _, pr := range it.addrs {
			ip := pr.Addr().Unmap()
			if ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsMulticast() || ip.IsUnspecified() || (onlyV4 && !ip.Is4()) {
				continue
			}
			rank := 0
			if !ip.Is4() {
				rank += 2
			}
			if !ip.IsPrivate() {
				rank++
			}
			if virtual {
				rank += 10
			}
			cands = append(cands, cand{rank, "http://" + net.JoinHostPort(ip.String(), p) + "/"})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.rank - b.rank })
	var out []string
	for _, c := range cands {
		if !slices.Contains(out, c.url) {
			out = append(out, c.url)
		}
	}
	return out
}
