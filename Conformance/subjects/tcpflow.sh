#!/bin/sh
# tcpflow adapter for swfollow-conformance: grades tcpflow at level L1 (bytes per direction).
#
#   swfollow-conformance verify --level L1 --name tcpflow \
#     --subject '{root}/Conformance/subjects/tcpflow.sh {capture} {node0} {node1} {scratch}'
#
# tcpflow writes one file per direction, named after the endpoints. This script finds the two
# files of the connection whose endpoints the golden names ({node0}, {node1}) and prints them in
# tshark's raw follow layout: one hex line per direction, a TAB before Node 1's. When a 4-tuple is
# reused, tcpflow adds "c1", "c2"… to later connections; this adapter always takes the first.
set -u
capture=$1 node0=$2 node1=$3 out=$4/tcpflow
# The file-name template leaves out tcpflow's default VLAN part (%V%v), so that VLAN-tagged flows
# get the same names as untagged ones.
if ! tcpflow -T '%A.%a-%B.%b%C%c' -r "$capture" -o "$out" >/dev/null 2>"$4/tcpflow.stderr"; then
    cat "$4/tcpflow.stderr" >&2
    exit 2
fi

# name ENDPOINT: a.b.c.d:port or [v6]:port -> tcpflow's "010.000.000.001.40000" / "2001:db8::1.40000".
name() {
    port=${1##*:}
    case $1 in
        \[*) addr=${1#?}; addr=${addr%%]*} ;;
        *) addr=$(echo "${1%:*}" | awk -F. '{ printf "%03d.%03d.%03d.%03d", $1, $2, $3, $4 }') ;;
    esac
    printf '%s.%05d' "$addr" "$port"
}

hexline() { od -An -v -tx1 "$1" | tr -d ' \n'; echo; }

separator="==================================================================="
printf '\n%s\nFollow: tcp,raw\nFilter: tcpflow\nNode 0: %s\nNode 1: %s\n' "$separator" "$node0" "$node1"
if [ "$node0" != ":0" ] && [ -n "$node0" ]; then
    a=$(name "$node0")
    b=$(name "$node1")
    if [ -s "$out/$a-$b" ]; then hexline "$out/$a-$b"; fi
    if [ -s "$out/$b-$a" ]; then printf '\t'; hexline "$out/$b-$a"; fi
fi
echo "$separator"
