package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// nonPublic are ranges that net/netip's predicates do not cover but that
// are no more public: carrier-grade NAT, IETF protocol assignments,
// benchmarking, and IPv6 translation to IPv4.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
}

// Public reports whether addr may be fetched from without
// AllowPrivate.
func Public(addr netip.Addr) bool {
	addr = addr.Unmap()
	if !addr.IsValid() || addr.IsLoopback() || addr.IsPrivate() || addr.IsLinkLocalUnicast() ||
		addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast() || addr.IsMulticast() || addr.IsUnspecified() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// guard is the net.Dialer Control hook that refuses non-public addresses.
// It runs on the address about to be dialled, after DNS and after every
// redirect, so neither a name that resolves to 127.0.0.1 nor a redirect
// to it gets through.
func guard(allowPrivate bool) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if allowPrivate {
			return nil
		}
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("dialling %s: %w", address, err)
		}
		addr, err := netip.ParseAddr(host)
		if err != nil || !Public(addr) {
			return fmt.Errorf("%s: %w", host, ErrPrivate)
		}
		return nil
	}
}
