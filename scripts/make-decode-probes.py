#!/usr/bin/env python3
"""Writes the crafted captures PacketDecodingTests checks the decoder with: one capture per topic
under Tests/PacketDecodingTests/Fixtures/probes/, each frame probing one tshark behaviour
(lengths, bad data offsets, IPv6 extension headers, fragments and their overlaps, ICMP quotes,
tunnels, link types, source routes). Afterwards run scripts/record-decode-table.py, which records
what tshark 4.0.17 shows for them. Plain Python, no scapy: every byte is written here.
"""
import ipaddress
import os
import struct


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def a4(text):
    return ipaddress.IPv4Address(text).packed


def a6(text):
    return ipaddress.IPv6Address(text).packed


def tcp(sport=40000, dport=80, seq=1000, ack=0, flags=0x18, opts=b"", data=b"", doff=None):
    offset = (20 + len(opts)) // 4 if doff is None else doff
    return struct.pack("!HHIIHHHH", sport, dport, seq, ack, offset << 12 | flags, 65535, 0, 0) + opts + data


def ip4(payload, src="10.0.0.1", dst="10.0.0.2", proto=6, ident=1, mf=0, off=0, totlen=None, opts=b"", ihl=None,
        ver=4, chk=None):
    hlen = 20 + len(opts)
    length = hlen + len(payload) if totlen is None else totlen
    header = struct.pack("!BBHHHBBH4s4s", ver << 4 | (hlen // 4 if ihl is None else ihl), 0, length, ident,
                         mf << 13 | off // 8, 64, proto, 0, a4(src), a4(dst)) + opts
    value = checksum(header) if chk is None else chk
    return header[:10] + struct.pack("!H", value) + header[12:] + payload


def ip6(payload, src="2001:db8::1", dst="2001:db8::2", nh=6, plen=None):
    length = len(payload) if plen is None else plen
    return struct.pack("!IHBB16s16s", 6 << 28, length, nh, 64, a6(src), a6(dst)) + payload


def eth(payload, etype=0x0800):
    return bytes(6) + b"\0\0\0\0\0\1" + struct.pack("!H", etype) + payload


def vlan(payload, tags, etype=0x0800):
    body = b""
    for i, tag in enumerate(tags):
        body += struct.pack("!HH", tag, etype if i == len(tags) - 1 else 0x8100)
    return eth(body + payload, 0x8100) if tags else eth(payload, etype)


def frag4(segment, start, end, mf, ident, tags=(), **kw):
    return vlan(ip4(segment[start:end], ident=ident, mf=mf, off=start, **kw), tags)


def frag6(segment, start, end, mf, ident, nh=6, before=b"", before_nh=None, tags=()):
    header = bytes([nh, 0]) + struct.pack("!HI", start | mf, ident)
    if before_nh is None:
        return vlan(ip6(header + segment[start:end], nh=44), tags, 0x86DD)
    return vlan(ip6(before + header + segment[start:end], nh=before_nh), tags, 0x86DD)


def icmp(kind, code, body, rest=b"\0\0\0\0"):
    message = bytes([kind, code, 0, 0]) + rest + body
    return message[:2] + struct.pack("!H", checksum(message)) + message[4:]


def udp(sport, dport, body, length=None):
    return struct.pack("!HHHH", sport, dport, 8 + len(body) if length is None else length, 0) + body


def gre(proto, body, flags=0, opt=b""):
    return struct.pack("!HH", flags, proto) + opt + body


def truncated(frame, keep):
    return (frame[:keep], len(frame))


def write(name, frames, linktype=1):
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "Tests", "PacketDecodingTests", "Fixtures", "probes")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".pcap"), "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
        for number, frame in enumerate(frames):
            data, wire = frame if isinstance(frame, tuple) else (frame, len(frame))
            out.write(struct.pack("<IIII", 1700000000 + number, 0, len(data), wire) + data)


SEGMENT = tcp(data=b"A" * 20 + b"B" * 20 + b"C" * 16)   # 76 bytes: header 0-19, data 20-75
OTHER = tcp(data=b"a" * 20 + b"b" * 20 + b"c" * 16)     # same header, other data


def ipv4_lengths():
    t = tcp(data=b"0123456789")
    full = eth(ip4(t))
    return [full, eth(ip4(t, totlen=0)), eth(ip4(t, totlen=100)), eth(ip4(t, totlen=45)), eth(ip4(t, totlen=36)),
            eth(ip4(t, totlen=30)), eth(ip4(t, totlen=10)), eth(ip4(t, ihl=4)), eth(ip4(t, ver=6)),
            eth(ip4(t, ver=5)), truncated(full, 64), eth(ip4(t, totlen=0))[:50],
            (eth(ip4(t, totlen=0))[:59], 200), eth(ip4(t, totlen=20)), eth(ip4(t, chk=0x1234)),
            eth(ip4(t, totlen=100)) + bytes(100), eth(ip4(t)) + bytes(30),
            eth(ip4(t, opts=b"\x01\x01\x01\x00")), truncated(eth(ip4(t, opts=b"\x01" * 8)), 40)]


def tcp_offsets():
    full = eth(ip4(tcp(data=b"0123456789")))
    frames = [truncated(full, 34 + n) for n in range(12, 21)]
    for sport, doff in ((40001, 4), (40002, 0), (40003, 15), (40004, 7), (40009, 1)):
        frames.append(eth(ip4(tcp(sport=sport, data=b"0123456789", doff=doff))))
    frames.append(eth(ip4(tcp(sport=40005, data=b"0123456789"), totlen=36)))
    options = b"\x02\x04\x05\xb4\x01\x01\x04\x02"
    with_options = eth(ip4(tcp(sport=40008, opts=options, data=b"0123456789")))
    frames += [truncated(with_options, 34 + n) for n in (16, 20, 24, 27, 28, 29)]
    frames.append(eth(ip4(tcp(sport=40010, flags=0xFFF, doff=5))))
    return frames


def ipv6_headers():
    t = tcp(data=b"0123456789")
    pad = b"\x01\x04\0\0\0\0"
    return [eth(ip6(t), 0x86DD), eth(ip6(t, plen=0), 0x86DD), eth(ip6(t, plen=100), 0x86DD),
            eth(ip6(t, plen=25), 0x86DD), eth(ip4(t), 0x86DD), eth(ip6(bytes([6, 0]) + pad + t, nh=0), 0x86DD),
            eth(ip6(bytes([43, 0]) + pad + bytes([6, 0, 0, 0]) + bytes(4) + t, nh=60), 0x86DD),
            eth(ip6(bytes([6, 0]) + struct.pack("!HI", 0, 0x1234) + t, nh=44), 0x86DD),
            eth(ip6(bytes([6, 0]) + struct.pack("!HI", 1, 0x1235) + t, nh=44), 0x86DD),
            eth(ip6(t, nh=59), 0x86DD),
            eth(ip6(bytes([6, 4, 0, 0]) + struct.pack("!II", 0x100, 1) + bytes(12) + t, nh=51), 0x86DD),
            eth(ip4(bytes([6, 4, 0, 0]) + struct.pack("!II", 0x100, 1) + bytes(12) + t, proto=51)),
            eth(ip4(struct.pack("!II", 0x100, 1) + t, proto=50)),
            truncated(eth(ip6(bytes([6, 1]) + pad + bytes(8) + t, nh=60), 0x86DD), 14 + 40 + 12),
            eth(ip6(bytes([6, 9]) + pad + t, nh=60), 0x86DD),
            eth(ip4(bytes([6, 0]) + pad + t, proto=0)), eth(ip4(bytes([6, 0]) + pad + t, proto=60)),
            eth(ip4(bytes([6, 0, 0, 0, 0, 0, 0, 0]) + t, proto=43)),
            eth(ip4(bytes([6, 0, 0, 8, 0, 0, 0, 1]) + t, proto=44)), eth(ip6(t, nh=1), 0x86DD)]


def jumbo():
    t = tcp(data=b"0123456789")

    def hbh(value):
        return bytes([6, 0, 0xC2, 4]) + struct.pack("!I", value)
    return [eth(ip6(hbh(38) + t, nh=0, plen=0), 0x86DD), eth(ip6(hbh(38) + t, nh=0), 0x86DD),
            eth(ip6(hbh(70000) + t, nh=0, plen=0), 0x86DD), eth(ip6(hbh(70000) + t, nh=0), 0x86DD),
            eth(ip6(hbh(70000) + t, nh=0, plen=0), 0x86DD) + bytes(100),
            eth(ip6(bytes([60, 0, 1, 4, 0, 0, 0, 0]) + hbh(70000), nh=0, plen=0) + t, 0x86DD),
            eth(ip6(bytes([6, 0, 1, 0]) + bytes(4) + t, nh=0, plen=0), 0x86DD),
            eth(ip6(bytes([6, 0, 1, 0, 0xC2, 4]) + struct.pack("!I", 65536) + bytes(6) + t, nh=0, plen=0)[:-len(t) - 8]
                + bytes([6, 1, 1, 0, 0xC2, 4]) + struct.pack("!I", 65536) + bytes(6) + t, 0x86DD)]


def ipv4_fragments():
    s, o = SEGMENT, OTHER
    frames = [frag4(s, 0, 24, 1, 1), frag4(s, 24, 48, 1, 1), frag4(s, 48, 76, 0, 1)]
    f = [frag4(s, 0, 24, 1, 2), frag4(s, 24, 48, 1, 2), frag4(s, 48, 76, 0, 2)]
    frames += [f[2], f[0], f[1]]
    frames += [frag4(s, 0, 32, 1, 3), frag4(o, 24, 48, 1, 3), frag4(s, 48, 76, 0, 3)]
    frames += [frag4(o, 24, 48, 1, 4), frag4(s, 0, 32, 1, 4), frag4(s, 48, 76, 0, 4)]
    frames += [frag4(o, 0, 24, 1, 5), frag4(s, 0, 24, 1, 5), frag4(s, 24, 48, 1, 5), frag4(s, 48, 76, 0, 5)]
    frames += [frag4(o, 0, 24, 1, 6), frag4(s, 0, 32, 1, 6), frag4(s, 32, 48, 1, 6), frag4(s, 48, 76, 0, 6)]
    frames += [frag4(s, 0, 24, 1, 7), frag4(o, 24, 40, 1, 7), frag4(s, 16, 48, 1, 7), frag4(s, 48, 76, 0, 7)]
    frames += [frag4(o, 0, 32, 1, 8), frag4(s, 0, 24, 1, 8), frag4(s, 24, 48, 1, 8), frag4(s, 48, 76, 0, 8)]
    frames += [frag4(s, 48, 76, 0, 9), frag4(o, 40, 56, 0, 9), frag4(s, 0, 24, 1, 9), frag4(s, 24, 48, 1, 9)]
    frames += [frag4(s, 48, 60, 0, 10), frag4(o, 56, 72, 1, 10), frag4(s, 0, 24, 1, 10), frag4(s, 24, 48, 1, 10)]
    frames += [frag4(s, 0, 20, 1, 11), frag4(o, 16, 76, 0, 11)]
    frames += [frag4(s, 24, 48, 0, 12), frag4(s, 48, 76, 0, 12), frag4(s, 0, 24, 1, 12)]
    frames += [frag4(s, 48, 76, 1, 13), frag4(s, 0, 24, 1, 13), frag4(s, 24, 48, 0, 13)]
    frames += [frag4(s, 0, 48, 1, 14), frag4(s, 48, 76, 0, 14), frag4(s, 48, 76, 0, 14)]
    frames += [frag4(s, 0, 24, 1, 1), frag4(s, 24, 48, 1, 1), frag4(s, 48, 76, 0, 1)]
    frames += [frag4(s, 0, 24, 1, 15)]
    f = [frag4(s, 0, 24, 1, 16), frag4(s, 24, 48, 1, 16), frag4(s, 48, 76, 0, 16)]
    frames += [truncated(f[0], 40), f[1], f[2]]
    f = [frag4(s, 0, 24, 1, 17), frag4(s, 24, 48, 1, 17), frag4(s, 48, 76, 0, 17)]
    bad = bytearray(f[1])
    bad[24] ^= 0xFF
    frames += [f[0], bytes(bad), f[2]]
    frames += [truncated(frag4(s, 0, 48, 1, 18), 64), frag4(s, 0, 48, 1, 19, totlen=100)]
    middle = bytearray(frag4(s, 24, 48, 1, 20))
    middle[16:18] = struct.pack("!H", 60)
    frames += [frag4(s, 0, 24, 1, 20), bytes(middle), frag4(s, 48, 76, 0, 20)]
    frames += [frag4(s, 0, 24, 1, 21, tags=[5]), frag4(s, 24, 48, 1, 21, tags=[5]), frag4(s, 48, 76, 0, 21, tags=[5])]
    frames += [frag4(s, 0, 24, 1, 22), frag4(s, 24, 48, 1, 22, tags=[0]), frag4(s, 48, 76, 0, 22)]
    frames += [frag4(s, 0, 24, 1, 23, tags=[7, 5]), frag4(s, 24, 48, 1, 23, tags=[8, 5]),
               frag4(s, 48, 76, 0, 23, tags=[7, 5])]
    frames += [frag4(s, 0, 24, 1, 24, tags=[5, 7]), frag4(s, 24, 48, 1, 24, tags=[5, 8]),
               frag4(s, 48, 76, 0, 24, tags=[5, 7])]
    frames += [frag4(s, 0, 24, 1, 25, tags=[0x1005]), frag4(s, 24, 48, 1, 25, tags=[0x2005]),
               frag4(s, 48, 76, 0, 25, tags=[0x1005])]
    frames += [frag4(s, 0, 24, 1, 26), frag4(s, 24, 48, 1, 26, tags=[5]), frag4(s, 48, 76, 0, 26)]
    frames += [frag4(s, 0, 24, 1, 27, tags=[0, 7]), frag4(s, 24, 48, 1, 27, tags=[0, 8]),
               frag4(s, 48, 76, 0, 27, tags=[0, 7])]
    frames += [frag4(s, 0, 24, 1, 28), frag4(s, 24, 48, 1, 28, proto=17), frag4(s, 48, 76, 0, 28)]
    frames += [frag4(s, 0, 24, 1, 29), frag4(s, 24, 48, 1, 29, src="10.0.0.9"), frag4(s, 48, 76, 0, 29)]
    frames += [frag4(s, 24, 48, 0, 30), frag4(s, 0, 24, 1, 30, totlen=0)]
    frames += [frag4(s, 0, 24, 1, 0x40), frag4(s, 24, 48, 1, 0x40 ^ 6 ^ 17, proto=17), frag4(s, 48, 76, 0, 0x40)]
    frames += [frag4(s, 0, 24, 1, 0x50), frag4(s, 24, 48, 1, 0x50 ^ 1 ^ 3, src="10.0.0.3"), frag4(s, 48, 76, 0, 0x50)]
    frames += [frag4(s, 0, 24, 1, 0x160), frag4(s, 24, 48, 1, 0x60, tags=[0x100]), frag4(s, 48, 76, 0, 0x160)]
    return frames


def ipv6_fragments():
    s, o = SEGMENT, OTHER
    hbh = bytes([44, 0, 1, 4, 0, 0, 0, 0])
    dst = bytes([6, 0, 1, 4, 0, 0, 0, 0])
    frames = [frag6(s, 0, 24, 1, 1), frag6(s, 24, 48, 1, 1), frag6(s, 48, 76, 0, 1)]
    frames += [frag6(s, 48, 76, 0, 2, before=hbh, before_nh=0), frag6(s, 0, 24, 1, 2, before=hbh, before_nh=0),
               frag6(o, 16, 48, 1, 2, before=hbh, before_nh=0)]
    frames += [frag6(s, 0, 24, 1, 3), frag6(s, 24, 48, 1, 3), frag6(s, 48, 76, 0, 3, nh=17)]
    frames += [frag6(s, 0, 24, 1, 4, nh=17), frag6(s, 48, 76, 0, 4, nh=17), frag6(s, 24, 48, 1, 4)]
    inner = dst + s
    frames += [frag6(inner, 0, 32, 1, 5, nh=60), frag6(inner, 32, 64, 1, 5, nh=60), frag6(inner, 64, 84, 0, 5, nh=60)]
    frames += [frag6(s, 0, 24, 1, 6, tags=[5]), frag6(s, 24, 48, 1, 6, tags=[6]), frag6(s, 48, 76, 0, 6, tags=[5])]
    frames += [frag6(s, 0, 32, 1, 7), frag6(o, 24, 48, 1, 7), frag6(s, 48, 76, 0, 7)]
    first = frag6(s, 0, 24, 1, 8)
    frames += [truncated(first, 70), frag6(s, 24, 48, 1, 8), frag6(s, 48, 76, 0, 8)]
    longer = bytearray(frag6(s, 0, 24, 1, 9))
    longer[18:20] = struct.pack("!H", 100)
    frames += [bytes(longer), frag6(s, 24, 48, 1, 9), frag6(s, 48, 76, 0, 9)]
    frames += [frag6(s, 0, 76, 0, 10), frag6(s, 0, 76, 1, 11), truncated(frag6(s, 0, 48, 1, 12), 14 + 40 + 8 + 30)]
    frames += [frag6(s, 24, 48, 1, 13), frag6(s, 48, 76, 0, 13)]
    return frames


def icmp_quotes():
    quoted = ip4(tcp(sport=1111, dport=2222, seq=7777, flags=2, data=b"hello"), src="10.0.0.2", dst="10.0.0.9")

    def outer(body):
        return eth(ip4(body, src="10.0.0.9", dst="10.0.0.2", proto=1))
    frames = [outer(icmp(3, 1, quoted)), outer(icmp(3, 1, quoted[:36])), outer(icmp(3, 1, quoted[:35])),
              outer(icmp(3, 1, quoted[:28]))]
    frames += [outer(icmp(kind, 0, quoted)) for kind in (4, 5, 11, 12, 0, 8, 13, 31, 40, 6)]
    frames.append(outer(icmp(5, 1, quoted, rest=a4("10.0.0.1"))))
    t = tcp(sport=1111, dport=2222, seq=7777, flags=2, data=b"hello")
    frames.append(outer(icmp(3, 1, ip4(t, src="10.0.0.2", dst="10.0.0.9", mf=1, ident=99))))
    frames.append(outer(icmp(3, 1, ip4(t, src="10.0.0.2", dst="10.0.0.9", off=24, ident=99))))
    frames.append(outer(icmp(3, 1, ip4(t, src="10.0.0.2", dst="10.0.0.9", off=24, ident=98))))
    for length in (1500, 30, 0):
        frames.append(outer(icmp(3, 1, ip4(t, src="10.0.0.2", dst="10.0.0.9", totlen=length))))
    frames.append(outer(icmp(3, 1, quoted + bytes(128 - len(quoted)) + b"\x20\0\0\0", rest=b"\0\x20\0\0")))
    frames.append(truncated(outer(icmp(3, 1, quoted)), 14 + 20 + 8 + 20 + 18))
    quoted6 = ip6(t, src="2001:db8::2", dst="2001:db8::9")
    for kind in (1, 2, 3, 4, 128, 129):
        frames.append(eth(ip6(bytes([kind, 0, 0, 0, 0, 0, 0, 0]) + quoted6, src="2001:db8::9", dst="2001:db8::2",
                              nh=58), 0x86DD))
    frames.append(outer(icmp(3, 1, outer(icmp(3, 1, quoted))[14:])))
    frames.append(eth(ip6(bytes([1, 0, 0, 0, 0, 0, 0, 0]) + quoted, nh=58), 0x86DD))
    frames.append(outer(icmp(3, 1, quoted6)))
    return frames


def tunnels():
    t = tcp(sport=1111, dport=2222, seq=7777, data=b"hello")
    i4 = ip4(t, src="192.168.1.1", dst="192.168.1.2")
    i6 = ip6(t, src="fd00::1", dst="fd00::2")

    def gtp(inner, flags=0x30, extra=b""):
        return bytes([flags, 0xFF]) + struct.pack("!H", len(extra) + len(inner)) + b"\0\0\0\1" + extra + inner
    return [
        eth(ip4(i4, proto=4)), eth(ip4(i6, proto=41)), eth(ip6(i4, nh=4), 0x86DD), eth(ip6(i6, nh=41), 0x86DD),
        eth(ip4(gre(0x0800, i4), proto=47)), eth(ip4(gre(0x86DD, i6), proto=47)),
        eth(ip4(gre(0x6558, eth(i4)), proto=47)),
        eth(ip4(gre(0x0800, i4, flags=0xB000, opt=bytes(4) + b"\0\0\0\5" + b"\0\0\0\1"), proto=47)),
        eth(ip4(gre(0x88BE, b"\x10\0\0\1" + bytes(4) + eth(i4), flags=0x1000, opt=b"\0\0\0\1"), proto=47)),
        eth(ip4(gre(0x88BE, eth(i4)), proto=47)),
        eth(ip4(gre(0x22EB, b"\x20\0\0\1" + bytes(8) + eth(i4), flags=0x1000, opt=b"\0\0\0\1"), proto=47)),
        eth(ip4(gre(0x880B, b"\xff\x03\x00\x21" + i4, flags=0x2001, opt=b"\0\x30\0\1"), proto=47)),
        eth(ip4(gre(0x880B, b"\x00\x21" + i4, flags=0x2001, opt=b"\0\x30\0\1"), proto=47)),
        eth(ip4(gre(0x880B, b"\x21" + i4, flags=0x2001, opt=b"\0\x30\0\1"), proto=47)),
        eth(ip4(udp(40000, 2152, gtp(i4)), proto=17)), eth(ip4(udp(40000, 4789, b"\x08" + bytes(7) + eth(i4)), proto=17)),
        eth(ip4(udp(40000, 3544, i6), proto=17)),
        eth(ip4(udp(40000, 6081, b"\0\0\x65\x58" + bytes(4) + eth(i4)), proto=17)),
        eth(b"\x00\x01\x01\xff" + i4, 0x8847), eth(b"\x00\x01\x00\xff" + b"\x00\x02\x01\xff" + i6, 0x8847),
        eth(b"\x11\x00\x00\x01" + struct.pack("!H", 2 + len(i4)) + b"\x00\x21" + i4, 0x8864),
        eth(b"\x11\x00\x00\x01" + struct.pack("!H", 2 + len(i6)) + b"\x00\x57" + i6, 0x8864),
        eth(ip4(udp(2152, 2152, gtp(i6)), proto=17)),
        eth(ip4(udp(2152, 2152, gtp(i4, 0x32, b"\0\0\0\0")), proto=17)),
        eth(ip4(udp(2152, 2152, gtp(i4, 0x34, b"\0\0\0\x85" + b"\x01\x10\x01\x00")), proto=17)),
        eth(ip4(udp(53, 4789, b"\x08" + bytes(7) + eth(i4)), proto=17)),
        eth(ip4(udp(2152, 2152, gtp(i4), length=8 + 8 + 40), proto=17)),
        eth(ip4(udp(2152, 2152, gtp(i4), length=200), proto=17)),
        eth(ip4(udp(2152, 2152, gtp(i4), length=0), proto=17)),
        eth(ip4(gre(0x88BE, b"\x00\0\0\1" + bytes(4) + eth(i4), flags=0x1000, opt=b"\0\0\0\1"), proto=47)),
        eth(ip4(gre(0x22EB, b"\x20\0\0\1" + bytes(4) + b"\0\0\0\1" + bytes(8) + eth(i4), flags=0x1000,
                    opt=b"\0\0\0\1"), proto=47)),
        eth(b"\x11\x00\x00\x01" + struct.pack("!H", 32) + b"\x00\x21" + i4, 0x8864),
        eth(b"\x11\x00\x00\x01" + struct.pack("!H", 200) + b"\x00\x21" + i4, 0x8864),
        eth(ip4(udp(3544, 40000, b"\x00\x01\x02\x01" + b"xyz" + bytes(9) + b"\0\0" + bytes(6) + i6), proto=17)),
        eth(ip4(gre(0x0800, i4, flags=0x4000, opt=bytes(4) + b"\0\x01\0\x04" + bytes(4) + bytes(4)), proto=47)),
        vlan(eth(i4)[14:], [10, 20, 30]),
        eth(b"\xaa\xaa\x03\x00\x00\x00\x08\x00" + i4, 8 + len(i4)),
        eth(ip6(udp(40000, 4789, b"\x08" + bytes(7) + eth(i6, 0x86DD)), nh=17), 0x86DD),
    ]


def routes():
    t = tcp(sport=1111, dport=2222, seq=7777, data=b"hello")
    # IPv6 routing headers are left to unit tests: tshark's ipv6.dst is not the address it gives TCP.
    frames = [eth(ip6(bytes([6, 2, 4, 0, 0, 0, 0, 0]) + a6("2001:db8::99") + t, nh=43), 0x86DD)]
    for pointer in (4, 5, 6, 7, 8, 12, 13, 16, 0, 3):
        option = bytes([131, 15, pointer]) + a4("10.9.9.9") + a4("10.8.8.8") + a4("10.7.7.7") + b"\x01"
        frames.append(eth(ip4(t, opts=option)))
    frames.append(eth(ip4(t, opts=b"\x01" + bytes([68, 8, 5, 0]) + bytes(4) + bytes([137, 7, 4]) + a4("10.7.7.7"))))
    frames.append(eth(ip4(t, opts=bytes([7, 1]) + bytes([131, 7, 4]) + a4("10.7.7.7") + b"\0")))
    frames.append(eth(ip4(t, opts=bytes([131, 7, 4]) + a4("10.7.7.7") + bytes([137, 7, 4]) + a4("10.6.6.6") + b"\0\0")))
    frames.append(eth(ip4(t, opts=bytes(4) + bytes([131, 7, 4]) + a4("10.7.7.7") + b"\0")))
    frames.append(eth(ip4(t, opts=bytes([131, 15, 4]) + a4("10.9.9.9") + b"\x01")))
    return frames


def link_types():
    t = tcp(sport=1111, dport=2222, seq=7777, data=b"hello")
    i4, i6 = ip4(t), ip6(t)

    def family(value, little=True):
        return struct.pack("<I" if little else ">I", value)
    sll = b"\0\0\0\1\0\6" + bytes(8)
    return {
        "link-null": (0, [family(2) + i4, family(2, False) + i4, family(24) + i6, family(28) + i6, family(30) + i6,
                          family(10) + i6, family(0x800) + i4, family(0x86DD) + i6, family(0x800, False) + i4,
                          family(23) + i6, family(24, False) + i6, family(2) + i6, family(24) + i4, family(7) + i4,
                          b"\xff\x03\x00\x21" + i4, family(0x8100) + b"\0\5\x08\0" + i4]),
        "link-loop": (108, [family(2, False) + i4, family(2) + i4, family(24, False) + i6, family(28, False) + i6,
                            family(30, False) + i6, family(0x800, False) + i4, family(10, False) + i6,
                            family(2, False) + i6]),
        "link-raw": (101, [i4, i6, b"\x50" + i4[1:], b""]),
        "link-raw12": (12, [i4, i6]),
        "link-raw14": (14, [i4, i6]),
        "link-ipv4": (228, [i4, i6]),
        "link-ipv6": (229, [i4, i6]),
        "link-ppp": (9, [b"\xff\x03\x00\x21" + i4, b"\x00\x21" + i4, b"\x21" + i4, b"\xff\x03\x00\x57" + i6,
                         b"\x00\x57" + i4]),
        "link-ppp-hdlc": (50, [b"\xff\x03\x00\x21" + i4]),
        "link-chdlc": (104, [b"\x0f\x00\x08\x00" + i4, b"\x8f\x00\x86\xdd" + i6]),
        "link-sll": (113, [sll + b"\x08\x00" + i4, sll + b"\x86\xdd" + i6, sll + b"\x81\x00" + b"\0\7\x08\0" + i4,
                           b"\0\0\x03\x38\0\0" + bytes(8) + b"\x08\x00" + i4,
                           sll + b"\x00\x04" + b"\xaa\xaa\x03\0\0\0\x08\x00" + i4]),
        "link-sll2": (276, [b"\x08\x00\0\0\0\0\0\1\0\1\0\6" + bytes(8) + i4,
                            b"\x86\xdd\0\0\0\0\0\1\0\1\0\6" + bytes(8) + i6]),
        "link-unknown": (147, [i4]),
    }


def main():
    write("ipv4-lengths", ipv4_lengths())
    write("tcp-offsets", tcp_offsets())
    write("ipv6-headers", ipv6_headers())
    write("ipv6-jumbo", jumbo())
    write("ipv4-fragments", ipv4_fragments())
    write("ipv6-fragments", ipv6_fragments())
    write("icmp-quotes", icmp_quotes())
    write("tunnels", tunnels())
    write("source-routes", routes())
    for name, (linktype, frames) in link_types().items():
        write(name, frames, linktype)


main()
