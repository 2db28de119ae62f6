#!/bin/sh
# tcpick adapter for swfollow-conformance: grades tcpick 0.2.1 (Debian package tcpick) at level L1
# (bytes per direction); see README.md for how it is driven.
#
#   swfollow-conformance verify --level L1 --name tcpick \
#     --subject '{root}/Conformance/subjects/tcpick/tcpick.sh {capture} {node0} {node1} {scratch}'
#
# tcpick -wR -F2 -n writes each connection's bytes to tcpick_NNNNNN_CLIENT_SERVER_PORT.serv.dat
# (what the client sent) and .clnt.dat (what the server sent); its status lines on stdout
# ("N  STATE  client:port > server:port") name the endpoints of connection N. This script takes
# the first connection between {node0} and {node1}, in either role, and prints its two files in
# tshark's raw follow layout: one hex line per direction, a TAB before Node 1's.
set -u
capture=$1 node0=$2 node1=$3 out=$4/tcpick
mkdir -p "$out"
capture=$(cd "$(dirname "$capture")" && pwd)/$(basename "$capture")
if ! (cd "$out" && tcpick -r "$capture" -wR -F2 -n >"$4/tcpick.stdout" 2>"$4/tcpick.stderr"); then
    cat "$4/tcpick.stderr" >&2
    exit 2
fi

hexline() { od -An -v -tx1 "$1" | tr -d ' \n'; echo; }

separator="==================================================================="
printf '\n%s\nFollow: tcp,raw\nFilter: tcpick\nNode 0: %s\nNode 1: %s\n' "$separator" "$node0" "$node1"
found=$(awk -v a="$node0" -v b="$node1" '
    $1 ~ /^[0-9]+$/ && $4 == ">" && (($3 == a && $5 == b) || ($3 == b && $5 == a)) {
        printf "%06d %s\n", $1, ($3 == a ? 0 : 1); exit }' "$4/tcpick.stdout")
if [ -n "$found" ]; then
    number=${found% *} client=${found#* }
    for node in 0 1; do
        # The client's bytes are in .serv.dat, the server's in .clnt.dat.
        if [ "$node" = "$client" ]; then side=serv; else side=clnt; fi
        file=$(ls "$out"/tcpick_"$number"_*."$side".dat 2>/dev/null | head -n 1)
        if [ -n "$file" ] && [ -s "$file" ]; then
            if [ "$node" = 1 ]; then printf '\t'; fi
            hexline "$file"
        fi
    done
fi
echo "$separator"
