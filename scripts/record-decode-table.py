#!/usr/bin/env python3
"""Records tshark's view of every frame's TCP header for PacketDecodingTests' corpus check.

For each capture ../shared/REL (corpus/captures and spec-cases) it writes
Tests/PacketDecodingTests/Fixtures/REL.tcp.tsv with one line per frame:

    frame.number                                    (frame where tshark gives no tcp.stream)
    frame.number  src  dst  srcport  dstport  seq_raw  ack_raw  flags  hdr_len  len  payload

where src and dst are those of the IP layer right before the last TCP layer (from frame.protocols), as
8 or 32 lower-case hex digits; seq_raw, ack_raw, flags and len are empty when tshark shows none;
payload is the FNV-1a 64-bit hash of tcp.payload in 16 hex digits, empty when there is none.
Captures with more than LIMIT frames are recorded up to frame LIMIT only (the file then ends with
"#first<TAB>LIMIT"), to keep the fixtures small.

It also records the crafted captures of Tests/PacketDecodingTests/Fixtures/probes (written by
scripts/make-decode-probes.py) into X.pcap.tcp.tsv next to each, and with ip.defragment and
ipv6.defragment off into X.pcap.nodefrag.tcp.tsv. Run from anywhere: scripts/record-decode-table.py
"""
import ipaddress
import os
import subprocess
import sys

LIMIT = 2000
FIELDS = ["frame.number", "frame.protocols", "ip.src", "ipv6.src", "ip.dst", "ipv6.dst", "tcp.srcport",
          "tcp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.flags", "tcp.hdr_len", "tcp.len", "tcp.stream",
          "tcp.payload"]


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def last(value):
    return value.split(",")[-1] if value else ""


def nth(value, index):
    return value.split(",")[index] if value else ""


def address(text):
    return ipaddress.ip_address(text).packed.hex() if text else ""


def row(values):
    f = dict(zip(FIELDS, values))
    if not f["tcp.stream"]:
        return f["frame.number"]
    layers = f["frame.protocols"].split(":")
    tcp_at = len(layers) - 1 - layers[::-1].index("tcp")
    network = [p for p in layers[:tcp_at] if p in ("ip", "ipv6")][-1]
    index = layers[:tcp_at].count(network) - 1
    src = nth(f["ip.src"] if network == "ip" else f["ipv6.src"], index)
    dst = nth(f["ip.dst"] if network == "ip" else f["ipv6.dst"], index)
    payload = last(f["tcp.payload"])
    return "\t".join([f["frame.number"], address(src), address(dst), last(f["tcp.srcport"]),
                      last(f["tcp.dstport"]), last(f["tcp.seq_raw"]), last(f["tcp.ack_raw"]),
                      last(f["tcp.flags"]), last(f["tcp.hdr_len"]), last(f["tcp.len"]),
                      fnv1a(bytes.fromhex(payload)) if payload else ""])


def record(capture, target, prefs=()):
    args = ["tshark", "-r", capture, "-c", str(LIMIT + 1), "-T", "fields", "-E", "occurrence=a"] + list(prefs)
    for field in FIELDS:
        args += ["-e", field]
    result = subprocess.run(args, capture_output=True)
    lines = [l for l in result.stdout.decode().split("\n") if l]
    rows = [row(l.split("\t")) for l in lines[:LIMIT]]
    if len(lines) > LIMIT:
        rows.append("#first\t%d" % LIMIT)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w") as handle:
        handle.write("".join(r + "\n" for r in rows))


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.path.join(os.path.dirname(repo), "shared")
    out = os.path.join(repo, "Tests", "PacketDecodingTests", "Fixtures")
    for folder in ("corpus/captures", "spec-cases"):
        for name in sorted(os.listdir(os.path.join(shared, folder))):
            if name.endswith((".pcap", ".pcapng", ".gz")):
                rel = os.path.join(folder, name)
                record(os.path.join(shared, rel), os.path.join(out, rel + ".tcp.tsv"))
    probes = os.path.join(out, "probes")
    for name in sorted(os.listdir(probes)):
        if name.endswith(".pcap"):
            capture = os.path.join(probes, name)
            record(capture, capture + ".tcp.tsv")
            record(capture, capture + ".nodefrag.tcp.tsv", ["-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE"])
    subprocess.run(["du", "-sh", out], stdout=sys.stdout)


main()
