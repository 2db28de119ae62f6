#!/bin/sh
# Records, with real tshark 4.0.17, the `-T fields` output of every capture of
# ../shared/corpus/captures for every field swfollow can print:
#   tshark -r C -T fields -E header=y -e frame -e frame.number … -e tcp.flags.str … -e udp.stream
# into Golden/corpus-fields/<capture>.fields.gz (gzip -n: the same bytes on every run).
# tcp.payload and udp.payload are left out unless --with-payload is given: their hex would
# make the goldens ~20 MB instead of ~3 (the follow goldens already check payload bytes).
# Not recorded: `eth` (tshark's summary names MAC vendors unless -n, which swfollow cannot) and
# the hex-named protocols (ff, fc, …), which never occur in TCP or UDP traffic here. A capture tshark
# cannot read to the end keeps what tshark printed; its exit status and stderr are listed in
# Golden/corpus-fields/STATUS.txt. Captures are read from ../shared (never copied). The goldens
# are tshark's output, not to be edited by hand: rerun this script instead.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
captures="$root/../shared/corpus/captures"
out="$root/Golden/corpus-fields"
want="TShark (Wireshark) 4.0.17"
got=$(tshark -v 2>/dev/null | head -1)
case "$got" in
"$want"*) ;;
*) echo "record-fields-goldens: need $want, found: $got" >&2; exit 1 ;;
esac
[ -d "$captures" ] || { echo "record-fields-goldens: no $captures" >&2; exit 1; }

fields="frame frame.number frame.time_epoch frame.len frame.cap_len eth.src eth.dst eth.addr
vlan vlan.id ip ip.src ip.dst ip.addr ip.proto ip.ttl ip.len ip.flags.mf ip.frag_offset
ipv6 ipv6.src ipv6.dst ipv6.addr ipv6.nxt ipv6.hlim
tcp tcp.srcport tcp.dstport tcp.port tcp.stream tcp.seq tcp.ack tcp.seq_raw tcp.ack_raw tcp.len
tcp.flags tcp.flags.syn tcp.flags.ack tcp.flags.fin tcp.flags.reset tcp.flags.push tcp.flags.urg
tcp.window_size_value tcp.flags.str
udp udp.srcport udp.dstport udp.port udp.length udp.checksum udp.stream"
case "${1:-}" in
--with-payload) fields="$fields tcp.payload udp.payload" ;;
"") ;;
*) echo "usage: record-fields-goldens.sh [--with-payload]" >&2; exit 1 ;;
esac
set -- -T fields -E header=y
for field in $fields; do set -- "$@" -e "$field"; done

rm -rf "$out"
mkdir -p "$out"
status_file="$out/STATUS.txt"
: >"$status_file"
count=0
for capture in "$captures"/*; do
    name=$(basename "$capture")
    errors=$(mktemp)
    status=0
    LC_ALL=C.UTF-8 tshark -r "$capture" "$@" 2>"$errors" | gzip -n -9 >"$out/$name.fields.gz" || true
    # tshark's own status (the pipeline's is gzip's): rerun only to learn it when stderr has text.
    if grep -v '^Running as user' "$errors" >"$errors.kept" && [ -s "$errors.kept" ]; then
        LC_ALL=C.UTF-8 tshark -r "$capture" "$@" >/dev/null 2>&1 || status=$?
        printf '%s\texit %s\t%s\n' "$name" "$status" "$(tr '\n' ' ' <"$errors.kept")" >>"$status_file"
    fi
    rm -f "$errors" "$errors.kept"
    count=$((count + 1))
done
[ -s "$status_file" ] || echo "every capture read to the end, exit 0, nothing on stderr" >"$status_file"
echo "recorded $count captures into $out"
