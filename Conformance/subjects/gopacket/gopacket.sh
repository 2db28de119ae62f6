#!/bin/sh
# gopacket adapter for swfollow-conformance: grades the reassembly package of gopacket 1.1.19
# (Debian golang-github-google-gopacket-dev) at level L1; see README.md for how it is driven.
#
#   swfollow-conformance verify --level L1 --name gopacket \
#     --subject '{root}/Conformance/subjects/gopacket/gopacket.sh {capture} {node0} {node1} {range}'
#
# Builds gofollow.go on first use in GOPATH mode (GO111MODULE=off, GOPATH including
# /usr/share/gocode, nothing downloaded; needs golang-go, golang-github-google-gopacket-dev and
# libpcap-dev) into $XDG_CACHE_HOME/swfollow-conformance, then runs it. gofollow prints every
# delivered chunk as a record; a RANGE is applied by records-in-range.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/swfollow-conformance
program=$cache/gofollow
if [ ! -x "$program" ] || [ "$here/gofollow.go" -nt "$program" ]; then
    mkdir -p "$cache/gopath"
    (cd "$here" && GO111MODULE=off GOPROXY=off GOPATH="$cache/gopath:/usr/share/gocode" \
        GOCACHE="$cache/gocache" go build -o "$program.tmp" gofollow.go)
    mv "$program.tmp" "$program"
fi
"$program" "$1" "$2" "$3" | "$here/../records-in-range.sh" "${4:-}"
