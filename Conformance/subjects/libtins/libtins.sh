#!/bin/sh
# libtins adapter for swfollow-conformance: grades Tins::TCPIP::StreamFollower of libtins 4.0
# (Debian libtins-dev) at level L2; see README.md for how it is driven.
#
#   swfollow-conformance verify --level L2 --name libtins \
#     --subject '{root}/Conformance/subjects/libtins/libtins.sh {capture} {node0} {node1} {range}'
#
# Builds tinsfollow.cpp on first use (needs c++ and libtins-dev) into
# $XDG_CACHE_HOME/swfollow-conformance, then runs it. tinsfollow prints every data callback as a
# record; a RANGE is applied by records-in-range.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/swfollow-conformance
program=$cache/tinsfollow
if [ ! -x "$program" ] || [ "$here/tinsfollow.cpp" -nt "$program" ]; then
    mkdir -p "$cache"
    ${CXX:-c++} -std=c++11 -O2 -o "$program.tmp" "$here/tinsfollow.cpp" -ltins
    mv "$program.tmp" "$program"
fi
"$program" "$1" "$2" "$3" | "$here/../records-in-range.sh" "${4:-}"
