// gofollow: follow one TCP connection with gopacket's reassembly package (default options) and
// print every chunk it delivers (each ReassembledSG call) in tshark's raw follow layout: one hex
// line per chunk, a TAB before Node 1's lines.
//
// usage: gofollow CAPTURE NODE0 NODE1      endpoints as a.b.c.d:port or [v6]:port
//
// The capture is read with gopacket/pcap (libpcap) and decoded from its link type; every packet
// with a TCP layer goes to Assembler.AssembleWithContext; Accept takes every segment and never
// forces a start; FlushAll runs once at the end of the file. A chunk whose skip count is above 0
// is preceded by tshark's "[N bytes missing in capture file]" marker record (with its NUL).
package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/google/gopacket"
	"github.com/google/gopacket/layers"
	"github.com/google/gopacket/pcap"
	"github.com/google/gopacket/reassembly"
)

// endpoint is an address (4 or 16 bytes, as written in the node text) and a port.
type endpoint struct {
	addr []byte
	port uint16
}

var nodes [2]endpoint

// parseEndpoint reads "a.b.c.d:port" or "[v6]:port"; ok is false for ":0" and anything else.
func parseEndpoint(text string) (endpoint, bool) {
	colon := strings.LastIndex(text, ":")
	if colon <= 0 {
		return endpoint{}, false
	}
	port, err := strconv.ParseUint(text[colon+1:], 10, 16)
	host := text[:colon]
	ip := net.ParseIP(strings.Trim(host, "[]"))
	if err != nil || ip == nil {
		return endpoint{}, false
	}
	if strings.HasPrefix(host, "[") {
		return endpoint{ip.To16(), uint16(port)}, true
	}
	return endpoint{ip.To4(), uint16(port)}, ip.To4() != nil
}

// nodeOf returns 0 or 1 for a node's address and port, -1 for neither.
func nodeOf(addr []byte, port uint16) int {
	for node, e := range nodes {
		if e.port == port && bytes.Equal(e.addr, addr) {
			return node
		}
	}
	return -1
}

func printRecord(node int, data []byte) {
	if node == 1 {
		fmt.Print("\t")
	}
	fmt.Printf("%x\n", data)
}

// stream remembers which node is gopacket's client (the sender of the first packet it saw).
type stream struct {
	clientNode int
}

func (s *stream) Accept(*layers.TCP, gopacket.CaptureInfo, reassembly.TCPFlowDirection, reassembly.Sequence, *bool, reassembly.AssemblerContext) bool {
	return true
}

func (s *stream) ReassembledSG(sg reassembly.ScatterGather, _ reassembly.AssemblerContext) {
	dir, _, _, skip := sg.Info()
	node := s.clientNode
	if dir == reassembly.TCPDirServerToClient {
		node = 1 - node
	}
	if skip > 0 {
		printRecord(node, []byte(fmt.Sprintf("[%d bytes missing in capture file]\x00", skip)))
	}
	if length, _ := sg.Lengths(); length > 0 {
		printRecord(node, sg.Fetch(length))
	}
}

func (s *stream) ReassemblyComplete(reassembly.AssemblerContext) bool {
	return true
}

// factory returns a printing stream for the followed connection, a silent one for the others.
type factory struct{}

func (factory) New(netFlow, tcpFlow gopacket.Flow, _ *layers.TCP, _ reassembly.AssemblerContext) reassembly.Stream {
	src, dst := netFlow.Endpoints()
	sport, dport := tcpFlow.Endpoints()
	client := nodeOf(src.Raw(), portOf(sport))
	server := nodeOf(dst.Raw(), portOf(dport))
	if client < 0 || server < 0 || client == server {
		return silent{}
	}
	return &stream{clientNode: client}
}

// portOf reads a TCP port endpoint (two bytes, network order).
func portOf(e gopacket.Endpoint) uint16 {
	raw := e.Raw()
	return uint16(raw[0])<<8 | uint16(raw[1])
}

// silent is the stream of every other connection: it accepts all and prints nothing.
type silent struct{}

func (silent) Accept(*layers.TCP, gopacket.CaptureInfo, reassembly.TCPFlowDirection, reassembly.Sequence, *bool, reassembly.AssemblerContext) bool {
	return true
}
func (silent) ReassembledSG(reassembly.ScatterGather, reassembly.AssemblerContext) {}
func (silent) ReassemblyComplete(reassembly.AssemblerContext) bool                 { return true }

// context hands the packet's capture info to the assembler.
type context gopacket.CaptureInfo

func (c *context) GetCaptureInfo() gopacket.CaptureInfo { return gopacket.CaptureInfo(*c) }

func main() {
	const separator = "==================================================================="
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: gofollow CAPTURE NODE0 NODE1")
		os.Exit(64)
	}
	fmt.Printf("\n%s\nFollow: tcp,raw\nFilter: gopacket\nNode 0: %s\nNode 1: %s\n", separator, os.Args[2], os.Args[3])
	var ok0, ok1 bool
	nodes[0], ok0 = parseEndpoint(os.Args[2])
	nodes[1], ok1 = parseEndpoint(os.Args[3])
	if ok0 && ok1 {
		handle, err := pcap.OpenOffline(os.Args[1])
		if err != nil {
			fmt.Fprintf(os.Stderr, "gofollow: %v\n", err)
			os.Exit(2)
		}
		assembler := reassembly.NewAssembler(reassembly.NewStreamPool(factory{}))
		source := gopacket.NewPacketSource(handle, handle.LinkType())
		for packet := range source.Packets() {
			tcp, isTCP := packet.Layer(layers.LayerTypeTCP).(*layers.TCP)
			if !isTCP || packet.NetworkLayer() == nil {
				continue
			}
			info := context(packet.Metadata().CaptureInfo)
			assembler.AssembleWithContext(packet.NetworkLayer().NetworkFlow(), tcp, &info)
		}
		assembler.FlushAll()
	}
	fmt.Println(separator)
}
