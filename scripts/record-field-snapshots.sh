#!/bin/sh
# Records, with real tshark, the values of every display-filter field swfollow knows in every
# frame of the golden captures, into Tests/DisplayFilterTests/Fixtures/field-snapshots.jsonl.
# The evaluator tests replay the filter goldens against these tshark-made frames, which checks
# the evaluator's semantics independently of swfollow's decoder. One line per frame:
#   {"capture": C, "frame": N, "raw": "<frame hex>", "fields": {"tcp.port": ["40000", "80"], …},
#    "protocols": {"tcp": [[offset, header length, searchable end]], …}}
# The searchable end bounds what `tcp contains …` searches: the end of the IP datagram for
# ip/ipv6/tcp, of the frame for frame/eth/vlan. A protocol found in reassembled data instead of
# the frame is given as ["<header hex>", "<searchable hex>"]. Do not edit by hand.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
want="TShark (Wireshark) 4.0.17"
case "$(tshark -v 2>/dev/null | head -1)" in
"$want"*) ;;
*) echo "record-field-snapshots: need $want" >&2; exit 1 ;;
esac
export SHARED="$root/../shared" FIXTURES="$root/Tests/DisplayFilterTests/Fixtures"
exec python3 - <<'PY'
import json, os, subprocess

shared, fixtures = os.environ["SHARED"], os.environ["FIXTURES"]
captures = [
    "spec-cases/fmt_basic.pcap", "spec-cases/fmt_ipv6.pcap", "spec-cases/num_v4v6.pcap",
    "spec-cases/num_vlan_two.pcap", "spec-cases/num_ipfrag.pcap",
    "corpus/captures/zeek__http-vlan-qinqinq.pcap", "corpus/captures/pcapplusplus__one-http-stream-fin.pcap",
    "corpus/captures/suricata-verify__tcp-urgent-2byte.pcap",
]
fields = [
    "frame.number", "frame.time_epoch", "frame.len", "frame.cap_len", "eth.src", "eth.dst", "eth.addr",
    "vlan.id", "ip.src", "ip.dst", "ip.addr", "ip.proto", "ip.ttl", "ip.len", "ip.flags.mf", "ip.frag_offset",
    "ipv6.src", "ipv6.dst", "ipv6.addr", "ipv6.nxt", "ipv6.hlim", "tcp.srcport", "tcp.dstport", "tcp.port",
    "tcp.stream", "tcp.seq", "tcp.ack", "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.flags", "tcp.flags.syn",
    "tcp.flags.ack", "tcp.flags.fin", "tcp.flags.reset", "tcp.flags.push", "tcp.flags.urg",
    "tcp.window_size_value", "tcp.payload",
]
protocols = ["frame", "eth", "vlan", "ip", "ipv6", "tcp"]

def pairs_hook(pairs):
    merged = {}
    for key, value in pairs:
        merged.setdefault(key, []).append(value)
    return merged

def first(layer, key, default=None):
    values = layer.get(key)
    return values[0] if values else default

with open(os.path.join(fixtures, "field-snapshots.jsonl"), "w", encoding="utf-8") as out:
    for capture in captures:
        path = os.path.join(shared, capture)
        args = ["tshark", "-r", path, "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=|", "-E", "separator=/t"]
        for field in fields:
            args += ["-e", field]
        rows = subprocess.run(args, capture_output=True, check=True).stdout.decode().splitlines()
        packets = json.loads(subprocess.run(["tshark", "-r", path, "-T", "json", "-x"], capture_output=True,
                                            check=True).stdout, object_pairs_hook=pairs_hook)
        for row, packet in zip(rows, packets):
            columns = row.split("\t")
            values = {field: column.split("|") for field, column in zip(fields, columns) if column}
            layers = packet["_source"][0]["layers"][0]
            frame = bytes.fromhex(layers["frame_raw"][0][0])
            ip_ends, found = [], {}
            for name in ["frame", "eth", "vlan", "ip", "ipv6", "tcp"]:
                for index, raw in enumerate(layers.get(name + "_raw", [])):
                    header_hex, offset, length = raw[0], raw[1], raw[2]
                    header = bytes.fromhex(header_hex)
                    in_frame = frame[offset:offset + len(header)] == header
                    if name == "ip":
                        end = offset + int(first(layers["ip"][index], "ip.len", "0"))
                        ip_ends.append(end)
                    elif name == "ipv6":
                        end = offset + 40 + int(first(layers["ipv6"][index], "ipv6.plen", "0"))
                        ip_ends.append(end)
                    elif name == "tcp":
                        end = ip_ends[-1] if ip_ends else len(frame)
                    else:
                        end = len(frame)
                    if in_frame:
                        entry = [offset, len(header), min(end, len(frame))]
                    else:
                        payload = values.get("tcp.payload", [""])[0] if name == "tcp" else ""
                        entry = [header.hex(), header.hex() + payload]
                    found.setdefault(name, []).append(entry)
            record = {"capture": os.path.basename(capture), "frame": int(values["frame.number"][0]),
                      "raw": frame.hex(), "fields": values, "protocols": found}
            out.write(json.dumps(record) + "\n")
print("recorded field snapshots")
PY
